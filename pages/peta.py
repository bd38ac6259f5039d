"""Peta (map): a chosen measure per province, with drill-down into one
province's regencies/cities; a tile grid when boundaries are missing or for
equal-size comparison. Hover shows value, rank and source; no data is grey."""

from dataclasses import replace

import streamlit as st

from netralitas import charts, palette
from netralitas.app import cache, widgets
from netralitas.app.state import MAP_STYLES
from netralitas.display import IKP_COLUMNS, Column
from netralitas.i18n import localized, t
from netralitas.rules import MEASURES, RECORD_MEASURES, default_map_measure, with_ranks

COVERAGE_COLUMNS = (
    Column("region_name", "col.region"),
    Column("coverage", "site.col.coverage", "label", values="coverage."),
    Column("figures", "site.col.figures", "int"),
    Column("events", "site.col.events", "int"),
)
MAP_FIGURE_COLUMNS = (
    Column("region_name", "col.region"),
    Column("value", "col.value", "number"),
    Column("reporting_body", "col.body"),
    Column("as_of_date", "col.as_of", "date", precision="date_precision"),
    Column("source_url", "col.link", "link"),
)

ctx = widgets.page_start("page.map")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
regions, province_names = ctx.regions, ctx.province_names
view = widgets.view_state(set(province_names))
has_geo = summary.has_boundaries and cache.geojson("provinces") is not None


def _on_map_select() -> None:
    """A click on a province drills into it (callback: runs before widgets are built)."""
    event = st.session_state.get("map_chart")
    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else []
    if points:
        code = points[0].get("location") or points[0].get("customdata")
        if isinstance(code, list):
            code = code[0]
        if code in province_names:
            st.session_state["province"] = code


def _measure_label(m: str) -> str:
    """Measures of a synthetic register say so in the list itself."""
    label = t(f"measure.{m}", lang)
    synthetic = summary.is_synthetic and m in MEASURES and m != "prevention_events"
    return f"{label} · {t('home.synthetic', lang)}" if synthetic else label


c1, c2, c3 = st.columns([2, 3, 2])
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    maps = cache.figure_maps()
    default = default_map_measure(maps, election, viewer.is_public or summary.is_synthetic)
    measure = widgets.select(
        t("map.measure", lang),
        [*RECORD_MEASURES, *MEASURES],
        view.measure or default,
        "measure",
        _measure_label,
    )
with c3:
    style_options = list(MAP_STYLES) if has_geo else ["grid"]
    style = widgets.select(
        t("map.style", lang), style_options, view.map_style, "map_style", lambda s: t(f"map.style.{s}", lang)
    )
st.caption(t(f"measure.help.{measure}", lang))
province = widgets.select(
    t("map.drill", lang),
    ["", *province_names],
    view.province,
    "province",
    lambda c: province_names.get(c, t("common.nation", lang)),
)
metric = ""
labels: dict[str, str] = {}
if measure == "published":
    options = maps[maps["election_id"] == election].drop_duplicates(["metric", "unit"])
    label_col = localized("metric_label", lang)
    labels = {
        f"{m}-{u}": f"{label} ({t(f'unit.{u}', lang)})"
        for m, u, label in zip(options["metric"], options["unit"], options[label_col], strict=True)
    }
    if labels:
        metric = widgets.select(t("map.metric", lang), list(labels), view.metric, "metric", lambda k: labels[k])
edition = ""
if measure == "ikp":
    editions = cache.ikp_editions(election)
    if not editions.empty:
        edition = widgets.ikp_edition_select(editions, view.edition, "2" if province else "1", "edition", lang)
view = replace(
    view,
    election=election,
    measure="" if measure == default else measure,  # the default stays out of links
    map_style=style,
    region=province,
    lang=lang,
    metric=metric,
    edition=edition,
)
widgets.sync_url(view, ("election", "measure", "map", "region", "metric", "edition"))
if not has_geo:
    st.info(t("map.no_boundaries", lang))
if summary.is_synthetic and measure in MEASURES and measure != "prevention_events":
    widgets.synthetic_banner(lang)

level = "2" if province else "1"
scope = province_names.get(province, t("common.nation", lang))
if measure == "ikp":
    # What Bawaslu declared vulnerable before the election, one edition at a time.
    source = t("source.ikp", lang)
    if not edition:
        st.info(t("ikp.none", lang))
        st.stop()
    frame = cache.ikp_regions(edition, level, province)
    named = frame[frame["status"] != "not_listed"]
    title = f"{t('measure.ikp', lang)} · {frame['index_name'].iloc[0] if len(frame) else ''} · {scope}"
    geojson = cache.geojson("regencies" if province else "provinces") if has_geo else None
    if named.empty:
        st.info(t("ikp.level_empty", lang, level=t(f"ikp.level.{level}", lang)))
    elif geojson is None:
        st.info(t("map.no_boundaries", lang))
    else:
        fig = charts.ikp_map(frame, geojson, title, lang, source)
        widgets.plot(fig, key="map_chart", on_select=_on_map_select, selection_mode="points")
        widgets.marker_note(regions, province, lang)
    st.caption(t("ikp.caveat", lang))
    widgets.table(named, (*IKP_COLUMNS, Column("source_url", "col.link", "link")), lang)
    widgets.download_section(
        frame.drop(columns=["note"]),
        f"peta-ikp-{edition}-{province or 'nasional'}",
        title,
        {"election": election, "edition": edition, "region": province or "nasional"},
        widgets.Provenance((source,)),
        lang,
        key="dl_map",
    )
    st.stop()
if measure in RECORD_MEASURES:
    # The public record alone: what the public edition maps too, from the same data functions.
    if measure == "coverage":
        frame = cache.coverage_map(election, level, province)
        title = f"{t('measure.coverage', lang)} · {names[election]} · {scope}"
    else:
        frame = cache.published_map(election, metric, level, province)
        title = f"{labels.get(metric, t('measure.published', lang))} · {names[election]} · {scope}"
    source = t("site.source.record", lang)
    geojson = cache.geojson("regencies" if province else "provinces") if has_geo else None
    if geojson is None:
        st.info(t("map.no_boundaries", lang))
    elif measure == "coverage":
        fig = charts.category_map(frame, geojson, "coverage", palette.COVERAGE_COLOURS, title, lang, source)
        widgets.plot(fig, key="map_chart", on_select=_on_map_select, selection_mode="points")
    else:
        fig = charts.choropleth(frame, geojson, "value", "count", title, lang, source)
        widgets.plot(fig, key="map_chart", on_select=_on_map_select, selection_mode="points")
    if geojson is not None:
        widgets.marker_note(regions, province, lang)
    shown = frame if measure == "coverage" else frame[frame["value"].notna()]
    if shown.empty:
        st.info(t("site.no_figures", lang))
    if not province:
        st.caption(t("map.click_hint", lang))
    record = widgets.Provenance((source,), summary.latest_figure_date)
    st.caption(record.caption(lang))
    widgets.table(shown, COVERAGE_COLUMNS if measure == "coverage" else MAP_FIGURE_COLUMNS, lang)
    widgets.download_section(
        frame.drop(columns=[c for c in frame.columns if c.startswith("_")]),
        f"peta-{measure}-{election}-{province or 'nasional'}",
        title,
        {"election": election, "measure": measure, "metric": metric, "region": province or "nasional"},
        record,
        lang,
        key="dl_map",
    )
    st.stop()

kind = MEASURES[measure]
frame = with_ranks(cache.region_measures(election, level, province, viewer), measure, "all")
title = f"{t(f'measure.{measure}', lang)} · {names[election]} · {scope}"
provenance = (
    widgets.Provenance((t("source.curated_events", lang),), summary.register_as_of_date)
    if measure == "prevention_events"
    else ctx.register
)
if measure == "persons_per_100k":
    provenance = provenance.plus(t("source.population", lang))
source = "; ".join(provenance.sources)

if style == "geo" and has_geo:
    geojson = cache.geojson("regencies" if province else "provinces")
    fig = charts.choropleth(frame, geojson or {"features": []}, measure, kind, title, lang, source)
    widgets.plot(fig, key="map_chart", on_select=_on_map_select, selection_mode="points")
    widgets.marker_note(regions, province, lang)
else:
    if province:
        st.info(t("map.grid_province_only", lang))
    else:
        widgets.plot(
            charts.tile_grid(frame, measure, kind, title, lang, source),
            key="map_chart",
            on_select=_on_map_select,
            selection_mode="points",
        )
if not province:
    st.caption(t("map.click_hint", lang))
st.caption(provenance.caption(lang))

columns = ["region_code", "region_name", measure, "rank", "peer_size", "persons", "recommended", "sanctioned"]
table = frame[list(dict.fromkeys(columns))]
widgets.table(
    frame,
    (
        Column("region_name", "col.region"),
        Column(measure, f"measure.{measure}", kind),
        Column("rank", "col.rank", "int"),
        Column("recommended", "stage.recommended", "count"),
        Column("sanctioned", "stage.sanctioned", "count"),
    ),
    lang,
)
widgets.download_section(
    table,
    f"peta-{measure}-{election}-{province or 'nasional'}",
    title,
    {"election": election, "measure": measure, "region": province or "nasional"},
    provenance,
    lang,
    key="dl_map",
)
