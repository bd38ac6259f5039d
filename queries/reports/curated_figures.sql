-- Grain: one row per published figure (curated or imported), the full public table for download.
-- Parameters: none.
with final as (
    select
        figure_id,
        as_of_date,
        date_precision,
        scope_level,
        province_code,
        regency_code,
        region_code,
        province_published,
        regency_published,
        election_id,
        metric,
        value,
        unit,
        reporting_body,
        body_group,
        is_value_approximate,
        is_date_approximate,
        is_region_unspecified,
        source_kind,
        confidence,
        note,
        source_url,
        source_published_date,
        source_file,
        source_row,
        origin
    from main.fct_figures
)

select * from final
order by as_of_date nulls last, figure_id
