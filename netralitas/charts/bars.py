"""Bar and dot charts: the enforcement funnel, published headline figures by body, and one
region against its peers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from netralitas.charts.theme import _wrap, empty, theme
from netralitas.format import cell_texts, fmt_date, fmt_int, fmt_pct, mark_approximate
from netralitas.i18n import Lang, localized, t
from netralitas.palette import (
    FUNNEL_COLOURS,
    NO_DATA,
    SERIES,
)


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
            # a hidden stage has no bar: its text ("disembunyikan") stands where the bar would
            textposition=["outside" if pd.isna(v) else "inside" for v in frame["persons"]],
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
                # a hidden or missing value has no bar: its text stands beside the axis instead
                textposition=["outside" if pd.isna(v) or v == 0 else "auto" for v in values],
                cliponaxis=False,
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
