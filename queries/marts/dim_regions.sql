-- Every Kemendagri region with its province, population, area and map coverage.
with regions as (
    select * from staging.stg_gazetteer__regions
),

provinces as (
    select
        region_code as province_code,
        region_name as province_name
    from regions
    where region_level = 1
),

population as (
    select * from staging.stg_reference__population_area
),

boundaries as (
    select * from staging.stg_reference__boundaries
),

crosswalk as (
    select
        new_code,
        min(old_code) as code_before_2022
    from raw.papua_crosswalk
    group by new_code
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_type,
        regions.region_level,
        regions.province_code,
        provinces.province_name,
        crosswalk.code_before_2022,
        population.population,
        population.area_km2,
        population.population is not null as has_population,
        boundaries.region_code is not null as has_boundary
    from regions
    inner join provinces on provinces.province_code = regions.province_code
    left join population on population.region_code = regions.region_code
    left join boundaries on boundaries.region_code = regions.region_code
    left join crosswalk on crosswalk.new_code = regions.region_code
)

select * from final
order by region_code
