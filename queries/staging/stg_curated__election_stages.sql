-- Stages of each election's calendar. One row per election and stage.
select
    election_id,
    stage,
    cast(start_date as date) as start_date,
    cast(end_date as date) as end_date,
    label_id,
    label_en,
    legal_basis
from raw.election_stages
