-- Published figures, one row per figure as reported by one body; never summed across bodies.
with figures as (
    select * from staging.stg_curated__figures
),

metrics as (
    select
        metric,
        is_core
    from main.dim_metrics
),

final as (
    select
        figures.*,
        coalesce(metrics.is_core, false) as is_core_metric
    from figures
    left join metrics on metrics.metric = figures.metric
)

select * from final
order by as_of_date nulls last, figure_id
