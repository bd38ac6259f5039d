"""The timeline: weekly case intake and dated events against the election calendar."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from netralitas.charts.theme import empty, theme
from netralitas.format import cell_texts, fmt_date
from netralitas.i18n import Lang, localized, t
from netralitas.palette import (
    CAMPAIGN,
    CAMPAIGN_TEXT,
    EVENT_COLOURS,
    SERIES,
    VOTING,
)


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


def _intake_trace(weekly: pd.DataFrame, lang: Lang, synthetic: bool) -> dict[str, Any]:
    """Persons coming in per week, as a step area on the upper axis."""
    return {
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
            for d, n in zip(weekly["week_start_date"], cell_texts(weekly, "persons", "count", lang), strict=True)
        ],
        "hoverinfo": "text",
    }


def _event_traces(events: pd.DataFrame, types: list[str], lang: Lang) -> list[dict[str, Any]]:
    """One row of markers per event type on the lower axis; a click opens the event's source."""
    title_col = localized("title", lang)
    nation = t("common.nation", lang)
    traces = []
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
    return traces


def _calendar(stages: pd.DataFrame, lang: Lang) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The election calendar behind both panels: the campaign as a band, voting day as a line."""
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
    return shapes, notes


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
    types = list(EVENT_COLOURS)
    # Traces as plain dicts in one Figure(...) call (add_trace copies and validates each again).
    intake = [] if weekly.empty else [_intake_trace(weekly, lang, synthetic)]
    fig = go.Figure(data=[*intake, *_event_traces(events, types, lang)])
    shapes, notes = _calendar(stages, lang)
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
