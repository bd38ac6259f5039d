-- Grain: one row per region of one level (1 provinces, 2 regencies/cities): what the public record holds for it in one election ('' = every election).
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
            else 'none'
        end as coverage
    from regions
    left join figures on figures.region_code = regions.region_code
    left join events on events.region_code = regions.region_code
)

select * from final
order by region_code
