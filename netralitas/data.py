"""Typed data functions: one per report query (and what the viewer may see of it). Pages, the
briefs, the edition and the CLI call these; the pure rules applied to what they return live in
``rules``, the public release of the register in ``disclosure``.

Each takes a DuckDB connection (a cursor is opened per query by the runner)
and plain arguments, and returns a frame or a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import numpy as np
import pandas as pd

from netralitas import disclosure, rules
from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer, mask_name, mask_nip
from netralitas.pipeline.warehouse import run_report
from netralitas.settings import get_settings

# Counts and the measures derived from them, for small-count suppression.
REGION_COUNTS = (
    "persons",
    "cases",
    "violations",
    "recommended",
    "sanctioned",
    "records_blocked",
    "waiting_over_30_days",
)
# Every measure derived from register counts, with the counts it is hidden with (one pairing,
# read by the map, the summary and the league alike).
DERIVED: dict[str, tuple[str, ...]] = {
    "followup_rate": ("recommended", "sanctioned"),
    "median_days_to_sanction": ("sanctioned",),
    "median_days_to_recommendation": ("recommended",),
    "persons_per_100k": ("persons",),
    "oldest_open_days": ("recommended",),
}


def derived(*measures: str) -> dict[str, tuple[str, ...]]:
    """The pairing of ``DERIVED`` for the measures a table has."""
    return {m: DERIVED[m] for m in measures}


REGION_DERIVED = derived("followup_rate", "median_days_to_sanction", "persons_per_100k")


def _outside_scope(
    frame: pd.DataFrame, viewer: Viewer, code_col: str = "region_code", province_col: str = "province_code"
) -> pd.Series:
    """Rows the viewer sees only as the public does (everything, for the public)."""
    if viewer.is_public:
        return pd.Series(True, index=frame.index)
    return pd.Series(
        [not viewer.covers(c, p) for c, p in zip(frame[code_col], frame[province_col], strict=True)], index=frame.index
    )


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


def case_funnel(
    con: duckdb.DuckDBPyConnection, election: str = "", region: str = "", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Stage counts (persons and cases) for one election ('' = all) in one scope ('' = the nation).

    Outside the viewer's scope the counts come from the public release (``disclosure.funnel``):
    a region's stages add up over the regions, and persons = registered + waiting, etc.
    """
    if not viewer.sees(region) and election:
        return disclosure.funnel(release_of(con, election), region, privacy.threshold())
    frame = run_report("case_funnel", {"election": election, "region": region}, con)
    if viewer.sees(region):
        return frame
    # Every election at once is not a public view (the releases are per election).
    frame = frame.assign(persons=np.nan, cases=np.nan, conversion_from_previous=np.nan, share_of_intake=np.nan)
    for col in ("persons", "cases", "conversion_from_previous", "share_of_intake"):
        frame[col] = frame[col].astype("Float64")
        frame[privacy.flag(col)] = True
    return frame


def published_figures(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    """Published figures for one election and scope ('' = national), each with body and source."""
    return run_report("published_figures", {"election": election, "region": region}, con)


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


# -- the public dashboard -------------------------------------------------------


def region_measures(
    con: duckdb.DuckDBPyConnection, election: str, level: str = "1", province: str = "", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Per-region enforcement and prevention measures for the map, the ranking and the comparison.

    Outside the viewer's scope (everywhere, for the public) counts from 1 to
    threshold-1 are suppressed, with secondary suppression across the regions.
    """
    frame = run_report("region_measures", {"election": election, "level": level, "province": province}, con)
    outside = _outside_scope(frame, viewer)
    if not outside.any():
        return privacy.suppress_table(frame, REGION_COUNTS, REGION_DERIVED, privacy.threshold(), rows=outside)
    protected = public_release(con, election)
    hidden = [protected.get(str(code), frozenset()) for code in frame["region_code"]]
    return privacy.apply_hidden(frame, hidden, REGION_COUNTS, REGION_DERIVED, privacy.threshold(), rows=outside)


SUMMARY_COUNTS = disclosure.SUMMARY_COUNTS


# Additive relations between a summary's counts (a case comes in as a report or a finding).
SUMMARY_RELATIONS = disclosure.KNOWN_RELATIONS


# -- the public release (issue 20; docs/adr/0015) -----------------------------------------------

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


def enforcement_summary(
    con: duckdb.DuckDBPyConnection, election: str, region: str = "", viewer: Viewer = PUBLIC
) -> pd.Series:
    """One scope's enforcement measures: the nation when ``region`` is '', else one
    region or several comma-separated ones pooled (a peer group)."""
    frame = run_report("enforcement_summary", {"election": election, "region": region}, con)
    inside = viewer.role == "admin" or (bool(region) and all(viewer.sees(code) for code in region.split(",")))
    if not inside:
        # From the public release: a region as every other view shows it; a pool (peers, a
        # comparison) hides a count when any member's is hidden, or the pool minus the shown
        # members would give the hidden one away.
        protected = public_release(con, election)
        codes = region.split(",") if region else [""]
        hidden = frozenset().union(*(protected.get(code, frozenset()) for code in codes))
        frame = privacy.apply_hidden(
            frame,
            [hidden],
            SUMMARY_COUNTS,
            derived("followup_rate", "median_days_to_sanction", "median_days_to_recommendation"),
            privacy.threshold(),
        )
        if len(codes) > 1:  # a single area is protected with its stages in the release already
            # reports + findings = persons within a pool too: one hidden would follow from the other two.
            frame = privacy.suppress_relations(frame, SUMMARY_RELATIONS)
    return frame.iloc[0]


def timeline_events(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    return run_report("timeline_events", {"election": election, "region": region}, con)


def weekly_intake(
    con: duckdb.DuckDBPyConnection, election: str, region: str = "", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Weekly intake. Outside the viewer's scope, from the public release: the nation's and each
    province's weeks (persons only); a regency/city's weeks are not released (empty frame)."""
    if not viewer.sees(region):
        if not weekly_intake_released(region):
            return pd.DataFrame({"week_start_date": [], "persons": pd.array([], dtype="Float64")})
        return disclosure.weekly(release_of(con, election), region)
    return run_report("weekly_intake", {"election": election, "region": region}, con)


def weekly_intake_released(region: str) -> bool:
    """Whether the public release holds a scope's weekly intake (the nation and the provinces)."""
    return "." not in region


def election_stages(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    return run_report("election_stages", {"election": election}, con)


def headline_figures(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    """Each body's latest national figure per core metric: bodies side by side, never merged."""
    return run_report("headline_figures", {"election": election}, con)


def region_completeness(con: duckdb.DuckDBPyConnection, viewer: Viewer = PUBLIC) -> pd.DataFrame:
    """What the warehouse holds per region. Outside the viewer's scope only whether the register has
    rows there: a count over every election, beside the per-election counts of the release, would
    give a hidden one away by subtraction."""
    frame = run_report("region_completeness", {}, con)
    frame["has_cases"] = frame["case_rows"] > 0
    outside = _outside_scope(frame, viewer)
    frame["case_rows"] = frame["case_rows"].astype("Float64").mask(outside)
    return frame


def curated_events(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("curated_events", {}, con)


def curated_figures(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run_report("curated_figures", {}, con)


PEERS = ("province", "type", "all")


def peer_ranking(
    con: duckdb.DuckDBPyConnection,
    election: str,
    focus: str,
    peer: str = "province",
    viewer: Viewer = PUBLIC,
    measure: str = "followup_rate",
) -> pd.DataFrame:
    """The focus region among its peers, ranked on ``measure`` (rank 1 the highest): a province
    among all provinces; a regency/city among its province's ('province'), those of its type
    ('type', kota or kabupaten) or all ('all'). ``is_focus`` marks the region itself."""
    if peer not in PEERS:
        raise ValueError(f"unknown peer group {peer!r}")
    level = "2" if "." in focus else "1"
    peer = peer if level == "2" else "all"
    ranked = rules.with_ranks(region_measures(con, election, level, "", viewer), measure, peer)
    mine = ranked[ranked["region_code"] == focus]
    if mine.empty:
        return ranked.iloc[0:0].assign(is_focus=pd.Series(dtype=bool))
    if peer == "province":
        ranked = ranked[ranked["province_code"] == mine["province_code"].iloc[0]]
    elif peer == "type":
        ranked = ranked[ranked["region_type"] == mine["region_type"].iloc[0]]
    ranked = ranked.assign(is_focus=ranked["region_code"] == focus)
    return ranked.sort_values(["rank", "region_name"], na_position="last").reset_index(drop=True)


def comparison(
    con: duckdb.DuckDBPyConnection, election: str, regions: tuple[str, ...], viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """2-6 regions side by side, with the change against the previous election where data allow."""
    rows = []
    previous = previous_election(con, election)
    flagged = ("persons", "followup_rate", "median_days_to_sanction", "waiting_over_30_days")
    for code in regions:
        now = enforcement_summary(con, election, code, viewer)
        before = enforcement_summary(con, previous, code, viewer) if previous else None
        row: dict[str, object] = {
            "region_code": code,
            "persons": now["persons"],
            "recommended": now["recommended"],
            "sanctioned": now["sanctioned"],
            "followup_rate": now["followup_rate"],
            "median_days_to_sanction": now["median_days_to_sanction"],
            "waiting_over_30_days": now["waiting_over_30_days"],
            "previous_election": previous or "",
            "previous_followup_rate": before["followup_rate"] if before is not None else None,
            "previous_persons": before["persons"] if before is not None else None,
        }
        for col in flagged:
            row[privacy.flag(col)] = bool(now.get(privacy.flag(col), False))
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    names = region_list(con, "").set_index("region_code")
    frame["region_name"] = [names.loc[c, "region_name"] for c in frame["region_code"]]
    frame["population"] = [names.loc[c, "population"] for c in frame["region_code"]]
    persons = pd.to_numeric(frame["persons"], errors="coerce").astype("Float64")
    frame["persons_per_100k"] = persons * 100_000 / frame["population"].astype("Float64")
    frame[privacy.flag("persons_per_100k")] = frame[privacy.flag("persons")]
    current = pd.to_numeric(frame["followup_rate"], errors="coerce").astype("Float64")
    before_rate = pd.to_numeric(frame["previous_followup_rate"], errors="coerce").astype("Float64")
    has_before = pd.to_numeric(frame["previous_persons"], errors="coerce").astype("Float64").fillna(0) > 0
    frame["followup_change"] = (current - before_rate).where(has_before)
    return frame


# -- follow-up and cases (issue: roles and privacy) ------------------------------------


LEAGUE_COUNTS = ("recommended", "sanctioned", "records_blocked", "waiting_over_30_days")
LEAGUE_DERIVED = derived("followup_rate", "median_days_to_sanction", "oldest_open_days")


def ppk_league(
    con: duckdb.DuckDBPyConnection, election: str, province: str = "", by: str = "region", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """PPK compliance per regency/city (or per agency within each): recommended vs imposed."""
    if by not in ("region", "agency"):
        raise ValueError(f"by must be 'region' or 'agency', not {by!r}")
    if not viewer.sees(province):
        # Outside a viewer's scope: per regency/city from the public release only. Per agency a
        # region's total minus its shown agencies would give a hidden one away (issue 20, c).
        frame = run_report("ppk_league", {"election": election, "province": province, "by": "region"}, con)
        protected = public_release(con, election)
        areas = [
            code if code != prov else f"{prov}~own"
            for code, prov in zip(frame["region_code"], frame["province_code"], strict=True)
        ]
        return privacy.apply_hidden(
            frame,
            [protected.get(area, frozenset()) for area in areas],
            LEAGUE_COUNTS,
            LEAGUE_DERIVED,
            privacy.threshold(),
        )
    frame = run_report("ppk_league", {"election": election, "province": province, "by": by}, con)
    return privacy.suppress_table(
        frame,
        LEAGUE_COUNTS,
        LEAGUE_DERIVED,
        privacy.threshold(),
        rows=_outside_scope(frame, viewer),
    )


def followup_ageing(
    con: duckdb.DuckDBPyConnection, election: str, region: str = "", limit_days: int = 30, viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """ASN waiting at each stage by age band, with breaches of the day limit. Outside the viewer's
    scope: per stage from the public release, at the one public limit, without age bands."""
    if not viewer.sees(region):
        return _public_waiting(con, election, region)
    params = {"election": election, "region": region, "limit_days": str(int(limit_days))}
    return run_report("followup_ageing", params, con)


def _public_waiting(con: duckdb.DuckDBPyConnection, election: str, region: str) -> pd.DataFrame:
    params = {"election": election, "region": region, "limit_days": str(public_limit_days())}
    frame = run_report("followup_ageing", params, con)
    oldest = frame.groupby("waiting_for")["oldest_days"].max().to_dict()
    return disclosure.waiting(release_of(con, election), region, oldest, privacy.threshold())


def public_limit_days() -> int:
    """The one waiting limit outside a viewer's scope (``NETRALITAS_FOLLOWUP_LIMIT_DAYS``): breaches
    at two limits would differ by the people who waited exactly between them."""
    return get_settings().followup_limit_days


def open_cases(
    con: duckdb.DuckDBPyConnection, election: str, region: str = "", limit_days: int = 30, viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """ASN waiting at each stage (age bands added up before any suppression), with
    breaches of the day limit and the oldest wait: the hearing brief's table (outside the viewer's
    scope, from the public release)."""
    if not viewer.sees(region):
        return _public_waiting(con, election, region)
    frame = run_report("followup_ageing", {"election": election, "region": region, "limit_days": str(limit_days)}, con)
    return (
        frame.groupby("waiting_for", sort=False)
        .agg(persons=("persons", "sum"), breaches=("breaches", "sum"), oldest_days=("oldest_days", "max"))
        .reset_index()
    )


def case_subjects(
    con: duckdb.DuckDBPyConnection, election: str = "", stage: str = "", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Case subjects in the viewer's scope. Raises AccessDenied for the public.

    Names and NIPs come from the restricted schema: in clear for admin and
    provinsi (whose rows are already limited to their province), masked for
    every other internal role.
    """
    scope = viewer.sql_scope()  # AccessDenied for the public
    frame = run_report("case_subjects", {"election": election, "scope": scope, "stage": stage}, con, viewer=viewer)
    people = run_report("case_identities", {"election": election, "scope": scope}, con, viewer=viewer)
    if not viewer.may_see_identities:
        people = people.assign(
            subject_name=people["subject_name"].map(mask_name), subject_nip=people["subject_nip"].map(mask_nip)
        )
    merged = frame.merge(people, on=["case_id", "subject_seq"], how="left")
    # The reference a person reads and quotes: case id and the subject's number within it.
    return merged.assign(case_ref=merged["case_id"] + "/" + merged["subject_seq"].astype(str))


# -- the public record per region (maps and region pages of both the dashboard and the edition) ----

# A published-figure map is drawn once at least this many regions of a level have the figure;
# fewer stay in the tables of the region pages.
MIN_MAP_REGIONS = 3
COVERAGE = ("figures_and_events", "figures", "events", "none", "did_not_vote")


def region_coverage(con: duckdb.DuckDBPyConnection, election: str = "", level: str = "1") -> pd.DataFrame:
    """What the public record holds per region of one level: figures, events, prevention
    events and a coverage category (a province pools its regencies' records); a region without
    a record that did not hold the election (its list is complete) is ``did_not_vote``."""
    return run_report("region_coverage", {"election": election, "level": level}, con)


def election_participation(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per election and region: ``voted``, ``did_not_vote`` (the election's list is complete and the
    region is not on it) or ``unknown``; a province also says how many of its regencies/cities voted."""
    return run_report("election_participation", {}, con)


def coverage_summary(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """How many regions the public record reaches, per election ('' = all), level and kind, of
    every region of the level and of those that voted (where the election's list is complete)."""
    return run_report("coverage_summary", {}, con)


def region_figures(con: duckdb.DuckDBPyConnection, election: str, metric: str, level: str = "1") -> pd.DataFrame:
    """The published figure a map colours each region by (latest, then most confident), per unit,
    with how many figures and bodies stand behind it; the other figures stay on the region pages."""
    return run_report("region_figures", {"election": election, "metric": metric, "level": level}, con)


def published_map(
    con: duckdb.DuckDBPyConnection, election: str, metric_unit: str, level: str = "1", province: str = ""
) -> pd.DataFrame:
    """Every region of one level (within ``province``, '' = all) with the figure a map colours it by
    for ``metric_unit`` ("<metric>-<unit>"); regions without one have no ``value`` (grey, not zero)."""
    metric, _, unit = metric_unit.rpartition("-")
    regions = region_list(con, province)
    regions = regions[regions["region_level"] == int(level)][["region_code", "region_name", "province_code"]]
    figures = region_figures(con, election, metric, level) if metric else pd.DataFrame()
    if figures.empty:  # the same columns as with figures, none of them filled: every region grey
        empty = {c: pd.Series(dtype=object) for c in ("reporting_body", "date_precision", "source_url")}
        return regions.assign(
            value=pd.Series(dtype="Float64"), as_of_date=pd.Series(dtype="datetime64[us]"), figures_count=0, **empty
        )
    figures = figures[figures["unit"] == unit].drop(columns=["region_name", "province_code"])
    merged = regions.merge(figures, on="region_code", how="left")
    return merged.assign(figures_count=merged["figures_count"].fillna(0).astype(int))


def coverage_map(con: duckdb.DuckDBPyConnection, election: str, level: str = "1", province: str = "") -> pd.DataFrame:
    """``region_coverage`` within one province ('' = every region of the level)."""
    frame = region_coverage(con, election, level)
    return frame[frame["province_code"] == province].reset_index(drop=True) if province else frame


def figure_maps(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The published-figure maps the record can draw: election, metric, unit and level with at
    least ``MIN_MAP_REGIONS`` regions."""
    frame = run_report("figure_maps", {}, con)
    return frame[frame["regions"] >= MIN_MAP_REGIONS].reset_index(drop=True)


def metric_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The metric catalogue: key, core or not, position in the chain, labels."""
    return run_report("metric_list", {}, con)


# The publisher reads identities only to make sure none of them is published.
_PUBLISHER = Viewer(role="admin", user="publish")


def identity_tokens(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every case id, name and NIP in the register: what a public file must never contain
    (the edition's privacy scan looks for each of them in every file it writes)."""
    return run_report("case_identities", {"election": "", "scope": ""}, con, viewer=_PUBLISHER)


# -- the vulnerability index (IKP) beside the record ---------------------------------------------


def ikp_editions(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    """Bawaslu's IKP editions about ``election``, the most detailed first (scores, then listings)."""
    return run_report("ikp_editions", {"election": election}, con)


def ikp_entries(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every published IKP entry with codes and sources (the public edition's ``ikp`` data file)."""
    return run_report("ikp_entries", {}, con)


def ikp_regions(con: duckdb.DuckDBPyConnection, edition: str, level: str = "1", province: str = "") -> pd.DataFrame:
    """Every region of one level with its entry in one edition: ``status`` scored, listed (named
    without a score: never a zero) or not_listed; ``score`` only where one was published."""
    return run_report("ikp_regions", {"edition": edition, "level": level, "province": province}, con)


def ikp_vs_record(
    con: duckdb.DuckDBPyConnection, election: str, edition: str, level: str = "1", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Declared vulnerable before, recorded after: per region of the level, its IKP entry beside the
    published figures (alleged violations, ASN reported), prevention events and register counts
    (suppressed as everywhere for the public). Regions named by the edition come first, by rank."""
    ikp = ikp_regions(con, edition, level)
    measures = region_measures(con, election, level, "", viewer)
    wanted = ["persons", "recommended", "sanctioned", "prevention_events"]
    flags = [privacy.flag(c) for c in wanted if privacy.flag(c) in measures.columns]
    measures = measures[["region_code", *wanted, *flags]]
    out = ikp.merge(measures, on="region_code", how="left")
    for metric, unit, col in (
        ("alleged_violations_total", "cases", "published_alleged"),
        ("asn_reported", "persons", "published_asn"),
    ):
        figures = region_figures(con, election, metric, level)
        figures = figures[figures["unit"] == unit][["region_code", "value", "reporting_body"]] if len(figures) else None
        if figures is None or figures.empty:
            out[col] = pd.Series(pd.NA, index=out.index, dtype="Float64")
            out[f"{col}_body"] = pd.Series(pd.NA, index=out.index, dtype="string")
        else:
            figures = figures.rename(columns={"value": col, "reporting_body": f"{col}_body"})
            out = out.merge(figures, on="region_code", how="left")
    out["named"] = out["status"] != "not_listed"
    return out.sort_values(["named", "rank", "score", "persons"], ascending=[False, True, False, False]).reset_index(
        drop=True
    )


def region_ikp(con: duckdb.DuckDBPyConnection, region: str, election: str) -> pd.DataFrame:
    """Every IKP entry about ``election`` that names ``region`` or, for a regency/city, its province
    ("declared vulnerable before the election"), oldest first."""
    regions = region_list(con, "")
    found = regions[regions["region_code"] == region]
    if found.empty:
        return pd.DataFrame(columns=["edition_id", "index_name", "edition_date", "scope_level", "status"])
    province = str(found["province_code"].iloc[0])
    rows = []
    for _, ed in ikp_editions(con, election).iterrows():
        for level, code in (("1", province), ("2", region)) if region != province else (("1", province),):
            entry = ikp_regions(con, str(ed["edition_id"]), level, province)
            entry = entry[(entry["region_code"] == code) & (entry["status"] != "not_listed")]
            entry = entry.assign(scope_level="province" if level == "1" else "regency_city", for_regency=region != code)
            rows.extend(entry.to_dict("records"))
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=["edition_id", "index_name", "edition_date", "scope_level", "status"])
    return frame.sort_values(["edition_date", "scope_level"]).reset_index(drop=True)


def before_after(
    con: duckdb.DuckDBPyConnection, election: str, regions: tuple[str, ...], viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """For each region: what was declared before the election (its IKP entries, ``ikp``: a list of
    records) beside what was recorded after: the latest published alleged violations and ASN
    reported (with the body), prevention events, and the register's reported, recommended and
    sanctioned ASN (suppressed for the public as everywhere)."""
    listed = region_list(con, "").set_index("region_code")
    rows = []
    for code in regions:
        if code not in listed.index:
            continue
        level = str(int(listed.loc[code, "region_level"]))
        summary = enforcement_summary(con, election, code, viewer)
        row: dict[str, object] = {
            "region_code": code,
            "region_name": listed.loc[code, "region_name"],
            "ikp": region_ikp(con, code, election).to_dict("records"),
            "persons": summary["persons"],
            "recommended": summary["recommended"],
            "sanctioned": summary["sanctioned"],
        }
        for flag in (privacy.flag(c) for c in ("persons", "recommended", "sanctioned")):
            row[flag] = bool(summary.get(flag, False))
        for metric, unit, col in (
            ("alleged_violations_total", "cases", "published_alleged"),
            ("asn_reported", "persons", "published_asn"),
        ):
            figures = region_figures(con, election, metric, level)
            hit = figures[(figures["region_code"] == code) & (figures["unit"] == unit)] if len(figures) else figures
            row[col] = float(hit["value"].iloc[0]) if len(hit) else None
            row[f"{col}_body"] = str(hit["reporting_body"].iloc[0]) if len(hit) else ""
        coverage = region_coverage(con, election, level)
        mine = coverage[coverage["region_code"] == code]
        row["prevention_events"] = int(mine["prevention_events"].iloc[0]) if len(mine) else 0
        rows.append(row)
    return pd.DataFrame(rows)


# The follow-up end of the enforcement chain: forwarded, recommended, sanctioned, follow-up rate
# (``stage_order`` in metrics.csv, so a new core metric at that end joins without code).
FOLLOWUP_FROM_STAGE = 6


def published_followup(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    """Published figures on the follow-up end of the chain for one scope ('' = national): what
    the public record says about recommendations and sanctions, before any register."""
    frame = published_figures(con, election, region)
    stage = pd.to_numeric(frame["stage_order"], errors="coerce")
    return frame[stage >= FOLLOWUP_FROM_STAGE].sort_values(["stage_order", "as_of_date"]).reset_index(drop=True)
