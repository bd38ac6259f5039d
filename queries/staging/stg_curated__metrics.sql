-- Metrics used by the published figures. One row per metric.
select
    metric,
    cast(is_core as boolean) as is_core,
    try_cast(nullif(stage_order, '') as integer) as stage_order,
    label_id,
    label_en
from raw.metrics
