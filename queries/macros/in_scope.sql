-- One rule for "rows of a region": a regency/city's own rows, or every row of a province and its
-- regencies/cities; '' keeps every row. Reports call it as in_scope($region, region_code, province_code).
create or replace macro in_scope(wanted, region_code, province_code) as
wanted = '' or region_code = wanted or province_code = wanted
