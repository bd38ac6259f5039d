-- Grain: one row per province and regency/city ('' for cases filed at province level) with the counts the public release protects, for one election.
-- Parameters: $election (election_id).
with subjects as (
    select *
    from main.fct_case_subjects
    where election_id = $election
),

final as (
    select
        province_code,
        case when region_level = 2 then region_code else '' end as regency_code,
        count(*) as persons,
        count(distinct case_id) as cases,
        count(*) filter (where intake_type = 'laporan') as reports,
        count(*) filter (where intake_type = 'temuan') as findings,
        count(*) filter (where is_violation) as violations,
        count(*) filter (where is_recommended) as recommended,
        count(*) filter (where is_sanctioned) as sanctioned,
        count(*) filter (where is_record_blocked) as records_blocked,
        count(*) filter (where days_waiting_for_ppk > 30) as waiting_over_30_days
    from subjects
    group by all
)

select * from final
order by province_code asc, regency_code asc
