-- Enforcement measures per election and region, computed once at build time for the map and the rankings:
-- a province row pools every case in the province (its regencies/cities included), a regency/city row its own.
with subjects as (
    select * from main.fct_case_subjects
),

levels as (
    select level_values.map_level from (values (1), (2)) as level_values (map_level)
),

scoped as (
    -- Every case counts once for its province and, when filed under a regency/city, once for that too.
    select
        subjects.*,
        levels.map_level,
        case when levels.map_level = 1 then subjects.province_code else subjects.region_code end as map_code
    from subjects
    cross join levels
    where levels.map_level = 1 or subjects.region_level = 2
),

final as (
    select
        election_id,
        map_code as region_code,
        map_level as region_level,
        -- every register count (persons, violations, ...: the counts_<measure> columns) ...
        coalesce(cast(count_if(columns('^counts_(.*)$')) as bigint), 0) as '\1',  -- noqa: RF05
        -- ... and the measures that are not a count of persons
        count(distinct case_id) as cases,
        median(days_recommendation_to_sanction) as median_days_to_sanction
    from scoped
    group by election_id, map_code, map_level
)

select * from final
