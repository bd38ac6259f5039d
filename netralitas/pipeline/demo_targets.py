"""Where and when the synthetic register's cases happen, calibrated to published totals.

``synthetic_targets.csv`` names, per election, the published figure the
national total of ASN must equal and, for some provinces, the figure that
province's ASN (or cases) must equal. The rest of each national total is
shared among the other provinces by how busy their regions are; each case is
then put in a region and given an intake day within the election's window.
Everything is drawn from the caller's generator, in a fixed order.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from netralitas import domain
from netralitas.pipeline.regions import Gazetteer, Region


@dataclass(frozen=True)
class Target:
    """One published figure the synthetic register is calibrated to (``synthetic_targets.csv``)."""

    election: str
    region: str  # '' national; a province code
    figure_id: str
    value: int
    unit: str  # persons: ASN rows; cases: distinct cases
    body: str
    note: str


def targets(folder: Path | None = None) -> list[Target]:
    """The calibration targets with their published values; a target naming no figure is an error."""
    folder = folder or domain.curated_dir()
    with (folder / "figures.csv").open(encoding="utf-8", newline="") as fh:
        figures = {r["figure_id"]: r for r in csv.DictReader(fh)}
    out: list[Target] = []
    with (folder / "synthetic_targets.csv").open(encoding="utf-8", newline="") as fh:
        for n, r in enumerate(csv.DictReader(fh), start=2):
            fig = figures.get(r["figure_id"])
            if fig is None or fig["election_id"] != r["election_id"] or fig["unit"] not in ("persons", "cases"):
                raise ValueError(
                    f"synthetic_targets.csv:{n}:figure_id: no {r['election_id']} figure {r['figure_id']!r}"
                )
            out.append(
                Target(
                    r["election_id"],
                    r["region_code"],
                    r["figure_id"],
                    round(float(fig["value"])),
                    fig["unit"],
                    fig["reporting_body"],
                    r["note"],
                )
            )
    return out


def _pool(election: domain.Election, regions: list[Region], folder: Path) -> list[Region]:
    """Where the election's cases happen: its listed regions when the list is complete, else everywhere."""
    if election.regions_listed != "complete":
        return regions
    with (folder / "election_regions.csv").open(encoding="utf-8", newline="") as fh:
        listed = {r["region_code"] for r in csv.DictReader(fh) if r["election_id"] == election.election_id}
    return [r for r in regions if r.code in listed]


def _sizes(rng: np.random.Generator, *, subjects: int = 0, cases: int = 0) -> np.ndarray:
    """ASN per case: mostly one, sometimes a group; exactly ``subjects`` rows, or exactly ``cases`` cases."""
    p = [0.80, 0.12, 0.05, 0.02, 0.01]
    if cases:
        return rng.choice([1, 2, 3, 4, 5], size=cases, p=p)
    if subjects <= 0:
        return np.zeros(0, dtype=int)
    sizes = rng.choice([1, 2, 3, 4, 5], size=subjects, p=p)
    cum = np.cumsum(sizes)
    k = int(np.searchsorted(cum, subjects) + 1)
    sizes = sizes[:k]
    sizes[-1] -= int(cum[k - 1] - subjects)
    return sizes


def _intake_window(e: domain.Election) -> tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp]:
    """Reports come in from the months before voting to a month after; most in the last weeks of the campaign."""
    vote = pd.Timestamp(e.voting_date)
    start = max(pd.Timestamp(e.work_start), vote - pd.Timedelta(days=240))
    end = min(pd.Timestamp(e.work_end), vote + pd.Timedelta(days=35))
    return start, end, vote - pd.Timedelta(days=30)


@dataclass(frozen=True)
class Character:
    """What each region is like: how busy it is, and how willing its PPK is to sanction."""

    intensity: dict[str, float]
    follow: dict[str, float]


def character(rng: np.random.Generator, regions: list[Region]) -> Character:
    """Every region's character, drawn once; a province's own office handles fewer cases than a regency."""
    intensity = {r.code: rng.lognormal(0, 0.8) * (0.35 if r.level == 1 else 1.0) for r in regions}
    follow = {r.code: float(np.clip(rng.beta(2.2, 2.6), 0.03, 0.95)) for r in regions}
    return Character(intensity, follow)


@dataclass(frozen=True)
class Cases:
    """Drawn cases, one entry per case: how many ASN, the election, the region code, the intake day."""

    sizes: np.ndarray
    election: np.ndarray
    region: np.ndarray
    intake: np.ndarray


def _province_sizes(
    rng: np.random.Generator,
    election_id: str,
    goals: list[Target],
    total: int,
    scale: float,
    by_province: dict[str, list[Region]],
    intensity: dict[str, float],
) -> dict[str, np.ndarray]:
    """ASN per case in each province: a target province meets its published figure; the rest of the
    national ``total`` is shared among the other provinces by how busy their regions are."""
    sizes_of: dict[str, np.ndarray] = {}
    for g in goals:
        n = max(1, round(g.value * scale))
        sizes_of[g.region] = _sizes(rng, cases=n) if g.unit == "cases" else _sizes(rng, subjects=n)
    fixed = int(sum(int(v.sum()) for v in sizes_of.values()))
    rest = total - fixed
    if rest < 0:
        raise ValueError(f"synthetic_targets.csv: {election_id} province targets exceed the national total")
    others = [p for p in by_province if p not in sizes_of]
    weight = np.array([sum(intensity[r.code] for r in by_province[p]) for p in others])
    shares = rng.multinomial(rest, weight / weight.sum()) if others else np.zeros(0, dtype=int)
    for p, n in zip(others, shares, strict=True):
        sizes_of[p] = _sizes(rng, subjects=int(n))
    return sizes_of


def _placed(
    rng: np.random.Generator,
    election: domain.Election,
    election_id: str,
    sizes_of: dict[str, np.ndarray],
    by_province: dict[str, list[Region]],
    intensity: dict[str, float],
    gaz: Gazetteer,
) -> list[Cases]:
    """Each province's cases put in its regions (busy ones more often) and dated within the intake window."""
    start, end, peak = _intake_window(election)
    out: list[Cases] = []
    for p, sizes in sizes_of.items():
        if not len(sizes):
            continue
        places = by_province.get(p) or [gaz.regions[p]]
        w = np.array([intensity[r.code] for r in places])
        region = np.array([r.code for r in places], dtype=object)[
            rng.choice(len(places), size=len(sizes), p=w / w.sum())
        ]
        offs = rng.triangular(0, (peak - start).days, (end - start).days, size=len(sizes))
        intake = (np.datetime64(start.date()) + offs.astype(int)).astype("datetime64[D]")
        out.append(Cases(sizes, np.full(len(sizes), election_id, dtype=object), region, intake))
    return out


def _in_intake_order(parts: list[Cases]) -> Cases:
    """All elections' cases as one list, numbered in the order they came in."""
    order = np.argsort(np.concatenate([c.intake for c in parts]), kind="stable")
    return Cases(
        np.concatenate([c.sizes for c in parts])[order],
        np.concatenate([c.election for c in parts])[order],
        np.concatenate([c.region for c in parts])[order],
        np.concatenate([c.intake for c in parts])[order],
    )


def draw_cases(
    rng: np.random.Generator,
    goals: list[Target],
    rows: int | None,
    folder: Path,
    known: domain.Domain,
    regions: list[Region],
    intensity: dict[str, float],
    gaz: Gazetteer,
) -> Cases:
    """Every election's cases in intake order, sized to its ``goals`` (or scaled to about ``rows`` rows)."""
    national = {g.election: g for g in goals if not g.region}
    scale = 1.0 if rows is None else rows / max(1, sum(g.value for g in national.values()))
    parts: list[Cases] = []
    for election_id, total in national.items():
        election = known.election(election_id)
        if election is None:
            raise ValueError(f"synthetic_targets.csv: unknown election {election_id!r}")
        by_province: dict[str, list[Region]] = {}
        for r in _pool(election, regions, folder):
            by_province.setdefault(r.province_code, []).append(r)
        regional = [g for g in goals if g.election == election_id and g.region]
        sizes_of = _province_sizes(
            rng, election_id, regional, round(total.value * scale), scale, by_province, intensity
        )
        parts += _placed(rng, election, election_id, sizes_of, by_province, intensity, gaz)
    return _in_intake_order(parts)
