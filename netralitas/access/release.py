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

from collections.abc import Callable, Iterable, Mapping
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
    out: set[str] = set()
    for members, rels in _components(list(dict.fromkeys(unknown)), list(relations)):
        out |= _determined_in(members, rels)
    return out


def _determined_in(members: list[str], rels: list[Relation]) -> set[str]:
    """:func:`determined` for one linked group of unknown cells."""
    return _solve(members, rels) if rels else set()


def _solve(members: list[str], rels: list[Relation]) -> set[str]:
    index = {c: i for i, c in enumerate(members)}
    a = np.zeros((len(rels), len(members)))
    for r, rel in enumerate(rels):
        if rel.total in index:
            a[r, index[rel.total]] += 1.0
        for part in rel.parts:
            if part in index:
                a[r, index[part]] -= 1.0
    # x is fixed in coordinate i iff the unit vector e_i lies in the row space of a: its projection
    # on an orthonormal basis of that space (the leading right singular vectors) has length 1.
    _, s, vt = np.linalg.svd(a, full_matrices=False)
    rank = int((s > 1e-9 * max(1.0, float(s[0]) if s.size else 1.0)).sum())
    length = (vt[:rank] ** 2).sum(axis=0)
    return {c for c, i in index.items() if length[i] > 1 - 1e-9}


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

    by_cell: dict[str, list[Relation]] = {}
    for rel in relations:
        for c in rel.cells:
            by_cell.setdefault(c, []).append(rel)

    def complement(cell: str) -> bool:
        """Hide one more published non-zero cell, as near ``cell`` through the relations as there is
        one (its own relations first); False if none is left."""
        seen, frontier = {cell}, [cell]
        while frontier:
            near = [c for f in frontier for rel in by_cell.get(f, ()) for c in rel.cells if c not in seen]
            candidates = [c for c in near if c in shown and c not in unknown and values.get(c, 0) > 0]
            if candidates:
                pick = min(candidates, key=lambda c: (values[c], c))
                hidden.add(pick)
                unknown.add(pick)
                return True
            seen.update(near)
            frontier = [c for c in dict.fromkeys(near) if c in unknown]  # go on through what is unknown
        return False

    changed = True
    while changed:  # the cheap rule first: no relation with exactly one unknown small cell
        changed = False
        for rel in relations:
            inside = [c for c in rel.cells if c in unknown]
            if len(inside) == 1 and inside[0] in small and complement(inside[0]):
                changed = True
    audited: dict[frozenset[str], set[str]] = {}  # a group of unknown cells audited once
    while True:  # then the exact audit, until no small count is determined
        exposed = False
        progress = False
        for members, rels in _components(sorted(unknown), relations):
            key = frozenset(members)
            if key not in audited:
                audited[key] = _determined_in(members, rels)
            found = sorted(audited[key] & small)
            if not found:
                continue
            exposed = True
            span = _Span(members, rels, by_cell, unknown)
            freed: set[str] = set()
            for x in found:
                if x in freed:
                    continue
                pick = _freeing(
                    x, span, by_cell, lambda c: c in shown and c not in unknown and values.get(c, 0) > 0, values
                )
                if pick is None:
                    progress |= complement(x)
                    continue
                y, z = pick
                hidden.add(y)
                unknown.add(y)
                freed |= {e for e in found if abs(z[span.index[e]]) > 1e-9}
                progress = True
        if not exposed or not progress:
            return hidden


class _Span:
    """One group of unknown cells as a linear system (its SVD), to ask which further hidden cell
    would free a determined one: hiding ``y`` adds its column ``a_y``; if ``a_y`` lies in the
    system's column space, the solutions move along ``z = pinv(A) a_y``, so every cell where ``z``
    is not zero is no longer fixed."""

    def __init__(
        self, members: list[str], rels: list[Relation], by_cell: Mapping[str, list[Relation]], unknown: set[str]
    ) -> None:
        self.index = {c: i for i, c in enumerate(members)}
        self.rows = {rel: r for r, rel in enumerate(rels)}
        self.by_cell = by_cell
        self.unknown = unknown
        a = np.zeros((len(rels), len(members)))
        for r, rel in enumerate(rels):
            for c, sign in _signed(rel):
                if c in self.index:
                    a[r, self.index[c]] += sign
        w, sv, vt = np.linalg.svd(a, full_matrices=False)
        rank = int((sv > 1e-9 * max(1.0, float(sv[0]) if sv.size else 1.0)).sum())
        self.w, self.s, self.v = w[:, :rank], sv[:rank], vt[:rank].T

    def move(self, y: str) -> np.ndarray | None:
        """How the group's cells move when ``y`` is hidden too (None: they do not)."""
        col = np.zeros(len(self.rows))
        for rel in self.by_cell.get(y, ()):
            if rel in self.rows:
                col[self.rows[rel]] += dict(_signed(rel))[y]
            elif not any(c in self.unknown for c in rel.cells if c != y):
                return None  # a relation where y would be the one unknown: y itself is then fixed
        coef = self.w.T @ col
        if np.linalg.norm(col - self.w @ coef) > 1e-7:
            return None
        return self.v @ (coef / self.s)


def _signed(rel: Relation) -> list[tuple[str, float]]:
    return [(rel.total, 1.0), *((p, -1.0) for p in rel.parts)]


def _freeing(
    x: str,
    span: _Span,
    by_cell: Mapping[str, list[Relation]],
    hideable: Callable[[str], bool],
    values: Mapping[str, float],
    tries: int = 200,
) -> tuple[str, np.ndarray] | None:
    """The nearest cell (through the relations), smallest first, whose hiding frees ``x``."""
    seen, frontier, tried = {x}, [x], 0
    while frontier and tried < tries:
        near = list(
            dict.fromkeys(c for f in frontier for rel in by_cell.get(f, ()) for c in rel.cells if c not in seen)
        )
        for y in sorted((c for c in near if hideable(c)), key=lambda c: (values[c], c)):
            tried += 1
            z = span.move(y)
            if z is not None and abs(z[span.index[x]]) > 1e-9:
                return y, z
            if tried >= tries:
                break
        seen.update(near)
        frontier = [c for c in near if c in span.index]
    return None


def hierarchy(children: Mapping[str, Iterable[str]], remainder: str = "{parent}~own") -> list[Relation]:
    """``parent = sum(children) + remainder`` for each parent (the remainder: counts filed at the
    parent's own level, never published, named by ``remainder``)."""
    return [Relation(parent, (*kids, remainder.format(parent=parent))) for parent, kids in children.items()]
