-- Grain: one row per IKP edition about the election, newest first.
-- Parameters: $election.
with editions as (
    select * from main.dim_ikp_editions
),

final as (
    select
        edition_id,
        index_name,
        edition_date,
        election_id,
        province_entries,
        regency_entries,
        province_scored,
        regency_scored,
        national_counts,
        sources
    from editions
    where election_id = $election
)

select * from final
order by (province_scored + regency_scored) desc, (province_entries + regency_entries) desc, edition_date desc
