"""The one module that caches: a read-only warehouse connection per process
(reopened when the warehouse file is rebuilt) and query results with a TTL.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from netralitas import data, warehouse
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
