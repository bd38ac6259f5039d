-- Grain: one row per region of the level (in the province if given) with its entry in one IKP edition.
-- Parameters: $edition, $level ('1' provinces, '2' regencies/cities), $province ('' all).
-- status: scored, listed (named without a score: never a zero) or not_listed.
with regions as (
    select
        region_code,
        region_name,
        region_level,
        province_code,
        province_name,
        has_boundary
    from main.dim_regions
    where
        region_level = cast($level as integer)
        and ($province = '' or province_code = $province)
),

edition as (
    select
        edition_id,
        index_name,
        edition_date
    from main.dim_ikp_editions
    where edition_id = $edition
),

entries as (
    select * from main.fct_ikp
    where edition_id = $edition and region_level = cast($level as integer)
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_level,
        regions.province_code,
        regions.province_name,
        regions.has_boundary,
        edition.edition_id,
        edition.index_name,
        edition.edition_date,
        entries.score,
        entries.rank,
        entries.category,
        coalesce(entries.listing, 'not_listed') as status,
        entries.source_url,
        entries.note
    from regions
    cross join edition
    left join entries on entries.region_code = regions.region_code
)

select * from final
order by rank asc nulls last, score desc nulls last, status asc, region_code asc
