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

import html
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from plotly.colors import get_colorscale, sample_colorscale

from netralitas.format import fmt_int
from netralitas.i18n import LOCALES, Lang

FONT_SIZE = 13
LABEL_MAX = 170  # px: a y label wider than this wraps (a phone keeps room for the plot)
LINE = 15  # px per label line
TICK_GAP = 6
GRID = "#e6e9ee"
AXIS = "#c9ced6"
INK = "#1f2937"
MUTED = "#5b6472"
Lookup = Callable[[str], Mapping[str, Any] | None]


@lru_cache(maxsize=1)
def _font() -> Any:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    return FT2Font(font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans")))


@lru_cache(maxsize=4096)
def _advance(ch: str) -> float:
    font = _font()
    font.set_size(100, 72)
    font.set_text(ch)
    return font.get_width_height()[0] / 64 / 100  # width at size 1


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Pixel width of ``text`` at ``size`` px in DejaVu Sans."""
    return sum(_advance(ch) for ch in text) * size


def wrap(text: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Words of ``text`` in lines no wider than ``width`` (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _plain(hover: object) -> str:
    """Plotly hover HTML as a tooltip's plain text."""
    return re.sub(r"<[^>]+>", "", str(hover).replace("<br>", "\n"))


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


# -- scales -----------------------------------------------------------------------------------------


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value)[:19])


def _nice_step(span: float, count: int) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next((m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw), 10 * power)


class _Linear:
    def __init__(self, lo: float, hi: float, ticks: int = 4) -> None:
        if hi <= lo:
            hi = lo + 1
        step = _nice_step(hi - lo, ticks)
        self.lo, self.hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
        self.ticks = [self.lo + i * step for i in range(round((self.hi - self.lo) / step) + 1)]

    def frac(self, v: float) -> float:
        return (v - self.lo) / (self.hi - self.lo)

    def label(self, v: float, lang: Lang) -> str:
        return fmt_int(v, lang)


class _Dates:
    def __init__(self, lo: datetime, hi: datetime, ticks: int = 4) -> None:
        pad = max((hi - lo) * 0.04, timedelta(days=7))
        self.lo, self.hi = lo - pad, hi + pad
        months = max(1, round((self.hi - self.lo).days / 30.4 / ticks))
        months = next(m for m in (1, 2, 3, 6, 12, 24, 36, 60, 120) if m >= months)
        first = datetime(self.lo.year, self.lo.month, 1)
        self.ticks: list[datetime] = []
        self.yearly = months >= 12
        m = first.year * 12 + first.month - 1
        while True:
            if (m % months) == 0:
                tick = datetime(m // 12, m % 12 + 1, 1)
                if tick > self.hi:
                    break
                if tick >= self.lo:
                    self.ticks.append(tick)
            m += 1
            if m > (self.hi.year + 1) * 12:
                break

    def frac(self, v: object) -> float:
        return (_as_datetime(v) - self.lo) / (self.hi - self.lo)

    def label(self, v: datetime, lang: Lang) -> str:
        return format_date(v.date(), "yyyy" if self.yearly else "MMM yyyy", locale=LOCALES[lang])


def _is_date(values: Sequence[object]) -> bool:
    return bool(values) and isinstance(values[0], str) and bool(re.match(r"\d{4}-\d{2}-\d{2}", values[0]))


# -- markers and legends ----------------------------------------------------------------------------

SYMBOLS = {
    "circle": "M{r},0A{r},{r} 0 1,1 0,-{r}A{r},{r} 0 0,1 {r},0Z",
    "square": "M{r},{r}H-{r}V-{r}H{r}Z",
    "diamond": "M{d},0L0,{d}L-{d},0L0,-{d}Z",
    "triangle-up": "M-{d},{h}H{d}L0,-{d}Z",
}


def _symbol_path(symbol: str, size: float) -> str:
    r = size / 2
    shape = SYMBOLS.get(str(symbol).replace("-open", ""), SYMBOLS["circle"])
    return shape.format(r=_num(r), d=_num(r * 1.3), h=_num(r * 0.75))


def _swatch(colour: str, symbol: str = "", line: bool = False) -> str:
    if line:
        body = f'<path d="M1,7H15" stroke="{_esc(colour)}" stroke-width="2" fill="none"/>'
    elif symbol:
        body = f'<path transform="translate(8,7)" d="{_symbol_path(symbol, 10)}" fill="{_esc(colour)}"/>'
    else:
        body = f'<rect x="1" y="1" width="14" height="12" rx="2" fill="{_esc(colour)}"/>'
    return f'<svg class="swatch" width="16" height="14" aria-hidden="true">{body}</svg>'


def _legend(items: Iterable[tuple[str, str]]) -> str:
    entries = "".join(f"<li>{swatch}{_esc(name)}</li>" for swatch, name in items)
    return f'<ul class="static-legend">{entries}</ul>' if entries else ""


def _colour(trace: Mapping[str, Any], index: int, colorway: Sequence[str]) -> str:
    marker = trace.get("marker") or {}
    colour = marker.get("color") or (trace.get("line") or {}).get("color")
    return str(colour) if isinstance(colour, str) else colorway[index % len(colorway)]


# -- cartesian --------------------------------------------------------------------------------------


def _y_categories(layout: Mapping[str, Any], axis: str, traces: list[Mapping[str, Any]]) -> list[tuple[float, str]]:
    """(position, label) of a category axis: plotly's tickvals/ticktext, or a categoryarray."""
    spec = _axis_spec(layout, axis)
    if spec.get("tickvals") is not None:
        return [(float(v), str(t)) for v, t in zip(spec["tickvals"], spec["ticktext"], strict=True)]
    order = list(spec.get("categoryarray") or [])
    for trace in traces:
        order += [str(y) for y in trace.get("y") or [] if str(y) not in order]
    return [(float(i), label) for i, label in enumerate(order)]


def _axis_spec(layout: Mapping[str, Any], axis: str) -> Mapping[str, Any]:
    return layout.get(axis.replace("y", "yaxis", 1)) or {}


class _Panel:
    """One y axis of a cartesian figure: its band of the plot's height and its scale."""

    def __init__(self, layout: Mapping[str, Any], axis: str, traces: list[Mapping[str, Any]], top: float, inner: float):
        spec = _axis_spec(layout, axis)
        lo, hi = spec.get("domain") or [0.0, 1.0]
        self.y0, self.y1 = top + (1 - hi) * inner, top + (1 - lo) * inner
        categorical = spec.get("tickvals") is not None or any(
            isinstance(y, str) for t in traces for y in t.get("y") or []
        )
        self.linear: _Linear | None = None
        self.categories: list[tuple[float, str]] = []
        if categorical:
            self.categories = _y_categories(layout, axis, traces)
            values = [v for v, _ in self.categories] or [0.0]
            lo, hi = spec.get("range") or (min(values) - 0.5, max(values) + 0.5)
            self.lo, self.hi = float(lo), float(hi)
            self.flip = spec.get("autorange") == "reversed"
        else:
            ys = [float(y) for t in traces for y in t.get("y") or [] if y is not None]
            self.linear = _Linear(0.0, max(ys, default=1.0), ticks=3)

    def y(self, value: object) -> float:
        if self.linear is not None:
            return self.y1 - self.linear.frac(float(value)) * (self.y1 - self.y0)  # type: ignore[arg-type]
        v = dict((text, pos) for pos, text in self.categories).get(value, value) if isinstance(value, str) else value
        share = (float(v) - self.lo) / (self.hi - self.lo)  # type: ignore[arg-type]
        return self.y0 + share * (self.y1 - self.y0) if self.flip else self.y1 - share * (self.y1 - self.y0)

    def labels(self, lang: Lang) -> list[tuple[float, list[str]]]:
        if self.linear is not None:
            return [(self.y(v), [self.linear.label(v, lang)]) for v in self.linear.ticks]
        return [
            (self.y(v), [line for part in text.split("<br>") for line in wrap(_plain(part), LABEL_MAX)])
            for v, text in self.categories
        ]


def _x_scale(layout: Mapping[str, Any], traces: list[Mapping[str, Any]]) -> _Linear | _Dates:
    dated = [x for t in traces if _is_date(t.get("x") or []) for x in t.get("x") or []]
    if dated:
        shapes = [s[k] for s in layout.get("shapes") or [] for k in ("x0", "x1") if _is_date([s.get(k)])]
        xs = [_as_datetime(v) for v in [*dated, *shapes]]
        return _Dates(min(xs), max(xs), ticks=6)
    numeric = [float(x) for t in traces for x in t.get("x") or []]
    lo = min(numeric, default=0.0)
    if (layout.get("xaxis") or {}).get("rangemode") == "tozero":
        lo = min(lo, 0.0)
    return _Linear(lo, max(numeric, default=1.0) * 1.04)


def _label_column(panels: Iterable[_Panel], lang: Lang) -> tuple[int, str]:
    """The y labels, each wrapped to LABEL_MAX and right-aligned in a column of their width."""
    labels = [label for panel in panels for label in panel.labels(lang)]
    width = max((text_width(line) for _, lines in labels for line in lines), default=0.0)
    column = math.ceil(width) + TICK_GAP + 2
    x = column - TICK_GAP
    out = []
    for y, lines in labels:
        spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else LINE}">{_esc(s)}</tspan>' for i, s in enumerate(lines))
        first = _num(y - (len(lines) - 1) * LINE / 2)
        out.append(f'<text x="{x}" y="{first}" text-anchor="end" dominant-baseline="middle">{spans}</text>')
    return column, "".join(out)


def _calendar(
    layout: Mapping[str, Any], frac: Callable[[Any], float], top: float, bottom: float
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The calendar's shapes (a campaign band below, a voting-day line above) and their notes as
    legend entries (a note at the top of the plot would run off a phone's screen)."""
    below: list[str] = []
    above: list[str] = []
    legend: list[tuple[str, str]] = []
    notes = [a for a in layout.get("annotations") or [] if a.get("xref") == "x"]
    for i, shape in enumerate(layout.get("shapes") or []):
        x0, x1 = 100 * frac(shape["x0"]), 100 * frac(shape["x1"])
        colour = shape.get("fillcolor") or (shape.get("line") or {}).get("color") or AXIS
        if shape.get("type") == "rect":
            below.append(
                f'<rect x="{_num(x0)}%" width="{_num(max(x1 - x0, 0.2))}%" y="{_num(top)}" '
                f'height="{_num(bottom - top)}" fill="{_esc(colour)}" opacity="{shape.get("opacity", 0.2)}"/>'
            )
        else:
            above.append(
                f'<line x1="{_num(x0)}%" x2="{_num(x0)}%" y1="{_num(top)}" y2="{_num(bottom)}" stroke="{_esc(colour)}" '
                'stroke-dasharray="5,4" stroke-width="1.5"/>'
            )
        if i < len(notes):
            legend.append((_swatch(colour, line=shape.get("type") == "line"), _plain(notes[i].get("text", ""))))
    return below, above, legend


def _markers(trace: Mapping[str, Any], panel: _Panel, frac: Callable[[Any], float], colour: str) -> list[str]:
    marker = trace.get("marker") or {}
    size = float(marker.get("size") or 10)
    path = _symbol_path(str(marker.get("symbol") or "circle"), size)
    mode, texts, hover = str(trace.get("mode") or "markers"), trace.get("text") or [], trace.get("hovertext") or []
    dy = size / 2 + 13 if str(trace.get("textposition") or "").startswith("bottom") else -size / 2 - 4
    out = []
    for j, (x, y) in enumerate(zip(trace.get("x") or [], trace.get("y") or [], strict=False)):
        title = f"<title>{_esc(_plain(hover[j]))}</title>" if j < len(hover) else ""
        label = (
            f'<text y="{_num(dy)}" text-anchor="middle" font-size="12">{_esc(texts[j])}</text>'
            if "text" in mode and j < len(texts)
            else ""
        )
        out.append(
            f'<svg x="{_num(100 * frac(x))}%" y="{_num(panel.y(y))}" overflow="visible">'
            f'<path d="{path}" fill="{_esc(colour)}" stroke="#fff" stroke-width="1">{title}</path>{label}</svg>'
        )
    return out


def _cartesian(fig: Mapping[str, Any], lang: Lang) -> str:
    layout, traces = fig.get("layout") or {}, list(fig.get("data") or [])
    colorway = ((layout.get("template") or {}).get("layout") or {}).get("colorway") or ["#0072B2"]
    if not traces:  # charts.empty: a sentence, no axes
        text = " ".join(_plain(a.get("text", "")) for a in layout.get("annotations") or [])
        return f'<div class="static-chart static-empty"><p>{_esc(text)}</p></div>'
    top, bottom = 12.0, 24.0
    inner = float(layout.get("height") or 420) - top - bottom - 40  # the legend is HTML below
    axes = sorted({str(t.get("yaxis") or "y") for t in traces})
    panels = {
        a: _Panel(layout, a, [t for t in traces if str(t.get("yaxis") or "y") == a], top, inner)
        for a in axes
        if _axis_spec(layout, a).get("visible") is not False
    }
    xscale = _x_scale(layout, traces)
    frac = xscale.frac
    column, left = _label_column(panels.values(), lang)
    plot_top, plot_bottom = min(p.y0 for p in panels.values()), max(p.y1 for p in panels.values())
    total = math.ceil(plot_bottom + bottom)
    below, above, legend = _calendar(layout, frac, plot_top, plot_bottom)
    body = list(below)
    for n, tick in enumerate(xscale.ticks):
        share = frac(tick)  # type: ignore[arg-type]
        x = f"{_num(100 * share)}%"
        body.append(f'<line x1="{x}" x2="{x}" y1="{_num(plot_top)}" y2="{_num(plot_bottom)}" stroke="{GRID}"/>')
        if isinstance(xscale, _Dates) and not 0.04 <= share <= 0.96:
            continue  # a date label at the very edge would run into its neighbour or off the chart
        label = _esc(xscale.label(tick, lang))  # type: ignore[arg-type]
        anchor = "end" if share > 0.94 else "start" if share < 0.06 and n else "middle"
        alt = ' class="alt"' if n % 2 and len(xscale.ticks) > 3 else ""  # every other label on a phone
        body.append(f'<text x="{x}" y="{_num(plot_bottom + 17)}" text-anchor="{anchor}"{alt}>{label}</text>')
    for panel in panels.values():
        for v, _ in panel.categories:
            y = _num(panel.y(v))
            body.append(f'<line x1="0" x2="100%" y1="{y}" y2="{y}" stroke="{GRID}"/>')
        body.append(f'<line x1="0" x2="0" y1="{_num(panel.y0)}" y2="{_num(panel.y1)}" stroke="{AXIS}"/>')
    body += above
    for i, trace in enumerate(traces):
        if (found := panels.get(str(trace.get("yaxis") or "y"))) is None:
            continue
        panel = found
        colour = _colour(trace, i, colorway)
        if "lines" in str(trace.get("mode") or ""):
            body.append(_step_area(trace.get("x") or [], trace.get("y") or [], frac, panel, colour, trace, total))
            legend.append((_swatch(colour, line=True), str(trace.get("name") or "")))
            continue
        body += _markers(trace, panel, frac, colour)
        if trace.get("showlegend", True) is not False and trace.get("name"):
            symbol = str((trace.get("marker") or {}).get("symbol") or "circle")
            legend.append((_swatch(colour, symbol), str(trace["name"])))
    return (
        f'<div class="static-chart" style="--label-column:{column}px">'
        f'<svg class="static-labels" width="{column}" height="{total}" aria-hidden="true">{left}</svg>'
        f'<svg class="static-plot" width="100%" height="{total}" aria-hidden="true">{"".join(body)}</svg>'
        f"</div>{_legend(legend)}"
    )


def _step_area(
    xs: Sequence[object],
    ys: Sequence[object],
    frac: Callable[[Any], float],
    panel: _Panel,
    colour: str,
    trace: Mapping[str, Any],
    total: float,
) -> str:
    """A step line (``shape: hv``) with its fill, in a nested SVG stretched to the plot's width
    (x in thousandths of it; the stroke keeps its width)."""
    points = [(1000 * frac(x), panel.y(float(y or 0))) for x, y in zip(xs, ys, strict=False)]  # type: ignore[arg-type]
    if not points:
        return ""
    base = panel.y(0.0)
    d = f"M{_num(points[0][0])},{_num(base)}"
    for (x, y), nxt in zip(points, [*points[1:], None], strict=True):
        d += f"V{_num(y)}H{_num(nxt[0] if nxt else x + 8)}"
    d += f"V{_num(base)}Z"
    fill = ' fill-opacity="0.25"' if trace.get("fill") else ' fill="none"'
    return (
        f'<svg width="100%" height="{_num(total)}" viewBox="0 0 1000 {_num(total)}" preserveAspectRatio="none">'
        f'<path d="{d}" fill="{_esc(colour)}"{fill} stroke="{_esc(colour)}" stroke-width="1.5" '
        'vector-effect="non-scaling-stroke"/></svg>'
    )


# -- maps -------------------------------------------------------------------------------------------


def _mercator(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


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


def _shape_path(feature: Mapping[str, Any], frame: tuple[float, float, float, float], key: Any) -> str:
    """A feature's polygons as an SVG path in a 1000-unit-wide Mercator frame, simplified to what a
    screen shows (Douglas-Peucker, 0.6 units) with relative moves: worked out once per frame."""
    cache_key = (key, frame)
    if cache_key not in _PATHS:
        import numpy as np
        import shapely

        lon0, k, y_top, _ = frame
        geom = shapely.geometry.shape(feature["geometry"])

        def project(xy: np.ndarray) -> np.ndarray:
            lat = np.clip(xy[:, 1], -85.0, 85.0)
            y = np.degrees(np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)))
            return np.column_stack(((xy[:, 0] - lon0) * k, (y_top - y) * k))

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


def _map(fig: Mapping[str, Any], lookup: Lookup, region_href: Callable[[str], str] | None, lang: Lang) -> str:
    layout, traces = fig.get("layout") or {}, list(fig.get("data") or [])
    geo = layout.get("geo") or {}
    (lon0, lon1), (lat0, lat1) = geo["lonaxis"]["range"], geo["lataxis"]["range"]
    width = 1000.0
    y_top, y_bottom = _mercator(lat1), _mercator(lat0)
    k = width / (lon1 - lon0)
    height = (y_top - y_bottom) * k

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) * k, (y_top - _mercator(lat)) * k

    frame = (lon0, k, y_top, height)
    paths: list[str] = []
    legend: list[tuple[str, str]] = []
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
                title = f"<title>{_esc(_plain(hover[j]))}</title>" if j < len(hover) else ""
                shape = f'<path d="{d}" fill="{_esc(colour_of(float(z)))}">{title}</path>'
                href = region_href(str(code)) if region_href else ""
                # Out of the tab order (the region index and the data table serve the keyboard).
                paths.append(f'<a href="{_esc(href)}" tabindex="-1">{shape}</a>' if href else shape)
            if trace.get("showlegend") and trace.get("name"):
                legend.append((_swatch(colour_of(1.0)), str(trace["name"])))
            elif trace.get("showscale", True) is not False and trace.get("z"):
                bars.append(_colour_bar(trace, colour_of, lang))
        elif trace.get("type") == "scattergeo":
            colours = (trace.get("marker") or {}).get("color") or []
            for j, (lon, lat) in enumerate(zip(trace.get("lon") or [], trace.get("lat") or [], strict=False)):
                x, y = project(float(lon), float(lat))
                value = colours[j] if isinstance(colours, list) and j < len(colours) else 1.0
                title = f"<title>{_esc(_plain(hover[j]))}</title>" if j < len(hover) else ""
                paths.append(
                    f'<circle cx="{round(x)}" cy="{round(y)}" r="9" fill="{_esc(colour_of(float(value)))}" '
                    f'stroke="#333" stroke-width="1.5">{title}</circle>'
                )
    return (
        f'<div class="static-chart static-map"><svg viewBox="0 0 {round(width)} {math.ceil(height)}" width="100%" '
        f'aria-hidden="true"><g stroke="#fff" stroke-width="1" stroke-linejoin="round">{"".join(paths)}</g></svg></div>'
        f"{_legend(legend)}{''.join(bars)}"
    )


def _colour_bar(trace: Mapping[str, Any], colour_of: Callable[[float], str], lang: Lang) -> str:
    z = [float(v) for v in trace.get("z") or []]
    lo = float(trace["zmin"]) if trace.get("zmin") is not None else min(z)
    hi = float(trace["zmax"]) if trace.get("zmax") is not None else max(z)
    stops = ", ".join(colour_of(lo + (hi - lo) * i / 8) for i in range(9))
    share = ((trace.get("colorbar") or {}).get("tickformat") or "").endswith("%")

    def label(v: float) -> str:
        return f"{fmt_int(v * 100, lang)}%" if share else fmt_int(v, lang)

    name = _esc(trace.get("name") or "")
    return (
        f'<div class="static-scale"><span>{name}</span> <span>{label(lo)}</span>'
        f'<span class="ramp" style="background:linear-gradient(90deg, {stops})"></span><span>{label(hi)}</span></div>'
    )


def render(fig: Mapping[str, Any], lang: Lang, lookup: Lookup, region_href: Callable[[str], str] | None = None) -> str:
    """The static HTML + SVG of a plotly figure (as its JSON dict)."""
    if (fig.get("layout") or {}).get("geo") and any(
        t.get("type") in ("choropleth", "scattergeo") for t in fig.get("data") or []
    ):
        return _map(fig, lookup, region_href, lang)
    return _cartesian(fig, lang)
