-- Enforcement measures per election and region, computed once at build time for the map and the rankings:
-- a province row pools every case in the province (its regencies/cities included), a regency/city row its own.
with subjects as (
    select * from main.fct_case_subjects
),

scoped as (
    select
        election_id,
        province_code as region_code,
        1 as region_level,
        case_id,
        is_violation,
        is_recommended,
        is_sanctioned,
        is_record_blocked,
        days_waiting_for_ppk,
        days_recommendation_to_sanction
    from subjects
    union all
    select
        election_id,
        region_code,
        2 as region_level,
        case_id,
        is_violation,
        is_recommended,
        is_sanctioned,
        is_record_blocked,
        days_waiting_for_ppk,
        days_recommendation_to_sanction
    from subjects
    where region_level = 2
),

final as (
    select
        election_id,
        region_code,
        region_level,
        count(*) as persons,
        count(distinct case_id) as cases,
        count(*) filter (where is_violation) as violations,
        count(*) filter (where is_recommended) as recommended,
        count(*) filter (where is_sanctioned) as sanctioned,
        count(*) filter (where is_record_blocked) as records_blocked,
        count(*) filter (where days_waiting_for_ppk > 30) as waiting_over_30_days,
        median(days_recommendation_to_sanction) as median_days_to_sanction
    from scoped
    group by election_id, region_code, region_level
)

select * from final
