-- Population and area per region code (cahyadsn/wilayah); empty when not installed.
select
    region_code,
    cast(population as bigint) as population,
    cast(area_km2 as double) as area_km2
from raw.population_area
