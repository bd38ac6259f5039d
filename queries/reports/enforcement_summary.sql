-- Grain: one row of enforcement measures for one election and one scope (nation, province or regency/city).
-- Parameters: $election (election_id), $region (region code, or '' for the nation).
with subjects as (
    select *
    from main.fct_case_subjects
    where election_id = $election
        and ($region = '' or region_code = $region or province_code = $region)
),

final as (
    select
        count(*) as persons,
        count(distinct case_id) as cases,
        count(*) filter (where is_violation) as violations,
        count(*) filter (where is_recommended) as recommended,
        count(*) filter (where is_sanctioned) as sanctioned,
        count(*) filter (where is_record_blocked) as records_blocked,
        count(*) filter (where days_waiting_for_ppk > 30) as waiting_over_30_days,
        (count(*) filter (where is_sanctioned)) / nullif(count(*) filter (where is_recommended), 0)
            as followup_rate,
        median(days_recommendation_to_sanction) as median_days_to_sanction,
        median(days_intake_to_recommendation) as median_days_to_recommendation,
        max(register_as_of_date) as register_as_of_date
    from subjects
)

select * from final
