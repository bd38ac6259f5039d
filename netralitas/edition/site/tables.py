"""The edition's tables: columns declared with :class:`display.Column`, drawn as the templates' Table.

``display`` formats every value by its column's kind, as the live app and the briefs show it;
the edition adds what a web page has and a data frame has not, links. A ``Column`` of kind
"link" is drawn as its source's host name, linked (a URL that is not a web address never is);
``Shown`` links a column's values to a region's or an election's page, or to every source that
gave a figure, and names what a missing value means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from netralitas import display
from netralitas.display import Column
from netralitas.edition.site.common import (
    Cell,
    Link,
    Table,
    election_page,
    host,
    region_page,
    rows,
    source_cell,
    value_cell,
)
from netralitas.format import fmt_date, fmt_int, fmt_number
from netralitas.i18n import Lang, localized, t
from netralitas.pipeline.curation import is_web_url

MAX_TABLE_ROWS = 600
NUMERIC = frozenset({"int", "number", "pct", "pp", "count", "share", "rate", "days"})  # right-aligned


@dataclass(frozen=True)
class Shown:
    """A declared column as the edition draws it: each value a link to its row's ``link`` (a
    region's page by ``region_code``, an election's by ``election_id``, every web address in
    ``sources``), and ``missing`` (a catalogue key) where the row has no value."""

    column: Column
    link: Literal["", "region", "election", "sources"] = ""
    missing: str = ""


Field = Column | Shown


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and bool(pd.isna(value)))  # type: ignore[arg-type]


def _drawn(frame: pd.DataFrame, field: Shown, lang: Lang) -> list[Cell]:
    """One column's cells: display's text, then the edition's links."""
    column = field.column
    shown: list[Any] = display.cells(frame, column, lang)
    if field.missing:
        text = t(field.missing, lang)
        shown = [text if _missing(v) else s for s, v in zip(shown, frame[column.key], strict=True)]
    if field.link == "region":
        codes = frame["region_code"].tolist()
        return [Link(s, region_page(c)) if isinstance(c, str) else s for s, c in zip(shown, codes, strict=True)]
    if field.link == "election":
        ids = frame["election_id"].tolist()
        return [Link(s, election_page(e)) if e else s for s, e in zip(shown, ids, strict=True)]
    if field.link == "sources":
        return [_sources(u, s, lang) for u, s in zip(frame[column.key], frame["sources"], strict=True)]
    if column.kind == "link":
        return [source_cell(s, lang) for s in shown]
    return shown


def _sources(url: object, sources: Any, lang: Lang) -> Cell:
    """Every source that gave this value, one link each (the row's own source where it is one)."""
    urls = [u for u in sources or () if isinstance(u, str) and is_web_url(u)]
    if len(urls) > 1:
        return tuple(Link(host(u) or u, u, page=False) for u in urls)
    return source_cell(urls[0] if urls else url, lang)


class Drawn:
    """A frame's declared columns drawn once; tables of any of its rows (a region page picks its own)."""

    def __init__(self, frame: pd.DataFrame, fields: Sequence[Field], lang: Lang) -> None:
        shown = [f if isinstance(f, Shown) else Shown(f) for f in fields]
        self.keys = [s.column.key for s in shown]
        self.columns = [(s.column.header(lang), "num" if s.column.kind in NUMERIC else "") for s in shown]
        self.cells = [_drawn(frame, s, lang) for s in shown]
        self.length = len(frame)

    def table(
        self,
        caption: str,
        at: Sequence[int] | None = None,
        empty: str = "",
        omit: tuple[str, ...] = (),
        limit: int | None = MAX_TABLE_ROWS,
    ) -> Table:
        """The rows at positions ``at`` (all by default, at most ``limit``), without the ``omit`` columns."""
        keep = [i for i, key in enumerate(self.keys) if key not in omit]
        picked = list(range(self.length) if at is None else at)[:limit]
        body = [[self.cells[i][r] for i in keep] for r in picked]
        return Table(caption, [self.columns[i] for i in keep], body, empty)


def table(
    frame: pd.DataFrame,
    fields: Sequence[Field],
    lang: Lang,
    caption: str,
    empty: str = "",
    limit: int | None = MAX_TABLE_ROWS,
) -> Table:
    """A table of the frame's rows (at most ``limit``)."""
    return Drawn(frame.head(limit) if limit else frame, fields, lang).table(caption, empty=empty, limit=limit)


# -- published figures and dated events (the home, election and region pages) --------------------

_BODIES, _VALUE, _UNIT, _AS_OF, _LINK, _AGREEMENT = display.FIGURE_COLUMNS


def figure_fields(lang: Lang) -> tuple[Field, ...]:
    """The table beside every figure chart: the live app's published-figure columns, each value's
    every source linked, an unknown date said as such, and the notes on how far to trust it."""
    return (
        Column(localized("metric_label", lang), "col.metric"),
        _VALUE,
        _UNIT,
        _BODIES,
        Shown(_AS_OF, missing="site.date_unknown"),
        Shown(_LINK, link="sources"),
        _AGREEMENT,
        Column("notes", "col.flags"),
    )


def figure_frame(facts: pd.DataFrame, lang: Lang, province_sums: dict[str, Any] | None = None) -> pd.DataFrame:
    """Published figures (``agreement.corroborate``'s rows) ready for ``figure_fields``: the measure
    named in ``lang`` (its key where it has no name) and the notes of each value; a province figure
    says how it stands against the sum of its regencies' figures when ``province_sums`` has it."""
    name = localized("metric_label", lang)
    label = facts[name] if name in facts else facts[localized("label", lang)]
    named = [v if isinstance(v, str) else str(m) for v, m in zip(label, facts["metric"], strict=True)]
    notes = []
    for r in rows(facts):
        found = [confidence_note(r, lang)]
        total = (province_sums or {}).get(r.figure_id)
        if total is not None and total["difference"] != 0:
            found.append(province_sum_text(total, lang))
        notes.append("; ".join(n for n in found if n))
    return facts.assign(**{name: named, "notes": notes})


def event_fields(lang: Lang) -> tuple[Field, ...]:
    """Dated events with type, region (the nation where none), title, actor, reference and source."""
    return (
        Column("event_date", "col.date", "date", precision="date_precision"),
        Column("event_type", "col.type", "label", values="event."),
        Shown(Column("region_name", "col.region"), link="region", missing="common.nation"),
        Column(localized("title", lang), "col.title"),
        Column("actor", "col.actor"),
        Column("reference_no", "col.reference"),
        Column("source_url", "col.link", "link"),
    )


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


def reconciliation(head: pd.DataFrame, lang: Lang) -> Table:
    """Metric rows, one column per body: the published figures side by side (a pivot, its
    headers the bodies, so no declared columns)."""
    label = localized("metric_label", lang)
    bodies = list(dict.fromkeys(head["reporting_body"]))
    columns = [(t("col.metric", lang), "")] + [(str(b), "num") for b in bodies]
    body: list[list[Cell]] = []
    for (metric_label, unit), part in head.groupby([label, "unit"], sort=False):
        by_body = {r.reporting_body: r for r in rows(part)}
        row: list[Cell] = [f"{metric_label} ({t(f'unit.{unit}', lang)})"]
        for b in bodies:
            r = by_body.get(b)
            if r is None:
                row.append("–")
                continue
            when = fmt_date(r.as_of_date, lang, r.date_precision) if not pd.isna(r.as_of_date) else ""
            text = f"{value_cell(r.value, r.is_value_approximate, lang)} · {when}".strip(" ·")
            row.append(Link(text, r.source_url, page=False) if isinstance(r.source_url, str) else text)
        body.append(row)
    return Table(t("site.home.side_by_side", lang), columns, body, t("home.no_figures", lang))
