-- Grain: one row describing what the warehouse holds.
-- Parameters: none.
with regions as (
    select
        count(*) filter (where region_level = 1) as provinces,
        count(*) filter (where region_level = 2) as regencies_cities,
        count(*) filter (where has_population) as regions_with_population,
        count(*) filter (where has_boundary) as regions_with_boundary
    from main.dim_regions
),

elections as (
    select count(*) as elections from main.dim_elections
),

events as (
    select
        count(*) as events,
        max(event_date) as latest_event_date
    from main.fct_events
),

figures as (
    select
        count(*) as figures,
        max(as_of_date) as latest_figure_date
    from main.fct_figures
),

cases as (
    select
        count(*) as case_subject_rows,
        count(distinct case_id) as cases,
        coalesce(bool_or(is_synthetic), false) as is_synthetic,
        max(register_as_of_date) as register_as_of_date
    from main.fct_case_subjects
),

build as (
    select
        build_id,
        built_at,
        register_kind,
        has_boundaries,
        has_population
    from main.meta_build
),

final as (
    select
        regions.*,
        elections.*,
        events.*,
        figures.*,
        cases.*,
        build.*
    from regions, elections, events, figures, cases, build
)

select * from final
