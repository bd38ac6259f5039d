"""The public release of the register (``disclosure``), computed once per build, election,
threshold and public limit, and the cells and weeks it is made from."""

from __future__ import annotations

import duckdb
import pandas as pd

from netralitas import disclosure
from netralitas.access import privacy
from netralitas.data.catalogue import warehouse_summary
from netralitas.pipeline.warehouse import run_report
from netralitas.settings import get_settings

SUMMARY_COUNTS = disclosure.SUMMARY_COUNTS


# Additive relations between a summary's counts (a case comes in as a report or a finding).
SUMMARY_RELATIONS = disclosure.KNOWN_RELATIONS


# What the release protects (``disclosure``): for the nation, every province, every regency/city and
# the cases filed at province level, every register count a public view shows.
RELEASE_COUNTS = disclosure.RELEASE_COUNTS


_RELEASES: dict[tuple[str, str, int, int], disclosure.Release] = {}


def release_of(con: duckdb.DuckDBPyConnection, election: str) -> disclosure.Release:
    """The register's counts as the public may see them (``disclosure.protect``: no small count
    follows from what is shown anywhere). Worked out once per warehouse build, election, threshold
    and public waiting limit, and read by every public view of the register (the map, the
    comparison, the brief and its peer pool, the funnel, the waiting table, the weekly intake,
    the edition)."""
    threshold, limit = privacy.threshold(), public_limit_days()
    key = (warehouse_summary(con).build_id, election, threshold, limit)
    if key not in _RELEASES:
        if len(_RELEASES) > 64:  # old builds' releases
            _RELEASES.clear()
        _RELEASES[key] = disclosure.protect(
            release_cells(con, election, limit), release_weeks(con, election), threshold
        )
    return _RELEASES[key]


def public_release(con: duckdb.DuckDBPyConnection, election: str) -> dict[str, frozenset[str]]:
    """Per area ('' the nation, a province, a regency/city) the counts the public release hides."""
    return dict(release_of(con, election).hidden)


def release_cells(con: duckdb.DuckDBPyConnection, election: str, limit_days: int) -> pd.DataFrame:
    """The exact counts the public release is worked out from (never shown as they are); breaches
    of ``limit_days`` (the public limit)."""
    return run_report("release_cells", {"election": election, "limit_days": str(int(limit_days))}, con)


def release_weeks(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    """The exact weekly intake per province the public release is worked out from."""
    return run_report("release_weeks", {"election": election}, con)


def public_limit_days() -> int:
    """The one waiting limit outside a viewer's scope (``NETRALITAS_FOLLOWUP_LIMIT_DAYS``): breaches
    at two limits would differ by the people who waited exactly between them."""
    return get_settings().followup_limit_days
