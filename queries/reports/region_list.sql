-- Grain: one row per region, optionally within one province.
-- Parameters: $province (province code, or '' for every region).
with regions as (
    select * from main.dim_regions
    where $province = '' or province_code = $province
),

final as (
    select
        region_code,
        region_name,
        region_type,
        region_level,
        province_code,
        province_name,
        code_before_2022,
        population,
        area_km2,
        has_boundary
    from regions
)

select * from final
order by region_code
