-- Regions that held each election. One row per election and region.
select
    election_id,
    region_code
from raw.election_regions
