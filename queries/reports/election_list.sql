-- Grain: one row per election that has data (events, figures, case rows or IKP), newest first.
-- Parameters: none.
with elections as (
    select * from main.dim_elections
),

with_data as (
    select election_id from main.fct_events
    union
    select election_id from main.fct_figures
    union
    select election_id from main.fct_case_subjects
    union
    select election_id from main.fct_ikp
),

final as (
    select
        election_id,
        election_type,
        name_id,
        name_en,
        voting_date,
        campaign_start_date,
        campaign_end_date,
        previous_election_id
    from elections
    where election_id in (select with_data.election_id from with_data)
)

select * from final
order by voting_date desc
