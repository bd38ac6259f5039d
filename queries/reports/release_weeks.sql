-- Grain: one row per province and ISO week with the persons who came in: the weekly intake the public release protects, for one election.
-- Parameters: $election (election_id).
with subjects as (
    select *
    from main.fct_case_subjects
    where election_id = $election
),

final as (
    select
        province_code,
        date_trunc('week', intake_date)::date as week_start_date,
        count(*) as persons
    from subjects
    group by all
)

select * from final
order by province_code asc, week_start_date asc
