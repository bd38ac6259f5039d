-- Grain: one row of enforcement measures for one election and one scope (nation, or one or more regions pooled).
-- Parameters: $election (election_id), $region (a region code, several comma-separated, or '' for the nation).
with subjects as (
    select *
    from main.fct_case_subjects
    where
        election_id = $election
        and in_scope($region, region_code, province_code)
),

final as (
    select
        -- every register count (the counts_<measure> columns; the data layer keeps the summary's own)
        coalesce(cast(count_if(columns('^counts_(.*)$')) as bigint), 0) as '\1',  -- noqa: RF05
        count(distinct case_id) as cases,
        (count(*) filter (where is_sanctioned)) / nullif(count(*) filter (where is_recommended), 0)
            as followup_rate,
        median(days_recommendation_to_sanction) as median_days_to_sanction,
        median(days_intake_to_recommendation) as median_days_to_recommendation,
        max(register_as_of_date) as register_as_of_date
    from subjects
)

select * from final
