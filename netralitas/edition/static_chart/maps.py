"""Maps drawn at build time: choropleth and scattergeo on the figure's own Mercator frame, one
SVG scaled by its viewBox, each region a link to its page with its hover text as a title."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike
from plotly.colors import get_colorscale, sample_colorscale

from netralitas.edition.static_chart.draw import esc, legend, plain, swatch
from netralitas.format import fmt_int
from netralitas.i18n import Lang

Lookup = Callable[[str], Mapping[str, Any] | None]

WIDTH = 1000.0  # units across a map's frame (polygons are simplified to 0.6 of them)


def mercator(lat: ArrayLike) -> np.ndarray:
    """Mercator y of latitudes, in degrees as plotly's frame has them (clipped to ±85°)."""
    clipped = np.clip(np.asarray(lat, dtype=float), -85.0, 85.0)
    return np.degrees(np.log(np.tan(np.pi / 4 + np.radians(clipped) / 2)))


class Frame(NamedTuple):
    """A figure's lon/lat ranges on a Mercator plane ``WIDTH`` units wide, y down from the top."""

    lon0: float
    k: float  # units per degree of longitude
    y_top: float  # Mercator y of the top edge
    height: float

    @classmethod
    def of(cls, geo: Mapping[str, Any]) -> Frame:
        (lon0, lon1), (lat0, lat1) = geo["lonaxis"]["range"], geo["lataxis"]["range"]
        y_top, y_bottom = (float(y) for y in mercator([lat1, lat0]))
        k = WIDTH / (lon1 - lon0)
        return cls(lon0, k, y_top, (y_top - y_bottom) * k)

    def project(self, lon: ArrayLike, lat: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        """Frame units of points (markers) or of a ring's coordinates (polygons): one projection."""
        return (np.asarray(lon, dtype=float) - self.lon0) * self.k, (self.y_top - mercator(lat)) * self.k


def _scale_colour(trace: Mapping[str, Any]) -> Callable[[float], str]:
    scale = trace.get("colorscale") or trace.get("marker", {}).get("colorscale")
    if isinstance(scale, str):
        scale = get_colorscale(scale)
    scale = [list(step) for step in scale or [[0, "#888"], [1, "#888"]]]
    if all(step[1] == scale[0][1] for step in scale):
        flat = str(scale[0][1])
        return lambda _v: flat
    z = [float(v) for v in trace.get("z") or trace.get("marker", {}).get("color") or [0.0]]
    lo = trace.get("zmin", trace.get("marker", {}).get("cmin"))
    hi = trace.get("zmax", trace.get("marker", {}).get("cmax"))
    lo = min(z) if lo is None else float(lo)
    hi = max(z) if hi is None else float(hi)
    return lambda v: str(sample_colorscale(scale, [min(max((v - lo) / ((hi - lo) or 1), 0.0), 1.0)])[0])


_PATHS: dict[tuple[Any, ...], str] = {}


def _shape_path(feature: Mapping[str, Any], frame: Frame, key: Any) -> str:
    """A feature's polygons as an SVG path in a 1000-unit-wide Mercator frame, simplified to what a
    screen shows (Douglas-Peucker, 0.6 units) with relative moves: worked out once per frame."""
    cache_key = (key, frame)
    if cache_key not in _PATHS:
        import shapely

        geom = shapely.geometry.shape(feature["geometry"])

        def project(xy: np.ndarray) -> np.ndarray:
            return np.column_stack(frame.project(xy[:, 0], xy[:, 1]))

        geom = shapely.transform(geom, project).simplify(0.6)
        polygons = getattr(geom, "geoms", [geom])
        out: list[str] = []
        for polygon in polygons:
            if polygon.is_empty or polygon.geom_type != "Polygon":
                continue
            for ring in (polygon.exterior, *polygon.interiors):
                pts = np.rint(np.asarray(ring.coords)).astype(int)
                if len(pts) < 4:
                    continue
                steps = np.diff(pts, axis=0)
                steps = steps[(steps != 0).any(axis=1)][:-1]  # the last step closes the ring: z does
                if len(steps) < 2:  # smaller than a pixel or two at this scale
                    continue
                out.append(f"M{pts[0][0]},{pts[0][1]}l" + " ".join(f"{dx},{dy}" for dx, dy in steps) + "z")
        if not out and not geom.is_empty:  # a city smaller than a pixel stays visible as a dot
            cx, cy = round(geom.centroid.x), round(geom.centroid.y)
            out.append(f"M{cx - 1},{cy - 1}h3v3h-3z")
        _PATHS[cache_key] = "".join(out)
        if len(_PATHS) > 20000:
            _PATHS.clear()
    return _PATHS[cache_key]


def draw(fig: Mapping[str, Any], lookup: Lookup, region_href: Callable[[str], str] | None, lang: Lang) -> str:
    layout, traces = fig.get("layout") or {}, list(fig.get("data") or [])
    frame = Frame.of(layout.get("geo") or {})
    paths: list[str] = []
    entries: list[tuple[str, str]] = []
    bars: list[str] = []
    for trace in traces:
        colour_of = _scale_colour(trace)
        hover = trace.get("hovertext") or []
        if trace.get("type") == "choropleth":
            layer = trace.get("geojson")
            features = lookup(layer) if isinstance(layer, str) else layer
            by_id = {str(f.get("id")): f for f in (features or {}).get("features", [])}
            for j, (code, z) in enumerate(zip(trace.get("locations") or [], trace.get("z") or [], strict=False)):
                feature = by_id.get(str(code))
                if not feature or feature["geometry"]["type"] not in ("Polygon", "MultiPolygon"):
                    continue
                d = _shape_path(feature, frame, (layer if isinstance(layer, str) else "inline", str(code)))
                if not d:
                    continue
                title = f"<title>{esc(plain(hover[j]))}</title>" if j < len(hover) else ""
                shape = f'<path d="{d}" fill="{esc(colour_of(float(z)))}">{title}</path>'
                href = region_href(str(code)) if region_href else ""
                # Out of the tab order (the region index and the data table serve the keyboard).
                paths.append(f'<a href="{esc(href)}" tabindex="-1">{shape}</a>' if href else shape)
            if trace.get("showlegend") and trace.get("name"):
                entries.append((swatch(colour_of(1.0)), str(trace["name"])))
            elif trace.get("showscale", True) is not False and trace.get("z"):
                bars.append(_colour_bar(trace, colour_of, lang))
        elif trace.get("type") == "scattergeo":
            colours = (trace.get("marker") or {}).get("color") or []
            xs, ys = frame.project(trace.get("lon") or [], trace.get("lat") or [])
            for j, (x, y) in enumerate(zip(xs.tolist(), ys.tolist(), strict=True)):
                value = colours[j] if isinstance(colours, list) and j < len(colours) else 1.0
                title = f"<title>{esc(plain(hover[j]))}</title>" if j < len(hover) else ""
                paths.append(
                    f'<circle cx="{round(x)}" cy="{round(y)}" r="9" fill="{esc(colour_of(float(value)))}" '
                    f'stroke="#333" stroke-width="1.5">{title}</circle>'
                )
    box = f"0 0 {round(WIDTH)} {math.ceil(frame.height)}"
    return (
        f'<div class="static-chart static-map"><svg viewBox="{box}" width="100%" '
        f'aria-hidden="true"><g stroke="#fff" stroke-width="1" stroke-linejoin="round">{"".join(paths)}</g></svg></div>'
        f"{legend(entries)}{''.join(bars)}"
    )


def _colour_bar(trace: Mapping[str, Any], colour_of: Callable[[float], str], lang: Lang) -> str:
    z = [float(v) for v in trace.get("z") or []]
    lo = float(trace["zmin"]) if trace.get("zmin") is not None else min(z)
    hi = float(trace["zmax"]) if trace.get("zmax") is not None else max(z)
    stops = ", ".join(colour_of(lo + (hi - lo) * i / 8) for i in range(9))
    share = ((trace.get("colorbar") or {}).get("tickformat") or "").endswith("%")

    def label(v: float) -> str:
        return f"{fmt_int(v * 100, lang)}%" if share else fmt_int(v, lang)

    name = esc(trace.get("name") or "")
    return (
        f'<div class="static-scale"><span>{name}</span> <span>{label(lo)}</span>'
        f'<span class="ramp" style="background:linear-gradient(90deg, {stops})"></span><span>{label(hi)}</span></div>'
    )
