"""What every page of the edition is made of: links, charts, pages, their keys and their paths.

A page is planned from the :class:`~netralitas.edition.record.Record` without building
anything expensive: each chart carries a key (a hash of the frames and arguments it is
built from) and is built only when its page has to be written again. The page's key is
the hash of its context, so an unchanged page is never rendered twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson
import pandas as pd
import plotly.graph_objects as go

from netralitas import palette
from netralitas.format import fmt_number, mark_approximate
from netralitas.i18n import Lang, t
from netralitas.pipeline.curation import is_web_url

# The published tables and the marts they come from (the data page and the data files).
DATA_TABLES = {
    "events": "fct_events",
    "figures": "fct_figures",
    "ikp": "fct_ikp",
    "regions": "dim_regions",
    "elections": "dim_elections",
}


@dataclass(frozen=True)
class Link:
    text: str
    href: str  # a site path ("wilayah/74/index.html"), made relative at render time; or an absolute URL
    page: bool = True  # a page in the reader's language (else a shared file or an outside URL)


Cell = str | Link | tuple[Link, ...]


@dataclass
class Table:
    """A table as the templates draw it (``macros.table``); made from declared columns (``tables``)."""

    caption: str
    columns: list[tuple[str, str]]  # (label, css class)
    rows: list[list[Cell]]
    empty: str = ""


@dataclass
class Chart:
    id: str
    title: str
    caption: str
    name: str  # file name for PNG/SVG downloads
    inputs: tuple[Any, ...]  # what the figure is built from (hashed for the key)
    build: Callable[[], go.Figure]
    table: Table | None = None
    embed: str = ""  # site path of its embed page
    live: str = ""  # the same view in the live dashboard
    region_links: bool = False  # a click on a region opens its page
    geo: str = ""  # "" no map; "inline" polygons in the figure; "layers" the shared boundary script
    table_ref: str = ""  # id of the chart's data table elsewhere on the page (its text alternative)
    key: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.key = digest(("chart", self.id, self.title, self.caption, self.inputs))


@dataclass
class Page:
    path: str  # site path without the language prefix, e.g. "wilayah/74/index.html"
    lang: Lang
    template: str
    title: str
    description: str
    nav: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    charts: list[Chart] = field(default_factory=list)

    @property
    def geo(self) -> set[str]:
        """The geo scripts the page loads before its charts."""
        return {c.geo for c in self.charts if c.geo}

    @property
    def file(self) -> str:
        return self.path if self.lang == "id" else f"en/{self.path}"


def _plain(v: Any) -> Any:
    if isinstance(v, pd.DataFrame):
        if "source" in v.attrs:
            # A slice of a tagged record frame: the tag fixes the content, the labels the rows.
            labels = hashlib.sha256(v.index.to_numpy().tobytes()).hexdigest()
            return ["slice", v.attrs["source"], list(map(str, v.columns)), labels]
        hashed = pd.util.hash_pandas_object(v, index=False).to_numpy().tobytes()
        return ["frame", list(map(str, v.columns)), hashlib.sha256(hashed).hexdigest()]
    if isinstance(v, pd.Series):
        return _plain(v.to_frame())
    if isinstance(v, Chart):
        return ["chart", v.key]
    if isinstance(v, (Link, Table)):
        return [type(v).__name__, v.__dict__]
    if callable(v):
        raise TypeError(f"{v!r} has no stable content to hash")
    return repr(v)


def digest(value: Any) -> str:
    """A stable hash of plain values, frames and dataclasses."""
    # Dataclasses go through _plain too (a Chart is known by its key, never by its build function).
    options = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS
    raw = orjson.dumps(value, default=_plain, option=options)
    return hashlib.sha256(raw).hexdigest()


# -- rows ---------------------------------------------------------------------------------------


def rows(frame: pd.DataFrame) -> list[SimpleNamespace]:
    """Rows as attribute records (``itertuples`` builds a namedtuple class on every call)."""
    columns = [str(c) for c in frame.columns]
    return [SimpleNamespace(**dict(zip(columns, row, strict=True))) for row in frame.to_numpy(dtype=object)]


def positions(frame: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, list[int]]:
    """Row positions per code found in any of ``columns`` (each row once per code)."""
    out: dict[str, list[int]] = {}
    for col in columns:
        for pos, code in enumerate(frame[col].tolist()):
            if isinstance(code, str) and code:
                found = out.setdefault(code, [])
                if not found or found[-1] != pos:
                    found.append(pos)
    return {code: sorted(set(found)) for code, found in out.items()}


# -- paths and links ----------------------------------------------------------------------------


def region_page(code: str) -> str:
    return f"wilayah/{code}/index.html"


def election_page(election: str) -> str:
    return f"pemilihan/{election}/index.html"


def live_url(base: str, page: str, lang: Lang, **params: str) -> str:
    query = {k: v for k, v in params.items() if v}
    if lang == "en":
        query["lang"] = "en"
    return f"{base}/{page}" + (f"?{urlencode(query)}" if query else "")


def host(url: object) -> str:
    if not isinstance(url, str) or not url:
        return ""
    return urlsplit(url).netloc.removeprefix("www.")


def source_cell(url: object, lang: Lang) -> Cell:
    if not isinstance(url, str) or not is_web_url(url):  # never a javascript: or data: link
        return t("site.no_source", lang)
    return Link(host(url) or url, url, page=False)


def value_cell(value: object, approximate: object, lang: Lang) -> str:
    return mark_approximate(fmt_number(value, lang), approximate)  # type: ignore[arg-type]


# -- charts -------------------------------------------------------------------------------------

# The edition's look, small enough to ship in every figure (plotly's default template is ~7 KB).
TEMPLATE = go.layout.Template(
    layout={
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "colorway": palette.COLOURWAY,
        "xaxis": {"gridcolor": "#e6e9ee", "zerolinecolor": "#c9ced6", "linecolor": "#c9ced6"},
        "yaxis": {"gridcolor": "#e6e9ee", "zerolinecolor": "#c9ced6", "linecolor": "#c9ced6"},
    }
)


def strip_title(fig: go.Figure) -> go.Figure:
    """The title is the page's (a heading above the chart, read by screen readers and never
    overlapping the modebar on a phone), so the figure keeps none."""
    # Notes at the top of the plot (the campaign's start, voting day) keep the room they need.
    top = any(a.yref == "paper" and a.y is not None and a.y >= 1 for a in fig.layout.annotations or ())
    fig.update_layout(title=None, margin={"t": 30 if top else 10}, template=TEMPLATE)
    return fig


def embed_page(path: str, chart: Chart, lang: Lang, full: str) -> Page:
    """A chart alone, for an iframe on another site; ``full`` is the page it comes from."""
    return Page(path, lang, "embed.html.j2", chart.title, chart.caption, context={"full": full}, charts=[chart])
