"""The public release of the register: every register count a public viewer can see, protected
jointly once per build (issue 20; docs/adr/0015).

The cells are the counts of ``release_cells`` (per stage, per waiting stage, breaches of the public
waiting limit, cases per stage) for the nation, every province, every regency/city and the cases
filed at province level, plus the weekly intake of the nation and every province
(``release_weeks``). The relations are those a reader knows: a province is the sum of its
regencies/cities and its own cases, the nation the sum of its provinces, a year the sum of its
weeks, persons the sum of reports and findings, and the stage arithmetic of the funnel (persons =
registered + waiting for registration, recommended = sanctioned + waiting for sanction, ...) where
the register obeys it everywhere (a reader can check it where nothing is hidden).
:func:`access.release.protect` hides what must be hidden; the views built here (the funnel, the
waiting table, the weekly intake) read the release and nothing else.

Pure functions over frames; ``data`` runs the reports and keeps one release per build.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from netralitas import measures
from netralitas.access import privacy, release

WAITING_STAGES = ("registration", "assessment", "forwarding", "recommendation", "sanction")

# The summary's counts (map, comparison, brief, league), from the measures' declaration.
SUMMARY_COUNTS = measures.counts("summary")

# The funnel's stages: (stage, persons cell, cases cell).
FUNNEL = (
    ("intake", "persons", "cases"),
    ("registered", "registered", "cases_registered"),
    ("violation", "violations", "cases_violation"),
    ("forwarded", "forwarded", "cases_forwarded"),
    ("recommended", "recommended", "cases_recommended"),
    ("sanctioned", "sanctioned", "cases_sanctioned"),
)

RELEASE_COUNTS = (
    *SUMMARY_COUNTS,
    *(c for c in measures.counts("release") if c not in SUMMARY_COUNTS),
    *(cases for _, _, cases in FUNNEL[1:]),
    *(f"waiting_{s}" for s in WAITING_STAGES),
    *(f"breaches_{s}" for s in WAITING_STAGES),
)

# Additive relations within one area: always known (a case comes in as a report or a finding) ...
KNOWN_RELATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (("persons", ("reports", "findings")),)
# ... and the funnel's arithmetic, used wherever the register obeys it in every area.
STAGE_RELATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("persons", ("registered", "waiting_registration")),
    ("violations", ("forwarded", "waiting_forwarding")),
    ("forwarded", ("recommended", "waiting_recommendation")),
    ("recommended", ("sanctioned", "waiting_sanction")),
    ("waiting_over_limit", ("breaches_sanction",)),
)

WEEK = "week:"


@dataclass(frozen=True)
class Release:
    """The protected release: every cell's exact value (``"<area>|<measure>"``; area '' is the
    nation, ``"74~own"`` a province's own cases) and, per area, the measures hidden from the public."""

    values: Mapping[str, float]
    hidden: Mapping[str, frozenset[str]]

    def value(self, area: str, measure: str) -> float:
        return float(self.values.get(f"{area}|{measure}", 0.0))

    def is_hidden(self, area: str, measure: str) -> bool:
        return measure in self.hidden.get(area, frozenset())

    def weeks(self, area: str) -> list[str]:
        prefix = f"{area}|{WEEK}"
        return sorted(c[len(prefix) :] for c in self.values if c.startswith(prefix))


def holds(cells: pd.DataFrame, total: str, parts: tuple[str, ...]) -> bool:
    """Whether ``total = sum(parts)`` in every row (area) of the release cells."""
    if cells.empty:
        return False
    return bool((cells[total] == cells[list(parts)].sum(axis=1)).all())


def protect(cells: pd.DataFrame, weeks: pd.DataFrame, threshold: int) -> Release:
    """The release of one election: ``cells`` from ``release_cells``, ``weeks`` from ``release_weeks``."""
    values: dict[str, float] = {}
    regencies: dict[str, list[str]] = {}
    for row in cells.to_dict(orient="records"):
        province, regency = str(row["province_code"]), str(row["regency_code"] or "")
        area = regency or f"{province}~own"
        if regency:
            regencies.setdefault(province, []).append(regency)
        for m in RELEASE_COUNTS:
            n = float(row[m])
            values[f"{area}|{m}"] = n
            values[f"{province}|{m}"] = values.get(f"{province}|{m}", 0.0) + n
            values[f"|{m}"] = values.get(f"|{m}", 0.0) + n
    provinces = sorted({str(p) for p in cells["province_code"]})
    relations: list[release.Relation] = []
    for m in RELEASE_COUNTS:
        relations.append(release.Relation(f"|{m}", tuple(f"{p}|{m}" for p in provinces)))
        for p in provinces:
            values.setdefault(f"{p}~own|{m}", 0.0)
            parts = (*(f"{r}|{m}" for r in regencies.get(p, [])), f"{p}~own|{m}")
            relations.append(release.Relation(f"{p}|{m}", parts))
    areas = sorted({cell.split("|")[0] for cell in values})
    within = [*KNOWN_RELATIONS, *(r for r in STAGE_RELATIONS if holds(cells, *r))]
    for total, parts in within:
        relations += [release.Relation(f"{a}|{total}", tuple(f"{a}|{p}" for p in parts)) for a in areas]
    relations += _week_relations(weeks, values, provinces)
    # Cases filed at province level are a PPK unit of their own (the governor) in the PPK league:
    # published there, so protected as published cells here.
    hidden = release.protect(values, relations, threshold)
    out: dict[str, set[str]] = {}
    for cell in hidden:
        area, measure = cell.split("|", 1)
        out.setdefault(area, set()).add(measure)
    return Release(values, {area: frozenset(measures) for area, measures in out.items()})


def _week_relations(weeks: pd.DataFrame, values: dict[str, float], provinces: list[str]) -> list[release.Relation]:
    """Weekly intake of the nation and each province: each week sums over the provinces, each
    area's weeks sum to its persons."""
    by_province: dict[str, list[str]] = {}
    for row in weeks.to_dict(orient="records"):
        p, week = str(row["province_code"]), f"{WEEK}{pd.Timestamp(row['week_start_date']).date().isoformat()}"
        values[f"{p}|{week}"] = float(row["persons"])
        values[f"|{week}"] = values.get(f"|{week}", 0.0) + float(row["persons"])
        by_province.setdefault(p, []).append(week)
    all_weeks = sorted({w for ws in by_province.values() for w in ws})
    relations = [release.Relation("|persons", tuple(f"|{w}" for w in all_weeks))] if all_weeks else []
    for w in all_weeks:
        parts = tuple(f"{p}|{w}" for p in provinces if f"{p}|{w}" in values)
        relations.append(release.Relation(f"|{w}", parts))
    for p, ws in by_province.items():
        relations.append(release.Relation(f"{p}|persons", tuple(f"{p}|{w}" for w in ws)))
    return relations


# -- the views the public reads from the release ------------------------------------------------


def _cell(rel: Release, area: str, measure: str) -> tuple[float, bool]:
    hidden = rel.is_hidden(area, measure)
    return (np.nan if hidden else rel.value(area, measure)), hidden


def funnel(rel: Release, area: str, threshold: int) -> pd.DataFrame:
    """``case_funnel`` for one area as the public sees it: persons and cases per stage from the
    release; a conversion or share goes with either count it divides."""
    rows = []
    for order, (stage, persons, cases) in enumerate(FUNNEL, start=1):
        p, p_hidden = _cell(rel, area, persons)
        c, c_hidden = _cell(rel, area, cases)
        rows.append({"stage_order": order, "stage": stage, "persons": p, "cases": c, "_p": p_hidden, "_c": c_hidden})
    frame = pd.DataFrame(rows)
    raw = pd.Series([rel.value(area, persons) for _, persons, _ in FUNNEL])
    gone = frame["_p"] | raw.between(1, threshold - 1)
    conversion_gone = gone | gone.shift(1, fill_value=False)
    share_gone = gone | bool(gone.iloc[0])
    previous = raw.shift(1)
    frame["conversion_from_previous"] = (raw / previous.where(previous > 0)).where(~conversion_gone)
    frame["share_of_intake"] = (raw / raw.iloc[0] if raw.iloc[0] > 0 else raw * np.nan).where(~share_gone)
    frame[privacy.flag("persons")] = frame.pop("_p")
    frame[privacy.flag("cases")] = frame.pop("_c")
    frame[privacy.flag("conversion_from_previous")] = conversion_gone
    frame[privacy.flag("share_of_intake")] = share_gone
    for col in ("persons", "cases", "conversion_from_previous", "share_of_intake"):
        frame[col] = frame[col].astype("Float64")
    return frame


def waiting(rel: Release, area: str, oldest: Mapping[str, float], threshold: int) -> pd.DataFrame:
    """ASN waiting at each stage and the breaches of the public limit, from the release (no age
    bands: they are not in the release), with the oldest wait where the count is shown."""
    rows = []
    for stage in WAITING_STAGES:
        persons, p_hidden = _cell(rel, area, f"waiting_{stage}")
        breaches, b_hidden = _cell(rel, area, f"breaches_{stage}")
        raw = rel.value(area, f"waiting_{stage}")
        if raw == 0:
            continue
        gone = p_hidden or 1 <= raw < threshold
        rows.append(
            {
                "waiting_for": stage,
                "persons": persons,
                "breaches": breaches,
                "oldest_days": np.nan if gone else oldest.get(stage, np.nan),
                privacy.flag("persons"): p_hidden,
                privacy.flag("breaches"): b_hidden,
                privacy.flag("oldest_days"): gone,
            }
        )
    columns = ["waiting_for", "persons", "breaches", "oldest_days"]
    frame = pd.DataFrame(rows, columns=[*columns, *(privacy.flag(c) for c in columns[1:])])
    for col in columns[1:]:
        frame[col] = frame[col].astype("Float64")
    return frame


def weekly(rel: Release, area: str) -> pd.DataFrame:
    """Weekly intake of the nation ('') or a province as the public sees it (persons only: distinct
    cases per week do not add up)."""
    rows = []
    for week in rel.weeks(area):
        persons, hidden = _cell(rel, area, f"{WEEK}{week}")
        rows.append({"week_start_date": pd.Timestamp(week).date(), "persons": persons, privacy.flag("persons"): hidden})
    frame = pd.DataFrame(rows, columns=["week_start_date", "persons", privacy.flag("persons")])
    frame["persons"] = frame["persons"].astype("Float64")
    return frame
