-- Grain: one row per election and region: did the region hold the election (voted, did_not_vote, or unknown where the list is incomplete), and for a province how many of its regencies/cities did.
-- Parameters: none.
with elections as (
    select
        election_id,
        regions_listed
    from main.dim_elections
),

regions as (
    select
        region_code,
        region_level,
        province_code
    from main.dim_regions
),

listed as (
    select
        election_id,
        region_code
    from main.bridge_election_regions
),

children_voted as (
    select
        listed.election_id,
        regions.province_code,
        count(*) as regencies_voted
    from listed
    inner join regions on regions.region_code = listed.region_code
    where regions.region_level = 2
    group by all
),

final as (
    select
        elections.election_id,
        regions.region_code,
        regions.region_level,
        case
            when listed.region_code is not null then 'voted'
            when elections.regions_listed = 'complete' then 'did_not_vote'
            else 'unknown'
        end as participation,
        case
            when regions.region_level = 1 and elections.regions_listed = 'complete'
                then coalesce(children_voted.regencies_voted, 0)
        end as regencies_voted
    from elections
    cross join regions
    left join listed
        on
            listed.election_id = elections.election_id
            and listed.region_code = regions.region_code
    left join children_voted
        on
            children_voted.election_id = elections.election_id
            and children_voted.province_code = regions.region_code
)

select * from final
order by election_id asc, region_code asc
