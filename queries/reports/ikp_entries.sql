-- Grain: one row per published IKP entry (edition, level, region; national rows hold a count).
-- Parameters: none.
with ikp as (
    select * from main.fct_ikp
),

final as (
    select
        ikp_id,
        edition_id,
        index_name,
        edition_date,
        election_id,
        scope_level,
        province_code,
        regency_code,
        region_code,
        province_published,
        regency_published,
        score,
        rank,
        category,
        listing,
        national_count,
        note,
        source_url,
        source_published_date,
        source_kind,
        confidence
    from ikp
)

select * from final
order by edition_date, edition_id, scope_level, rank nulls last, region_code
