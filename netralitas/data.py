"""Typed data functions: one per report query. Pages and the CLI call these.

Each takes a DuckDB connection (a cursor is opened per query by the runner)
and plain arguments, and returns a frame or a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from netralitas.warehouse import run_report


@dataclass(frozen=True)
class WarehouseSummary:
    provinces: int
    regencies_cities: int
    regions_with_population: int
    regions_with_boundary: int
    elections: int
    events: int
    latest_event_date: date | None
    figures: int
    latest_figure_date: date | None
    case_subject_rows: int
    cases: int
    is_synthetic: bool
    register_as_of_date: date | None
    built_at: datetime
    register_kind: str
    has_boundaries: bool
    has_population: bool


def _date(value: object) -> date | None:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return None
    return pd.Timestamp(value).date()  # type: ignore[arg-type]


def warehouse_summary(con: duckdb.DuckDBPyConnection) -> WarehouseSummary:
    row = run_report("warehouse_summary", {}, con).iloc[0]
    return WarehouseSummary(
        provinces=int(row["provinces"]),
        regencies_cities=int(row["regencies_cities"]),
        regions_with_population=int(row["regions_with_population"]),
        regions_with_boundary=int(row["regions_with_boundary"]),
        elections=int(row["elections"]),
        events=int(row["events"]),
        latest_event_date=_date(row["latest_event_date"]),
        figures=int(row["figures"]),
        latest_figure_date=_date(row["latest_figure_date"]),
        case_subject_rows=int(row["case_subject_rows"]),
        cases=int(row["cases"]),
        is_synthetic=bool(row["is_synthetic"]),
        register_as_of_date=_date(row["register_as_of_date"]),
        built_at=pd.Timestamp(row["built_at"]).to_pydatetime(),
        register_kind=str(row["register_kind"]),
        has_boundaries=bool(row["has_boundaries"]),
        has_population=bool(row["has_population"]),
    )


def data_freshness(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("data_freshness", {}, con)


def case_funnel(con: duckdb.DuckDBPyConnection, election: str = "") -> pd.DataFrame:
    """Stage counts (persons and cases) for one election, or all when ``election`` is ''."""
    return run_report("case_funnel", {"election": election}, con)


def published_figures(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    """Published figures for one election and scope ('' = national), each with body and source."""
    return run_report("published_figures", {"election": election, "region": region}, con)


def region_list(con: duckdb.DuckDBPyConnection, province: str = "") -> pd.DataFrame:
    return run_report("region_list", {"province": province}, con)


def election_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Elections, newest first (a small dimension read for select boxes)."""
    return run_report("election_list", {}, con)
