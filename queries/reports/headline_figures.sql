-- Grain: one row per core metric and reporting body: that body's latest national figure for one election.
-- Parameters: $election (election_id).
with figures as (
    select *
    from main.fct_figures
    where
        election_id = $election
        and scope_level = 'national'
        and is_core_metric
),

latest as (
    select
        *,
        row_number() over (
            partition by metric, reporting_body, unit
            order by as_of_date desc nulls last, figure_id asc
        ) as recency
    from figures
),

metrics as (
    select * from main.dim_metrics
),

final as (
    select
        latest.metric,
        metrics.label_id as metric_label_id,
        metrics.label_en as metric_label_en,
        metrics.stage_order,
        latest.reporting_body,
        latest.body_group,
        latest.value,
        latest.unit,
        latest.as_of_date,
        latest.date_precision,
        latest.is_value_approximate,
        latest.confidence,
        latest.source_url
    from latest
    inner join metrics on metrics.metric = latest.metric
    where latest.recency = 1
)

select * from final
order by stage_order, metric, body_group, reporting_body
