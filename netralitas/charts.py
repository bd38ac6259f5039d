"""Chart builders: pure functions, DataFrame in, plotly Figure out.

One shared theme; every builder has an explicit empty state; numbers in
hover text are pre-formatted in Indonesian (or English) conventions, and
``layout.separators`` makes axis ticks follow the same convention.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from netralitas.format import cell_texts, fmt_date, fmt_int, fmt_number, fmt_pct, mark_approximate
from netralitas.i18n import Lang, localized, t
from netralitas.palette import (
    CAMPAIGN,
    CAMPAIGN_TEXT,
    EVENT_COLOURS,
    FOLLOWUP_SCALE,
    FUNNEL_COLOURS,
    LISTED_COLOUR,
    NO_DATA,
    SEQUENTIAL,
    SERIES,
    VOTING,
)
from netralitas.settings import PACKAGED_CURATED

FONT = "Source Sans Pro, Arial, sans-serif"  # Streamlit bundles Source Sans; no web font is fetched
# Plotly config for every chart: geo base maps from our own server, no logo.
PLOTLY_CONFIG: dict[str, Any] = {
    "topojsonURL": "/app/static/topojson/",
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}


def theme(fig: go.Figure, lang: Lang, height: int = 420) -> go.Figure:
    # No explicit template: the figure keeps Streamlit's own plotly template
    # (st.plotly_chart's default theme). Copying "plotly_white" into every
    # figure cost about 20 ms per chart on each rerun.
    fig.update_layout(
        font={"family": FONT, "size": 13},
        separators=",." if lang == "id" else ".,",
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        height=height,
        hoverlabel={"font": {"family": FONT}},
    )
    # Category labels ("Dugaan pelanggaran (kasus)", event types) and dates size the margin they
    # need instead of being cut at the edge of a fixed 10-pixel one.
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def empty(message: str, lang: Lang, height: int = 260) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(
        text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 15, "color": "#666"}
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return theme(fig, lang, height)


def _hover(frame: pd.DataFrame, value_col: str, kind: str, lang: Lang, source: str) -> list[str]:
    ranks = frame[value_col].rank(ascending=False, method="min")
    n = int(frame[value_col].notna().sum())
    texts = cell_texts(frame, value_col, kind, lang)
    out = []
    for name, text, rank in zip(frame["region_name"], texts, ranks, strict=True):
        lines = [f"<b>{name}</b>", text]
        if not pd.isna(rank):
            lines.append(t("map.rank", lang, rank=int(rank), n=n))
        lines.append(source)
        out.append("<br>".join(lines))
    return out


def _layer(by_code: dict[str, dict[str, Any]], part: pd.DataFrame, geojson_ref: str) -> dict[str, Any] | str:
    """The polygons of one trace: a named boundary layer the page preloads, or only the trace's own
    features (the figure JSON stays small)."""
    return geojson_ref or {
        "type": "FeatureCollection",
        "features": [by_code[c] for c in part["region_code"] if c in by_code],
    }


def _region_trace(
    part: pd.DataFrame,
    layer: dict[str, Any] | str,
    hover: list[str],
    name: str,
    z: list[float],
    colorscale: Any,
    **extra: Any,
) -> dict[str, Any]:
    """One choropleth trace over ``part``'s regions, as a plain dict: add_trace would deep-copy
    each trace with its polygons (30 ms a map on every drill-down)."""
    return {
        "type": "choropleth",
        "geojson": layer,
        "locations": list(part["region_code"]),
        "z": z,
        "featureidkey": "id",
        "colorscale": colorscale,
        "marker": {"line": {"color": "white", "width": 0.5}},
        "hovertext": hover,
        "hoverinfo": "text",
        "name": name,
        **extra,
    }


def _flat_trace(
    part: pd.DataFrame, layer: dict[str, Any] | str, hover: list[str], name: str, colour: str, legend: bool
) -> dict[str, Any]:
    """Every region of ``part`` in one colour (no data, a category, named without a score)."""
    flat = [[0, colour], [1, colour]]
    return _region_trace(part, layer, hover, name, [1.0] * len(part), flat, showscale=False, showlegend=legend)


def choropleth(
    frame: pd.DataFrame,
    geojson: dict[str, Any],
    value_col: str,
    kind: str,
    title: str,
    lang: Lang,
    source: str,
    geojson_ref: str = "",
) -> go.Figure:
    """A choropleth of ``value_col`` by ``region_code``; regions without data are grey, not zero.

    ``geojson_ref``: traces name a boundary layer the page preloads (``window.PlotlyGeoAssets``)
    instead of carrying polygons: many maps on one site then share one cached file.
    """
    if frame.empty:
        return empty(t("map.no_regions", lang), lang)
    by_code = {f["id"]: f for f in geojson["features"]}
    features = [by_code[c] for c in frame["region_code"] if c in by_code]
    frame = frame.assign(_hover=_hover(frame, value_col, kind, lang, source))
    has = frame[value_col].notna()
    traces: list[dict[str, Any]] = []
    missing = frame[~has]
    if not missing.empty:
        layer = _layer(by_code, missing, geojson_ref)
        traces.append(_flat_trace(missing, layer, list(missing["_hover"]), t("map.no_data", lang), NO_DATA, False))
    present = frame[has]
    if not present.empty:
        colorbar = {
            "title": {"text": ""},
            "thickness": 12,
            "len": 0.7,
            "tickformat": ".0%" if kind == "share" else ",.0f",
        }
        traces.append(
            _region_trace(
                present,
                _layer(by_code, present, geojson_ref),
                list(present["_hover"]),
                title,
                list(present[value_col].astype(float)),
                FOLLOWUP_SCALE if kind == "share" else SEQUENTIAL,
                zmin=0,
                zmax=1 if kind == "share" else None,
                colorbar=colorbar,
            )
        )
    return _map_figure(traces, features, title, lang)


def _marker_traces(traces: list[dict[str, Any]], features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Regions without a polygon (Point features) as markers in their trace's colour and scale,
    with the same hover text; a click selects them like a polygon (``customdata`` = code)."""
    points = {f["id"]: f["geometry"]["coordinates"] for f in features if f["geometry"]["type"] == "Point"}
    out: list[dict[str, Any]] = []
    for trace in traces:
        locations = trace.get("locations", [])
        idx = [i for i, code in enumerate(locations) if code in points]
        if not idx:
            continue
        z = [trace["z"][i] for i in idx]
        values = [float(v) for v in trace["z"]]
        out.append(
            {
                "type": "scattergeo",
                "lon": [points[locations[i]][0] for i in idx],
                "lat": [points[locations[i]][1] for i in idx],
                "mode": "markers",
                "marker": {
                    "size": 12,
                    "color": z,
                    "colorscale": trace["colorscale"],
                    "cmin": trace.get("zmin") if trace.get("zmin") is not None else min(values),
                    "cmax": trace.get("zmax") if trace.get("zmax") is not None else max(values),
                    "line": {"color": "#333333", "width": 1},
                },
                "hovertext": [trace["hovertext"][i] for i in idx],
                "hoverinfo": "text",
                "customdata": [locations[i] for i in idx],
                "showlegend": False,
                "name": trace.get("name", ""),
            }
        )
    return out


def _map_figure(traces: list[dict[str, Any]], features: list[dict[str, Any]], title: str, lang: Lang) -> go.Figure:
    """A geo figure framed on ``features`` (Mercator, no base map: our polygons are the map)."""
    bounds = _bounds(features)
    pad_lon, pad_lat = (bounds[2] - bounds[0]) * 0.02, (bounds[3] - bounds[1]) * 0.04
    geo_layout = {
        "visible": False,
        "projection": {"type": "mercator"},
        "lonaxis": {"range": [bounds[0] - pad_lon, bounds[2] + pad_lon]},
        "lataxis": {"range": [bounds[1] - pad_lat, bounds[3] + pad_lat]},
    }
    fig = go.Figure(data=[*traces, *_marker_traces(traces, features)], layout={"geo": geo_layout})
    theme(fig, lang, 440)
    fig.update_layout(title={"text": title, "x": 0, "font": {"size": 15}}, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


def ikp_map(
    frame: pd.DataFrame,
    geojson: dict[str, Any],
    title: str,
    lang: Lang,
    source: str,
    geojson_ref: str = "",
) -> go.Figure:
    """Bawaslu's IKP in one edition (``ikp_regions``): scored regions on a sequential scale
    (0-100, relative within the edition), places named without a score in a colour of their
    own (never a zero), the rest grey."""
    if frame.empty:
        return empty(t("map.no_regions", lang), lang)
    by_code = {f["id"]: f for f in geojson["features"]}
    features = [by_code[c] for c in frame["region_code"] if c in by_code]

    def hover(part: pd.DataFrame) -> list[str]:
        out = []
        for r in part.itertuples(index=False):
            lines = [f"<b>{r.region_name}</b>", t(f"ikp.status.{r.status}", lang)]
            if not pd.isna(r.score):
                lines.append(f"{t('ikp.score', lang)}: {fmt_number(r.score, lang)}")
            if not pd.isna(r.rank):
                lines.append(f"{t('col.rank', lang)}: {fmt_int(r.rank, lang)}")
            lines.append(source)
            out.append("<br>".join(lines))
        return out

    traces: list[dict[str, Any]] = []
    for status, colour in (("not_listed", NO_DATA), ("listed", LISTED_COLOUR)):
        part = frame[frame["status"] == status]
        if not part.empty:
            layer = _layer(by_code, part, geojson_ref)
            traces.append(_flat_trace(part, layer, hover(part), t(f"ikp.status.{status}", lang), colour, True))
    scored = frame[frame["status"] == "scored"]
    if not scored.empty:
        traces.append(
            _region_trace(
                scored,
                _layer(by_code, scored, geojson_ref),
                hover(scored),
                t("ikp.status.scored", lang),
                list(scored["score"].astype(float)),
                SEQUENTIAL,
                zmin=0,
                zmax=100,
                colorbar={"title": {"text": t("ikp.score", lang)}, "thickness": 12, "len": 0.7},
            )
        )
    fig = _map_figure(traces, features, title, lang)
    fig.update_layout(legend={"orientation": "h", "y": -0.02})
    return fig


def category_map(
    frame: pd.DataFrame,
    geojson: dict[str, Any],
    value_col: str,
    colours: dict[str, str],
    title: str,
    lang: Lang,
    source: str,
    label_key: str = "coverage",
    geojson_ref: str = "",
) -> go.Figure:
    """A map of categories (``value_col`` holds keys of ``colours``): one trace per
    category, so the legend names each colour; labels come from ``<label_key>.<key>``.
    ``geojson_ref`` as for :func:`choropleth`."""
    if frame.empty:
        return empty(t("map.no_regions", lang), lang)
    by_code = {f["id"]: f for f in geojson["features"]}
    features = [by_code[c] for c in frame["region_code"] if c in by_code]
    traces: list[dict[str, Any]] = []
    for key, colour in colours.items():
        part = frame[frame[value_col] == key]
        if part.empty:
            continue
        label = t(f"{label_key}.{key}", lang)
        hover = [f"<b>{n}</b><br>{label}<br>{source}" for n in part["region_name"]]
        traces.append(_flat_trace(part, _layer(by_code, part, geojson_ref), hover, label, colour, True))
    fig = _map_figure(traces, features, title, lang)
    fig.update_layout(legend={"orientation": "h", "y": -0.02})
    return fig


def _bounds(features: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of GeoJSON features."""
    xs: list[float] = []
    ys: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
        else:
            for c in coords:
                walk(c)

    for f in features:
        walk(f["geometry"]["coordinates"])
    if not xs:
        return (95.0, -11.0, 141.0, 6.0)
    return (min(xs), min(ys), max(xs), max(ys))


@lru_cache(maxsize=1)
def _tile_layout() -> pd.DataFrame:
    """Where each province sits on the tile grid (a committed layout, read once)."""
    with (PACKAGED_CURATED / "tile_grid.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return pd.DataFrame(rows).astype({"col": int, "row": int})


def tile_grid(frame: pd.DataFrame, value_col: str, kind: str, title: str, lang: Lang, source: str) -> go.Figure:
    """The 38 provinces as equal squares in our own geographic layout."""
    if frame.empty:
        return empty(t("map.no_regions", lang), lang)
    tiles = _tile_layout().merge(frame, on="region_code", how="inner")
    tiles["_hover"] = _hover(tiles, value_col, kind, lang, source)
    has = tiles[value_col].notna()
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=tiles.loc[~has, "col"],
            y=tiles.loc[~has, "row"],
            mode="markers+text",
            marker={"symbol": "square", "size": 46, "color": NO_DATA, "line": {"color": "#999", "width": 1}},
            text=tiles.loc[~has, "abbrev"],
            textfont={"size": 9},
            hovertext=tiles.loc[~has, "_hover"],
            hoverinfo="text",
            customdata=tiles.loc[~has, "region_code"],
            name=t("map.no_data", lang),
        )
    )
    fig.add_trace(
        go.Scatter(
            x=tiles.loc[has, "col"],
            y=tiles.loc[has, "row"],
            mode="markers+text",
            marker={
                "symbol": "square",
                "size": 46,
                "color": tiles.loc[has, value_col].astype(float),
                "colorscale": FOLLOWUP_SCALE if kind == "share" else SEQUENTIAL,
                "cmin": 0,
                "cmax": 1 if kind == "share" else None,
                "showscale": True,
                "colorbar": {"thickness": 12, "len": 0.7, "tickformat": ".0%" if kind == "share" else ",.0f"},
                "line": {"color": "white", "width": 1},
            },
            text=tiles.loc[has, "abbrev"],
            textfont={"size": 9},
            hovertext=tiles.loc[has, "_hover"],
            hoverinfo="text",
            customdata=tiles.loc[has, "region_code"],
            name=title,
        )
    )
    fig.update_xaxes(visible=False, range=[-0.7, 13.7])
    fig.update_yaxes(visible=False, autorange="reversed", scaleanchor="x", range=[6.7, -0.7])
    fig.update_layout(title={"text": title, "x": 0, "font": {"size": 15}}, showlegend=False)
    return theme(fig, lang, 460)


def funnel(frame: pd.DataFrame, lang: Lang) -> go.Figure:
    """Persons at each enforcement stage, with conversion from the previous stage."""
    if frame.empty or pd.isna(frame["persons"].iloc[0]) or float(frame["persons"].iloc[0]) == 0:
        return empty(t("home.no_cases", lang), lang)
    labels = [t(f"stage.{s}", lang) for s in frame["stage"]]
    counts = cell_texts(frame, "persons", "count", lang)
    text = [
        n + ("" if pd.isna(c) else f" ({fmt_pct(c, lang)})")
        for n, c in zip(counts, frame["conversion_from_previous"], strict=True)
    ]
    colours = FUNNEL_COLOURS[: len(frame)]
    fig = go.Figure(
        go.Funnel(
            y=labels,
            x=frame["persons"].astype("Float64").fillna(0).astype(float),
            text=text,
            textinfo="text",
            hoverinfo="y+text",
            marker={"color": colours},
        )
    )
    return theme(fig, lang, 360)


BODY_SYMBOLS = ("circle", "diamond", "square", "triangle-up", "x", "star")


def headline_dots(frame: pd.DataFrame, lang: Lang) -> go.Figure:
    """Each body's latest national figure per metric on one row: a dot per body, so
    disagreeing bodies sit side by side on a common zero-based scale (never summed)."""
    if frame.empty:
        return empty(t("home.no_figures", lang), lang)
    label = localized("metric_label", lang)
    # Long measure names wrap (a phone's screen keeps room for the dots): "<br>" between lines.
    rows = [_wrap(f"{m} ({t(f'unit.{u}', lang)})", 24) for m, u in zip(frame[label], frame["unit"], strict=True)]
    frame = frame.assign(_row=rows)
    order = list(dict.fromkeys(rows))
    traces: list[dict[str, Any]] = []
    for i, (body, part) in enumerate(frame.groupby("reporting_body", sort=False)):
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "y": list(part["_row"]),
                "x": [float(v) for v in part["value"]],
                "name": str(body),
                "marker": {"size": 12, "symbol": BODY_SYMBOLS[i % len(BODY_SYMBOLS)], "line": {"width": 1}},
                "text": [
                    mark_approximate(fmt_int(v, lang), a)
                    for v, a in zip(part["value"], part["is_value_approximate"], strict=True)
                ],
                # Bodies alternate above and below the row, so close values keep readable labels.
                "textposition": "top center" if i % 2 == 0 else "bottom center",
                "cliponaxis": False,
                "hovertext": [
                    f"{body}<br>{fmt_int(v, lang)} {t(f'unit.{u}', lang)}<br>{fmt_date(d, lang, p)}"
                    for v, u, d, p in zip(
                        part["value"], part["unit"], part["as_of_date"], part["date_precision"], strict=True
                    )
                ],
                "hoverinfo": "text",
            }
        )
    fig = go.Figure(
        data=traces,
        layout={
            "legend": {"orientation": "h", "y": -0.12},
            "yaxis": {"categoryorder": "array", "categoryarray": order, "autorange": "reversed"},
            "xaxis": {"rangemode": "tozero", "showgrid": True},
        },
    )
    theme(fig, lang, 140 + 46 * len(order))
    fig.update_layout(margin={"r": 30})
    return fig


def has_intake(weekly: pd.DataFrame) -> bool:
    """Whether a weekly intake frame has any week with a shown, positive count."""
    return bool(len(weekly)) and bool(pd.to_numeric(weekly["persons"], errors="coerce").fillna(0).gt(0).any())


def _calendar_note(x: object, label: str, anchor: str, colour: str) -> dict[str, Any]:
    """A label at the top of the plot, beside a calendar mark (campaign start, voting day)."""
    return {
        "x": x,
        "y": 1.0,
        "xref": "x",
        "yref": "paper",
        "text": label,
        "showarrow": False,
        "xanchor": anchor,
        "yanchor": "bottom",
        "font": {"size": 11, "color": colour},
    }


def timeline(
    events: pd.DataFrame,
    weekly: pd.DataFrame,
    stages: pd.DataFrame,
    lang: Lang,
    synthetic: bool,
) -> go.Figure:
    """Weekly case intake (top) and dated events (bottom) against the election calendar.

    Two y-axes stacked on one shared x-axis, laid out by hand: plotly's
    make_subplots costs ~100 ms per build, and this chart is rebuilt on every
    scope change.
    """
    if not has_intake(weekly):  # no case came in (or every count is hidden): no intake panel at all
        weekly = weekly.iloc[0:0]
    if events.empty and weekly.empty:
        return empty(t("timeline.empty", lang), lang)
    # Traces as plain dicts in one Figure(...) call (add_trace copies and validates each again).
    traces: list[dict[str, Any]] = []
    if not weekly.empty:
        traces.append(
            {
                "type": "scatter",
                "x": list(weekly["week_start_date"]),
                "y": list(weekly["persons"].astype("Float64").fillna(0).astype(float)),
                "yaxis": "y",
                "mode": "lines",
                "line": {"shape": "hv", "color": SERIES, "width": 1.5},
                "fill": "tozeroy",
                "name": t("timeline.intake", lang) + (f" ({t('home.synthetic', lang)})" if synthetic else ""),
                "hovertext": [
                    t("timeline.week", lang, date=fmt_date(d, lang), n=n)
                    for d, n in zip(
                        weekly["week_start_date"], cell_texts(weekly, "persons", "count", lang), strict=True
                    )
                ],
                "hoverinfo": "text",
            }
        )
    types = list(EVENT_COLOURS)
    title_col = localized("title", lang)
    nation = t("common.nation", lang)
    for event_type, part in events.groupby("event_type", sort=False):
        traces.append(
            {
                "type": "scatter",
                "x": list(part["event_date"]),
                "y": [types.index(str(event_type))] * len(part),
                "yaxis": "y2",
                "mode": "markers",
                "marker": {
                    "size": 11,
                    "color": EVENT_COLOURS.get(str(event_type), "#333"),
                    "line": {"width": 1, "color": "white"},
                },
                "name": t(f"event.{event_type}", lang),
                "customdata": [[u if isinstance(u, str) else ""] for u in part["source_url"]],
                "hovertext": [
                    f"<b>{fmt_date(d, lang, p)}</b><br>{r if isinstance(r, str) else nation}<br>{title}"
                    for d, p, r, title in zip(
                        part["event_date"], part["date_precision"], part["region_name"], part[title_col], strict=True
                    )
                ],
                "hoverinfo": "text",
            }
        )
    fig = go.Figure(data=traces)
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for rec in stages.itertuples():
        label = getattr(rec, localized("label", lang))
        line: dict[str, Any] = {"xref": "x", "yref": "paper", "y0": 0, "y1": 1, "x0": rec.start_date}
        if rec.stage == "campaign":
            end = rec.end_date + pd.Timedelta(days=1)
            fill = {"fillcolor": CAMPAIGN, "opacity": 0.18, "line": {"width": 0}, "layer": "below"}
            shapes.append({"type": "rect", **line, "x1": end, **fill})
            notes.append(_calendar_note(rec.start_date, label, "right", CAMPAIGN_TEXT))
        if rec.stage == "voting":
            stroke = {"line": {"dash": "dash", "color": VOTING, "width": 1.5}}
            shapes.append({"type": "line", **line, "x1": rec.start_date, **stroke})
            notes.append(_calendar_note(rec.start_date, label, "left", VOTING))
    # Without a register (the public record alone) the events take the whole height.
    fig.update_layout(
        shapes=shapes,
        annotations=notes,
        xaxis={"anchor": "y2"},
        yaxis={
            "domain": [0.48, 1.0] if not weekly.empty else [0.99, 1.0],
            "visible": not weekly.empty,
            "title": {"text": t("timeline.persons_per_week", lang) if not weekly.empty else ""},
        },
        yaxis2={
            "domain": [0.0, 0.42] if not weekly.empty else [0.0, 0.95],
            "tickvals": list(range(len(types))),
            "ticktext": [t(f"event.{k}", lang) for k in types],
            "range": [-0.5, len(types) - 0.5],
        },
        legend={"orientation": "h", "y": -0.12},
        hovermode="closest",
    )
    return theme(fig, lang, 560 if not weekly.empty else 400)


def comparison_bars(frame: pd.DataFrame, measures: Sequence[tuple[str, str, str]], lang: Lang) -> go.Figure:
    """Small multiples: one horizontal bar chart per measure, regions in the same order."""
    if frame.empty:
        return empty(t("compare.empty", lang), lang)
    ncols = 2
    nrows = (len(measures) + 1) // ncols
    fig = make_subplots(
        rows=nrows,
        cols=ncols,
        subplot_titles=[_wrap(m[1]) for m in measures],
        horizontal_spacing=0.18,
        vertical_spacing=0.22,
    )
    for i, (col, _title, kind) in enumerate(measures):
        r, c = i // ncols + 1, i % ncols + 1
        values = pd.to_numeric(frame[col], errors="coerce").astype("Float64")
        texts = cell_texts(frame, col, kind, lang)
        fig.add_trace(
            go.Bar(
                y=frame["region_name"],
                x=values.fillna(0).astype(float),
                orientation="h",
                showlegend=False,
                text=texts,
                textposition="auto",
                marker_color=[SERIES if not pd.isna(v) else NO_DATA for v in values],
                hoverinfo="text",
                hovertext=[f"{n}: {v}" for n, v in zip(frame["region_name"], texts, strict=True)],
            ),
            row=r,
            col=c,
        )
        if kind == "share":
            fig.update_xaxes(tickformat=".0%", range=[0, 1], row=r, col=c)
    fig.update_yaxes(autorange="reversed")
    fig.update_annotations(font={"size": 12})
    return theme(fig, lang, nrows * (110 + 32 * len(frame)))


def _wrap(text: str, width: int = 34) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)
