-- Grain: one row per election, metric, unit and level (1 provinces, 2 regencies/cities) with regional published figures: the maps the public record can draw.
-- Parameters: none.
with figures as (
    select *
    from main.fct_figures
    where
        region_code is not null
        and not is_region_unspecified
),

metrics as (
    select * from main.dim_metrics
),

final as (
    select
        figures.election_id,
        figures.metric,
        metrics.label_id as metric_label_id,
        metrics.label_en as metric_label_en,
        metrics.is_core,
        metrics.stage_order,
        figures.unit,
        case when figures.regency_code is null then 1 else 2 end as region_level,
        count(distinct figures.region_code) as regions,
        count(*) as figures,
        max(figures.as_of_date) as latest_date
    from figures
    inner join metrics on metrics.metric = figures.metric
    group by all
)

select * from final
order by election_id asc, region_level asc, is_core desc, stage_order asc nulls last, regions desc, metric asc, unit asc
