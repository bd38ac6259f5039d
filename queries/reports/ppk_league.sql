-- Grain: one row per PPK unit (regency/city, or agency within one) for one election: recommended vs imposed.
-- Parameters: $election (election_id), $province (province code or ''), $by ('region' or 'agency').
with subjects as (
    select *
    from main.fct_case_subjects
    where
        election_id = $election
        and ($province = '' or province_code = $province)
        and is_recommended
),

units as (
    select
        region_code,
        province_code,
        case when $by = 'agency' then coalesce(agency, '-') else '' end as agency,
        -- every register count among the recommended (the counts_<measure> columns)
        coalesce(cast(count_if(columns('^counts_(.*)$')) as bigint), 0) as '\1',  -- noqa: RF05
        median(days_recommendation_to_sanction) as median_days_to_sanction,
        max(days_waiting_for_ppk) as oldest_open_days
    from subjects
    group by all
),

regions as (
    select
        region_code,
        region_name,
        province_name
    from main.dim_regions
),

final as (
    select
        units.region_code,
        regions.region_name,
        units.province_code,
        regions.province_name,
        units.agency,
        units.sanctioned / nullif(units.recommended, 0) as followup_rate,
        units.median_days_to_sanction,
        units.oldest_open_days,
        -- noqa: disable=RF02
        columns(units.* exclude (region_code, province_code, agency, median_days_to_sanction, oldest_open_days))
        -- noqa: enable=RF02
    from units
    left join regions on regions.region_code = units.region_code
)

select * from final
order by followup_rate asc, recommended desc, region_code asc, agency asc
