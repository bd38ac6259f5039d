-- Grain: one row per metric in the catalogue.
-- Parameters: none.
with metrics as (
    select * from main.dim_metrics
),

final as (
    select
        metric,
        is_core,
        stage_order,
        label_id,
        label_en
    from metrics
)

select * from final
order by is_core desc, stage_order asc nulls last, metric asc
