"""The one module that caches: a read-only warehouse connection per process
(reopened when the warehouse file is rebuilt), geometry, and query results
with a TTL. The viewer's role and scope are part of every key that can
depend on them, so one role never receives another role's cached result.
"""

from __future__ import annotations

import threading
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from netralitas import data, geo, warehouse
from netralitas.access import Viewer
from netralitas.settings import get_settings

_TTL = 600


def warehouse_version() -> str:
    """Path and mtime of the warehouse: a rebuilt or moved warehouse gets a new
    connection and fresh query results."""
    path = get_settings().warehouse_path
    return f"{path}@{path.stat().st_mtime_ns if path.exists() else 0}@{get_settings().suppression_threshold}"


_connection_lock = threading.Lock()
_open: dict[str, duckdb.DuckDBPyConnection] = {}


def connection() -> duckdb.DuckDBPyConnection:
    """The process's read-only warehouse connection, reopened after a rebuild.

    DuckDB keeps one database instance per file path in a process: connecting
    again to a rebuilt (atomically replaced) file would return the old
    instance, still reading the replaced file, for as long as any connection
    to it is open. So the old connection is closed before the new one opens.
    This is the resource cache, kept by hand because it must close what it
    replaces (queries run on short-lived cursors of it).
    """
    version = warehouse_version()
    with _connection_lock:
        con = _open.get(version)
        if con is None:
            for old in _open.values():
                old.close()
            _open.clear()
            con = _open[version] = warehouse.connect()
        return con


def _viewer(role: str, scope: str) -> Viewer:
    return Viewer(role=role, scope=scope)  # type: ignore[arg-type]


# -- public aggregates (no viewer: the same for everyone) ---------------------------


@st.cache_data(ttl=_TTL, show_spinner=False)
def _warehouse_summary(version: str) -> data.WarehouseSummary:
    return data.warehouse_summary(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _data_freshness(version: str) -> pd.DataFrame:
    return data.data_freshness(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _published_figures(version: str, election: str, region: str) -> pd.DataFrame:
    return data.published_figures(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_list(version: str, province: str) -> pd.DataFrame:
    return data.region_list(connection(), province)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _election_list(version: str) -> pd.DataFrame:
    return data.election_list(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _timeline_events(version: str, election: str, region: str) -> pd.DataFrame:
    return data.timeline_events(connection(), election, region)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _election_stages(version: str, election: str) -> pd.DataFrame:
    return data.election_stages(connection(), election)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _headline_figures(version: str, election: str) -> pd.DataFrame:
    return data.headline_figures(connection(), election)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _curated_events(version: str) -> pd.DataFrame:
    return data.curated_events(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _curated_figures(version: str) -> pd.DataFrame:
    return data.curated_figures(connection())


@st.cache_data(ttl=_TTL, show_spinner=False)
def _coverage_map(version: str, election: str, level: str, province: str) -> pd.DataFrame:
    return data.coverage_map(connection(), election, level, province)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _published_map(version: str, election: str, metric_unit: str, level: str, province: str) -> pd.DataFrame:
    return data.published_map(connection(), election, metric_unit, level, province)


@st.cache_data(ttl=_TTL, show_spinner=False)
def _figure_maps(version: str) -> pd.DataFrame:
    return data.figure_maps(connection())


def coverage_map(election: str, level: str, province: str = "") -> pd.DataFrame:
    return _coverage_map(warehouse_version(), election, level, province)


def published_map(election: str, metric_unit: str, level: str, province: str = "") -> pd.DataFrame:
    return _published_map(warehouse_version(), election, metric_unit, level, province)


def figure_maps() -> pd.DataFrame:
    return _figure_maps(warehouse_version())


def warehouse_summary() -> data.WarehouseSummary:
    return _warehouse_summary(warehouse_version())


def data_freshness() -> pd.DataFrame:
    return _data_freshness(warehouse_version())


def published_figures(election: str, region: str = "") -> pd.DataFrame:
    return _published_figures(warehouse_version(), election, region)


def region_list(province: str = "") -> pd.DataFrame:
    return _region_list(warehouse_version(), province)


def election_list() -> pd.DataFrame:
    return _election_list(warehouse_version())


def timeline_events(election: str, region: str = "") -> pd.DataFrame:
    return _timeline_events(warehouse_version(), election, region)


def election_stages(election: str) -> pd.DataFrame:
    return _election_stages(warehouse_version(), election)


def headline_figures(election: str) -> pd.DataFrame:
    return _headline_figures(warehouse_version(), election)


def curated_events() -> pd.DataFrame:
    return _curated_events(warehouse_version())


def curated_figures() -> pd.DataFrame:
    return _curated_figures(warehouse_version())


# -- viewer-dependent results (role and scope in the key) ------------------------------


@st.cache_data(ttl=_TTL, show_spinner=False)
def _case_funnel(version: str, election: str, region: str, role: str, scope: str) -> pd.DataFrame:
    return data.case_funnel(connection(), election, region, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_measures(version: str, election: str, level: str, province: str, role: str, scope: str) -> pd.DataFrame:
    return data.region_measures(connection(), election, level, province, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _enforcement_summary(version: str, election: str, region: str, role: str, scope: str) -> pd.Series:
    return data.enforcement_summary(connection(), election, region, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _weekly_intake(version: str, election: str, region: str, role: str, scope: str) -> pd.DataFrame:
    return data.weekly_intake(connection(), election, region, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _region_completeness(version: str, role: str, scope: str) -> pd.DataFrame:
    return data.region_completeness(connection(), _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _comparison(version: str, election: str, regions: tuple[str, ...], role: str, scope: str) -> pd.DataFrame:
    return data.comparison(connection(), election, regions, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _ppk_league(version: str, election: str, province: str, by: str, role: str, scope: str) -> pd.DataFrame:
    return data.ppk_league(connection(), election, province, by, _viewer(role, scope))


@st.cache_data(ttl=_TTL, show_spinner=False)
def _followup_ageing(version: str, election: str, region: str, limit: str, role: str, scope: str) -> pd.DataFrame:
    return data.followup_ageing(connection(), election, region, limit, _viewer(role, scope))


def case_funnel(election: str, region: str, viewer: Viewer) -> pd.DataFrame:
    return _case_funnel(warehouse_version(), election, region, viewer.role, viewer.scope)


def region_measures(election: str, level: str, province: str, viewer: Viewer) -> pd.DataFrame:
    return _region_measures(warehouse_version(), election, level, province, viewer.role, viewer.scope)


def enforcement_summary(election: str, region: str, viewer: Viewer) -> pd.Series:
    return _enforcement_summary(warehouse_version(), election, region, viewer.role, viewer.scope)


def weekly_intake(election: str, region: str, viewer: Viewer) -> pd.DataFrame:
    return _weekly_intake(warehouse_version(), election, region, viewer.role, viewer.scope)


def region_completeness(viewer: Viewer) -> pd.DataFrame:
    return _region_completeness(warehouse_version(), viewer.role, viewer.scope)


def comparison(election: str, regions: tuple[str, ...], viewer: Viewer) -> pd.DataFrame:
    return _comparison(warehouse_version(), election, regions, viewer.role, viewer.scope)


def ppk_league(election: str, province: str, by: str, viewer: Viewer) -> pd.DataFrame:
    return _ppk_league(warehouse_version(), election, province, by, viewer.role, viewer.scope)


def followup_ageing(election: str, region: str, limit_days: int, viewer: Viewer) -> pd.DataFrame:
    return _followup_ageing(warehouse_version(), election, region, str(limit_days), viewer.role, viewer.scope)


@st.cache_data(ttl=_TTL, show_spinner=False, max_entries=64)
def _brief_html(version: str, election: str, region: str, role: str, scope: str, lang: str) -> str:
    from netralitas import briefs

    brief = briefs.build(connection(), region, election, _viewer(role, scope), lang)  # type: ignore[arg-type]
    return briefs.render_html(brief)


def brief_html(election: str, region: str, viewer: Viewer, lang: str) -> str:
    """A hearing brief as HTML. Cached for roles that see aggregates only; a brief
    with a case list (names) is built for the viewer who asked and never cached."""
    if viewer.may_see_identities:
        from netralitas import briefs

        brief = briefs.build(connection(), region, election, viewer, lang)  # type: ignore[arg-type]
        return briefs.render_html(brief)
    return _brief_html(warehouse_version(), election, region, viewer.role, viewer.scope, lang)


def case_subjects(election: str, stage: str, viewer: Viewer) -> pd.DataFrame:
    """Never cached: case-level rows go straight from the data layer to the viewer who asked."""
    return data.case_subjects(connection(), election, stage, viewer)


# -- geometry ---------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=4)
def _geojson(version: str, level: str) -> dict[str, Any] | None:
    return geo.load_geojson(level)


def geojson(level: str) -> dict[str, Any] | None:
    """Boundaries loaded once per process (per build of the boundary files)."""
    path = geo.built_paths()[level]
    version = f"{path}@{path.stat().st_mtime_ns if path.exists() else 0}"
    return _geojson(version, level)


# -- warming ---------------------------------------------------------------------------


def warm(election: str | None = None) -> None:
    """Run every public page's default view once, so the first visitor of each
    page reads cached results (``serve`` calls this in the background at start).
    The arguments match what the pages ask for when the URL names nothing."""
    from netralitas.access import PUBLIC
    from netralitas.state import DEFAULT_COMPARISON, ViewState

    election = election or ViewState().election
    limit = get_settings().followup_limit_days
    steps = (
        # /peta first: it is the view the start-up benchmark waits for.
        lambda: (warehouse_summary(), region_list(""), election_list(), geojson("provinces")),
        lambda: region_measures(election, "1", "", PUBLIC),
        lambda: (
            headline_figures(election),
            case_funnel(election, "", PUBLIC),
            enforcement_summary(election, "", PUBLIC),
        ),
        lambda: (data_freshness(), timeline_events(election, ""), weekly_intake(election, "", PUBLIC)),
        lambda: (election_stages(election), comparison(election, DEFAULT_COMPARISON, PUBLIC)),
        lambda: region_measures(election, "2", "", PUBLIC),
        lambda: (region_completeness(PUBLIC), curated_events(), curated_figures()),
        lambda: (followup_ageing(election, "", limit, PUBLIC), ppk_league(election, "", "region", PUBLIC)),
    )
    for step in steps:
        step()
