"""Reports on the public record: published figures, events, coverage, maps, the IKP and what a
region did before and after an edition named it."""

from __future__ import annotations

import duckdb
import pandas as pd

from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.data.catalogue import region_list
from netralitas.data.register import enforcement_summary, region_measures
from netralitas.pipeline.warehouse import run_report


def published_figures(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    """Published figures for one election and scope ('' = national), each with body and source."""
    return run_report("published_figures", {"election": election, "region": region}, con)


def timeline_events(con: duckdb.DuckDBPyConnection, election: str, region: str = "") -> pd.DataFrame:
    return run_report("timeline_events", {"election": election, "region": region}, con)


def election_stages(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    return run_report("election_stages", {"election": election}, con)


def headline_figures(con: duckdb.DuckDBPyConnection, election: str) -> pd.DataFrame:
    """Each body's latest national figure per core metric: bodies side by side, never merged."""
    return run_report("headline_figures", {"election": election}, con)


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
