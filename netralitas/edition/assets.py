"""The files every page of the edition shares, under content-hashed names (cached for a year).

- plotly.js: the official geo bundle from npm (``plotly.js-geo-dist-min``: choropleth,
  scattergeo, scatter; 1.4 MB, 0.46 MB gzipped, against 4.8 MB / 1.5 MB for the full
  bundle), installed by ``npm ci`` from ``package-lock.json``. Every chart of the edition
  is drawn with those three trace types (a test holds the builders to it).
- the boundary layers as scripts that fill ``window.PlotlyGeoAssets``: plotly.js reads a
  trace's ``geojson`` given as a string, and the base map's TopoJSON, from there before it
  would fetch anything, so the maps work from a web server and from a USB stick alike.
- our stylesheet and scripts, with the Indonesian plotly locale generated from babel; the
  region search box's script (its index is made from the record: ``search.py``, ``make``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from babel.dates import get_day_names, get_month_names

from netralitas.i18n import LOCALES
from netralitas.pipeline import geo
from netralitas.settings import REPO_ROOT, Settings

STATIC = Path(__file__).parent / "static"
BUNDLE = REPO_ROOT / "node_modules" / "plotly.js-geo-dist-min" / "plotly-geo.min.js"
TRACE_TYPES = frozenset({"choropleth", "scattergeo", "scatter"})  # what BUNDLE draws
LAYERS = {"provinces": "netralitas:provinces", "regencies": "netralitas:regencies"}


class AssetError(Exception):
    """A file the edition needs is missing."""


@dataclass(frozen=True)
class Asset:
    logical: str  # "plotly", "css", ...
    path: str  # assets/plotly-geo.1a2b3c4d5e.min.js
    content: bytes


def _hashed(stem: str, suffix: str, content: bytes) -> str:
    return f"assets/{stem}.{hashlib.sha256(content).hexdigest()[:10]}{suffix}"


def plotly_bundle() -> bytes:
    if not BUNDLE.exists():
        raise AssetError(
            f"{BUNDLE}: bundel plotly.js belum terpasang / plotly.js bundle not installed; "
            "jalankan / run `make publish` (npm ci)"
        )
    content = BUNDLE.read_bytes()
    found = re.search(rb"plotly\.js \(geo - minified\) v(\d+\.\d+\.\d+)", content[:400])
    import plotly.offline

    wanted = plotly.offline.get_plotlyjs_version()
    if not found or found.group(1).decode() != wanted:
        raise AssetError(
            f"{BUNDLE}: plotly.js {found.group(1).decode() if found else '?'} != {wanted} (plotly Python); "
            "samakan package.json / align package.json"
        )
    return content


def plotly_locale() -> str:
    """plotly.js's Indonesian locale (month and day names for date axes), from babel's CLDR data."""
    months = get_month_names("wide", locale=LOCALES["id"])
    short_months = get_month_names("abbreviated", locale=LOCALES["id"])
    days = get_day_names("wide", locale=LOCALES["id"])
    short_days = get_day_names("abbreviated", locale=LOCALES["id"])
    # babel numbers weekdays from Monday (0); plotly (d3) from Sunday.
    order = [6, 0, 1, 2, 3, 4, 5]
    locale = {
        "moduleType": "locale",
        "name": "id",
        "dictionary": {},
        "format": {
            "days": [days[i] for i in order],
            "shortDays": [short_days[i] for i in order],
            "months": [months[i] for i in range(1, 13)],
            "shortMonths": [short_months[i].rstrip(".") for i in range(1, 13)],
            "date": "%d/%m/%Y",
            "decimal": ",",
            "thousands": ".",
        },
    }
    return json.dumps(locale, ensure_ascii=False)


_INIT = "window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"


def _basemap_script() -> bytes:
    """The base map's TopoJSON (plotly.js loads it for every geo subplot, even one that hides it)."""
    base = geo.STATIC_TOPOJSON / "world_110m.json"
    body = f"window.PlotlyGeoAssets.topojson.world_110m={base.read_text(encoding='utf-8')};" if base.exists() else ""
    return (_INIT + body).encode()


def _layers_script(settings: Settings | None) -> bytes:
    """Both boundary layers, for national maps (one cached file instead of polygons in every page)."""
    parts = [_INIT]
    for level, ref in LAYERS.items():
        layer = geo.load_geojson(level, settings)
        if layer is not None:
            parts.append(f"window.PlotlyGeoAssets[{json.dumps(ref)}]={json.dumps(layer, separators=(',', ':'))};")
    return "\n".join(parts).encode()


def make(logical: str, stem: str, suffix: str, content: bytes) -> Asset:
    """One asset under its content-hashed name (for files made from the record, e.g. the search index)."""
    return Asset(logical, _hashed(stem, suffix, content), content)


def build(settings: Settings | None = None) -> dict[str, Asset]:
    """Every shared asset by logical name, content-hashed."""
    script = (STATIC / "site.js").read_text(encoding="utf-8").replace("/*LOCALE_ID*/null", plotly_locale())
    items = {
        "plotly": ("plotly-geo", ".min.js", plotly_bundle()),
        "css": ("site", ".css", (STATIC / "site.css").read_bytes()),
        "js": ("site", ".js", script.encode()),
        "search": ("search", ".js", (STATIC / "search.js").read_bytes()),
        "basemap": ("basemap", ".js", _basemap_script()),
        "layers": ("boundaries", ".js", _layers_script(settings)),
    }
    return {key: Asset(key, _hashed(stem, suffix, content), content) for key, (stem, suffix, content) in items.items()}
