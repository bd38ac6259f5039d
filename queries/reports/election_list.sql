-- Grain: one row per election, newest first.
-- Parameters: none.
with elections as (
    select * from main.dim_elections
),

final as (
    select election_id, election_type, name_id, name_en, voting_date, campaign_start_date, campaign_end_date
    from elections
)

select * from final
order by voting_date desc
