-- Grain: one row per enforcement stage (intake -> sanctioned) for one election, persons and cases.
-- Parameters: $election (election_id, or '' for all elections), $region (region code, or '' for the nation).
with subjects as (
    select
        case_id,
        is_registered,
        is_violation,
        is_forwarded,
        is_recommended,
        is_sanctioned
    from main.fct_case_subjects
    where
        ($election = '' or election_id = $election)
        and in_scope($region, region_code, province_code)
),

per_case as (
    -- One pass over the register: persons per stage within each case.
    select
        case_id,
        count(*) as intake,
        count(*) filter (where is_registered) as registered,
        count(*) filter (where is_violation) as violation,
        count(*) filter (where is_forwarded) as forwarded,
        count(*) filter (where is_recommended) as recommended,
        count(*) filter (where is_sanctioned) as sanctioned
    from subjects
    group by case_id
),

counts as (
    select
        coalesce(sum(intake), 0)::bigint as intake_persons,
        count(*) as intake_cases,
        coalesce(sum(registered), 0)::bigint as registered_persons,
        count(*) filter (where registered > 0) as registered_cases,
        coalesce(sum(violation), 0)::bigint as violation_persons,
        count(*) filter (where violation > 0) as violation_cases,
        coalesce(sum(forwarded), 0)::bigint as forwarded_persons,
        count(*) filter (where forwarded > 0) as forwarded_cases,
        coalesce(sum(recommended), 0)::bigint as recommended_persons,
        count(*) filter (where recommended > 0) as recommended_cases,
        coalesce(sum(sanctioned), 0)::bigint as sanctioned_persons,
        count(*) filter (where sanctioned > 0) as sanctioned_cases
    from per_case
),

stages as (
    select
        1 as stage_order,
        'intake' as stage,
        intake_persons as persons,
        intake_cases as cases
    from counts
    union all
    select
        2 as stage_order,
        'registered' as stage,
        registered_persons as persons,
        registered_cases as cases
    from counts
    union all
    select
        3 as stage_order,
        'violation' as stage,
        violation_persons as persons,
        violation_cases as cases
    from counts
    union all
    select
        4 as stage_order,
        'forwarded' as stage,
        forwarded_persons as persons,
        forwarded_cases as cases
    from counts
    union all
    select
        5 as stage_order,
        'recommended' as stage,
        recommended_persons as persons,
        recommended_cases as cases
    from counts
    union all
    select
        6 as stage_order,
        'sanctioned' as stage,
        sanctioned_persons as persons,
        sanctioned_cases as cases
    from counts
),

final as (
    select
        stage_order,
        stage,
        persons,
        cases,
        persons / nullif(lag(persons) over (order by stage_order), 0) as conversion_from_previous,
        persons / nullif(first_value(persons) over (order by stage_order), 0) as share_of_intake
    from stages
)

select * from final
order by stage_order
