-- Elections the record covers. One row per election.
select
    election_id,
    election_type,
    cast(voting_date as date) as voting_date,
    name_id,
    name_en,
    regions_listed,
    note
from raw.election_list
