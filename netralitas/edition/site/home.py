"""The home page: the record in four numbers, what this edition added, how far the record reaches,
each election's headline figures side by side, and every event on one timeline."""

from __future__ import annotations

from typing import Any

import pandas as pd

from netralitas import charts
from netralitas.edition.site.common import (
    Cell,
    Chart,
    Link,
    Page,
    election_page,
    live_url,
    region_page,
    rows,
    strip_title,
    value_cell,
)
from netralitas.edition.site.lookups import Site
from netralitas.edition.site.tables import reconciliation
from netralitas.format import fmt_date, fmt_int
from netralitas.i18n import Lang, localized, t


def page(site: Site, lang: Lang) -> Page:
    rec = site.record
    blocks = [election_block(site, e, lang) for e in site.elections]
    timeline = national_timeline(site, lang)
    cards = [
        (fmt_int(len(rec.events), lang), t("home.events", lang)),
        (fmt_int(len(rec.figures), lang), t("home.figures", lang)),
        (fmt_int(site.coverage_any(), lang), t("site.home.regencies_with_record", lang)),
        (fmt_int(len(site.elections), lang), t("home.elections", lang)),
    ]
    return Page(
        "index.html",
        lang,
        "home.html.j2",
        t("app.title", lang),
        t("site.home.description", lang),
        nav="home",
        context={
            "blocks": blocks,
            "timeline": timeline,
            "cards": cards,
            "whats_new": whats_new(site, lang),
            "coverage_summary": site.coverage(lang),
        },
        charts=[b["chart"] for b in blocks if b["chart"]] + [timeline],
    )


def election_block(site: Site, e: str, lang: Lang) -> dict[str, Any]:
    """An election's headline figures: the dot plot, and its table below as the chart's text alternative."""
    head = site.record.headlines[e]
    return {
        "election": e,
        "name": site.election_names[(e, lang)],
        "table": reconciliation(head, lang),
        "chart": None if head.empty else site.headline_chart(e, lang, f"headline-{e}", table_ref=f"tabel-{e}"),
        "link": election_page(e),
    }


def national_timeline(site: Site, lang: Lang) -> Chart:
    """Every event of the record, with the newest first in its table."""
    events = site.record.events.sort_values("event_date")
    newest = events.sort_values("event_date", ascending=False)
    return Chart(
        id="national-timeline",
        title=t("site.home.timeline", lang),
        caption=f"{t('common.source', lang)}: {t('source.curated_events', lang)}",
        name="linimasa-nasional",
        inputs=("timeline-all", events, lang),
        build=lambda: strip_title(charts.timeline(events, pd.DataFrame(), pd.DataFrame(), lang, False)),
        table=site.events_table(newest.index.tolist(), lang, t("site.events", lang)),  # labels are positions
        live=live_url(site.live_base, "linimasa", lang),
    )


def whats_new(site: Site, lang: Lang) -> dict[str, Any]:
    """What this edition added since the one before (all of it, for a first edition)."""
    rec, ed = site.record, site.edition
    added_events = set(ed.get("added_events", []))
    added_figures = set(ed.get("added_figures", []))
    past = [h for h in ed.get("history", []) if h.get("id") != ed.get("id")]
    items: list[Cell] = []
    if not ed.get("first", True):
        new_events = rec.events[rec.events["event_id"].isin(added_events)].sort_values("event_date", ascending=False)
        title = localized("title", lang)
        for r in rows(new_events.head(12)):
            text = f"{fmt_date(r.event_date, lang, r.date_precision)} · {_where(r, lang)}: {getattr(r, title)}"
            items.append(Link(text, region_page(r.region_code)) if isinstance(r.region_code, str) else text)
        label = localized("label", lang)
        for r in rows(rec.figures[rec.figures["figure_id"].isin(added_figures)].head(12)):
            value = value_cell(r.value, r.is_value_approximate, lang)
            text = f"{_where(r, lang)}: {getattr(r, label)} {value} ({r.reporting_body})"
            items.append(Link(text, region_page(r.region_code)) if isinstance(r.region_code, str) else text)
    return {
        "first": bool(ed.get("first", True)),
        "events": fmt_int(len(rec.events), lang),
        "figures": fmt_int(len(rec.figures), lang),
        "added_events": fmt_int(len(added_events), lang),
        "added_figures": fmt_int(len(added_figures), lang),
        "since": past[-1]["id"] if past else "",
        "entries": items,
    }


def _where(row: Any, lang: Lang) -> str:
    return row.region_name if isinstance(row.region_name, str) else t("common.nation", lang)
