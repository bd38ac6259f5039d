-- Grain: one row per election ('' = all elections), level (1 provinces, 2 regencies/cities) and kind (events, figures, ikp, any): how many regions the public record reaches, of all regions and of those that voted.
-- Parameters: none.
with regions as (
    select
        region_code,
        region_level
    from main.dim_regions
),

elections as (
    select
        election_id,
        regions_listed
    from main.dim_elections
),

records as (
    -- A province counts its own rows and its regencies' (as the coverage map does); a regency/city its own.
    select
        election_id,
        'events' as kind,
        province_code,
        regency_code
    from main.fct_events
    where region_code is not null
    union all
    select
        election_id,
        'figures' as kind,
        province_code,
        regency_code
    from main.fct_figures
    where region_code is not null
    union all
    select
        election_id,
        'ikp' as kind,
        province_code,
        regency_code
    from main.fct_ikp
    where region_code is not null
),

levels as (
    select unnest([1, 2]) as region_level
),

kinds as (
    select unnest(['events', 'figures', 'ikp', 'any']) as kind
),

scopes as (
    select election_id from elections
    union all
    select '' as election_id
),

coded as (
    select
        records.election_id,
        records.kind,
        levels.region_level,
        map_code(cast(levels.region_level as varchar), records.province_code, records.regency_code) as region_code
    from records
    cross join levels
),

with_all as (
    select
        election_id,
        kind,
        region_level,
        region_code
    from coded
    where region_code is not null
    union all
    select
        election_id,
        'any' as kind,
        region_level,
        region_code
    from coded
    where region_code is not null
    union all
    select
        '' as election_id,
        kind,
        region_level,
        region_code
    from coded
    where region_code is not null
    union all
    select
        '' as election_id,
        'any' as kind,
        region_level,
        region_code
    from coded
    where region_code is not null
),

reached as (
    select distinct
        election_id,
        kind,
        region_level,
        region_code
    from with_all
),

voted as (
    select
        bridge.election_id,
        bridge.region_code
    from main.bridge_election_regions as bridge
    inner join elections
        on
            elections.election_id = bridge.election_id
            and elections.regions_listed = 'complete'
),

totals as (
    select
        region_level,
        count(*) as regions_total
    from regions
    group by region_level
),

voted_totals as (
    select
        voted.election_id,
        regions.region_level,
        count(*) as regions_voted
    from voted
    inner join regions on regions.region_code = voted.region_code
    group by all
),

grid as (
    select
        scopes.election_id,
        kinds.kind,
        totals.region_level,
        totals.regions_total
    from scopes
    cross join kinds
    cross join totals
),

final as (
    select
        grid.election_id,
        grid.kind,
        grid.region_level,
        grid.regions_total,
        count(reached.region_code) as regions_with_record,
        voted_totals.regions_voted,
        count(voted.region_code) as voted_with_record
    from grid
    left join reached
        on
            reached.election_id = grid.election_id
            and reached.kind = grid.kind
            and reached.region_level = grid.region_level
    left join voted
        on
            voted.election_id = reached.election_id
            and voted.region_code = reached.region_code
    left join voted_totals
        on
            voted_totals.election_id = grid.election_id
            and voted_totals.region_level = grid.region_level
    group by all
)

select * from final
order by election_id asc, region_level asc, kind asc
