-- Families of reporting body, with the pattern that recognises a body's name. One row per family.
select
    body_group,
    pattern,
    label_id,
    label_en
from raw.reporting_bodies
