"""The domain's lists, read from data: elections, event types, reporting bodies,
metrics and the case register's enumerations.

One source each. Elections, event types, bodies and metrics are curated CSV
tables (``data/curated/``, or a moved data dir's own copy); the register's
enumerations are the ``accepted_values`` of ``queries/marts/_contracts.yml``.
The warehouse builds its dimensions from the same files, so the pages (which
read the warehouse), the importer, the news extractor, the demo generator and
the briefs cannot disagree. Adding an election is a row in
``election_list.csv`` (and its stages and regions), never code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from netralitas.settings import QUERIES_DIR, get_settings

# KASN was dissolved on this day; its follow-up duties passed to BKN (domain.md).
KASN_TO_BKN = date(2024, 8, 24)
# The documented rule for metrics outside the catalogue (docs/data-formats.md).
OTHER_METRIC = re.compile(r"^other_[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


@dataclass(frozen=True)
class Election:
    election_id: str
    election_type: str  # pilkada | pemilu
    voting_date: date
    name_id: str
    name_en: str
    previous_election_id: str  # '' when the record has none
    work_start: date  # the window of its neutrality work (news dated inside it belong to it)
    work_end: date
    regions_listed: str

    @property
    def follow_up_spans_kasn_to_bkn(self) -> bool:
        """Recommendations of this election were still being followed up when KASN ended."""
        return self.voting_date + timedelta(days=365) >= KASN_TO_BKN


@dataclass(frozen=True)
class EventType:
    event_type: str
    sort_order: int
    is_prevention: bool
    label_id: str
    label_en: str


@dataclass(frozen=True)
class Body:
    body_group: str
    pattern: re.Pattern[str]
    label_id: str
    label_en: str


@dataclass(frozen=True)
class Metric:
    metric: str
    is_core: bool
    units: tuple[str, ...]  # () accepts any unit
    label_id: str
    label_en: str


@dataclass(frozen=True)
class Domain:
    elections: tuple[Election, ...]  # newest first
    event_types: tuple[EventType, ...]
    bodies: tuple[Body, ...]  # first match wins; the last is the catch-all
    metrics: dict[str, Metric]
    enums: dict[str, tuple[str, ...]]  # "<model>.<column>" -> accepted values

    @property
    def election_ids(self) -> tuple[str, ...]:
        return tuple(e.election_id for e in self.elections)

    def election(self, election_id: str) -> Election | None:
        return next((e for e in self.elections if e.election_id == election_id), None)

    @property
    def event_type_ids(self) -> tuple[str, ...]:
        return tuple(e.event_type for e in self.event_types)

    def fallback_title_id(self, event_type: str, actor: str, place: str) -> str:
        """An Indonesian title made of the record's own fields, for an imported event that brings an
        English title only: an Indonesian page never shows the English one (``Pernyataan: Bawaslu
        Kabupaten Dompu``)."""
        label = next((e.label_id for e in self.event_types if e.event_type == event_type), event_type)
        who = actor.strip() or place.strip()
        return f"{label}: {who}" if who else label

    def enum(self, model: str, column: str) -> tuple[str, ...]:
        return self.enums[f"{model}.{column}"]

    def body_group(self, body: str) -> str:
        """The family of a reporting body, for keeping disagreeing bodies apart."""
        for b in self.bodies:
            if b.pattern.search(body.strip()):
                return b.body_group
        return self.bodies[-1].body_group


def metric_label(metric: str) -> str:
    """A readable label derived from a catalogue key: ``other_rejected_after_review`` -> 'Rejected after review'."""
    words = metric.removeprefix("other_").replace("_", " ").strip()
    return (words[:1].upper() + words[1:]) if words else metric


def curated_dir() -> Path:
    """Where the curated tables are read: the data dir's own copy, else the committed one."""
    return get_settings().curated_tables


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _truth(text: str) -> bool:
    return text.strip().lower() in ("true", "1", "yes", "ya")


def _stamp(folder: Path) -> tuple[tuple[str, int], ...]:
    names = ("election_list.csv", "event_types.csv", "reporting_bodies.csv", "metrics.csv")
    contracts = QUERIES_DIR / "marts" / "_contracts.yml"
    return tuple((str(p), p.stat().st_mtime_ns) for p in [*(folder / n for n in names), contracts] if p.exists())


def load(folder: Path | None = None) -> Domain:
    """The domain lists of ``folder`` (default: the curated dir in use), cached until a file changes."""
    folder = folder or curated_dir()
    return _load(folder, _stamp(folder))


@lru_cache(maxsize=8)
def _load(folder: Path, _stamp: tuple[tuple[str, int], ...]) -> Domain:
    elections = [
        Election(
            election_id=r["election_id"],
            election_type=r["election_type"],
            voting_date=date.fromisoformat(r["voting_date"]),
            name_id=r["name_id"],
            name_en=r["name_en"],
            previous_election_id=r.get("previous_election_id", ""),
            work_start=date.fromisoformat(r["work_start"]),
            work_end=date.fromisoformat(r["work_end"]),
            regions_listed=r["regions_listed"],
        )
        for r in _rows(folder / "election_list.csv")
    ]
    elections.sort(key=lambda e: e.voting_date, reverse=True)
    event_types = sorted(
        (
            EventType(r["event_type"], int(r["sort_order"]), _truth(r["is_prevention"]), r["label_id"], r["label_en"])
            for r in _rows(folder / "event_types.csv")
        ),
        key=lambda e: e.sort_order,
    )
    bodies = tuple(
        Body(r["body_group"], re.compile(r["pattern"], re.I), r["label_id"], r["label_en"])
        for r in _rows(folder / "reporting_bodies.csv")
    )
    metrics = {
        r["metric"]: Metric(
            r["metric"],
            _truth(r["is_core"]),
            tuple(u for u in r.get("units", "").split("|") if u),
            r["label_id"],
            r["label_en"],
        )
        for r in _rows(folder / "metrics.csv")
    }
    return Domain(tuple(elections), tuple(event_types), bodies, metrics, _enums())


@lru_cache(maxsize=1)
def contracts() -> dict[str, Any]:
    """``queries/marts/_contracts.yml`` as read (the marts' columns, checks and orders)."""
    loaded: dict[str, Any] = yaml.safe_load((QUERIES_DIR / "marts" / "_contracts.yml").read_text(encoding="utf-8"))
    return loaded


@lru_cache(maxsize=1)
def _enums() -> dict[str, tuple[str, ...]]:
    return {
        f"{m['name']}.{col}": tuple(str(v) for v in spec["accepted_values"])
        for m in contracts()["models"]
        for col, spec in (m.get("columns") or {}).items()
        if spec and "accepted_values" in spec
    }


def accepted_values(model: str, column: str) -> tuple[str, ...]:
    """A mart column's accepted values (``_contracts.yml``), read once per process."""
    return _enums()[f"{model}.{column}"]


def stage_dates() -> tuple[str, ...]:
    """The register's stage dates in the order of the chain (``stage_order`` of fct_case_subjects):
    a later stage's date is never earlier, and never filled while an earlier one is empty."""
    register = next(m for m in contracts()["models"] if m["name"] == "fct_case_subjects")
    return tuple(register["stage_order"])


def register_dates() -> tuple[str, ...]:
    """Every date of a case subject: the chain's, then the day a personnel record was blocked."""
    return (*stage_dates(), "record_blocked_date")
