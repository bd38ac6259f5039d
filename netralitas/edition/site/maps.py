"""The maps: an index of every map page, and one page per election and measure (the record's
reach, prevention events, each published measure, each IKP edition) with a province map and a
regency map, each with its table; without boundaries, the tables alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from netralitas import charts, palette
from netralitas.display import Column
from netralitas.edition import assets
from netralitas.edition.site.common import Chart, Link, Page, Table, embed_page, live_url, strip_title
from netralitas.edition.site.lookups import Site
from netralitas.edition.site.tables import Field, Shown, table
from netralitas.format import fmt_date
from netralitas.i18n import Lang, t

REGION = Shown(Column("region_name", "col.region"), link="region")
# Each kind of map's table: the region (its page linked), then what the map colours it by.
TABLE_COLUMNS: dict[str, tuple[Field, ...]] = {
    "coverage": (
        REGION,
        Column("coverage", "site.col.coverage", "label", values="coverage."),
        Column("figures", "site.col.figures", "int"),
        Column("events", "site.col.events", "int"),
    ),
    "prevention": (
        REGION,
        Column("prevention_events", "site.col.prevention", "int"),
        Column("events", "site.col.events", "int"),
    ),
    "ikp": (
        REGION,
        Column("status", "ikp.col.status", "label", values="ikp.status."),
        Column("score", "ikp.score", "number"),
        Column("rank", "col.rank", "int"),
        Column("source_url", "col.link", "link"),
    ),
    "figure": (
        REGION,
        Column("value", "col.value", "number", approximate="is_value_approximate"),
        Column("reporting_body", "col.body"),
        Column("as_of_date", "col.as_of", "date", precision="date_precision"),
        Column("source_url", "col.link", "link"),
        Column("others", "col.flags"),
    ),
}


def kind(measure: str) -> str:
    """coverage, prevention, ikp (an IKP edition) or figure (a published measure)."""
    if measure in ("coverage", "prevention"):
        return measure
    return "ikp" if measure.startswith("ikp-") else "figure"


def title(site: Site, measure: str, metric: str, unit: str, lang: Lang) -> str:
    if measure in ("coverage", "prevention"):
        return t(f"site.map.{measure}", lang)
    if unit == "ikp":
        ed = site.ikp_edition_rows[metric]
        return f"IKP: {ed['index_name']} ({fmt_date(ed['edition_date'], lang)})"
    label = site.metric_labels.get((metric, lang), metric)
    return f"{label} ({t(f'unit.{unit}', lang)})"


def links(site: Site, election: str, lang: Lang) -> list[Link]:
    """Every map page of ``election`` ("semua": over all elections)."""
    return [
        Link(title(site, m, metric, unit, lang), f"peta/{e}/{m}/index.html")
        for e, m, metric, unit in site.map_specs
        if e == election
    ]


def pages(site: Site, lang: Lang) -> Iterator[Page]:
    """The index of maps, then every map page and the embed page of each of its maps."""
    groups = []
    for e in ["semua", *site.elections]:
        found = links(site, e, lang)
        if found:
            groups.append({"name": site.election_name(e, lang), "links": found})
    yield Page(
        "peta/index.html",
        lang,
        "maps.html.j2",
        t("site.maps.title", lang),
        t("site.maps.description", lang),
        nav="maps",
        context={"groups": groups, "has_maps": site.has_maps},
    )
    for e, measure, metric, unit in site.map_specs:
        made = page(site, e, measure, metric, unit, lang)
        yield made
        for chart in made.charts:
            yield embed_page(chart.embed, chart, lang, made.path)


def page(site: Site, e: str, measure: str, metric: str, unit: str, lang: Lang) -> Page:
    charts_ = [c for lvl in ("1", "2") if (c := chart(site, e, measure, metric, unit, lvl, lang))]
    tables: list[Table] = []
    if not charts_:  # no boundaries: the tables alone
        for lvl in ("1", "2"):
            frame = map_frame(site, e, measure, metric, unit, lvl)
            if frame is not None:
                tables.append(map_table(frame, measure, lang, t(f"site.level.{lvl}", lang)))
    help_key = f"site.map.help.{measure}" if measure in ("coverage", "prevention") else "site.map.help.figure"
    if unit == "ikp":
        help_key = "measure.help.ikp"
    return Page(
        f"peta/{e}/{measure}/index.html",
        lang,
        "map.html.j2",
        f"{title(site, measure, metric, unit, lang)} · {site.election_name(e, lang)}",
        t(help_key, lang),
        nav="maps",
        context={"help": t(help_key, lang), "others": links(site, e, lang), "tables": tables},
        charts=charts_,
    )


def map_frame(site: Site, e: str, measure: str, metric: str, unit: str, level: str) -> pd.DataFrame | None:
    """Every region of ``level`` with what the map shows of it (None: the level has no such map)."""
    rec = site.record
    election = "" if e == "semua" else e
    if measure == "coverage":
        return rec.coverage[(election, level)]
    if measure == "prevention":
        frame = rec.coverage[(election, level)]
        # No recorded event is "no data" (grey), not a measured zero.
        return frame.assign(prevention_events=frame["prevention_events"].where(frame["prevention_events"] > 0))
    if unit == "ikp":
        return rec.ikp_maps.get((metric, level))
    return rec.map_figures.get((e, f"{metric}-{unit}", level))


def map_table(frame: pd.DataFrame, measure: str, lang: Lang, caption: str) -> Table:
    """The map's regions as a table: the named ones of an IKP edition, every region's reach, and the
    regions with a value (the highest first) of the other maps."""
    shown = kind(measure)
    empty = ""
    if shown == "ikp":
        frame = frame[frame["status"] != "not_listed"]
    elif shown == "prevention":
        frame = frame[frame["prevention_events"].notna()].sort_values("prevention_events", ascending=False)
        empty = t("site.no_events", lang)
    elif shown == "figure":
        frame = frame[frame["value"].notna()].sort_values("value", ascending=False)
        others = [int(n) - 1 for n in frame["figures_count"]]
        frame = frame.assign(others=[t("site.map.other_figures", lang, n=n) if n else "" for n in others])
    return table(frame, TABLE_COLUMNS[shown], lang, caption, empty, limit=None)


def chart(site: Site, e: str, measure: str, metric: str, unit: str, level: str, lang: Lang) -> Chart | None:
    """The map of ``level`` with its table (None: no such map, or no boundaries to draw it on)."""
    frame = map_frame(site, e, measure, metric, unit, level)
    layer = "provinces" if level == "1" else "regencies"
    geojson = site.geojson.get(layer)
    if frame is None or geojson is None:
        return None
    level_name = t("site.level.1" if level == "1" else "site.level.2", lang)
    heading = f"{title(site, measure, metric, unit, lang)} · {site.election_name(e, lang)} · {level_name}"
    source = t("source.curated_events" if measure == "prevention" else "site.source.record", lang)
    if measure not in ("coverage", "prevention"):
        source = t("source.ikp" if unit == "ikp" else "source.figures", lang)
    return Chart(
        id=f"map-{level}",
        title=heading,
        caption=f"{t('common.source', lang)}: {source}. {t('site.map.click', lang)}",
        name=f"peta-{e}-{measure}-{level}",
        inputs=("map", frame, measure, level, lang),
        build=_figure(frame, geojson, measure, unit, heading, source, assets.LAYERS[layer], lang),
        table=map_table(frame, measure, lang, heading),
        embed=f"embed/peta/{e}/{measure}/{level}/index.html",
        live=_live(site, e, measure, metric, unit, level, lang),
        region_links=True,
        geo="layers",
    )


def _figure(
    frame: pd.DataFrame,
    geojson: dict[str, Any],
    measure: str,
    unit: str,
    heading: str,
    source: str,
    ref: str,
    lang: Lang,
) -> Callable[[], go.Figure]:
    """How the map is drawn, when its page is written: a category per region's reach, IKP's own
    scale, or a count on the shared sequential scale."""
    if measure == "coverage":
        colours = palette.COVERAGE_COLOURS
        return lambda: strip_title(
            charts.category_map(frame, geojson, "coverage", colours, heading, lang, source, geojson_ref=ref)
        )
    if unit == "ikp":
        return lambda: strip_title(charts.ikp_map(frame, geojson, heading, lang, source, geojson_ref=ref))
    col = "prevention_events" if measure == "prevention" else "value"
    return lambda: strip_title(charts.choropleth(frame, geojson, col, "count", heading, lang, source, geojson_ref=ref))


def _live(site: Site, e: str, measure: str, metric: str, unit: str, level: str, lang: Lang) -> str:
    """The same map in the live dashboard, which shows one election at a time, regencies within a
    province: none for the map over all elections or of regencies."""
    if e == "semua" or level != "1":
        return ""
    if unit == "ikp":
        return live_url(site.live_base, "peta", lang, election=e, measure="ikp", edition=metric)
    live_measure = {"prevention": "prevention_events", "coverage": "coverage"}.get(measure, "published")
    metric_key = f"{metric}-{unit}" if metric else ""
    return live_url(site.live_base, "peta", lang, election=e, measure=live_measure, metric=metric_key)
