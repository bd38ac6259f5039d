-- Curated and imported published figures, renamed and cast. One row per figure.
with source as (
    select * from raw.curated_figures
    union all by name
    select * from raw.imported_figures
),

final as (
    select
        figure_id,
        try_cast(nullif(as_of_date, '') as date) as as_of_date,
        date_precision,
        scope_level,
        nullif(province_code, '') as province_code,
        nullif(regency_code, '') as regency_code,
        nullif(region_code, '') as region_code,
        nullif(province_published, '') as province_published,
        nullif(regency_published, '') as regency_published,
        election_id,
        metric,
        cast(value as double) as value,
        unit,
        reporting_body,
        body_group,
        cast(is_value_approximate as boolean) as is_value_approximate,
        cast(is_date_approximate as boolean) as is_date_approximate,
        cast(is_region_unspecified as boolean) as is_region_unspecified,
        source_kind,
        confidence,
        nullif(note, '') as note,
        nullif(source_url, '') as source_url,
        try_cast(nullif(source_published, '') as date) as source_published_date,
        nullif(source_file, '') as source_file,
        try_cast(nullif(source_row, '') as integer) as source_row,
        origin,
        nullif(import_batch, '') as import_batch
    from source
)

select * from final
