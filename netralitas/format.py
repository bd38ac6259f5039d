"""Every number, date and phrase a reader sees, formatted one way for the pages, the briefs and
the edition: Indonesian conventions in Bahasa Indonesia (``1.234``, ``12,5%``, ``17 September
2024``), English ones in English; a hidden count reads the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from netralitas.access import privacy
from netralitas.i18n import LOCALES, Lang, t


def _missing(value: object) -> bool:
    """None, NaN and pandas' NA all read as "no value"."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN
    except TypeError:  # pd.NA refuses comparison in a boolean context
        return True


def fmt_int(value: float | int | None, lang: Lang = "id") -> str:
    if _missing(value):
        return "–"
    return _fmt_int(round(float(value)), lang)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _fmt_int(value: int, lang: Lang) -> str:
    # babel takes ~50 µs a number; pages and the edition format the same few thousand again and again.
    return format_decimal(value, format="#,##0", locale=LOCALES[lang])


def fmt_number(value: float | int | None, lang: Lang = "id") -> str:
    if _missing(value):
        return "–"
    return format_decimal(value, format="#,##0.#", locale=LOCALES[lang])  # type: ignore[arg-type]


def fmt_pct(share: float | None, lang: Lang = "id") -> str:
    """``0.125`` -> ``12,5%`` (id) / ``12.5%`` (en)."""
    if _missing(share):
        return "–"
    return format_percent(share, format="#,##0.#%", locale=LOCALES[lang])  # type: ignore[arg-type]


def fmt_fixed(value: float | int | None, lang: Lang = "id", digits: int = 1) -> str:
    """A number with a fixed count of decimals: ``2.04`` -> ``2,0`` (id) / ``2.0`` (en)."""
    if _missing(value):
        return "–"
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=LOCALES[lang])  # type: ignore[arg-type]


def mark_approximate(text: object, is_approximate: object) -> str:
    """A value its source gave as approximate ("more than 400") reads "400 ≈" everywhere."""
    return f"{text} ≈" if bool(is_approximate) else str(text)


def fmt_pp(change: float | None, lang: Lang = "id") -> str:
    """A change of a share in percentage points, signed: ``0.034`` -> ``+3,4 pp``."""
    if _missing(change):
        return "–"
    return format_decimal(float(change) * 100, format="+#,##0.0;-#,##0.0", locale=LOCALES[lang]) + " pp"  # type: ignore[arg-type]


def fmt_date(value: date | datetime | None, lang: Lang = "id", precision: str = "day") -> str:
    """``17 September 2024``; ``September 2024`` or ``2024`` for coarser precision, "sekitar ..." for a week."""
    if value is None:
        return "–"
    try:
        if pd.isna(value):
            return "–"
    except (TypeError, ValueError):
        pass
    fmt = {"month": "MMMM yyyy", "year": "yyyy"}.get(precision, "d MMMM yyyy")
    text = format_date(value, format=fmt, locale=LOCALES[lang])
    if precision == "week":  # "pekan lalu" in a news report: known to the week
        return ("sekitar " if lang == "id" else "around ") + text
    return text


def format_value(value: object, kind: str, lang: Lang) -> str:
    """A measure value as text: counts ``1.234``, shares ``12,5%``, days ``33 hari``."""
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return t("map.no_data", lang)
    v = float(value)  # type: ignore[arg-type]
    if kind == "share":
        return fmt_pct(v, lang)
    if kind == "days":
        return t("unit.days", lang, n=fmt_int(v, lang))
    if kind == "rate":
        return fmt_number(round(v, 1), lang)
    return fmt_int(v, lang)


def ikp_phrases(entries: Sequence[dict[str, Any]], lang: Lang) -> list[str]:
    """What an IKP edition said about a region, one phrase per entry (``data.region_ikp``):
    "IKP Tematik Netralitas ASN (21 September 2023): skor 86,54, peringkat 2"; the province's
    own entry says so. An entry without a score says "named without a score", never zero."""
    out = []
    for e in entries:
        score, rank = e.get("score"), e.get("rank")
        if e.get("status") == "scored":
            what = (
                t("ikp.what.scored", lang, score=fmt_number(score, lang), rank=fmt_int(rank, lang))
                if rank is not None and not pd.isna(rank)
                else t("ikp.what.scored_unranked", lang, score=fmt_number(score, lang))
            )
        elif rank is not None and not pd.isna(rank):
            what = t("ikp.what.listed_ranked", lang, rank=fmt_int(rank, lang))
        else:
            what = t("ikp.what.listed", lang)
        if e.get("scope_level") == "province" and e.get("region_level") == 1 and e.get("for_regency"):
            what = t("ikp.before.province", lang, what=what)
        out.append(
            t(
                "ikp.before.entry",
                lang,
                edition=e.get("index_name", ""),
                date=fmt_date(e.get("edition_date"), lang),
                what=what,
            )
        )
    return out


def hidden_text(lang: Lang) -> str:
    """How a hidden cell reads in every table, chart and brief: "disembunyikan" / "hidden", never
    "no data" and never a range. A small count and a count hidden so that it cannot be worked out
    (complementary suppression, docs/adr/0015) read alike: a "<5" on the second would be untrue,
    and telling them apart would point at the small one."""
    return t("common.hidden", lang)


def cell_texts(frame: pd.DataFrame, col: str, kind: str, lang: Lang) -> list[str]:
    """Formatted values of a column; suppressed cells read ``hidden_text``, not "no data"."""
    flags = frame[privacy.flag(col)] if privacy.flag(col) in frame else pd.Series(False, index=frame.index)
    hidden = hidden_text(lang)
    return [hidden if bool(h) else format_value(v, kind, lang) for v, h in zip(frame[col], flags, strict=True)]


def value_text(row: pd.Series, col: str, kind: str, lang: Lang) -> str:
    """One formatted value of a one-scope result (``enforcement_summary``), ``hidden_text`` when suppressed."""
    if bool(row.get(privacy.flag(col), False)):
        return hidden_text(lang)
    return format_value(row[col], kind, lang)


def as_of_caption(as_of: date | None, lang: Lang) -> str:
    return t("common.as_of", lang, date=fmt_date(as_of, lang))
