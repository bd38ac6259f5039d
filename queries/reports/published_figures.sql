-- Grain: one row per published figure for one election and one scope, each with its body and source.
-- Parameters: $election (election_id), $region (region code, or '' for national figures).
with figures as (
    select * from main.fct_figures
    where
        election_id = $election
        and (($region = '' and region_code is null) or region_code = $region)
),

metrics as (
    select * from main.dim_metrics
),

final as (
    select
        figures.figure_id,
        figures.election_id,
        figures.region_code,
        figures.metric,
        metrics.label_id as metric_label_id,
        metrics.label_en as metric_label_en,
        metrics.stage_order,
        figures.value,
        figures.unit,
        figures.reporting_body,
        figures.body_group,
        figures.as_of_date,
        figures.date_precision,
        figures.is_value_approximate,
        figures.is_date_approximate,
        figures.confidence,
        figures.source_url,
        figures.note
    from figures
    left join metrics on metrics.metric = figures.metric
)

select * from final
order by stage_order asc nulls last, metric asc, body_group asc, as_of_date desc nulls last
