"""Hearing briefs for Komisi I DPRD: one region's record on one or two A4 pages.

A brief (``model.Brief``, a plain value) is assembled by ``content`` from the same data functions
the dashboard calls, with the same viewer (so the same suppression and the same scope rules),
asking ``questions`` of its numbers; ``figures`` draws its charts from it (matplotlib SVG with real
text) and ``render`` lays it out (Jinja2 HTML, WeasyPrint PDF; docs/adr/0006). Those three import
``model`` and nothing of each other: this module is the one place that ties them (docs/adr/0011).
"""

from __future__ import annotations

import duckdb

from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.briefs import content, figures
from netralitas.briefs.content import MAX_CASES, MAX_EVENTS, PEERS, dashboard_link, resolve_region
from netralitas.briefs.model import Brief, BriefError
from netralitas.briefs.render import Rendered, file_name, render_html, render_pdf, write
from netralitas.i18n import Lang

__all__ = [
    "MAX_CASES",
    "MAX_EVENTS",
    "PEERS",
    "Brief",
    "BriefError",
    "Rendered",
    "brief_html",
    "build",
    "dashboard_link",
    "file_name",
    "render_html",
    "render_pdf",
    "resolve_region",
    "write",
]


def build(
    con: duckdb.DuckDBPyConnection,
    region_text: str,
    election: str,
    viewer: Viewer = PUBLIC,
    lang: Lang = "id",
    *,
    draw: bool = True,
) -> Brief:
    """A region's brief for one election as ``viewer`` may see it, its charts drawn unless
    ``draw`` is False (callers that only read the numbers skip matplotlib)."""
    brief = content.build(con, region_text=region_text, election=election, viewer=viewer, lang=lang)
    if draw:
        brief.charts = figures.draw(brief)
    return brief


def brief_html(con: duckdb.DuckDBPyConnection, election: str, region: str, viewer: Viewer, lang: Lang = "id") -> str:
    """A region's brief as HTML, built and rendered in one call: the dashboard's preview, which
    ``app.cache`` wraps and the page calls as ``(election, region, viewer, lang)``."""
    return render_html(build(con, region_text=region, election=election, viewer=viewer, lang=lang))
