-- Kinds of dated event the record knows. One row per event type.
select
    event_type,
    cast(sort_order as integer) as sort_order,
    cast(is_prevention as boolean) as is_prevention,
    label_id,
    label_en,
    description
from raw.event_types
