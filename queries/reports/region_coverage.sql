-- Grain: one row per region of one level (1 provinces, 2 regencies/cities): what the public record holds for it in one election ('' = every election), and whether it held that election.
-- Parameters: $election (election_id, or ''), $level ('1' or '2').
with regions as (
    select *
    from main.dim_regions
    where region_level = cast($level as integer)
),

figures as (
    -- A province row counts its own figures and its regencies' (as on the map, a province pools its regencies).
    select
        map_code($level, province_code, regency_code) as region_code,
        count(*) as figures,
        max(as_of_date) as latest_figure_date
    from main.fct_figures
    where
        ($election = '' or election_id = $election)
        and region_code is not null
    group by 1
),

events as (
    select
        map_code($level, province_code, regency_code) as region_code,
        count(*) as events,
        count(*) filter (where is_prevention) as prevention_events,
        max(event_date) as latest_event_date
    from main.fct_events
    where
        ($election = '' or election_id = $election)
        and region_code is not null
    group by 1
),

voted as (
    -- With a complete list, a region held the election if it is on it (a province also when one of
    -- its regencies/cities is: the province then has records of its own election to show).
    select distinct map_code($level, regions.province_code, regions.region_code) as region_code
    from main.bridge_election_regions as bridge
    inner join main.dim_regions as regions on regions.region_code = bridge.region_code
    where bridge.election_id = $election
),

listed as (
    select count(*) as complete_lists
    from main.dim_elections
    where
        election_id = $election
        and regions_listed = 'complete'
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_type,
        regions.province_code,
        regions.province_name,
        regions.has_boundary,
        coalesce(figures.figures, 0) as figures,
        coalesce(events.events, 0) as events,
        coalesce(events.prevention_events, 0) as prevention_events,
        figures.latest_figure_date,
        events.latest_event_date,
        case
            when coalesce(figures.figures, 0) > 0 and coalesce(events.events, 0) > 0 then 'figures_and_events'
            when coalesce(figures.figures, 0) > 0 then 'figures'
            when coalesce(events.events, 0) > 0 then 'events'
            when listed.complete_lists > 0 and voted.region_code is null then 'did_not_vote'
            else 'none'
        end as coverage
    from regions
    cross join listed
    left join figures on figures.region_code = regions.region_code
    left join events on events.region_code = regions.region_code
    left join voted on voted.region_code = regions.region_code
)

select * from final
order by region_code
