-- Grain: one row per data source, with its row count and latest date.
-- Parameters: none.
with events as (
    select
        'events' as source,
        count(*) as row_count,
        max(event_date) as latest_date,
        count(*) filter (where origin = 'import') as imported_rows
    from main.fct_events
),

figures as (
    select
        'figures' as source,
        count(*) as row_count,
        max(as_of_date) as latest_date,
        count(*) filter (where origin = 'import') as imported_rows
    from main.fct_figures
),

cases as (
    select
        'case_register' as source,
        count(*) as row_count,
        max(register_as_of_date) as latest_date,
        count(*) filter (where not is_synthetic) as imported_rows
    from main.fct_case_subjects
),

final as (
    select * from events
    union all
    select * from figures
    union all
    select * from cases
)

select * from final
