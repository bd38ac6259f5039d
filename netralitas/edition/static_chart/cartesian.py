"""Cartesian charts drawn at build time: an HTML grid of the y labels in a column of their measured
width and the plot in an SVG whose x positions are percentages, so it fills any width without
scaling its text; a dot plot, markers with text, a step area, stacked y axes, calendar shapes."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from babel.dates import format_date

from netralitas.edition.static_chart.draw import (
    AXIS,
    GRID,
    LABEL_MAX,
    LINE,
    TICK_GAP,
    esc,
    legend,
    num,
    plain,
    series_colour,
    swatch,
    symbol_path,
    text_width,
    wrap,
)
from netralitas.format import fmt_int
from netralitas.i18n import LOCALES, Lang

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
            (self.y(v), [line for part in text.split("<br>") for line in wrap(plain(part), LABEL_MAX)])
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
        spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else LINE}">{esc(s)}</tspan>' for i, s in enumerate(lines))
        first = num(y - (len(lines) - 1) * LINE / 2)
        out.append(f'<text x="{x}" y="{first}" text-anchor="end" dominant-baseline="middle">{spans}</text>')
    return column, "".join(out)


def _calendar(
    layout: Mapping[str, Any], frac: Callable[[Any], float], top: float, bottom: float
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The calendar's shapes (a campaign band below, a voting-day line above) and their notes as
    legend entries (a note at the top of the plot would run off a phone's screen)."""
    below: list[str] = []
    above: list[str] = []
    entries: list[tuple[str, str]] = []
    notes = [a for a in layout.get("annotations") or [] if a.get("xref") == "x"]
    for i, shape in enumerate(layout.get("shapes") or []):
        x0, x1 = 100 * frac(shape["x0"]), 100 * frac(shape["x1"])
        colour = shape.get("fillcolor") or (shape.get("line") or {}).get("color") or AXIS
        if shape.get("type") == "rect":
            below.append(
                f'<rect x="{num(x0)}%" width="{num(max(x1 - x0, 0.2))}%" y="{num(top)}" '
                f'height="{num(bottom - top)}" fill="{esc(colour)}" opacity="{shape.get("opacity", 0.2)}"/>'
            )
        else:
            above.append(
                f'<line x1="{num(x0)}%" x2="{num(x0)}%" y1="{num(top)}" y2="{num(bottom)}" stroke="{esc(colour)}" '
                'stroke-dasharray="5,4" stroke-width="1.5"/>'
            )
        if i < len(notes):
            entries.append((swatch(colour, line=shape.get("type") == "line"), plain(notes[i].get("text", ""))))
    return below, above, entries


def _markers(trace: Mapping[str, Any], panel: _Panel, frac: Callable[[Any], float], colour: str) -> list[str]:
    marker = trace.get("marker") or {}
    size = float(marker.get("size") or 10)
    path = symbol_path(str(marker.get("symbol") or "circle"), size)
    mode, texts, hover = str(trace.get("mode") or "markers"), trace.get("text") or [], trace.get("hovertext") or []
    dy = size / 2 + 13 if str(trace.get("textposition") or "").startswith("bottom") else -size / 2 - 4
    out = []
    for j, (x, y) in enumerate(zip(trace.get("x") or [], trace.get("y") or [], strict=False)):
        title = f"<title>{esc(plain(hover[j]))}</title>" if j < len(hover) else ""
        label = (
            f'<text y="{num(dy)}" text-anchor="middle" font-size="12">{esc(texts[j])}</text>'
            if "text" in mode and j < len(texts)
            else ""
        )
        out.append(
            f'<svg x="{num(100 * frac(x))}%" y="{num(panel.y(y))}" overflow="visible">'
            f'<path d="{path}" fill="{esc(colour)}" stroke="#fff" stroke-width="1">{title}</path>{label}</svg>'
        )
    return out


def draw(fig: Mapping[str, Any], lang: Lang) -> str:
    layout, traces = fig.get("layout") or {}, list(fig.get("data") or [])
    colorway = ((layout.get("template") or {}).get("layout") or {}).get("colorway") or ["#0072B2"]
    if not traces:  # charts.empty: a sentence, no axes
        text = " ".join(plain(a.get("text", "")) for a in layout.get("annotations") or [])
        return f'<div class="static-chart static-empty"><p>{esc(text)}</p></div>'
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
    below, above, entries = _calendar(layout, frac, plot_top, plot_bottom)
    body = list(below)
    for n, tick in enumerate(xscale.ticks):
        share = frac(tick)  # type: ignore[arg-type]
        x = f"{num(100 * share)}%"
        body.append(f'<line x1="{x}" x2="{x}" y1="{num(plot_top)}" y2="{num(plot_bottom)}" stroke="{GRID}"/>')
        if isinstance(xscale, _Dates) and not 0.04 <= share <= 0.96:
            continue  # a date label at the very edge would run into its neighbour or off the chart
        label = esc(xscale.label(tick, lang))  # type: ignore[arg-type]
        anchor = "end" if share > 0.94 else "start" if share < 0.06 and n else "middle"
        alt = ' class="alt"' if n % 2 and len(xscale.ticks) > 3 else ""  # every other label on a phone
        body.append(f'<text x="{x}" y="{num(plot_bottom + 17)}" text-anchor="{anchor}"{alt}>{label}</text>')
    for panel in panels.values():
        for v, _ in panel.categories:
            y = num(panel.y(v))
            body.append(f'<line x1="0" x2="100%" y1="{y}" y2="{y}" stroke="{GRID}"/>')
        body.append(f'<line x1="0" x2="0" y1="{num(panel.y0)}" y2="{num(panel.y1)}" stroke="{AXIS}"/>')
    body += above
    for i, trace in enumerate(traces):
        if (found := panels.get(str(trace.get("yaxis") or "y"))) is None:
            continue
        panel = found
        colour = series_colour(trace, i, colorway)
        if "lines" in str(trace.get("mode") or ""):
            body.append(_step_area(trace.get("x") or [], trace.get("y") or [], frac, panel, colour, trace, total))
            entries.append((swatch(colour, line=True), str(trace.get("name") or "")))
            continue
        body += _markers(trace, panel, frac, colour)
        if trace.get("showlegend", True) is not False and trace.get("name"):
            symbol = str((trace.get("marker") or {}).get("symbol") or "circle")
            entries.append((swatch(colour, symbol), str(trace["name"])))
    return (
        f'<div class="static-chart" style="--label-column:{column}px">'
        f'<svg class="static-labels" width="{column}" height="{total}" aria-hidden="true">{left}</svg>'
        f'<svg class="static-plot" width="100%" height="{total}" aria-hidden="true">{"".join(body)}</svg>'
        f"</div>{legend(entries)}"
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
    d = f"M{num(points[0][0])},{num(base)}"
    for (x, y), nxt in zip(points, [*points[1:], None], strict=True):
        d += f"V{num(y)}H{num(nxt[0] if nxt else x + 8)}"
    d += f"V{num(base)}Z"
    fill = ' fill-opacity="0.25"' if trace.get("fill") else ' fill="none"'
    return (
        f'<svg width="100%" height="{num(total)}" viewBox="0 0 1000 {num(total)}" preserveAspectRatio="none">'
        f'<path d="{d}" fill="{esc(colour)}"{fill} stroke="{esc(colour)}" stroke-width="1.5" '
        'vector-effect="non-scaling-stroke"/></svg>'
    )
