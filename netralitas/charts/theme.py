"""The one theme every chart shares (fonts, separators, margins, the plotly config) and the
explicit empty state."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from netralitas.i18n import Lang

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
