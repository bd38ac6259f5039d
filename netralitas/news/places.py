"""Regions in text: gazetteer names and aliases, with the office in front of a name ("Pemkot",
"Pj Wali Kota", "Bupati", "Bawaslu Kota") deciding kota vs kabupaten and province vs regency level."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from netralitas.news import vocabulary as V
from netralitas.news.text import Sentence
from netralitas.pipeline.regions import Gazetteer, Region, normalise

_PLACE = re.compile(r"\s*,?\s*(?P<place>(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'-]{2,40}?)\s*(?:\([^)]*\))?\s*,\s*[A-Za-z0-9.]+.{0,30}?\s[-–—]", re.M)


@dataclass
class Office:
    inst: str
    level: str | None  # kota, kabupaten, provinsi
    place: str
    region: Region | None
    sentence: Sentence
    start: int  # offset within the sentence
    end: int
    takes_level: bool = False  # "Bawaslu Kota X", but "Pemkot X" and "Bupati X"

    @property
    def actor(self) -> str:
        inst = self.inst
        if self.region is not None and inst and self.takes_level:
            word = {"kota": "Kota", "kabupaten": "Kabupaten", "provinsi": "Provinsi"}[self.region.type]
            return f"{inst} {word} {self.place}"
        return f"{inst} {self.place}".strip()


class Places:
    """Finds region names in text: gazetteer names, aliases, qualifiers."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.index: dict[str, set[str]] = defaultdict(set)
        for r in gaz.regions.values():
            self.index[_key(r.name)].add(r.code)
        for alias_key, code in gaz.alias_keys().items():
            kind, _, name = alias_key.partition(":")
            region = gaz.regions[code]
            if kind and region.type != kind:
                continue
            self.index[name].add(code)

    def lookup(self, words: str, level: str | None) -> list[Region]:
        codes = self.index.get(_key(words), set())
        regions = [self.gaz.regions[c] for c in sorted(codes)]
        if level:
            regions = [r for r in regions if r.type == level]
        return regions

    def at(self, text: str, level: str | None) -> tuple[str, Region | None, int]:
        """The longest place name at the start of ``text`` (up to four words)."""
        m = _PLACE.match(text)
        if not m:
            return "", None, 0
        words = m.group("place").split()
        for n in range(min(4, len(words)), 0, -1):
            cand = " ".join(words[:n])
            found = self.lookup(cand, level)
            if len(found) == 1:
                end = m.start("place") + len(cand)
                return cand.rstrip(",."), found[0], end
        return "", None, 0

    def mentions(self, s: Sentence) -> list[tuple[Region, float, int, str | None]]:
        """(region, weight, offset, qualifier level) for every name in a sentence."""
        out: list[tuple[Region, float, int, str | None]] = []
        text = s.text
        covered = 0  # a word inside a name already found ("Selatan" in "Papua Selatan") starts nothing
        for m in re.finditer(r"(?<![\w-])[A-Z][\w'-]*", text):
            word = m.group(0).lower()
            if word in V.NOT_A_PLACE_START or m.start() < covered:
                continue
            rest = text[m.start() :]
            words = re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}", rest)
            if not words:
                continue
            parts = words.group(0).split()
            q = V.QUALIFIER_BEFORE.search(text[: m.start()])
            level = V.QUALIFIER_LEVELS.get(" ".join(q.group("q").lower().split())) if q else None
            for n in range(len(parts), 0, -1):
                cand = " ".join(parts[:n])
                if n == 1 and level is None and _key(cand) in V.NEEDS_QUALIFIER:
                    break
                found = self.lookup(cand, level)
                if not found and level is None:
                    continue
                if found:
                    weight = 1.0 / len(found)
                    for r in found:
                        out.append((r, weight, m.start(), level))
                    covered = m.start() + len(cand)
                    break
        return out


def _key(text: str) -> str:
    return normalise(text)


def find_offices(sentences: list[Sentence], places: Places) -> list[Office]:
    out: list[Office] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for pat, inst, implied, takes_level in V.OFFICES:
            for m in pat.finditer(s.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                gd = m.groupdict()
                name = inst or (gd.get("inst") or "").upper()
                level = implied
                if gd.get("lvl"):
                    level = V.LEVEL_WORDS[gd["lvl"].lower().rstrip(".")]
                place, region, end = places.at(s.text[m.end() :], level)
                if region is None:
                    continue
                taken.append((m.start(), m.end() + end))
                out.append(Office(name, level, place, region, s, m.start(), m.end() + end, takes_level))
        for pat, name in V.NATIONAL_BODIES:
            for m in pat.finditer(s.text):
                if not any(a <= m.start() < b for a, b in taken):
                    out.append(Office(name, "nasional", "", None, s, m.start(), m.end()))
    out.sort(key=lambda o: (o.sentence.index, o.start))
    return out


def dateline_region(lines: list[str], places: Places) -> Region | None:
    for line in lines[:5]:
        m = _DATELINE.match(line)
        if m:
            city = m.group("city").strip().title()
            for level in ("kota", "kabupaten", None):
                found = places.lookup(city, level)
                if len(found) == 1:
                    return found[0]
    return None


@lru_cache(maxsize=2)
def place_index(gaz: Gazetteer) -> Places:
    """The name index is built once per gazetteer (there is one per process)."""
    return Places(gaz)
