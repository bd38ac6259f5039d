-- Grain: one row per stage of one election's calendar.
-- Parameters: $election (election_id).
with stages as (
    select * from main.dim_election_stages
    where election_id = $election
),

final as (
    select
        stage,
        start_date,
        end_date,
        label_id,
        label_en,
        legal_basis
    from stages
)

select * from final
order by start_date, end_date
