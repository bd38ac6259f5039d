"""The one module that caches: a read-only warehouse connection per process
(reopened when the warehouse file is rebuilt) and query results with a TTL.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from netralitas import data, geo, warehouse
from netralitas.settings import get_settings


def warehouse_version() -> str:
    """Path and mtime of the warehouse: a rebuilt or moved warehouse gets a new
    connection and fresh query results."""
    path = get_settings().warehouse_path
    return f"{path}@{path.stat().st_mtime_ns if path.exists() else 0}"


@st.cache_resource(show_spinner=False, max_entries=2)
def _connection(version: str) -> duckdb.DuckDBPyConnection:
    return warehouse.connect()


def connection() -> duckdb.DuckDBPyConnection:
    return _connection(warehouse_version())


# One cached wrapper per data function. ``version`` (the warehouse mtime) is
# part of every key, so a rebuilt warehouse never serves stale results.
_TTL = 600


@st.cache_data(ttl=_TTL, show_spinner=False)
def _warehouse_summary(version: str) -> data.WarehouseSummary:
    return data.warehouse_summary(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _data_freshness(version: str) -> pd.DataFrame:
    return data.data_freshness(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _case_funnel(version: str, election: str) -> pd.DataFrame:
    return data.case_funnel(connection(), election)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _published_figures(version: str, election: str, region: str) -> pd.DataFrame:
    return data.published_figures(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_list(version: str, province: str) -> pd.DataFrame:
    return data.region_list(connection(), province)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _election_list(version: str) -> pd.DataFrame:
    return data.election_list(connection())


def warehouse_summary() -> data.WarehouseSummary:
    return _warehouse_summary(warehouse_version())


def data_freshness() -> pd.DataFrame:
    return _data_freshness(warehouse_version())


def case_funnel(election: str = "") -> pd.DataFrame:
    return _case_funnel(warehouse_version(), election)


def published_figures(election: str, region: str = "") -> pd.DataFrame:
    return _published_figures(warehouse_version(), election, region)


def region_list(province: str = "") -> pd.DataFrame:
    return _region_list(warehouse_version(), province)


def election_list() -> pd.DataFrame:
    return _election_list(warehouse_version())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_measures(version: str, election: str, level: str, province: str) -> pd.DataFrame:
    return data.region_measures(connection(), election, level, province)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _enforcement_summary(version: str, election: str, region: str) -> pd.Series:
    return data.enforcement_summary(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _timeline_events(version: str, election: str, region: str) -> pd.DataFrame:
    return data.timeline_events(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _weekly_intake(version: str, election: str, region: str) -> pd.DataFrame:
    return data.weekly_intake(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _election_stages(version: str, election: str) -> pd.DataFrame:
    return data.election_stages(connection(), election)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _headline_figures(version: str, election: str) -> pd.DataFrame:
    return data.headline_figures(connection(), election)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_completeness(version: str) -> pd.DataFrame:
    return data.region_completeness(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _curated_events(version: str) -> pd.DataFrame:
    return data.curated_events(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _curated_figures(version: str) -> pd.DataFrame:
    return data.curated_figures(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _comparison(version: str, election: str, regions: tuple[str, ...]) -> pd.DataFrame:
    return data.comparison(connection(), election, regions)


def region_measures(election: str, level: str = "1", province: str = "") -> pd.DataFrame:
    return _region_measures(warehouse_version(), election, level, province)


def enforcement_summary(election: str, region: str = "") -> pd.Series:
    return _enforcement_summary(warehouse_version(), election, region)


def timeline_events(election: str, region: str = "") -> pd.DataFrame:
    return _timeline_events(warehouse_version(), election, region)


def weekly_intake(election: str, region: str = "") -> pd.DataFrame:
    return _weekly_intake(warehouse_version(), election, region)


def election_stages(election: str) -> pd.DataFrame:
    return _election_stages(warehouse_version(), election)


def headline_figures(election: str) -> pd.DataFrame:
    return _headline_figures(warehouse_version(), election)


def region_completeness() -> pd.DataFrame:
    return _region_completeness(warehouse_version())


def curated_events() -> pd.DataFrame:
    return _curated_events(warehouse_version())


def curated_figures() -> pd.DataFrame:
    return _curated_figures(warehouse_version())


def comparison(election: str, regions: tuple[str, ...]) -> pd.DataFrame:
    return _comparison(warehouse_version(), election, regions)


@st.cache_resource(show_spinner=False, max_entries=4)
def _geojson(version: str, level: str) -> dict[str, Any] | None:
    return geo.load_geojson(level)


def geojson(level: str) -> dict[str, Any] | None:
    """Boundaries loaded once per process (per build of the boundary files)."""
    path = geo.built_paths()[level]
    version = f"{path}@{path.stat().st_mtime_ns if path.exists() else 0}"
    return _geojson(version, level)
