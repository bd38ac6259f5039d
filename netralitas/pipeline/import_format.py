"""What an import file looks like, and how a problem with one is reported.

Three kinds of file are imported: the case register (``cases``, the columns of
the synthetic register), dated events and published figures. A problem names
the file, the row as a spreadsheet numbers it (header = 1), the column and the
reason in Bahasa Indonesia and English: ``FILE:ROW:COLUMN: alasan / reason``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pandas as pd

from netralitas import domain
from netralitas.pipeline.demo import CASE_COLUMNS

Kind = Literal["cases", "events", "figures"]
KINDS: tuple[Kind, ...] = ("cases", "events", "figures")

# The register's enumerations are the contract's accepted values (queries/marts/_contracts.yml).
CASE_ENUM_COLUMNS = (
    "intake_type",
    "position_class",
    "violation_category",
    "outcome",
    "forwarded_to",
    "recommended_sanction",
    "imposed_sanction",
)


CASE_REQUIRED = (
    "case_id",
    "subject_seq",
    "election",
    "intake_type",
    "intake_date",
    "region",
    "position_class",
    "violation_category",
)
CASE_DATES = domain.register_dates()
EVENT_BASE = (
    "event_date",
    "date_precision",
    "event_type",
    "election",
    "actor",
    "title",
    "reference_no",
    "source_url",
    "source_published",
    "note",
)
FIGURE_BASE = (
    "as_of_date",
    "date_precision",
    "scope_level",
    "election",
    "metric",
    "value",
    "unit",
    "reporting_body",
    "note",
    "source_url",
    "source_published",
)
# Optional label columns of a figures file: one for both languages, or one per language.
METRIC_LABELS = ("metric_label", "metric_label_id", "metric_label_en")


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    column: str
    reason_id: str
    reason_en: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.row if self.row is not None else '-'}:{self.column or '-'}: "
            f"{self.reason_id} / {self.reason_en}"
        )


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a table (file, row as a spreadsheet numbers it, column, reason in both languages)."""
    return pd.DataFrame(
        {
            "file": [p.file for p in problems],
            "row": pd.array([p.row for p in problems], dtype="Int64"),
            "column": [p.column or None for p in problems],
            "reason_id": [p.reason_id for p in problems],
            "reason_en": [p.reason_en for p in problems],
        }
    )


class ImportFailed(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def known_columns(kind: Kind) -> set[str]:
    """Every column the import format of ``kind`` names (required and optional)."""
    if kind == "cases":
        return set(CASE_COLUMNS)
    base = EVENT_BASE if kind == "events" else FIGURE_BASE
    extra = ("title_id",) if kind == "events" else METRIC_LABELS
    return {*base, "region", "province", "regency_city", *extra}


def required_columns(kind: Kind, columns: list[str]) -> tuple[list[str], list[str]]:
    """(columns the layout needs, missing ones). Events and figures accept the
    shared layout (province + regency_city) or one ``region`` column."""
    if kind == "cases":
        needed = list(CASE_COLUMNS)
        needed = [c for c in needed if c not in ("subject_name", "subject_nip")] + [
            c for c in ("subject_name", "subject_nip") if c in columns
        ]
    else:
        base = list(EVENT_BASE if kind == "events" else FIGURE_BASE)
        region_cols = ["region"] if "region" in columns else ["province", "regency_city"]
        optional = [c for c in (*METRIC_LABELS, "title_id") if c in columns]
        needed = base + region_cols + optional
    return needed, [c for c in needed if c not in columns]


def row_numbers(frame: pd.DataFrame) -> list[int]:
    """The spreadsheet row of each frame row (header = 1 when the reader recorded none)."""
    numbers = frame.attrs.get("row_numbers")
    return list(numbers) if numbers is not None and len(numbers) == len(frame) else list(range(2, len(frame) + 2))
