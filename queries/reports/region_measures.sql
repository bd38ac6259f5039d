-- Grain: one row per region of one level (1 provinces, 2 regencies/cities, optionally within a province) for one election.
-- Parameters: $election (election_id), $level ('1' or '2'), $province (province code, or '' for all).
with regions as (
    select *
    from main.dim_regions
    where
        region_level = cast($level as integer)
        and ($province = '' or province_code = $province)
),

case_measures as (
    -- Precomputed per election and region at build time (a province row pools its regencies' cases).
    select *
    from main.fct_region_enforcement
    where
        election_id = $election
        and region_level = cast($level as integer)
),

events as (
    select
        map_code($level, province_code, regency_code) as region_code,
        count(*) filter (where is_prevention) as prevention_events,
        count(*) as events
    from main.fct_events
    where
        election_id = $election
        and ($province = '' or province_code = $province)
    group by 1
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_type,
        regions.province_code,
        regions.province_name,
        regions.population,
        regions.has_boundary,
        -- every register count of the region (0 without cases) ...
        -- noqa: disable=RF02
        coalesce(columns(case_measures.* exclude (election_id, region_code, region_level, median_days_to_sanction)), 0),
        -- noqa: enable=RF02
        -- ... and the measures made of them
        case_measures.sanctioned / nullif(case_measures.recommended, 0) as followup_rate,
        case_measures.median_days_to_sanction,
        coalesce(case_measures.persons, 0) * 100000.0 / nullif(regions.population, 0) as persons_per_100k,
        coalesce(events.prevention_events, 0) as prevention_events,
        coalesce(events.events, 0) as events
    from regions
    left join case_measures on case_measures.region_code = regions.region_code
    left join events on events.region_code = regions.region_code
)

select * from final
order by region_code
