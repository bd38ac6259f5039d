"""Chart builders: pure functions, DataFrame in, plotly Figure out.

One shared theme; every builder has an explicit empty state; numbers in
hover text are pre-formatted in Indonesian (or English) conventions, and
``layout.separators`` makes axis ticks follow the same convention.

One module per kind of chart: ``theme`` (shared by all), ``maps``, ``bars``, ``timeline``.
"""

from __future__ import annotations

from netralitas.charts.bars import (
    BODY_SYMBOLS,
    comparison_bars,
    funnel,
    headline_dots,
)
from netralitas.charts.maps import (
    category_map,
    choropleth,
    ikp_map,
    tile_grid,
)
from netralitas.charts.theme import (
    FONT,
    PLOTLY_CONFIG,
    empty,
    theme,
)
from netralitas.charts.timeline import (
    has_intake,
    timeline,
)

__all__ = [
    "BODY_SYMBOLS",
    "FONT",
    "PLOTLY_CONFIG",
    "category_map",
    "choropleth",
    "comparison_bars",
    "empty",
    "funnel",
    "has_intake",
    "headline_dots",
    "ikp_map",
    "theme",
    "tile_grid",
    "timeline",
]
