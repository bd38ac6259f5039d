-- One rule for "rows of a region": a regency/city's own rows, or every row of a province and its
-- regencies/cities; several codes separated by commas pool their regions (a peer group); '' keeps
-- every row. Reports call it as in_scope($region, region_code, province_code).
create or replace macro in_scope(wanted, region_code, province_code) as
wanted = '' or list_has_any(string_split(wanted, ','), [region_code, province_code])
