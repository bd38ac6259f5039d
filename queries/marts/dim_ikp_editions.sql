-- IKP editions: one row per published index or statement, with what it covers per level.
-- Scores are relative within one edition; editions are never compared with each other.
with ikp as (
    select * from main.fct_ikp
),

final as (
    select
        edition_id,
        any_value(index_name) as index_name,
        min(edition_date) as edition_date,
        any_value(election_id) as election_id,
        count(*) filter (where scope_level = 'province') as province_entries,
        count(*) filter (where scope_level = 'regency_city') as regency_entries,
        count(*) filter (where scope_level = 'province' and is_scored) as province_scored,
        count(*) filter (where scope_level = 'regency_city' and is_scored) as regency_scored,
        count(*) filter (where scope_level = 'national') as national_counts,
        count(distinct source_url) as sources
    from ikp
    group by edition_id
)

select * from final
order by edition_date desc, edition_id asc
