-- Elections the record covers. One row per election.
select
    election_id,
    election_type,
    cast(voting_date as date) as voting_date,
    name_id,
    name_en,
    nullif(previous_election_id, '') as previous_election_id,
    cast(work_start as date) as work_start_date,
    cast(work_end as date) as work_end_date,
    regions_listed,
    note
from raw.election_list
