"""Charts drawn at build time: the same plotly figure (its JSON, the one description) written as
static HTML + SVG, visible in the first paint, without JavaScript, in a feed reader and on paper;
plotly.js then draws the interactive version over it (docs/adr/0016).

What the edition's figures use, and nothing more: scatter (markers, markers+text, a step line
with a fill) on a numeric, date or category axis, two stacked y axes, calendar shapes and notes;
choropleth and scattergeo on a Mercator frame. Text is measured with the metrics of DejaVu Sans
(matplotlib's bundled font, wider than the system sans fonts a reader's browser falls back to),
so a label sized here fits there.

A cartesian chart is an HTML grid: the y labels in a column of their measured width (wrapped to
at most ``LABEL_MAX`` pixels), and the plot area in an SVG whose x positions are percentages, so
it fills any width from a 390-pixel phone to a desktop without scaling its text. A map is one SVG
scaled by its viewBox (no text inside); legends are HTML lists below both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from netralitas.edition.static_chart import cartesian, maps
from netralitas.edition.static_chart.maps import Lookup
from netralitas.i18n import Lang


def render(fig: Mapping[str, Any], lang: Lang, lookup: Lookup, region_href: Callable[[str], str] | None = None) -> str:
    """The static HTML + SVG of a plotly figure (as its JSON dict)."""
    if (fig.get("layout") or {}).get("geo") and any(
        t.get("type") in ("choropleth", "scattergeo") for t in fig.get("data") or []
    ):
        return maps.draw(fig, lookup, region_href, lang)
    return cartesian.draw(fig, lang)
