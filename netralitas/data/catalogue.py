"""What the warehouse holds: its summary and freshness, the lists of regions, elections, metrics
and lookups, the curated tables as stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from netralitas.access.viewer import Viewer
from netralitas.pipeline.warehouse import run_report


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
    build_id: str = ""


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
        build_id=str(row["build_id"]),
    )


def data_freshness(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("data_freshness", {}, con)


def region_list(con: duckdb.DuckDBPyConnection, province: str = "") -> pd.DataFrame:
    return run_report("region_list", {"province": province}, con)


def election_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Elections, newest first (a small dimension read for select boxes)."""
    return run_report("election_list", {}, con)


def previous_election(con: duckdb.DuckDBPyConnection, election: str) -> str:
    """The election before ``election`` of the same kind (``election_list.csv``; '' when none is recorded)."""
    elections = election_list(con)
    found = elections.loc[elections["election_id"] == election, "previous_election_id"]
    return "" if found.empty or pd.isna(found.iloc[0]) else str(found.iloc[0])


@dataclass(frozen=True)
class Lookups:
    """Name lookups every page starts with (derived once per build, not on every page view)."""

    names_by_code: dict[str, str]
    province_names: dict[str, str]
    election_names: dict[str, dict[str, str]]  # lang -> election id -> name


def lookups(con: duckdb.DuckDBPyConnection) -> Lookups:
    regions = region_list(con, "")
    provinces = regions[regions["region_level"] == 1]
    elections = election_list(con)
    return Lookups(
        names_by_code=dict(zip(regions["region_code"], regions["region_name"], strict=True)),
        province_names=dict(zip(provinces["region_code"], provinces["region_name"], strict=True)),
        election_names={
            lang: dict(zip(elections["election_id"], elections[col], strict=True))
            for lang, col in (("id", "name_id"), ("en", "name_en"))
        },
    )


def curated_events(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("curated_events", {}, con)


def curated_figures(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("curated_figures", {}, con)


def metric_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The metric catalogue: key, core or not, position in the chain, labels."""
    return run_report("metric_list", {}, con)


# The publisher reads identities only to make sure none of them is published.
_PUBLISHER = Viewer(role="admin", user="publish")


def identity_tokens(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every case id, name and NIP in the register: what a public file must never contain
    (the edition's privacy scan looks for each of them in every file it writes)."""
    return run_report("case_identities", {"election": "", "scope": ""}, con, viewer=_PUBLISHER)
