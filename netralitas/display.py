"""Tables people read: columns declared once, headers from the catalogue, values in Indonesian
formats (babel, through ``i18n``), suppressed counts as "disembunyikan" / "hidden" (``format.hidden_text``).

A page (or a brief, or the edition) lists what it shows::

    COLUMNS = (
        Column("region_name", "col.region"),
        Column("followup_rate", "measure.followup_rate", "share"),
        Column("waiting_for", "col.waiting_for", "label", values="wait."),
    )
    display.frame(result, COLUMNS, lang)

and gets the frame to hand to ``st.dataframe``; nobody formats a number by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

import pandas as pd

from netralitas import format
from netralitas.format import fmt_date, fmt_int, fmt_number, fmt_pct, fmt_pp, mark_approximate
from netralitas.i18n import Lang, localized, t
from netralitas.pipeline.curation import is_web_url
from netralitas.rules import CoverageHeadline

# count/share/rate/days: register measures (suppression-aware, "no data" when missing);
# int/number/pct/pp/date: plain values ("–" when missing); label: a catalogue key per value;
# text: the value as it is ('' when missing); link: a URL the table shows as a link;
# ikp: a region's IKP entries as phrases ("named without a score" is never zero); yes_no: a flag;
# agreement: how a published value stands against the other sources (agreement.corroborate's columns).
Kind = Literal[
    "text",
    "link",
    "label",
    "count",
    "share",
    "rate",
    "days",
    "int",
    "number",
    "pct",
    "pp",
    "date",
    "ikp",
    "yes_no",
    "agreement",
]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True)
class Column:
    key: str  # the result's column
    label: str  # catalogue key of the header
    kind: Kind = "text"
    values: str = ""  # kind "label": prefix of each value's catalogue key ("wait." -> "wait.ppk"; '': the value is)
    suffix: str = ""  # appended to the header as it is (" (sintetis)")
    precision: str = ""  # kind "date": the result's column holding each date's precision (day, month, year)
    note: str = ""  # a column whose value follows a present value in brackets: "12 (Bawaslu)"
    marker: str = ""  # a boolean column: its rows start with "▶ " (the region the view is about)
    approximate: str = ""  # a boolean column: its values end with " ≈" ("more than 400")

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.values and self.kind != "label":
            raise ValueError("only a label column has a catalogue prefix for its values")

    def header(self, lang: Lang) -> str:
        return t(self.label, lang) + self.suffix


_PLAIN: dict[str, Callable[[object, Lang], str]] = {
    "int": fmt_int,  # type: ignore[dict-item]
    "number": fmt_number,  # type: ignore[dict-item]
    "pct": fmt_pct,  # type: ignore[dict-item]
    "pp": fmt_pp,  # type: ignore[dict-item]
    "date": fmt_date,  # type: ignore[dict-item]
}


def cells(result: pd.DataFrame, column: Column, lang: Lang) -> list[object]:
    """One column's values as shown."""
    shown = _values(result, column, lang)
    if column.note:
        shown = [
            s if _missing(v) or _missing(n) else f"{s} ({n})"
            for s, v, n in zip(shown, result[column.key], result[column.note], strict=True)
        ]
    if column.approximate:
        shown = [mark_approximate(s, a) for s, a in zip(shown, result[column.approximate], strict=True)]
    if column.marker:
        shown = [f"▶ {s}" if bool(m) else s for s, m in zip(shown, result[column.marker], strict=True)]
    return shown


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and bool(pd.isna(value)))  # type: ignore[arg-type]


def agreement_text(agreement: object, n_sources: object, n_values: object, lang: Lang) -> str:
    """ "corroborated by 2 sources", "sources differ: 2 values ...", a running count, or nothing."""
    if agreement == "corroborated":
        return t("agreement.corroborated", lang, n=fmt_int(n_sources, lang))  # type: ignore[arg-type]
    if agreement in ("differ", "over_time"):
        return t(f"agreement.{agreement}", lang, n=fmt_int(n_values, lang))  # type: ignore[arg-type]
    return ""


def coverage_lede(head: CoverageHeadline, lang: Lang) -> str:
    """ "371 of 514 regencies/cities and 38 of 38 provinces have a public record ..." (the overview,
    the methods pages and the edition's home say it the same way)."""
    return t(
        "coverage.summary.lede",
        lang,
        n=fmt_int(head.regencies, lang),
        total=fmt_int(head.regencies_total, lang),
        p=fmt_int(head.provinces, lang),
        ptotal=fmt_int(head.provinces_total, lang),
    )


def participation_text(status: str, regencies_voted: int, level: int, election: str, national: bool, lang: Lang) -> str:
    """Whether a region held an election, as a sentence ('' where there is nothing to say: a
    national election every region voted in). ``status``: voted, did_not_vote or unknown
    (data.election_participation); a province without its own election says how many of its
    regencies/cities voted."""
    if status == "voted" and national:
        return ""
    if status == "did_not_vote" and level == 1 and regencies_voted:
        return t("participation.no_province_election", lang, election=election, n=fmt_int(regencies_voted, lang))
    return t(f"participation.{status}", lang, election=election)


def _values(result: pd.DataFrame, column: Column, lang: Lang) -> list[object]:
    values = result[column.key]
    if column.kind == "link":  # a web address or nothing: a javascript: or data: link never goes live
        return [v if isinstance(v, str) and is_web_url(v) else "" for v in values]
    if column.kind == "agreement":
        return [
            agreement_text(a, s, v, lang)
            for a, s, v in zip(values, result["n_sources"], result["n_values"], strict=True)
        ]
    if column.kind == "yes_no":
        return [t("yes" if bool(v) else "no", lang) for v in values]
    if column.kind == "ikp":
        return ["; ".join(format.ikp_phrases(v, lang)) or t("ikp.before.none", lang) for v in values]
    if column.kind in ("count", "share", "rate", "days"):
        return list(format.cell_texts(result, column.key, column.kind, lang))
    if column.kind == "label":
        return [t(f"{column.values}{v}", lang) for v in values]
    if column.kind == "date" and column.precision:
        return [fmt_date(d, lang, p) for d, p in zip(values, result[column.precision], strict=True)]  # type: ignore[arg-type]
    if column.kind in _PLAIN:
        fmt = _PLAIN[column.kind]
        return [fmt(v, lang) for v in values]
    return ["" if _missing(v) else v for v in values]


def link_headers(columns: Sequence[Column], lang: Lang) -> list[str]:
    """Headers of the columns that hold links (the app shows them as links, the edition as anchors)."""
    return [c.header(lang) for c in columns if c.kind == "link"]


def frame(result: pd.DataFrame, columns: Sequence[Column], lang: Lang) -> pd.DataFrame:
    """The table as shown: one column per declaration, in order, headed in ``lang``."""
    return pd.DataFrame({c.header(lang): cells(result, c, lang) for c in columns})


# The columns every IKP table starts with: region, status (scored / named without a score), rank
# and score ("–" where none was published, never zero).
IKP_COLUMNS = (
    Column("region_name", "col.region"),
    Column("status", "ikp.col.status", "label", values="ikp.status."),
    Column("rank", "col.rank", "int"),
    Column("score", "ikp.score", "number"),
)

# Published figures as the overview, the follow-up page and the region pages list them: one row
# per value of a measure (agreement.corroborate), its bodies, and whether the sources agree.
FIGURE_COLUMNS = (
    Column("bodies", "col.body"),
    Column("value", "col.value", "number", approximate="is_value_approximate"),
    Column("unit", "col.unit", "label", values="unit."),
    Column("as_of_date", "col.as_of", "date", precision="date_precision"),
    Column("source_url", "col.link", "link"),
    Column("agreement", "col.agreement", "agreement"),
)


def figure_columns(lang: Lang) -> tuple[Column, ...]:
    """The published-figure table's columns, the measure named in ``lang``."""
    return (Column(localized("metric_label", lang), "col.metric"), *FIGURE_COLUMNS)


# How far the public record reaches, per election (rules.coverage_by_election).
COVERAGE_COLUMNS = (
    Column("election", "coverage.col.election"),
    Column("regions_voted", "coverage.col.voted", "int"),
    Column("events", "coverage.col.events", "int"),
    Column("figures", "coverage.col.figures", "int"),
    Column("ikp", "coverage.col.ikp", "int"),
    Column("any", "coverage.col.any", "int"),
)

FRESHNESS_COLUMNS = (
    Column("source", "col.source", "label", values="source."),
    Column("row_count", "col.rows", "int"),
    Column("latest_date", "col.latest", "date"),
)
