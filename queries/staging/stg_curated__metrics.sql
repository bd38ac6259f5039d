-- Metrics used by the published figures. One row per metric: the curated
-- catalogue, plus every `other_*` metric an import brought with its label
-- (the importer accepts only keys that follow the documented rule).
with catalogue as (
    select
        metric,
        cast(is_core as boolean) as is_core,
        try_cast(nullif(stage_order, '') as integer) as stage_order,
        nullif(units, '') as units,
        label_id,
        label_en,
        'curated' as origin
    from raw.metrics
),

imported as (
    select
        metric,
        false as is_core,
        cast(null as integer) as stage_order,
        cast(null as varchar) as units,
        -- A label derived from the key where the batch carried none: other_rejected -> 'Rejected'.
        coalesce(
            min(metric_label_id), upper(left(replace(metric[7:], '_', ' '), 1)) || replace(metric[7:], '_', ' ')[2:]
        ) as label_id,
        coalesce(
            min(metric_label_en), upper(left(replace(metric[7:], '_', ' '), 1)) || replace(metric[7:], '_', ' ')[2:]
        ) as label_en,
        'import' as origin
    from raw.imported_metrics
    where metric not in (select catalogue.metric from catalogue)
    group by metric
)

select * from catalogue
union all
select * from imported
