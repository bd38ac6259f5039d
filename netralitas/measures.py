"""The register's measures, each declared once: its name (the column every mart, report and frame
calls it), what kind of number it is, the counts it is hidden with, and where it is shown.

Adding a register measure touches three places: a ``Measure`` here, its per-person SQL expression
(a ``counts_<name>`` column of ``fct_case_subjects``, counted by every report as it stands), and
its labels (``measure.<name>``, ``measure.help.<name>`` and, on the brief, ``brief.m.<name>``).
The map, the comparison, the brief, the PPK league, the edition, the public release and the
data contracts all read this list; a count is shown where its declaration says and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["count", "rate", "share", "days"]
# Where a measure appears: the map's choice of measure and its ranking ("map"), the per-region
# table behind the map and rankings ("region"), one scope's summary read by the overview, the
# comparison and the brief ("summary"), the comparison's bars ("compare"), the brief's headline
# table ("brief"), the PPK league ("league"), the edition's register table ("edition"), the public
# release's cells ("release").
Place = Literal["map", "region", "summary", "compare", "brief", "league", "edition", "release"]


@dataclass(frozen=True)
class Measure:
    name: str
    kind: Kind
    places: frozenset[Place]
    # A derived measure is hidden with the counts it is made of; a count by its own value.
    hidden_with: tuple[str, ...] = ()
    # Counted per person from ``fct_case_subjects.counts_<name>`` (False: computed otherwise).
    per_person: bool = False
    # Read against the population (the brief names the population as a second source).
    per_population: bool = False
    # Not from the register (the map offers recorded prevention events beside its measures).
    from_register: bool = True

    @property
    def is_count(self) -> bool:
        return self.kind == "count" and not self.hidden_with and self.from_register


def _at(*places: Place) -> frozenset[Place]:
    return frozenset(places)


# In the order tables and choices list them.
REGISTER: tuple[Measure, ...] = (
    Measure("persons", "count", _at("map", "region", "summary", "edition", "release"), per_person=True),
    Measure("cases", "count", _at("region", "summary", "release")),
    Measure("reports", "count", _at("summary", "brief", "release"), per_person=True),
    Measure("findings", "count", _at("summary", "brief", "release"), per_person=True),
    Measure("violations", "count", _at("region", "summary", "brief", "release"), per_person=True),
    Measure("registered", "count", _at("release"), per_person=True),
    Measure("forwarded", "count", _at("release"), per_person=True),
    Measure("recommended", "count", _at("region", "summary", "brief", "league", "edition", "release"), per_person=True),
    Measure("sanctioned", "count", _at("region", "summary", "brief", "league", "edition", "release"), per_person=True),
    Measure("records_blocked", "count", _at("region", "summary", "league", "release"), per_person=True),
    Measure(
        "followup_rate",
        "share",
        _at("map", "region", "summary", "compare", "brief", "league", "edition"),
        hidden_with=("recommended", "sanctioned"),
    ),
    Measure(
        "median_days_to_sanction",
        "days",
        _at("map", "region", "summary", "compare", "brief", "league", "edition"),
        hidden_with=("sanctioned",),
    ),
    Measure("median_days_to_recommendation", "days", _at("summary"), hidden_with=("recommended",)),
    Measure(
        "persons_per_100k",
        "rate",
        _at("map", "region", "compare", "brief"),
        hidden_with=("persons",),
        per_population=True,
    ),
    Measure(
        "waiting_over_limit",
        "count",
        _at("map", "region", "summary", "compare", "brief", "league", "release"),
        per_person=True,
    ),
    Measure("oldest_open_days", "days", _at("league"), hidden_with=("recommended",)),
    Measure("prevention_events", "count", _at("map", "region"), from_register=False),
)


def at(place: Place) -> tuple[Measure, ...]:
    """The measures shown in ``place``, in declaration order."""
    return tuple(m for m in REGISTER if place in m.places)


def names(place: Place) -> tuple[str, ...]:
    return tuple(m.name for m in at(place))


def kinds(place: Place) -> dict[str, Kind]:
    return {m.name: m.kind for m in at(place)}


def counts(place: Place) -> tuple[str, ...]:
    """The register counts shown in ``place`` (each hidden by its own value when small)."""
    return tuple(m.name for m in at(place) if m.is_count)


def derived(place: Place) -> dict[str, tuple[str, ...]]:
    """The derived measures shown in ``place``, each with the counts it is hidden with."""
    return {m.name: m.hidden_with for m in at(place) if m.hidden_with}


def per_person() -> tuple[str, ...]:
    """Counts every report makes from ``fct_case_subjects.counts_<name>``."""
    return tuple(m.name for m in REGISTER if m.per_person)


def not_shown(columns: object, place: Place) -> list[str]:
    """The register counts among ``columns`` that ``place`` does not show: a data function drops
    them before a frame leaves it (a report counts every declared count; a view shows its own)."""
    shown = set(names(place))
    return [c for c in per_person() if c in columns and c not in shown]  # type: ignore[operator]
