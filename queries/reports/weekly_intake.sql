-- Grain: one row per ISO week with case intake for one election in one scope (a province includes its regencies).
-- Parameters: $election (election_id), $region (region code, or '' for the nation).
with subjects as (
    select *
    from main.fct_case_subjects
    where
        election_id = $election
        and in_scope($region, region_code, province_code)
),

final as (
    select
        date_trunc('week', intake_date)::date as week_start_date,
        count(*) as persons,
        count(distinct case_id) as cases
    from subjects
    group by 1
)

select * from final
order by week_start_date
