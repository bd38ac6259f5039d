-- Grain: one row per province and regency/city ('' for cases filed at province level) with the counts the public release protects, for one election.
-- Parameters: $election (election_id), $limit_days (days before a wait is a breach: the public limit).
with subjects as (
    select *
    from main.fct_case_subjects
    where election_id = $election
),

waiting as (
    select
        *,
        days_waiting > cast($limit_days as integer) as is_breach
    from subjects
),

final as (
    select
        province_code,
        case when region_level = 2 then region_code else '' end as regency_code,
        -- every register count (the counts_<measure> columns) ...
        coalesce(cast(count_if(columns('^counts_(.*)$')) as bigint), 0) as '\1',  -- noqa: RF05
        -- ... and the funnel's cases and waits per stage
        count(distinct case_id) as cases,
        count(distinct case_id) filter (where is_registered) as cases_registered,
        count(distinct case_id) filter (where is_violation) as cases_violation,
        count(distinct case_id) filter (where is_forwarded) as cases_forwarded,
        count(distinct case_id) filter (where is_recommended) as cases_recommended,
        count(distinct case_id) filter (where is_sanctioned) as cases_sanctioned,
        count(*) filter (where waiting_for = 'registration') as waiting_registration,
        count(*) filter (where waiting_for = 'assessment') as waiting_assessment,
        count(*) filter (where waiting_for = 'forwarding') as waiting_forwarding,
        count(*) filter (where waiting_for = 'recommendation') as waiting_recommendation,
        count(*) filter (where waiting_for = 'sanction') as waiting_sanction,
        count(*) filter (where waiting_for = 'registration' and is_breach) as breaches_registration,
        count(*) filter (where waiting_for = 'assessment' and is_breach) as breaches_assessment,
        count(*) filter (where waiting_for = 'forwarding' and is_breach) as breaches_forwarding,
        count(*) filter (where waiting_for = 'recommendation' and is_breach) as breaches_recommendation,
        count(*) filter (where waiting_for = 'sanction' and is_breach) as breaches_sanction
    from waiting
    group by all
)

select * from final
order by province_code asc, regency_code asc
