"""Hearing briefs for Komisi I DPRD: one region's record on one or two A4 pages.

A brief (``model``) is assembled (``content``) from the same data functions the dashboard calls, with the
same viewer (so the same suppression and the same scope rules), drawn (``figures``: matplotlib
SVG with real text) and rendered (``render``: Jinja2 HTML, WeasyPrint PDF; docs/adr/0006).
"""

from netralitas.briefs.content import (
    MAX_CASES,
    MAX_EVENTS,
    PEERS,
    build,
    dashboard_link,
    resolve_region,
)
from netralitas.briefs.model import Brief, BriefError
from netralitas.briefs.render import Rendered, brief_html, file_name, render_html, render_pdf, write

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
