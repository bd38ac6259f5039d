"""Complementary suppression over linked tables (netralitas/access/release.py): no small count
can be worked out from what is shown, checked exactly (issue 20, docs/adr/0015)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from netralitas.access.release import Relation, determined, hierarchy, protect


def recover(values: Mapping[str, float], hidden: set[str], relations: list[Relation]) -> dict[str, float]:
    """What an attacker works out: every hidden cell that the shown cells fix through the relations."""
    return {c: values[c] for c in determined(hidden, relations)}


def test_a_single_hidden_regency_is_not_left_alone_under_its_province() -> None:
    values = {"74": 18, "74.71": 7, "74.72": 2, "74.73": 9, "74~own": 0}
    relations = hierarchy({"74": ["74.71", "74.72", "74.73"]})
    published = {"74", "74.71", "74.72", "74.73"}
    assert recover(values, {"74.72"}, relations) == {"74.72": 2}  # the attack on suppression alone
    hidden = protect(values, relations, 5, published)
    assert "74.72" in hidden and len(hidden) == 2
    assert not determined(hidden, relations)


def test_a_small_count_filed_at_province_level_is_protected_too() -> None:
    values = {"74": 20, "74.71": 8, "74.72": 10, "74~own": 2}
    relations = hierarchy({"74": ["74.71", "74.72"]})
    hidden = protect(values, relations, 5, {"74", "74.71", "74.72"})
    assert hidden  # the remainder (2) would follow from the three shown cells
    assert "74~own" not in determined(hidden | {"74~own"}, relations)


def test_reports_findings_and_persons_are_protected_together_with_the_regions() -> None:
    # Two regencies of one province; persons = reports + findings in each and in the province.
    cells: dict[str, float] = {}
    relations: list[Relation] = []
    for area, (reports, findings) in {"p": (7, 2), "a": (4, 1), "b": (3, 1)}.items():
        cells |= {f"{area}:persons": reports + findings, f"{area}:reports": reports, f"{area}:findings": findings}
        relations.append(Relation(f"{area}:persons", (f"{area}:reports", f"{area}:findings")))
    for measure in ("persons", "reports", "findings"):
        relations += hierarchy({f"p:{measure}": [f"a:{measure}", f"b:{measure}"]})
        cells[f"p:{measure}~own"] = 0
    hidden = protect(cells, relations, 5)
    small = {c for c, v in cells.items() if 1 <= v < 5}
    assert small - {c for c in cells if c.endswith("~own")} <= hidden
    assert not determined(hidden, relations) & small


def test_the_exact_audit_catches_what_the_one_unknown_rule_misses() -> None:
    # Every relation has two unknown cells, yet the three equations fix all three.
    relations = [Relation("t1", ("x", "y")), Relation("t2", ("y", "z")), Relation("t3", ("x", "z"))]
    assert determined({"x", "y", "z"}, relations) == {"x", "y", "z"}
    values = {"t1": 3, "t2": 4, "t3": 5, "x": 2, "y": 1, "z": 3}
    hidden = protect(values, relations, 5)
    assert {"x", "y", "z"} <= hidden and not determined(hidden, relations) & {"x", "y", "z"}


def test_every_pair_of_linked_tables_keeps_its_hidden_cells() -> None:
    """A generic check over a grid of regions x stages: whatever is hidden is never fixed."""
    regions = ["a", "b", "c", "d"]
    values: dict[str, float] = {}
    relations: list[Relation] = []
    for n, (region, stage) in enumerate(itertools.product(regions, ("reports", "findings"))):
        values[f"{region}:{stage}"] = [1, 6, 3, 12, 2, 2, 9, 4][n]
    for region in regions:
        values[f"{region}:persons"] = values[f"{region}:reports"] + values[f"{region}:findings"]
        relations.append(Relation(f"{region}:persons", (f"{region}:reports", f"{region}:findings")))
    for stage in ("persons", "reports", "findings"):
        values[f"nation:{stage}"] = sum(values[f"{r}:{stage}"] for r in regions)
        relations.append(Relation(f"nation:{stage}", tuple(f"{r}:{stage}" for r in regions)))
    hidden = protect(values, relations, 5)
    small = {c for c, v in values.items() if 1 <= v < 5}
    assert small <= hidden
    assert not determined(hidden, relations) & small


def test_protection_holds_on_random_linked_tables() -> None:
    """Grids of regions x weeks with their margins, persons = reports + findings in every cell,
    random small counts: after ``protect`` nothing small is determined."""
    import random

    rng = random.Random(7)
    for _ in range(15):
        regions, weeks = [f"p{i}" for i in range(rng.randint(2, 5))], [f"w{j}" for j in range(rng.randint(2, 6))]
        values: dict[str, float] = {}
        relations: list[Relation] = []
        for r in regions:
            for w in weeks:
                rep, fin = rng.choice([0, 1, 2, 3, 6, 9]), rng.choice([0, 1, 4, 7])
                values[f"{r}|{w}|reports"], values[f"{r}|{w}|findings"] = rep, fin
                values[f"{r}|{w}|persons"] = rep + fin
                relations.append(Relation(f"{r}|{w}|persons", (f"{r}|{w}|reports", f"{r}|{w}|findings")))
        for m in ("persons", "reports", "findings"):
            for r in regions:
                values[f"{r}||{m}"] = sum(values[f"{r}|{w}|{m}"] for w in weeks)
                relations.append(Relation(f"{r}||{m}", tuple(f"{r}|{w}|{m}" for w in weeks)))
            for w in weeks:
                values[f"|{w}|{m}"] = sum(values[f"{r}|{w}|{m}"] for r in regions)
                relations.append(Relation(f"|{w}|{m}", tuple(f"{r}|{w}|{m}" for r in regions)))
        hidden = protect(values, relations, 5)
        small = {c for c, v in values.items() if 1 <= v < 5}
        assert small <= hidden
        assert not determined(hidden, relations) & small
