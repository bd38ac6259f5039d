"""View state: what a page shows, as a frozen value that round-trips through the URL.

Pages build a :class:`ViewState` from ``st.query_params`` and write it back,
so a copied link reopens the same view. Every value is checked against an
allow-list here; an unknown value in a URL falls back to the default.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from netralitas.data import PEERS
from netralitas.rules import MEASURES, RECORD_MEASURES, case_stages

MAP_STYLES = ("geo", "grid")
LEAGUE_BY = ("region", "agency")  # the PPK league per regency/city or per agency
MAX_LIMIT_DAYS = 999
_ELECTION = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_EDITION = re.compile(r"^[a-z0-9][a-z0-9_]{2,100}$")
_CODE = re.compile(r"^\d{2}(\.\d{2})?$")
_METRIC = re.compile(r"^[a-z][a-z0-9_]{1,60}-(cases|persons|percent)$")  # a published metric and its unit


# The comparison page's regions when the URL names none: the seed articles' cities
# (Kendari, Baubau, Balikpapan).
DEFAULT_COMPARISON = ("74.71", "74.72", "64.71")


@dataclass(frozen=True)
class ViewState:
    election: str = ""  # '' the newest election with data (the list comes from the warehouse)
    measure: str = ""  # '' the page's default for this viewer (rules.default_map_measure)
    region: str = ""  # '' nation; '74' a province (map drill-down, timeline scope); '74.72' a regency
    map_style: str = "geo"
    regions: tuple[str, ...] = field(default_factory=tuple)  # comparison, 2-6 codes
    peer: str = "province"
    lang: str = "id"
    metric: str = ""  # with measure "published": "<metric>-<unit>", e.g. "forwarded_to_kasn_bkn-cases"
    edition: str = ""  # with measure "ikp": an IKP edition, e.g. "ikp_tematik_netralitas_asn_2023_09_21"
    stage: str = ""  # the case list: a stage of the register ('' every stage)
    by: str = "region"  # the follow-up league: per regency/city or per agency
    limit_days: int = 0  # the follow-up waiting limit; 0 the setting's default (NETRALITAS_FOLLOWUP_LIMIT_DAYS)

    @property
    def province(self) -> str:
        return self.region.split(".")[0] if self.region else ""


def _one(params: Mapping[str, object], key: str) -> str:
    value = params.get(key, "")
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    return str(value)


def from_query(
    params: Mapping[str, object],
    known_regions: set[str] | None = None,
    elections: Collection[str] | None = None,
) -> ViewState:
    """Parse URL parameters; anything not allowed falls back to the default.

    ``elections``: the elections that may be chosen (those with data, from the
    warehouse); ``None`` accepts any well-formed key."""
    d = ViewState()
    election = _one(params, "election")
    measure = _one(params, "measure")
    region = _one(params, "region")
    style = _one(params, "map")
    peer = _one(params, "peer")
    lang = _one(params, "lang")
    metric = _one(params, "metric")
    edition = _one(params, "edition")
    stage = _one(params, "stage")
    by = _one(params, "by")
    limit = _one(params, "limit")

    def ok_region(code: str) -> bool:
        return bool(_CODE.match(code)) and (known_regions is None or code in known_regions)

    regions = tuple(dict.fromkeys(c for c in _one(params, "regions").split(",") if ok_region(c)))[:6]
    return ViewState(
        election=election if _ELECTION.match(election) and (elections is None or election in elections) else d.election,
        measure=measure if measure in MEASURES or measure in RECORD_MEASURES else d.measure,
        region=region if ok_region(region) else "",
        map_style=style if style in MAP_STYLES else d.map_style,
        regions=regions,
        peer=peer if peer in PEERS else d.peer,
        lang="en" if lang == "en" else "id",
        metric=metric if _METRIC.match(metric) else "",
        edition=edition if _EDITION.match(edition) else "",
        stage=stage if stage in case_stages() else "",
        by=by if by in LEAGUE_BY else d.by,
        limit_days=int(limit) if limit.isdigit() and 0 < int(limit) <= MAX_LIMIT_DAYS else 0,
    )


def to_query(state: ViewState, keys: tuple[str, ...]) -> dict[str, str]:
    """The URL parameters for the given state keys (defaults omitted to keep links short)."""
    d = ViewState()
    values = {
        "election": state.election,
        "measure": state.measure,
        "region": state.region,
        "map": state.map_style,
        "regions": ",".join(state.regions),
        "peer": state.peer,
        "lang": state.lang,
        "metric": state.metric,
        "edition": state.edition,
        "stage": state.stage,
        "by": state.by,
        "limit": str(state.limit_days) if state.limit_days else "",
    }
    defaults = {
        "election": d.election,
        "measure": d.measure,
        "region": "",
        "map": d.map_style,
        "regions": "",
        "peer": d.peer,
        "lang": "id",
        "metric": "",
        "edition": "",
        "stage": "",
        "by": d.by,
        "limit": "",
    }
    return {k: values[k] for k in keys if values[k] != defaults[k]}
