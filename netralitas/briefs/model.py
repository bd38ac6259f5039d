"""What a brief is: the plain value ``content`` assembles (with ``questions``), ``figures`` draws
from and ``render`` lays out. Each of them imports this module, none of ``content``, ``figures``
and ``render`` imports another, and the package's ``__init__`` ties them together (docs/adr/0011)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from netralitas.access.viewer import Viewer
from netralitas.i18n import Lang
from netralitas.pipeline.regions import Region

SCOPES = ("region", "compare", "peers")  # the columns of the headline table, in print order


class BriefError(ValueError):
    """The brief cannot be made (unknown region, unknown election)."""


@dataclass
class Question:
    text: str
    basis: str


@dataclass
class Brief:
    lang: Lang
    region: Region
    region_name: str
    province_name: str
    compare_name: str  # the province, or the nation for a province's brief
    election_id: str
    election_name: str
    viewer: Viewer
    as_of: str
    prepared: str
    sources: list[str]
    is_synthetic: bool
    headline: list[dict[str, str]]  # per measure: its "key", label, source and the text for each of SCOPES
    peer_note: str
    peer_count: int
    published: list[dict[str, str]]
    events: list[dict[str, str]]
    more_events: int
    open_cases: list[dict[str, str]]
    case_list: list[dict[str, str]] | None
    questions: list[Question]
    caveats: list[str]
    link: str
    limit_days: int
    declared: list[str] = field(default_factory=list)  # IKP: what was declared vulnerable before the election
    recorded: list[str] = field(default_factory=list)  # what was reported, recommended and sanctioned after
    charts: dict[str, str] = field(default_factory=dict)  # SVG by name, drawn by ``figures.draw``
    participation: str = ""  # "did not vote in Pilkada 2020" (display.participation_text)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # raw numbers, for the charts and tests
    # What the timeline chart draws: all of the region's own events and its province's province-level
    # ones (``events`` prints the first MAX_EVENTS), and the election's stages.
    timeline: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)
    stages: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)
