-- Curated and imported events, renamed and cast. One row per event.
with source as (
    select * from raw.curated_events
    union all by name
    select * from raw.imported_events
),

final as (
    select
        event_id,
        cast(event_date as date) as event_date,
        date_precision,
        event_type,
        election_id,
        nullif(province_code, '') as province_code,
        nullif(regency_code, '') as regency_code,
        nullif(region_code, '') as region_code,
        nullif(province_published, '') as province_published,
        nullif(regency_published, '') as regency_published,
        nullif(actor, '') as actor,
        title_id,
        title_en,
        nullif(reference_no, '') as reference_no,
        nullif(source_url, '') as source_url,
        try_cast(nullif(source_published, '') as date) as source_published_date,
        source_kind,
        confidence,
        cast(is_date_approximate as boolean) as is_date_approximate,
        nullif(note, '') as note,
        nullif(source_file, '') as source_file,
        try_cast(nullif(source_row, '') as integer) as source_row,
        origin,
        nullif(import_batch, '') as import_batch
    from source
)

select * from final
