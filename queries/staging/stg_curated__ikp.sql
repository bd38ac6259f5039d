-- Bawaslu's vulnerability index (IKP) on ASN neutrality, as published. One row per entry.
select
    ikp_id,
    edition_id,
    index_name,
    cast(edition_date as date) as edition_date,
    election_id,
    scope_level,
    nullif(province_code, '') as province_code,
    nullif(regency_code, '') as regency_code,
    nullif(region_code, '') as region_code,
    nullif(province_published, '') as province_published,
    nullif(regency_published, '') as regency_published,
    try_cast(nullif(score, '') as double) as score,
    try_cast(nullif(rank, '') as integer) as rank,
    nullif(category, '') as category,
    listing,
    try_cast(nullif(national_count, '') as integer) as national_count,
    nullif(note, '') as note,
    nullif(source_url, '') as source_url,
    try_cast(nullif(source_published, '') as date) as source_published_date,
    source_kind,
    confidence
from raw.ikp
