-- Grain: one row per dated event for one election in one scope (a province includes its regencies/cities).
-- Parameters: $election (election_id), $region (region code, or '' for every event).
with events as (
    select *
    from main.fct_events
    where
        election_id = $election
        and in_scope($region, region_code, province_code)
),

regions as (
    select
        region_code,
        region_name
    from main.dim_regions
),

final as (
    select
        events.event_id,
        events.event_date,
        events.date_precision,
        events.event_type,
        events.scope_level,
        events.region_code,
        coalesce(regions.region_name, 'Nasional') as region_name,
        events.actor,
        events.title_id,
        events.title_en,
        events.reference_no,
        events.source_url,
        events.confidence,
        events.is_date_approximate
    from events
    left join regions on regions.region_code = events.region_code
)

select * from final
order by event_date, event_id
