"""The colours of every chart, map and brief, in one place.

Every scale and palette here reads with the common colour-vision deficiencies:
no scale sets red against green (``tests/test_charts.py`` checks each one),
sequential scales run light to dark, shares run orange (low) to blue (high),
and categories use the Okabe-Ito palette.
"""

from __future__ import annotations

# Colour scales readable with the common colour-vision deficiencies (never red against green;
# tests/test_charts.py checks every scale): light to dark for counts, orange to blue for shares.
SEQUENTIAL = "cividis_r"
FOLLOWUP_SCALE = [  # low follow-up orange, high blue (ColorBrewer PuOr/RdBu family, blue-orange)
    [0.0, "#b35806"],
    [0.25, "#f1a340"],
    [0.5, "#f7f7f7"],
    [0.75, "#92c5de"],
    [1.0, "#2166ac"],
]
NO_DATA = "#d0d0d0"
LISTED_COLOUR = "#8e6bb0"  # IKP: named without a score, a hue of its own outside the score scale
# Event types in the Okabe-Ito palette (distinct for the common colour-vision deficiencies).
EVENT_COLOURS = {
    "declaration": "#0072B2",
    "circular": "#009E73",
    "instruction": "#56B4E9",
    "socialization": "#CC79A7",
    "hearing": "#E69F00",
    "sanction_announcement": "#D55E00",
    "statement": "#F0E442",
    "other": "#999999",
}
# What the public record holds for a region: blue for published figures, orange for
# events only (a blue-orange pair stays distinct for the common colour-vision deficiencies).
COVERAGE_COLOURS = {
    "figures_and_events": "#08519c",
    "figures": "#6baed6",
    "events": "#f28e2b",
    "none": NO_DATA,
}
