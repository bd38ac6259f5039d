"""The colours of every chart, map and brief, in one place.

Every scale and palette here reads with the common colour-vision deficiencies:
no scale sets red against green (``tests/charts/test_charts.py`` checks each one),
sequential scales run light to dark, shares run orange (low) to blue (high),
and categories use the Okabe-Ito palette.
"""

from __future__ import annotations

# Colour scales readable with the common colour-vision deficiencies (never red against green;
# tests/charts/test_charts.py checks every scale): light to dark for counts, orange to blue for shares.
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
# The election calendar on every timeline (dashboard, edition, brief): the campaign period shaded,
# its label in a darker tone of the same hue, voting day a line.
CAMPAIGN = "#f2a65a"
CAMPAIGN_TEXT = "#b26b1f"
VOTING = "#a23b2a"
# One series on its own (the register's weekly intake, a single measure's bars).
SERIES = "#4c78a8"
# The enforcement funnel from intake to sanction: blue (reported) turning orange and red toward the
# end of the chain, where cases are lost (no green in it).
FUNNEL_COLOURS = ["#4c78a8", "#5b8db8", "#72a5c6", "#f2a65a", "#e4572e", "#a23b2a"]
# Series without colours of their own (several bodies, several measures): the Okabe-Ito order.
COLOURWAY = ["#0072B2", "#E69F00", "#56B4E9", "#D55E00", "#CC79A7", "#009E73", "#999999"]
# What the public record holds for a region: blue for published figures, orange for
# events only (a blue-orange pair stays distinct for the common colour-vision deficiencies).
COVERAGE_COLOURS = {
    "figures_and_events": "#08519c",
    "figures": "#6baed6",
    "events": "#f28e2b",
    "none": NO_DATA,
    "did_not_vote": "#f2f2f2",  # lighter than "nothing recorded": there was nothing to record
}
