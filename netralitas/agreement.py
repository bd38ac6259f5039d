"""Where published sources agree and where they differ.

The record keeps every published figure as its own row, each with its body and source. A reader
needs two more things from those rows (issue 19):

- the same measure for the same region and election from two sources (a regency office and the
  provincial list, two outlets): where the values agree, the fact is shown once with all its
  sources ("corroborated by 2 sources"); where they differ, the values stand side by side, each
  marked "sources differ". Nothing is summed, averaged or picked.
- a provincial total beside the sum of the regency/city figures published for the same measure:
  shown as published, with the difference stated.

Pure functions over frames, used by the dashboard, the briefs and the public edition alike.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

Agreement = Literal["single", "corroborated", "differ", "over_time"]
AGREEMENTS: tuple[Agreement, ...] = ("single", "corroborated", "differ", "over_time")

# Two different values of one measure published this close together disagree; further apart, the
# later one is a newer count (a running total grows), and the pair is shown as a series instead.
SAME_MOMENT_DAYS = 31

# What makes two figures "the same measure": the metric in the same unit, for the same election and
# region. The columns that are not in a frame (a region's own table has no region column) are left out.
FACT = ("election_id", "region_code", "metric", "unit")


def _source_keys(part: pd.DataFrame) -> list[str]:
    """One key per source: its URL, else its body (rows without a URL from one body are one source)."""
    keys = []
    for url, body in zip(part["source_url"], part["reporting_body"], strict=True):
        keys.append(url if isinstance(url, str) and url else f"body:{body}")
    return list(dict.fromkeys(keys))


def _apart(dates: pd.Series | None, mine: pd.Index, others: pd.Index) -> bool:
    """Every other value was published more than ``SAME_MOMENT_DAYS`` from every date of this one."""
    if dates is None:
        return False
    a, b = dates.loc[mine], dates.loc[others]
    if a.isna().any() or b.isna().any():
        return False
    gaps = (a.to_numpy()[:, None] - b.to_numpy()[None, :]).astype("timedelta64[D]").astype(int)
    return bool((abs(gaps) > SAME_MOMENT_DAYS).all())


def corroborate(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct value of each fact, in the order the facts first appear.

    Added columns: ``sources`` (tuple of the source URLs that gave this value), ``bodies`` (the
    reporting bodies, joined), ``n_sources`` (distinct sources for this value), ``n_values``
    (distinct values published for the fact) and ``agreement``: ``single`` (one source),
    ``corroborated`` (two or more sources, one value), ``differ`` (another value was published
    within ``SAME_MOMENT_DAYS``, or a date is unknown: the sources disagree) or ``over_time`` (the
    other values are from other dates: a series, not a disagreement). Each value is its own row;
    the kept row is the first of its value, with the latest as-of date of the sources that agree.
    """
    extra = ("sources", "bodies", "n_sources", "n_values", "agreement")
    if figures.empty:
        out = figures.copy()
        for c in extra:
            out[c] = pd.Series(dtype=object)
        return out
    keys = [c for c in FACT if c in figures.columns]
    frame = figures.reset_index(drop=True)
    group = frame[keys].astype("string").fillna("").agg("\x1f".join, axis=1)
    value = pd.to_numeric(frame["value"], errors="coerce")
    rows: list[dict[str, object]] = []
    dates = pd.to_datetime(frame["as_of_date"], errors="coerce") if "as_of_date" in frame else None
    for _, part in frame.groupby(group, sort=False):
        values = list(dict.fromkeys(value.loc[part.index]))
        for v in values:
            same = part[value.loc[part.index] == v]
            kept = same.iloc[0].to_dict()
            sources = _source_keys(same)
            status: Agreement = "corroborated" if len(sources) > 1 else "single"
            if len(values) > 1:
                others = part.index[value.loc[part.index] != v]
                status = "over_time" if _apart(dates, same.index, others) else "differ"
            if "as_of_date" in same and same["as_of_date"].notna().any():
                latest = same.loc[same["as_of_date"].idxmax()]
                kept["as_of_date"] = latest["as_of_date"]
                if "date_precision" in same:
                    kept["date_precision"] = latest["date_precision"]
            kept["sources"] = tuple(s for s in sources if not s.startswith("body:"))
            kept["bodies"] = " · ".join(dict.fromkeys(str(b) for b in same["reporting_body"]))
            kept["n_sources"] = len(sources)
            kept["n_values"] = len(values)
            kept["agreement"] = status
            rows.append(kept)
    return pd.DataFrame(rows, columns=[*frame.columns, *extra])


def province_vs_regencies(figures: pd.DataFrame) -> pd.DataFrame:
    """Each province-level figure beside the regency/city figures published for the same election,
    metric and unit in that province up to the province figure's date: how many regencies/cities
    have one, their sum (each regency/city counted once, with its newest figure by then) and the
    difference (province minus sum). A figure published later is no evidence against it.

    ``figures``: rows of ``fct_figures`` (scope_level, province_code, regency_code, as_of_date, ...).
    Only province figures with at least one such regency/city figure are returned; columns:
    ``figure_id`` (the province figure), ``regencies_count``, ``regencies_sum``, ``difference``.
    """
    columns = ["figure_id", "regencies_count", "regencies_sum", "difference"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    key = ["election_id", "province_code", "metric", "unit"]
    regency = figures[(figures["scope_level"] == "regency_city") & figures["regency_code"].notna()]
    regency = regency[[*key, "regency_code", "as_of_date", "figure_id", "value"]]
    province = figures[figures["scope_level"] == "province"][[*key, "figure_id", "value", "as_of_date"]]
    pairs = province.merge(regency, on=key, suffixes=("", "_regency"))
    by_then = pairs["as_of_date"].isna() | (pairs["as_of_date_regency"] <= pairs["as_of_date"])
    newest = (
        pairs[by_then]
        .sort_values(["as_of_date_regency", "figure_id_regency"], ascending=[False, True], na_position="last")
        .drop_duplicates(["figure_id", "regency_code"])
    )
    out = newest.groupby(["figure_id", "value"], as_index=False).agg(
        regencies_count=("regency_code", "size"), regencies_sum=("value_regency", "sum")
    )
    out["difference"] = out["value"] - out["regencies_sum"]
    return out[columns].reset_index(drop=True)
