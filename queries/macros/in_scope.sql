-- One rule for "rows of a region": a regency/city's own rows, or every row of a province and its
-- regencies/cities; several codes separated by commas pool their regions (a peer group); '' keeps
-- every row. Reports call it as in_scope($region, region_code, province_code). One code is
-- compared directly (DuckDB prunes row groups by it; a list test per row is 5x slower on a
-- million rows), the list only for a pool.
create or replace macro in_scope(wanted, region_code, province_code) as
wanted = ''
or region_code = wanted
or province_code = wanted
or (contains(wanted, ',') and list_has_any(string_split(wanted, ','), [region_code, province_code]))
