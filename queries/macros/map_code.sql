-- The region a public record counts for on a map of one level: on a province map its province
-- (a province pools its regencies' records), on a regency/city map its regency/city (null if none).
create or replace macro map_code(level, province_code, regency_code) as
case when cast(level as integer) = 1 then province_code else regency_code end
