"""Small counts that stay hidden when a reader combines tables: complementary suppression over
linked tables, with an exact audit (issue 20; docs/adr/0015).

A public release is a set of count cells (a region's persons, a province's reports, ...) and the
additive relations a reader knows hold between them: a province is the sum of its regencies and
cities (and of the cases filed at province level), the nation the sum of its provinces, persons
the sum of reports and findings. Some cells are never published but follow from a relation (the
province-level remainder); they take part as unpublished cells.

:func:`protect` hides every small published count (primary suppression), then, as statistical
offices do for linked tables (complementary or secondary suppression; Hundepool et al.,
*Statistical Disclosure Control*, Wiley 2012, ch. 4, the method behind tau-ARGUS), hides more
cells until no small count can be worked out: first by the rule that no relation may have exactly
one unknown cell, then by an exact audit (:func:`determined`): a hidden cell is determined when it
is fixed by the published cells through the relations, i.e. its unit vector lies in the row space
of the relations restricted to the unknown cells. Every cell that the audit finds is protected by
hiding one more cell of a relation it stands in, and the audit runs again until nothing small is
determined. Interval disclosure (bounds) is not covered: only exact recovery is.

Pure functions over plain values; the release tables are built from them at build time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Relation:
    """``total = sum(parts)``, over cell ids."""

    total: str
    parts: tuple[str, ...]

    @property
    def cells(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


def _components(unknown: list[str], relations: list[Relation]) -> list[tuple[list[str], list[Relation]]]:
    """The unknown cells split into groups that no relation links (each is audited on its own)."""
    parent = {c: c for c in unknown}

    def find(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for rel in relations:
        inside = [c for c in rel.cells if c in parent]
        for other in inside[1:]:
            parent[find(other)] = find(inside[0])
    groups: dict[str, list[str]] = {}
    for c in unknown:
        groups.setdefault(find(c), []).append(c)
    by_cell: dict[str, list[int]] = {}  # each unknown cell's relations, found once
    for i, rel in enumerate(relations):
        for c in rel.cells:
            if c in parent:
                by_cell.setdefault(c, []).append(i)
    out = []
    for members in groups.values():
        ids = sorted({i for c in members for i in by_cell.get(c, ())})
        out.append((members, [relations[i] for i in ids]))
    return out


def determined(unknown: Iterable[str], relations: Iterable[Relation]) -> set[str]:
    """The unknown cells that the relations fix exactly, given every other cell (exact audit)."""
    unknown = list(dict.fromkeys(unknown))
    relations = list(relations)
    out: set[str] = set()
    for members, rels in _components(unknown, relations):
        if not rels:
            continue
        index = {c: i for i, c in enumerate(members)}
        a = np.zeros((len(rels), len(members)))
        for r, rel in enumerate(rels):
            if rel.total in index:
                a[r, index[rel.total]] += 1.0
            for part in rel.parts:
                if part in index:
                    a[r, index[part]] -= 1.0
        # x is fixed in coordinate i iff every solution of a @ x = b agrees there: the null space
        # of a has a zero in row i.
        _, s, vt = np.linalg.svd(a)
        rank = int((s > 1e-9).sum())
        null = vt[rank:].T  # columns span the null space
        for c, i in index.items():
            if null.shape[1] == 0 or np.all(np.abs(null[i]) < 1e-9):
                out.add(c)
    return out


def protect(
    values: Mapping[str, float],
    relations: Iterable[Relation],
    threshold: int,
    published: Iterable[str] | None = None,
) -> set[str]:
    """The cells to hide so that no count from 1 to ``threshold - 1`` can be worked out.

    ``values``: every cell, published or not; ``published``: the cells a reader sees when not
    hidden (default: all). Unpublished cells are always unknown to the reader. Returns the hidden
    published cells (primary and complementary)."""
    relations = list(relations)
    shown = set(values) if published is None else set(published)
    small = {c for c, v in values.items() if 1 <= v < threshold}
    hidden = {c for c in shown if c in small}
    # An unpublished cell that is zero counts as known: a reader who guesses "nothing was filed at
    # province level" is right, and must not recover a hidden cell by that guess.
    unknown = hidden | {c for c in set(values) - shown if values[c] != 0}

    def complement(cell: str) -> bool:
        """Hide one more published non-zero cell of a relation of ``cell``; False if none is left."""
        candidates = [
            c
            for rel in relations
            if cell in rel.cells
            for c in rel.cells
            if c in shown and c not in unknown and values.get(c, 0) > 0
        ]
        if not candidates:
            return False
        pick = min(candidates, key=lambda c: (values[c], c))
        hidden.add(pick)
        unknown.add(pick)
        return True

    changed = True
    while changed:  # the cheap rule first: no relation with exactly one unknown small cell
        changed = False
        for rel in relations:
            inside = [c for c in rel.cells if c in unknown]
            if len(inside) == 1 and inside[0] in small and complement(inside[0]):
                changed = True
    while True:  # then the exact audit, until no small count is determined
        exposed = sorted(determined(unknown, relations) & small)
        if not exposed or not any(complement(c) for c in exposed):
            return hidden


def hierarchy(children: Mapping[str, Iterable[str]], remainder: str = "{parent}~own") -> list[Relation]:
    """``parent = sum(children) + remainder`` for each parent (the remainder: counts filed at the
    parent's own level, never published, named by ``remainder``)."""
    return [Relation(parent, (*kids, remainder.format(parent=parent))) for parent, kids in children.items()]
