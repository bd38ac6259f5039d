-- What Bawaslu declared vulnerable before an election: one row per published IKP entry,
-- with Kemendagri codes. A place listed without a score stays 'listed', never a zero.
with ikp as (
    select * from staging.stg_curated__ikp
),

regions as (
    select
        region_code,
        region_level
    from main.dim_regions
),

final as (
    select
        ikp.*,
        regions.region_level,
        ikp.listing = 'scored' as is_scored
    from ikp
    left join regions on regions.region_code = ikp.region_code
)

select * from final
order by edition_date, edition_id, scope_level, rank nulls last, region_code
