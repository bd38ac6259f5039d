-- Grain: one row per event (curated or imported), the full public table for download.
-- Parameters: none.
with final as (
    select
        event_id,
        event_date,
        date_precision,
        event_type,
        election_id,
        province_code,
        regency_code,
        region_code,
        province_published,
        regency_published,
        actor,
        title_id,
        title_en,
        reference_no,
        source_url,
        source_published_date,
        source_kind,
        confidence,
        is_date_approximate,
        note,
        source_file,
        source_row,
        origin
    from main.fct_events
)

select * from final
order by event_date, event_id
