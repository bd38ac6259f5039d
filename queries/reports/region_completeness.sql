-- Grain: one row per region: which kinds of data the warehouse holds for it, over all elections.
-- Parameters: none.
with regions as (
    select * from main.dim_regions
),

events as (
    select
        region_code,
        count(*) as events
    from main.fct_events
    group by region_code
),

figures as (
    select
        region_code,
        count(*) as figures
    from main.fct_figures
    group by region_code
),

cases as (
    select
        region_code,
        count(*) as case_rows
    from main.fct_case_subjects
    group by region_code
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_type,
        regions.province_code,
        regions.province_name,
        coalesce(events.events, 0) as events,
        coalesce(figures.figures, 0) as figures,
        coalesce(cases.case_rows, 0) as case_rows,
        regions.has_population,
        regions.has_boundary
    from regions
    left join events on events.region_code = regions.region_code
    left join figures on figures.region_code = regions.region_code
    left join cases on cases.region_code = regions.region_code
)

select * from final
order by region_code
