"""Peta (map): a chosen measure per province, with drill-down into one
province's regencies/cities; a tile grid when boundaries are missing or for
equal-size comparison. Hover shows value, rank and source; no data is grey."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas import charts, palette
from netralitas.app import cache, widgets
from netralitas.app.state import MAP_STYLES
from netralitas.data import MEASURES, RECORD_MEASURES, default_map_measure, with_ranks
from netralitas.i18n import fmt_date, fmt_int, fmt_number, t

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
    label_col = "metric_label_id" if lang == "id" else "metric_label_en"
    labels = {
        f"{m}-{u}": f"{label} ({t(f'unit.{u}', lang)})"
        for m, u, label in zip(options["metric"], options["unit"], options[label_col], strict=True)
    }
    if labels:
        metric = widgets.select(t("map.metric", lang), list(labels), view.metric, "metric", lambda k: labels[k])
edition = ""
editions = cache.ikp_editions(election) if measure == "ikp" else pd.DataFrame()
if measure == "ikp" and not editions.empty:
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
    st.dataframe(
        pd.DataFrame(
            {
                **widgets.ikp_columns(named, lang),
                t("col.link", lang): named["source_url"],
            }
        ),
        hide_index=True,
        column_config={t("col.link", lang): st.column_config.LinkColumn(display_text="↗")},
    )
    widgets.downloads(
        frame.drop(columns=["note"]),
        f"peta-ikp-{edition}-{province or 'nasional'}",
        widgets.export_meta(
            title, {"election": election, "edition": edition, "region": province or "nasional"}, None, [source], False
        ),
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
    if measure == "coverage":
        table = pd.DataFrame(
            {
                t("col.region", lang): frame["region_name"],
                t("site.col.coverage", lang): [t(f"coverage.{c}", lang) for c in frame["coverage"]],
                t("site.col.figures", lang): [fmt_int(v, lang) for v in frame["figures"]],
                t("site.col.events", lang): [fmt_int(v, lang) for v in frame["events"]],
            }
        )
    else:
        shown = frame[frame["value"].notna()]
        table = pd.DataFrame(
            {
                t("col.region", lang): shown["region_name"],
                t("col.value", lang): [fmt_number(v, lang) for v in shown["value"]],
                t("col.body", lang): shown.get("reporting_body", pd.Series(dtype=object)),
                t("col.as_of", lang): [
                    fmt_date(d, lang, p) for d, p in zip(shown["as_of_date"], shown["date_precision"], strict=True)
                ],
                t("col.link", lang): shown.get("source_url", pd.Series(dtype=object)),
            }
        )
        if shown.empty:
            st.info(t("site.no_figures", lang))
    if not province:
        st.caption(t("map.click_hint", lang))
    st.caption(f"{t('common.source', lang)}: {source} · {charts.as_of_caption(summary.latest_figure_date, lang)}")
    st.dataframe(
        table, hide_index=True, column_config={t("col.link", lang): st.column_config.LinkColumn(display_text="↗")}
    )
    widgets.downloads(
        frame.drop(columns=[c for c in frame.columns if c.startswith("_")]),
        f"peta-{measure}-{election}-{province or 'nasional'}",
        widgets.export_meta(
            title,
            {"election": election, "measure": measure, "metric": metric, "region": province or "nasional"},
            summary.latest_figure_date,
            [source],
            False,
        ),
        lang,
        key="dl_map",
    )
    st.stop()

kind = MEASURES[measure]
frame = with_ranks(cache.region_measures(election, level, province, viewer), measure, "all")
title = f"{t(f'measure.{measure}', lang)} · {names[election]} · {scope}"
register_source = t("source.register_synthetic" if summary.is_synthetic else "source.register", lang)
source = t("source.curated_events", lang) if measure == "prevention_events" else register_source
if measure == "persons_per_100k":
    source = f"{source}; {t('source.population', lang)}"

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
st.caption(f"{t('common.source', lang)}: {source} · {charts.as_of_caption(summary.register_as_of_date, lang)}")

columns = ["region_code", "region_name", measure, "rank", "peer_size", "persons", "recommended", "sanctioned"]
table = frame[list(dict.fromkeys(columns))]
st.dataframe(
    pd.DataFrame(
        {
            t("col.region", lang): table["region_name"],
            t(f"measure.{measure}", lang): charts.cell_texts(frame, measure, kind, lang),
            t("col.rank", lang): [("–" if pd.isna(r) else fmt_int(r, lang)) for r in table["rank"]],
            t("stage.recommended", lang): charts.cell_texts(frame, "recommended", "count", lang),
            t("stage.sanctioned", lang): charts.cell_texts(frame, "sanctioned", "count", lang),
        }
    ),
    hide_index=True,
)
widgets.downloads(
    table,
    f"peta-{measure}-{election}-{province or 'nasional'}",
    widgets.export_meta(
        title,
        {"election": election, "measure": measure, "region": province or "nasional"},
        summary.register_as_of_date,
        [source],
        summary.is_synthetic,
    ),
    lang,
    key="dl_map",
)
