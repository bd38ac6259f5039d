-- Region codes with a polygon in the built boundary files; empty when not installed.
select distinct region_code
from raw.boundaries
