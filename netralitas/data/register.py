"""Reports on the case register, each returning what the viewer may see of it: a viewer's own
scope exactly, everything else as the public release has it (``release``)."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from netralitas import disclosure, measures, rules
from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer, mask_name, mask_nip
from netralitas.data.catalogue import previous_election, region_list
from netralitas.data.release import SUMMARY_COUNTS, SUMMARY_RELATIONS, public_limit_days, public_release, release_of
from netralitas.pipeline.warehouse import run_report

# What each table shows, from the measures' one declaration (``measures``): its counts, and the
# derived measures with the counts each is hidden with.
REGION_COUNTS = measures.counts("region")
REGION_DERIVED = measures.derived("region")
SUMMARY_DERIVED = measures.derived("summary")


def _outside_scope(
    frame: pd.DataFrame, viewer: Viewer, code_col: str = "region_code", province_col: str = "province_code"
) -> pd.Series:
    """Rows the viewer sees only as the public does (everything, for the public)."""
    if viewer.is_public:
        return pd.Series(True, index=frame.index)
    return pd.Series(
        [not viewer.covers(c, p) for c, p in zip(frame[code_col], frame[province_col], strict=True)], index=frame.index
    )


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


def region_measures(
    con: duckdb.DuckDBPyConnection, election: str, level: str = "1", province: str = "", viewer: Viewer = PUBLIC
) -> pd.DataFrame:
    """Per-region enforcement and prevention measures for the map, the ranking and the comparison.

    Outside the viewer's scope (everywhere, for the public) counts from 1 to
    threshold-1 are suppressed, with secondary suppression across the regions.
    """
    frame = run_report("region_measures", {"election": election, "level": level, "province": province}, con)
    frame = frame.drop(columns=measures.not_shown(frame.columns, "region"))
    outside = _outside_scope(frame, viewer)
    if not outside.any():
        return privacy.suppress_table(frame, REGION_COUNTS, REGION_DERIVED, privacy.threshold(), rows=outside)
    protected = public_release(con, election)
    hidden = [protected.get(str(code), frozenset()) for code in frame["region_code"]]
    return privacy.apply_hidden(frame, hidden, REGION_COUNTS, REGION_DERIVED, privacy.threshold(), rows=outside)


def enforcement_summary(
    con: duckdb.DuckDBPyConnection, election: str, region: str = "", viewer: Viewer = PUBLIC
) -> pd.Series:
    """One scope's enforcement measures: the nation when ``region`` is '', else one
    region or several comma-separated ones pooled (a peer group)."""
    frame = run_report("enforcement_summary", {"election": election, "region": region}, con)
    frame = frame.drop(columns=measures.not_shown(frame.columns, "summary"))
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
            SUMMARY_DERIVED,
            privacy.threshold(),
        )
        if len(codes) > 1:  # a single area is protected with its stages in the release already
            # reports + findings = persons within a pool too: one hidden would follow from the other two.
            frame = privacy.suppress_relations(frame, SUMMARY_RELATIONS)
    return frame.iloc[0]


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


def region_completeness(con: duckdb.DuckDBPyConnection, viewer: Viewer = PUBLIC) -> pd.DataFrame:
    """What the warehouse holds per region. Outside the viewer's scope only whether the register has
    rows there: a count over every election, beside the per-election counts of the release, would
    give a hidden one away by subtraction."""
    frame = run_report("region_completeness", {}, con)
    frame["has_cases"] = frame["case_rows"] > 0
    outside = _outside_scope(frame, viewer)
    frame["case_rows"] = frame["case_rows"].astype("Float64").mask(outside)
    return frame


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
    # The compared measures as declared; one per population is made below from its count.
    compared = [m.name for m in measures.at("compare") if not m.per_population]
    flagged = ("persons", *compared)
    for code in regions:
        now = enforcement_summary(con, election, code, viewer)
        before = enforcement_summary(con, previous, code, viewer) if previous else None
        row: dict[str, object] = {
            "region_code": code,
            **{col: now[col] for col in ("persons", "recommended", "sanctioned", *compared)},
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
    for rate in (m for m in measures.at("compare") if m.per_population):
        (count,) = rate.hidden_with
        persons = pd.to_numeric(frame[count], errors="coerce").astype("Float64")
        frame[rate.name] = persons * 100_000 / frame["population"].astype("Float64")
        frame[privacy.flag(rate.name)] = frame[privacy.flag(count)]
    current = pd.to_numeric(frame["followup_rate"], errors="coerce").astype("Float64")
    before_rate = pd.to_numeric(frame["previous_followup_rate"], errors="coerce").astype("Float64")
    has_before = pd.to_numeric(frame["previous_persons"], errors="coerce").astype("Float64").fillna(0) > 0
    frame["followup_change"] = (current - before_rate).where(has_before)
    return frame


LEAGUE_COUNTS = measures.counts("league")


LEAGUE_DERIVED = measures.derived("league")


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
        frame = frame.drop(columns=measures.not_shown(frame.columns, "league"))
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
    frame = frame.drop(columns=measures.not_shown(frame.columns, "league"))
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
    con: duckdb.DuckDBPyConnection, election: str = "", stage: str = "", viewer: Viewer = PUBLIC, region: str = ""
) -> pd.DataFrame:
    """Case subjects in the viewer's scope (within it, of one region when ``region`` is given).
    Raises AccessDenied for the public.

    Names and NIPs come from the restricted schema: in clear for admin and
    provinsi (whose rows are already limited to their province), masked for
    every other internal role.
    """
    scope = viewer.sql_scope()  # AccessDenied for the public
    params = {"election": election, "scope": scope, "stage": stage, "region": region}
    frame = run_report("case_subjects", params, con, viewer=viewer)
    people = run_report("case_identities", {"election": election, "scope": scope}, con, viewer=viewer)
    if not viewer.may_see_identities:
        people = people.assign(
            subject_name=people["subject_name"].map(mask_name), subject_nip=people["subject_nip"].map(mask_nip)
        )
    merged = frame.merge(people, on=["case_id", "subject_seq"], how="left")
    # The reference a person reads and quotes: case id and the subject's number within it.
    return merged.assign(case_ref=merged["case_id"] + "/" + merged["subject_seq"].astype(str))
