-- Grain: one row per enforcement stage (intake -> sanctioned) for one election, persons and cases.
-- Parameters: $election (election_id, or '' for all elections).
with subjects as (
    select *
    from main.fct_case_subjects
    where $election = '' or election_id = $election
),

stages as (
    select 1 as stage_order, 'intake' as stage, count(*) as persons, count(distinct case_id) as cases from subjects
    union all
    select 2, 'registered', count(*), count(distinct case_id) from subjects where is_registered
    union all
    select 3, 'violation', count(*), count(distinct case_id) from subjects where is_violation
    union all
    select 4, 'forwarded', count(*), count(distinct case_id) from subjects where is_forwarded
    union all
    select 5, 'recommended', count(*), count(distinct case_id) from subjects where is_recommended
    union all
    select 6, 'sanctioned', count(*), count(distinct case_id) from subjects where is_sanctioned
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
