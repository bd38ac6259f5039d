"""Maps: a measure by region (choropleth over our own boundaries), the IKP and coverage
categories, and the tile grid that shows every province at one size."""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from netralitas.charts.theme import empty, theme
from netralitas.format import cell_texts, fmt_int, fmt_number
from netralitas.i18n import Lang, t
from netralitas.palette import (
    FOLLOWUP_SCALE,
    LISTED_COLOUR,
    NO_DATA,
    SEQUENTIAL,
)
from netralitas.settings import PACKAGED_CURATED


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
