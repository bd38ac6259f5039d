"""The extractor's vocabulary, read from ``vocabulary.yml`` beside this file and compiled once.

The words and phrases are data (a curator extends them without touching the extractor's logic);
the grammar that combines them (a date is weekday, day, month, year) stays in ``dates``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

PATH = Path(__file__).with_name("vocabulary.yml")


def _load() -> dict[str, Any]:
    with PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_V = _load()

MONTHS: dict[str, int] = dict(_V["months"])
WEEKDAYS: dict[str, int] = dict(_V["weekdays"])
NUMBER_WORDS: dict[str, int] = dict(_V["number_words"])

FUTURE_AFTER = _re(_V["date_context"]["future_after"])
FUTURE_BEFORE = _re(_V["date_context"]["future_before"])
REGULATION_BEFORE = _re(_V["date_context"]["regulation_before"])
PAST_AFTER = _re(_V["date_context"]["past_after"])
ISSUED_BEFORE = _re(_V["date_context"]["issued_before"])

# Per event type, the cues that name it ("ikrar", "surat edaran", "RDP").
EVENT_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    kind: tuple(_re(p) for p in patterns) for kind, patterns in _V["event_cues"].items()
}
EVENT_VERB = _re(_V["sentence_cues"]["event_verb"])
SPEECH = _re(_V["sentence_cues"]["speech"])
TOPIC = _re(_V["sentence_cues"]["topic"])
TOPIC_ASN = _re(_V["sentence_cues"]["topic_asn"])
HYPOTHETICAL = _re(_V["sentence_cues"]["hypothetical"])
NEGATED = _re(_V["sentence_cues"]["negated"])
EXAMPLE = _re(_V["sentence_cues"]["example"])

LEVEL_WORDS: dict[str, str] = dict(_V["level_words"])
_LEVEL_WORD_PATTERN: str = _V["level_word_pattern"]
# (pattern, canonical institution, implied level, whether the institution takes a level word)
OFFICES: tuple[tuple[re.Pattern[str], str, str | None, bool], ...] = tuple(
    (
        _re(o["pattern"] + (_LEVEL_WORD_PATTERN if o.get("level_word_follows") else "")),
        o["institution"],
        o["level"],
        bool(o["takes_level_word"]),
    )
    for o in _V["offices"]
)
# National bodies: an event they hold or a statement they make has no region.
NATIONAL_BODIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_re(b["pattern"]), b["body"]) for b in _V["national_bodies"]
)
QUALIFIER_BEFORE = _re(_V["qualifier_before"])
QUALIFIER_LEVELS: dict[str, str] = dict(_V["qualifier_levels"])
# Bare names that are also common words or given names: they count only with a qualifier in front
# ("Kota Batu", "Kabupaten Bima").
NEEDS_QUALIFIER: frozenset[str] = frozenset(_V["needs_qualifier"])
NOT_A_PLACE_START: frozenset[str] = frozenset(_V["not_a_place_start"])

BOILERPLATE_LINE = _re(_V["boilerplate_line"])
PHOTO_CAPTION = _re(_V["photo_caption"])
ABBREVIATION_END = _re(_V["abbreviation_end"])
REFERENCE_NUMBER = _re(_V["reference_number"])
REFERENCE_DOCUMENT = _re(_V["reference_document"])
ELECTION_WORDS = _re(_V["election_words"])

# Suggested titles per event type, Indonesian and English, for the curator to accept or rewrite.
TITLES: dict[str, dict[str, str]] = {kind: dict(texts) for kind, texts in _V["titles"].items()}
# Published counts (news/figures.py): number words, unit words, what is not a count, stage cues.
FIGURES: dict[str, Any] = dict(_V["figures"])
