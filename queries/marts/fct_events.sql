-- Dated prevention and enforcement events, one row per event, with region level.
with events as (
    select * from staging.stg_curated__events
),

regions as (
    select
        region_code,
        region_level
    from main.dim_regions
),

final as (
    select
        events.*,
        case
            when events.region_code is null then 'nasional'
            when regions.region_level = 1 then 'provinsi'
            else 'kabupaten_kota'
        end as scope_level,
        -- Prevention: what a regional government does before the fact (maps, rankings, briefs count these).
        coalesce(event_types.is_prevention, false) as is_prevention
    from events
    left join regions on regions.region_code = events.region_code
    left join main.dim_event_types as event_types on event_types.event_type = events.event_type
)

select * from final
order by event_date, event_id
