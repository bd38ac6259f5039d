"""Small-count suppression for public views, with secondary suppression.

Primary: a count from 1 to ``threshold - 1`` is not shown (it reads "disembunyikan", ``format.hidden_text``).
Secondary: within a table whose column total is published elsewhere (a map
of regions sums to the province or the nation), a single suppressed cell
could be recovered by subtraction, so the smallest other non-zero cell of
that column is suppressed too. Measures derived from suppressed or small
counts (rates, medians, per-capita) are suppressed with them.

Suppressed cells become missing values and a boolean ``<col>__suppressed``
column records why, so the UI can write "disembunyikan" instead of "no data".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

import numpy as np
import pandas as pd

from netralitas.settings import get_settings

SUFFIX = "__suppressed"


def flag(column: str) -> str:
    return column + SUFFIX


def threshold() -> int:
    """Counts below this are suppressed for viewers outside a region's scope (one setting,
    ``NETRALITAS_SUPPRESS_BELOW``, read here for the data layer, charts and briefs alike)."""
    return get_settings().suppression_threshold


def any_suppressed(frame: pd.DataFrame, column: str) -> bool:
    """Whether any cell of ``column`` was suppressed (a total over it is then a lower bound)."""
    return flag(column) in frame.columns and bool(frame[flag(column)].any())


def _hide(values: np.ndarray, eligible: np.ndarray, threshold: int, secondary: bool) -> np.ndarray:
    """Primary suppression of 1..threshold-1, then the smallest other non-zero cell
    when exactly one cell is hidden (it could be recovered from a total)."""
    with np.errstate(invalid="ignore"):
        hidden = eligible & (values >= 1) & (values <= threshold - 1)
        if secondary and int(hidden.sum()) == 1:
            candidates = np.flatnonzero(eligible & ~hidden & (values > 0))
            if candidates.size:
                hidden[candidates[np.argmin(values[candidates])]] = True  # the first smallest, as idxmin
    return hidden


def _small(values: np.ndarray, threshold: int) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (values >= 1) & (values <= threshold - 1)


def _masked(values: np.ndarray, hidden: np.ndarray) -> pd.api.extensions.ExtensionArray:
    return pd.array(np.where(hidden, np.nan, values), dtype="Float64")


def _mask(rows: pd.Series | None, index: pd.Index) -> np.ndarray:
    if rows is None:
        return np.ones(len(index), dtype=bool)
    return rows.reindex(index, fill_value=False).fillna(False).to_numpy(dtype=bool)


def _floats(column: pd.Series) -> np.ndarray:
    """Numbers as float64 with NaN for missing (NaN compares False everywhere)."""
    return pd.to_numeric(column, errors="coerce").astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


# NumPy per column and one ``assign`` per table: these run on every uncached
# map drill-down, and inserting columns one by one into a frame with string
# column labels costs more than the suppression itself.


def suppress_counts(
    frame: pd.DataFrame,
    columns: Iterable[str],
    threshold: int,
    secondary: bool = True,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Suppress counts in ``columns``; only in ``rows`` (a boolean mask) when given."""
    eligible = _mask(rows, frame.index)
    new: dict[str, object] = {}
    for col in columns:
        values = _floats(frame[col])
        hidden = _hide(values, eligible, threshold, secondary)
        new[col] = _masked(values, hidden)
        new[flag(col)] = hidden
    return frame.assign(**new)


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
    eligible = _mask(rows, frame.index)
    new: dict[str, object] = {}
    for col, sources in derived.items():
        hidden = np.zeros(len(frame), dtype=bool)
        for src in sources:
            hidden |= _small(_floats(frame[src + "__raw"]), threshold)
            if flag(src) in frame:
                hidden |= frame[flag(src)].to_numpy(dtype=bool)
        hidden &= eligible
        new[col] = _masked(_floats(frame[col]), hidden)
        new[flag(col)] = hidden
    return frame.assign(**new)


def suppress_table(
    frame: pd.DataFrame,
    counts: Iterable[str],
    derived: Mapping[str, Iterable[str]],
    threshold: int,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Counts (with secondary suppression) then the measures derived from them."""
    eligible = _mask(rows, frame.index)
    raw = {col: _floats(frame[col]) for col in counts}
    hidden_by: dict[str, np.ndarray] = {}
    new: dict[str, object] = {}
    for col, values in raw.items():
        hidden_by[col] = _hide(values, eligible, threshold, secondary=True)
        new[col] = _masked(values, hidden_by[col])
        new[flag(col)] = hidden_by[col]
    for col, sources in derived.items():
        hidden = np.zeros(len(frame), dtype=bool)
        for src in sources:
            hidden |= _small(raw[src], threshold) | hidden_by[src]
        hidden &= eligible
        new[col] = _masked(_floats(frame[col]), hidden)
        new[flag(col)] = hidden
    return frame.assign(**new)


def suppress_relations(frame: pd.DataFrame, relations: Iterable[tuple[str, tuple[str, ...]]]) -> pd.DataFrame:
    """Complementary suppression within a row for additive relations ``total = sum(parts)``
    (persons = reports + findings): where exactly one cell of a relation is hidden, the smallest
    other non-zero cell of it is hidden too, until no relation in the row gives a hidden cell
    away by subtraction. Run after the counts' own suppression (their ``__suppressed`` flags)."""
    out = frame.copy()
    relations = list(relations)
    for i in out.index:
        changed = True
        while changed:
            changed = False
            for total, parts in relations:
                cells = [total, *parts]
                hidden = [c for c in cells if bool(out.at[i, flag(c)])]
                if len(hidden) != 1:
                    continue
                shown = [c for c in cells if c not in hidden and (_floats(out.loc[[i], c])[0] or 0) > 0]
                if not shown:
                    continue
                pick = min(shown, key=lambda c: _floats(out.loc[[i], c])[0])
                out.at[i, flag(pick)] = True
                out[pick] = out[pick].astype("Float64")
                out.at[i, pick] = pd.NA
                changed = True
    return out


def apply_hidden(
    frame: pd.DataFrame,
    hidden: Sequence[AbstractSet[str]],
    counts: Iterable[str],
    derived: Mapping[str, Iterable[str]],
    threshold: int,
    rows: pd.Series | None = None,
) -> pd.DataFrame:
    """Hide what a protected release (``access.release``) hides: ``hidden[i]`` names the counts of
    row ``i`` to hide (only in ``rows`` when given); measures derived from a hidden or small count
    go with it."""
    eligible = _mask(rows, frame.index)
    raw: dict[str, np.ndarray] = {}
    hidden_by: dict[str, np.ndarray] = {}
    new: dict[str, object] = {}
    for col in counts:
        raw[col] = _floats(frame[col])
        hidden_by[col] = np.array([col in h for h in hidden], dtype=bool) & eligible
        new[col] = _masked(raw[col], hidden_by[col])
        new[flag(col)] = hidden_by[col]
    for col, sources in derived.items():
        gone = np.zeros(len(frame), dtype=bool)
        for src in sources:
            gone |= _small(raw[src], threshold) | hidden_by[src]
        gone &= eligible
        new[col] = _masked(_floats(frame[col]), gone)
        new[flag(col)] = gone
    return frame.assign(**new)
