"""The one module that caches: read-only connections to warehouse builds, geometry, and query
results keyed by build.

Builds are immutable files (``warehouse.build``); ``CURRENT`` names the newest. Every query
holds a lease on the build it runs on, so a rebuild never closes a connection that a query is
using: a build's connection is closed once no lease holds it and a newer build exists. A script
run pins one build for all its queries (:func:`pinned`, in ``dashboard.py``), so a page shows
the old build or the new one, never a mix. Results are cached per build and per viewer (role and
scope are part of the key, so one role never receives another role's cached result).
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

import duckdb
import streamlit as st

from netralitas import briefs, data
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.pipeline import geo, warehouse
from netralitas.settings import get_settings

_TTL = 600
R = TypeVar("R")

_lock = threading.Lock()
_open: dict[str, duckdb.DuckDBPyConnection] = {}
_leases: dict[str, int] = {}
_pinned: ContextVar[str | None] = ContextVar("netralitas_build", default=None)
# A serving process switches to a new build once it has warmed the new build's caches (see
# ``follow_builds``): until then its pages keep reading the build before. None: follow the pointer.
_active: dict[str, str] = {}


def current_build() -> str:
    """The build new script runs and unpinned queries use: the newest complete build, or, in a
    serving process, the newest one it has warmed. Reading the pointer costs a small file read,
    so every replica sees a new build within seconds."""
    key = str(get_settings().data_dir)
    found = warehouse.current_build(get_settings())
    if key in _active:
        if found and found != _active[key] and found.endswith(f"-{os.getpid()}"):
            # This process made the build (an import from one of its pages): whoever imported
            # expects to see it at once, so it is adopted without waiting for the warm-up.
            _active[key] = found
        return _active[key]
    if found is None:
        raise warehouse.BuildError(
            f"{get_settings().warehouse_path}: gudang data belum dibangun / warehouse not built; "
            "jalankan / run `python -m netralitas build`"
        )
    return found


def _version(build: str) -> str:
    # The threshold is in the key too: a changed suppression setting must not reuse results.
    return f"{build}@{get_settings().suppression_threshold}"


def _keep() -> set[str]:
    """Builds whose connection stays open when unused: the newest, and the one being served."""
    settings = get_settings()
    return {b for b in (warehouse.current_build(settings), _active.get(str(settings.data_dir))) if b}


def _sweep(keep: set[str]) -> None:
    # A build that was current at its last release and superseded since has no release left to
    # close it: close every unleased build that is no longer kept (called under _lock).
    for build in [b for b in _open if b not in _leases and b not in keep]:
        _open.pop(build).close()


def _acquire(build: str) -> None:
    with _lock:
        if build not in _open:
            _sweep(_keep() | {build})
            # Each build is its own file, so DuckDB's one-instance-per-path rule
            # (duckdb/duckdb#13396) never hands us a replaced file's instance.
            _open[build] = warehouse.connect(get_settings(), build)
        _leases[build] = _leases.get(build, 0) + 1


def _release(build: str) -> None:
    with _lock:
        _leases[build] -= 1
        if _leases[build] == 0:
            del _leases[build]
            _sweep(_keep())


@contextmanager
def lease() -> Iterator[str]:
    """Hold a build open for one query (the run's pinned build, else the current one); yields the
    cache version of that build."""
    build = _pinned.get() or current_build()
    try:
        _acquire(build)
    except (warehouse.BuildError, duckdb.IOException):
        # Pruned before it was opened (two builds landed in quick succession): take the newest.
        build = warehouse.current_build(get_settings()) or build
        _acquire(build)
    try:
        yield _version(build)
    finally:
        _release(build)


@contextmanager
def pinned() -> Iterator[str]:
    """One build for a whole script run (every query of the page reads the same build).
    Before the first build there is nothing to pin: the page says what to run."""
    try:
        current_build()
    except warehouse.BuildError:
        yield ""
        return
    with lease() as version:
        token = _pinned.set(version.rsplit("@", 1)[0])
        try:
            yield version
        finally:
            _pinned.reset(token)


def connection(version: str) -> duckdb.DuckDBPyConnection:
    """The open connection of a leased build (only valid inside :func:`lease`)."""
    return _open[version.rsplit("@", 1)[0]]


def _always(_viewer: Viewer) -> bool:
    return True


def _never(_viewer: Viewer) -> bool:
    return False


def query(
    fn: Callable[..., R], max_entries: int | None = None, cache_for: Callable[[Viewer], bool] = _always
) -> Callable[..., R]:
    """The one caching mechanism: a data function ``fn(con, *args)`` becomes ``fn(*args)`` that
    runs on a leased build, its result cached per build and per arguments (the frozen ``Viewer``
    among them, so one role never receives another role's result). ``cache_for(viewer)`` False:
    the call runs on the leased build but nothing is kept (rows with names go straight from the
    data layer to the viewer who asked)."""

    def run(version: str, *args: Any, **kwargs: Any) -> R:
        return fn(connection(version), *args, **kwargs)

    # st.cache_data keys a function by module, qualified name and source: give each its own name.
    run.__qualname__ = run.__name__ = f"cached_{fn.__name__}"
    cached = st.cache_data(ttl=_TTL, show_spinner=False, max_entries=max_entries)(run)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        viewer = next((a for a in (*args, *kwargs.values()) if isinstance(a, Viewer)), PUBLIC)
        with lease() as version:
            return (cached if cache_for(viewer) else run)(version, *args, **kwargs)

    return wrapper


# -- public aggregates and viewer-dependent results ---------------------------------------------

warehouse_summary = query(data.warehouse_summary)
data_freshness = query(data.data_freshness)
published_figures = query(data.published_figures)
region_list = query(data.region_list)
lookups = query(data.lookups)
election_list = query(data.election_list)
timeline_events = query(data.timeline_events)
election_stages = query(data.election_stages)
headline_figures = query(data.headline_figures)
curated_events = query(data.curated_events)
curated_figures = query(data.curated_figures)
coverage_map = query(data.coverage_map)
published_map = query(data.published_map)
figure_maps = query(data.figure_maps)
ikp_editions = query(data.ikp_editions)
ikp_regions = query(data.ikp_regions)
ikp_vs_record = query(data.ikp_vs_record)
region_ikp = query(data.region_ikp)
before_after = query(data.before_after)
published_followup = query(data.published_followup)
case_funnel = query(data.case_funnel)
region_measures = query(data.region_measures)
enforcement_summary = query(data.enforcement_summary)
weekly_intake = query(data.weekly_intake)
region_completeness = query(data.region_completeness)
coverage_summary = query(data.coverage_summary)
comparison = query(data.comparison)
peer_ranking = query(data.peer_ranking)
ppk_league = query(data.ppk_league)
followup_ageing = query(data.followup_ageing)
# A brief with a case list (names) is built for the viewer who asked and never kept.
brief_html = query(briefs.brief_html, max_entries=64, cache_for=lambda viewer: not viewer.may_see_identities)
# Never cached: case-level rows go straight from the data layer to the viewer who asked.
case_subjects = query(data.case_subjects, cache_for=_never)


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
    from netralitas.app.state import DEFAULT_COMPARISON

    with pinned():
        elections = election_list()
    if elections.empty:
        return
    election = election or str(elections["election_id"].iloc[0])
    limit = get_settings().followup_limit_days
    steps = (
        # /peta first: it is the view the start-up benchmark waits for.
        lambda: (warehouse_summary(), region_list(""), lookups(), geojson("provinces"), figure_maps()),
        lambda: (region_measures(election, "1", "", PUBLIC), coverage_map(election, "1", "")),
        lambda: (
            headline_figures(election),
            case_funnel(election, "", PUBLIC),
            enforcement_summary(election, "", PUBLIC),
        ),
        lambda: (
            data_freshness(),
            coverage_summary(),
            timeline_events(election, ""),
            weekly_intake(election, "", PUBLIC),
        ),
        lambda: (election_stages(election), comparison(election, DEFAULT_COMPARISON, PUBLIC)),
        lambda: region_measures(election, "2", "", PUBLIC),
        lambda: (region_completeness(PUBLIC), curated_events(), curated_figures()),
        lambda: (followup_ageing(election, "", limit, PUBLIC), ppk_league(election, "", "region", PUBLIC)),
    )
    for step in steps:
        with pinned():
            step()


def follow_builds(poll_seconds: float = 0.5, stop: Callable[[], bool] = lambda: False) -> None:
    """In a serving process: warm every new build's default views, then switch to it, so the
    first visitors after an import do not all wait for cold queries at once. Runs until ``stop``."""
    import time

    key = str(get_settings().data_dir)
    while not stop():
        try:
            _follow_once(key)
        except Exception:  # keep following: a failed switch is retried at the next poll
            _active.pop(key, None)  # meanwhile pages follow the pointer itself
        time.sleep(poll_seconds)


def _follow_once(key: str) -> None:
    newest = warehouse.current_build(get_settings())
    if not newest or newest == _active.get(key):
        return
    token = _pinned.set(newest)
    try:
        warm()
    except Exception:  # a build that cannot be warmed is still served: the pages say what is wrong
        logging.getLogger(__name__).warning("warming build %s failed", newest, exc_info=True)
    finally:
        _pinned.reset(token)
    old = _active.get(key)
    _active[key] = newest
    if old:
        with _lock:  # the build before closes once its last query is done
            if old not in _leases and old in _open:
                _open.pop(old).close()
