"""The regions: an index of every province and its regencies/cities, and one page per region with
what the record holds for it per election (its events, its published figures, an imported
register's public aggregates), a province's map of its regencies, its peers and its neighbours."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from netralitas import charts, display, format, measures, palette
from netralitas.edition.site.common import Chart, Link, Page, embed_page, live_url, region_page, rows, strip_title
from netralitas.edition.site.lookups import Site
from netralitas.format import fmt_int, fmt_number
from netralitas.i18n import Lang, t

# A region's events of one election are drawn as a timeline above this many; fewer read better as a list.
TIMELINE_MIN_EVENTS = 5


def index(site: Site, lang: Lang) -> Page:
    groups = []
    for p in rows(site.provinces):
        kids = site.regions[(site.regions["province_code"] == p.region_code) & (site.regions["region_level"] == 2)]
        groups.append(
            {
                "province": Link(p.region_name, region_page(p.region_code)),
                "children": [Link(k.region_name, region_page(k.region_code)) for k in rows(kids)],
            }
        )
    return Page(
        "wilayah/index.html",
        lang,
        "regions.html.j2",
        t("site.regions.title", lang),
        t("site.regions.description", lang),
        nav="regions",
        context={"groups": groups},
    )


def pages(site: Site, code: str, lang: Lang) -> Iterator[Page]:
    """The region's page, then the embed page of each of its timelines."""
    row = site.region_rows[code]
    level, name = int(row["region_level"]), str(row["region_name"])
    blocks = [election_block(site, code, level, name, e, lang) for e in site.elections]
    charts_ = [b["chart"] for b in blocks if b.get("chart") is not None]
    children = site.children.get(code, []) if level == 1 else []
    children_map = children_chart(site, code, name, lang) if children and site.has_maps else None
    if children_map:
        charts_.insert(0, children_map)
    province = str(row["province_code"])
    context = {
        "code": code,
        "name": name,
        "type": t(f"site.type.{row['region_type']}", lang),
        "level": level,
        "province": site.region_link(province) if level == 2 else None,
        "population": fmt_int(row["population"], lang) if not pd.isna(row["population"]) else "",
        "area": fmt_number(round(float(row["area_km2"]), 1), lang) if not pd.isna(row["area_km2"]) else "",
        "by_election": blocks,
        "missing": [
            t(f"kind.{k}", lang) for k in ("events", "figures", "ikp") if k not in site.kinds_held.get(code, ())
        ],
        "n_figures": len(site.figures_at.get(code, [])),
        "n_events": len(site.events_at.get(code, [])),
        "children_map": children_map,
        "children": [_child(site, k, lang) for k in children],
        "peers": [site.region_link(p) for p in site.peers.get(code, [])],
        "siblings": [site.region_link(s) for s in site.children.get(province, []) if s != code] if level == 2 else [],
        "live": {
            "timeline": live_url(site.live_base, "linimasa", lang, region=code),
            "compare": live_url(site.live_base, "perbandingan", lang, regions=code),
            "brief": live_url(site.live_base, "bahan-rapat", lang, region=code),
        },
        "has_register": site.record.has_register,
    }
    yield Page(
        region_page(code),
        lang,
        "region.html.j2",
        name,
        t("site.region.description", lang, name=name),
        nav="regions",
        context=context,
        charts=charts_,
    )
    for chart in charts_:
        if chart.embed:
            yield embed_page(chart.embed, chart, lang, region_page(code))


def _child(site: Site, code: str, lang: Lang) -> dict[str, Any]:
    """A regency/city of a province, in the table below the province's map (the map's text alternative)."""
    cov = site.coverage_rows[("", "2")][code]
    return {
        "link": site.region_link(code),
        "coverage": t(f"coverage.{cov['coverage']}", lang),
        "figures": fmt_int(cov["figures"], lang),
        "events": fmt_int(cov["events"], lang),
    }


def children_chart(site: Site, code: str, name: str, lang: Lang) -> Chart:
    """A province's regencies/cities coloured by what the record holds for them."""
    frame = site.record.coverage[("", "2")].iloc[site.coverage_at[code]]
    geojson = site.geojson["regencies"] or {"features": []}
    title = t("site.region.children_map", lang, name=name)
    src = t("site.source.record", lang)
    return Chart(
        id="children-map",
        title=title,
        caption=f"{t('common.source', lang)}: {src}. {t('site.map.click', lang)}",
        name=f"cakupan-{code}",
        inputs=("children-map", frame, lang),
        build=lambda: strip_title(
            charts.category_map(frame, geojson, "coverage", palette.COVERAGE_COLOURS, title, lang, src)
        ),
        region_links=True,
        geo="inline",
        table_ref="tabel-kabupaten-kota",
    )


def election_block(site: Site, code: str, level: int, name: str, e: str, lang: Lang) -> dict[str, Any]:
    """What the region has of election ``e``: whether it voted, its events (a timeline when there are
    more than ``TIMELINE_MIN_EVENTS``, else a dated list), its published figures with their sources'
    agreement, and an imported register's public aggregates; a line of its own when it has none."""
    ename = site.election_names[(e, lang)]
    events = [i for i in site.events_at.get(code, []) if site.event_elections[i] == e]
    facts = [i for i in site.facts_at.get(code, []) if site.fact_elections[i] == e]
    register = register_rows(site, e, str(level), code, lang)
    voted = participation(site, e, code, level, lang)
    if not events and not facts and not register:
        return {"election": e, "name": ename, "quiet": _quiet(site, e, code, level, voted[0], lang)}
    chart, dated = None, None
    if events:
        table = site.events_table(events, lang, t("site.region.dated_list", lang, election=ename), level == 1)
        if len(events) > TIMELINE_MIN_EVENTS:
            chart = site.timeline_chart(site.record.events.iloc[events], e, lang, f"timeline-{e}", name)
            chart.table = table
            chart.embed = f"embed/wilayah/{code}/{e}/index.html"
            chart.live = live_url(site.live_base, "linimasa", lang, election=e, region=code)
        else:
            dated = table
    coverage = site.coverage_rows[(e, str(level))][code]
    return {
        "election": e,
        "name": ename,
        "participation": voted[0],
        "voted": voted[1],
        "chart": chart,
        "dated": dated,
        "figures": site.figures_table(facts, lang, t("site.region.figures", lang, election=ename)),
        "events": int(coverage["events"]),
        "prevention": int(coverage["prevention_events"]),
        "register": register,
    }


def _quiet(site: Site, e: str, code: str, level: int, voted: str, lang: Lang) -> str:
    """A region with nothing for an election: whether it voted, and that there is nothing."""
    status, regencies = site.participation.get((e, code), ("unknown", 0))
    words = [] if status == "unknown" else [t(f"participation.short.{status}", lang)]
    if level == 1 and status == "did_not_vote" and regencies:
        words = [voted.rstrip(".")]  # no governor election, but its regencies voted
    if status != "did_not_vote":
        words.append(t("site.region.nothing_for_election", lang))
    return "; ".join(words)


def participation(site: Site, e: str, code: str, level: int, lang: Lang) -> tuple[str, str]:
    """(sentence, status): did the region hold election ``e`` (display.participation_text)."""
    status, regencies = site.participation.get((e, code), ("unknown", 0))
    national = site.election_types.get(e) != "pilkada"
    election = site.election_names[(e, lang)]
    return display.participation_text(status, regencies, level, election, national, lang), status


def register_rows(site: Site, e: str, level: str, code: str, lang: Lang) -> list[tuple[str, str]]:
    """An imported register's public aggregates for one region: (label, value), "<5" when suppressed."""
    frame = site.record.register.get((e, level))
    if frame is None:
        return []
    hit = frame[frame["region_code"] == code]
    if hit.empty:
        return []
    row = hit.iloc[0]
    return [
        (t(f"site.register.{m}", lang), format.value_text(row, m, kind, lang))
        for m, kind in measures.kinds("edition").items()
    ]
