-- Regions that held each election. One row per election and region, with the source of the list.
select
    election_id,
    region_code,
    nullif(source, '') as source
from raw.election_regions
