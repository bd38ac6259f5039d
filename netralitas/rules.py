"""Rules the pages, briefs and the edition apply to what the data functions return: pure
functions over frames and values, no connection (the other half of what ``data`` used to be;
issue 22). Peers and ranks, standouts, breaches added up, a case's history, a region's rows,
the coverage sentence, the IKP reading, the catalogue of sources and measures.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from netralitas import domain, measures
from netralitas.access import privacy

# Measures a map or a ranking can show (the key is a region_measures column), as declared.
MeasureKind = measures.Kind

MEASURES: dict[str, MeasureKind] = measures.kinds("map")

# Measures of the public record (no register): what the public edition maps too.
RECORD_MEASURES: dict[str, str] = {"coverage": "category", "published": "figure", "ikp": "index"}

# The catalogue key that names each of the register's dates in a subject's history.
CASE_HISTORY: dict[str, str] = {
    "intake_date": "stage.intake",
    "registered_date": "stage.registered",
    "assessed_date": "stage.assessed",
    "forwarded_date": "stage.forwarded",
    "recommendation_date": "stage.recommended",
    "sanction_date": "stage.sanctioned",
    "record_blocked_date": "col.blocked",
}

# The kinds of public record a region can have, in the order the coverage tables show them.
RECORD_KINDS = ("events", "figures", "ikp", "any")


def data_sources() -> pd.DataFrame:
    """Where the warehouse's inputs come from, with licence and use, as catalogue keys (the
    methods page; README "Data sources and licences")."""
    rows = [
        ("methods.source.record", "methods.source.record.licence", "methods.source.record.use"),
        ("methods.source.gazetteer", "licence.mit", "methods.source.gazetteer.use"),
        ("methods.source.boundaries", "licence.mit", "methods.source.boundaries.use"),
        ("methods.source.population", "licence.mit", "methods.source.population.use"),
    ]
    return pd.DataFrame(rows, columns=["source", "licence", "use"])


def measure_definitions() -> pd.DataFrame:
    """Every measure a map or table offers, with the catalogue keys of its name and definition."""
    keys = (*RECORD_MEASURES, *MEASURES)
    return pd.DataFrame({"measure": [f"measure.{m}" for m in keys], "definition": [f"measure.help.{m}" for m in keys]})


def default_map_measure(maps: pd.DataFrame, election: str, real_record_first: bool) -> str:
    """The measure a map opens on. For the public, and whenever the register is synthetic, a
    measure of the real record: published figures where the election has a figure map, else
    data coverage. Officials reading a real register start on the PPK follow-up rate."""
    if not real_record_first:
        return "followup_rate"
    return "published" if (maps["election_id"] == election).any() else "coverage"


# A follow-up rate says something only over enough recommendations (the overview's standouts).
STANDOUT_MIN_RECOMMENDED = 20


def standout_regions(
    measures: pd.DataFrame, min_recommended: int = STANDOUT_MIN_RECOMMENDED, n: int = 5
) -> pd.DataFrame:
    """Regions with the lowest and highest PPK follow-up among those with enough recommendations."""
    eligible = measures[measures["recommended"] >= min_recommended].dropna(subset=["followup_rate"])
    low = eligible.nsmallest(n, "followup_rate").assign(standout="lowest")
    high = eligible.nlargest(n, "followup_rate").assign(standout="highest")
    return pd.concat([low, high], ignore_index=True)


def with_ranks(measures: pd.DataFrame, measure: str, peer: str) -> pd.DataFrame:
    """Rank ``measure`` within a peer group: 'province' (same province), 'type' (kota vs kabupaten), 'all'.

    Rank 1 is the highest value; regions without a value get no rank.
    """
    keys = {"province": ["province_code"], "type": ["region_type"], "all": []}[peer]
    frame = measures.copy()
    frame["peer_size"] = frame.groupby(keys)[measure].transform("count") if keys else frame[measure].count()
    ranked = frame.groupby(keys)[measure] if keys else frame[measure]
    frame["rank"] = ranked.rank(ascending=False, method="min").astype("Int64")
    return frame


@dataclass(frozen=True)
class Breaches:
    """ASN waiting past the day limit in one scope."""

    total: int
    lower_bound: bool  # some cells were suppressed for this viewer: the true total is at least this


def breaches(ageing: pd.DataFrame) -> Breaches:
    """The breaches of a ``followup_ageing`` result added up (suppressed cells count as unknown)."""
    total = pd.to_numeric(ageing["breaches"], errors="coerce").sum()
    return Breaches(int(total), privacy.any_suppressed(ageing, "breaches"))


# The register's stages, in order (the contract's accepted values of ``stage_reached``).
def case_stages() -> tuple[str, ...]:
    return domain.accepted_values("fct_case_subjects", "stage_reached")


def case_history(subject: pd.Series) -> pd.DataFrame:
    """One case subject's steps in the order of the chain, then a blocked record: ``step`` (a
    catalogue key) and ``step_date``."""
    order = domain.register_dates()
    return pd.DataFrame({"step": [CASE_HISTORY[c] for c in order], "step_date": [subject[c] for c in order]})


def coverage_by_election(summary: pd.DataFrame, names: dict[str, str], level: int = 2) -> pd.DataFrame:
    """``coverage_summary`` as a reader's table: one row per election of ``names`` (id -> name, in
    the order shown; ``''`` = all elections), its name, the regions of ``level`` that voted (NA
    where the election's list is incomplete), and how many have events, figures, IKP, any record."""
    part = summary[summary["region_level"] == level]
    wide = part.pivot_table(index="election_id", columns="kind", values="regions_with_record", aggfunc="first")
    info = part.drop_duplicates("election_id").set_index("election_id")[["regions_total", "regions_voted"]]
    out = info.join(wide.reindex(columns=list(RECORD_KINDS)))
    out = out.reindex(list(names)).rename_axis("election_id").reset_index()
    return out.assign(election=[names[e] for e in out["election_id"]])


@dataclass(frozen=True)
class CoverageHeadline:
    """How many regencies/cities and provinces have any public record, of how many."""

    regencies: int
    regencies_total: int
    provinces: int
    provinces_total: int


def coverage_headline(summary: pd.DataFrame) -> CoverageHeadline:
    """The sentence over ``coverage_summary``: regions with any record over all elections."""
    whole = summary[(summary["election_id"] == "") & (summary["kind"] == "any")].set_index("region_level")
    if whole.empty:
        return CoverageHeadline(0, 0, 0, 0)
    return CoverageHeadline(
        int(whole.loc[2, "regions_with_record"]),
        int(whole.loc[2, "regions_total"]),
        int(whole.loc[1, "regions_with_record"]),
        int(whole.loc[1, "regions_total"]),
    )


def _nearest(codes: np.ndarray, population: np.ndarray, i: int, n: int) -> list[str]:
    """Codes with 0.5-2 times the population of ``codes[i]``, nearest on the log scale first."""
    base = population[i]
    if not np.isfinite(base) or not base:
        return []
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = population / base
        near = np.flatnonzero((ratio >= 0.5) & (ratio <= 2.0) & (np.arange(len(codes)) != i))
        distance = np.abs(np.log(ratio[near]))
    order = np.lexsort((codes[near], distance))[:n]
    return [str(c) for c in codes[near][order]]


def _typed(regions: pd.DataFrame, region_type: str) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    same = regions[regions["region_type"] == region_type]
    codes = same["region_code"].to_numpy(dtype=object)
    population = pd.to_numeric(same["population"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    return same, codes, population


def peer_group(regions: pd.DataFrame, code: str, region_type: str, n: int = 10) -> pd.DataFrame:
    """Regions of the same type (kota/kabupaten, or provinces) with 0.5-2 times the
    population of ``code``, nearest first (on the log scale), at most ``n``."""
    same, codes, population = _typed(regions, region_type)
    hits = np.flatnonzero(codes == code)
    peers = _nearest(codes, population, int(hits[0]), n) if hits.size else []
    return same.set_index("region_code").loc[peers].reset_index()


def peer_groups(regions: pd.DataFrame, n: int = 10) -> dict[str, list[str]]:
    """``peer_group`` for every region at once, as codes."""
    out: dict[str, list[str]] = {}
    for region_type in regions["region_type"].unique():
        _, codes, population = _typed(regions, str(region_type))
        for i, code in enumerate(codes):
            out[str(code)] = _nearest(codes, population, i, n)
    return out


def default_ikp_edition(editions: pd.DataFrame, level: str) -> str:
    """The edition a map of ``level`` opens on: the first that names regions of that level, else ''."""
    col = "province_entries" if level == "1" else "regency_entries"
    named = editions[editions[col] > 0]
    return str(named["edition_id"].iloc[0]) if len(named) else ""


@dataclass(frozen=True)
class IkpSummary:
    named: int  # places the edition named at this level
    scored: int
    listed: int  # named without a score
    named_with_figures: int  # named places with a published figure of alleged violations
    regions_with_figures: int
    share_from_named: float | None  # of published alleged violations, the share from named places


def ikp_summary(frame: pd.DataFrame) -> IkpSummary:
    """What a reader should take from :func:`ikp_vs_record`: how many places were named, how many of
    them have a published figure of alleged violations, and the share of the published alleged
    violations that came from named places."""
    named = frame[frame["named"]]
    published = pd.to_numeric(frame["published_alleged"], errors="coerce")
    total = float(published.sum(skipna=True))
    from_named = float(pd.to_numeric(named["published_alleged"], errors="coerce").sum(skipna=True))
    return IkpSummary(
        named=len(named),
        scored=int((frame["status"] == "scored").sum()),
        listed=int((frame["status"] == "listed").sum()),
        named_with_figures=int(pd.to_numeric(named["published_alleged"], errors="coerce").notna().sum()),
        regions_with_figures=int(published.notna().sum()),
        share_from_named=(from_named / total) if total else None,
    )


def ikp_rows_to_show(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`ikp_vs_record` a reader compares: places the edition named, and places
    with published alleged violations (named or not); the rest say nothing either way."""
    return frame[frame["named"] | frame["published_alleged"].notna()]
