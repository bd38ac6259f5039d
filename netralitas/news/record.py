"""From a reviewed event to the curated record: suggested titles and one row in the events import
layout, with provenance (``pages/tambah_berita.py`` sends it through the importer)."""

from __future__ import annotations

from datetime import date

from netralitas.news import vocabulary as V
from netralitas.news.extract import Event


def suggested_titles(event_type: str, actor: str | None, reference_no: str | None) -> tuple[str, str]:
    """An Indonesian and an English title a curator can accept or rewrite."""
    titles = V.TITLES.get(event_type, V.TITLES["other"])
    by_id = f" oleh {actor}" if actor else ""
    by_en = f" by {actor}" if actor else ""
    ref = f" Nomor {reference_no}" if reference_no else ""
    ref_en = f" No. {reference_no}" if reference_no else ""
    return (
        f"{titles['id']}{ref}{by_id}",
        f"{titles['en']}{ref_en}{by_en}",
    )


def import_record(
    event: Event,
    *,
    title_id: str,
    title_en: str,
    source_url: str,
    published: date | None,
) -> dict[str, str]:
    """One row in the events import layout (``region`` column), with provenance in the note."""
    region = event.regency_code or event.province_code or ""
    precision = event.date_precision or "day"
    day = event.event_date or ""
    if precision == "month" and day:
        day = day[:7]
    elif precision == "year" and day:
        day = day[:4]
    also = f"; juga / also: {', '.join(event.also_types)}" if event.also_types else ""
    return {
        "event_date": day,
        "date_precision": precision,
        "event_type": event.event_type,
        "election": event.election or "",
        "region": region,
        "actor": event.actor or "",
        "title": title_en,
        "title_id": title_id,
        "reference_no": event.reference_no or "",
        "source_url": source_url,
        "source_published": published.isoformat() if published else "",
        # Who reviewed it is in the audit log; the public record names no account.
        "note": f"dari berita, diperiksa kurator / from news, reviewed by a curator{also}",
    }
