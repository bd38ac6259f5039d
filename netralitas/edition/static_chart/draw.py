"""What every static chart is drawn with: text measured in DejaVu Sans, escaping, numbers as SVG
writes them, marker symbols, legend swatches and the series colours."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

FONT_SIZE = 13
LABEL_MAX = 170  # px: a y label wider than this wraps (a phone keeps room for the plot)
LINE = 15  # px per label line
TICK_GAP = 6
GRID = "#e6e9ee"
AXIS = "#c9ced6"


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


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def plain(hover: object) -> str:
    """Plotly hover HTML as a tooltip's plain text."""
    return re.sub(r"<[^>]+>", "", str(hover).replace("<br>", "\n"))


def num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


# -- markers and legends ----------------------------------------------------------------------------

SYMBOLS = {
    "circle": "M{r},0A{r},{r} 0 1,1 0,-{r}A{r},{r} 0 0,1 {r},0Z",
    "square": "M{r},{r}H-{r}V-{r}H{r}Z",
    "diamond": "M{d},0L0,{d}L-{d},0L0,-{d}Z",
    "triangle-up": "M-{d},{h}H{d}L0,-{d}Z",
}


def symbol_path(symbol: str, size: float) -> str:
    r = size / 2
    shape = SYMBOLS.get(str(symbol).replace("-open", ""), SYMBOLS["circle"])
    return shape.format(r=num(r), d=num(r * 1.3), h=num(r * 0.75))


def swatch(colour: str, symbol: str = "", line: bool = False) -> str:
    if line:
        body = f'<path d="M1,7H15" stroke="{esc(colour)}" stroke-width="2" fill="none"/>'
    elif symbol:
        body = f'<path transform="translate(8,7)" d="{symbol_path(symbol, 10)}" fill="{esc(colour)}"/>'
    else:
        body = f'<rect x="1" y="1" width="14" height="12" rx="2" fill="{esc(colour)}"/>'
    return f'<svg class="swatch" width="16" height="14" aria-hidden="true">{body}</svg>'


def legend(items: Iterable[tuple[str, str]]) -> str:
    entries = "".join(f"<li>{swatch}{esc(name)}</li>" for swatch, name in items)
    return f'<ul class="static-legend">{entries}</ul>' if entries else ""


def series_colour(trace: Mapping[str, Any], index: int, colorway: Sequence[str]) -> str:
    marker = trace.get("marker") or {}
    colour = marker.get("color") or (trace.get("line") or {}).get("color")
    return str(colour) if isinstance(colour, str) else colorway[index % len(colorway)]
