"""Small-count suppression for public views, with secondary suppression.

Primary: a count from 1 to ``threshold - 1`` is not shown ("<5").
Secondary: within a table whose column total is published elsewhere (a map
of regions sums to the province or the nation), a single suppressed cell
could be recovered by subtraction, so the smallest other non-zero cell of
that column is suppressed too. Measures derived from suppressed or small
counts (rates, medians, per-capita) are suppressed with them.

Suppressed cells become missing values and a boolean ``<col>__suppressed``
column records why, so the UI can write "<5" instead of "no data".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

SUFFIX = "__suppressed"


def flag(column: str) -> str:
    return column + SUFFIX


def suppress_counts(
    frame: pd.DataFrame,
    columns: Iterable[str],
    threshold: int,
    secondary: bool = True,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Suppress counts in ``columns``; only in ``rows`` (a boolean mask) when given."""
    out = frame.copy()
    eligible = pd.Series(True, index=out.index) if rows is None else rows.reindex(out.index, fill_value=False)
    for col in columns:
        values = out[col].astype("Float64")
        primary = eligible & values.between(1, threshold - 1)
        hidden = primary.fillna(False).astype(bool)
        if secondary and int(hidden.sum()) == 1:
            candidates = values[eligible & ~hidden & (values > 0)]
            if not candidates.empty:
                hidden.loc[candidates.idxmin()] = True
        out[flag(col)] = hidden
        out[col] = values.mask(hidden)
    return out


def suppress_derived(
    frame: pd.DataFrame,
    derived: Mapping[str, Iterable[str]],
    threshold: int,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Suppress each derived measure whose source counts are suppressed or below ``threshold``.

    ``derived`` maps a derived column to the count columns it is computed from
    (their values before suppression must still be in ``<col>__raw``).
    """
    out = frame.copy()
    eligible = pd.Series(True, index=out.index) if rows is None else rows.reindex(out.index, fill_value=False)
    for col, sources in derived.items():
        hidden = pd.Series(False, index=out.index)
        for src in sources:
            raw = out[src + "__raw"].astype("Float64")
            hidden |= out.get(flag(src), pd.Series(False, index=out.index)).astype(bool) | raw.between(
                1, threshold - 1
            ).fillna(False).astype(bool)
        hidden &= eligible
        out[flag(col)] = hidden
        out[col] = out[col].astype("Float64").mask(hidden)
    return out


def suppress_table(
    frame: pd.DataFrame,
    counts: Iterable[str],
    derived: Mapping[str, Iterable[str]],
    threshold: int,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Counts then derived measures, dropping the helper columns afterwards."""
    counts = list(counts)
    keep = frame.copy()
    for col in counts:
        keep[col + "__raw"] = keep[col]
    out = suppress_counts(keep, counts, threshold, rows=rows)
    out = suppress_derived(out, derived, threshold, rows=rows)
    return out.drop(columns=[c + "__raw" for c in counts])
