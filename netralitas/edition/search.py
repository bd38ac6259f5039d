"""The edition's region search index: every region under every name the importer knows for it.

One small script asset (``assets/search-index.<hash>.js``) sets ``window.NetralitasSearchIndex``
to a compact JSON object, so the search box (``static/search.js``) works without a server
(from ``file://`` too) and under the edition's Content-Security-Policy (``script-src 'self'``).

Keys are made by the importer's own resolver (:mod:`netralitas.pipeline.regions`): each region's
name, its aliases (``region_aliases.csv``), the names readers type that the importer does not need
(``search_names.csv``: English province names, press abbreviations), all through
:func:`~netralitas.pipeline.regions.normalise`; codes include those before the 2022 Papua split
(``papua_2022_crosswalk.csv``). The prefixes the resolver strips ("Kab.", "Kota Administrasi", ...)
travel in the index, so the script strips the same ones; a browser test holds the script's
normaliser to :func:`normalise` over every name and alias.

Format::

    {"v": 1,
     "prefixes": [["kabupaten administrasi", "kabupaten"], ...],   # split_prefix's table, in order
     "regions": [[code, name, type, province_code, [keys...], [old codes...]], ...]}

``type`` is ``"provinsi"``, ``"kabupaten"`` or ``"kota"``; the first key is the name's own, the
others are aliases; the old-code list is left out when empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from netralitas.pipeline import regions as gaz
from netralitas.settings import PACKAGED_CURATED

SEARCH_NAMES = "search_names.csv"


def search_names(curated_dir: Path = PACKAGED_CURATED) -> dict[str, str]:
    """``search_names.csv``: names readers type that the importer does not need, name -> code."""
    with (curated_dir / SEARCH_NAMES).open(encoding="utf-8", newline="") as fh:
        return {row["name"]: row["region_code"] for row in csv.DictReader(fh)}


def names_by_code(aliases: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, list[str]]:
    """Every other name of each region (aliases first, then the search's own), in file order."""
    out: dict[str, list[str]] = {}
    for table in (aliases, extra):
        for name, code in table.items():
            out.setdefault(code, []).append(name)
    return out


def entries(
    frame: pd.DataFrame,
    aliases: Mapping[str, str],
    extra: Mapping[str, str],
    crosswalk: Mapping[str, str],
) -> list[list[Any]]:
    """One row per region: code, name, type, province code, keys (name first), old codes."""
    others = names_by_code(aliases, extra)
    old_codes: dict[str, set[str]] = {}
    for old, new in crosswalk.items():
        old_codes.setdefault(new, set()).add(old)
    if "code_before_2022" in frame:
        for code, old in zip(frame["region_code"], frame["code_before_2022"], strict=True):
            if isinstance(old, str) and old and old != code:
                old_codes.setdefault(str(code), set()).add(old)
    rows: list[list[Any]] = []
    for r in frame.sort_values("region_code").itertuples(index=False):
        code, name = str(r.region_code), str(r.region_name)
        keys = [gaz.normalise(name)]
        for other in others.get(code, []):
            key = gaz.normalise(other)
            if key and key not in keys:
                keys.append(key)
        row: list[Any] = [code, name, str(r.region_type), str(r.province_code), keys]
        if code in old_codes:
            row.append(sorted(old_codes[code]))
        rows.append(row)
    return rows


def index(frame: pd.DataFrame, curated_dir: Path = PACKAGED_CURATED) -> dict[str, Any]:
    """The search index of the regions in ``frame`` (the record's ``regions``)."""
    return {
        "v": 1,
        "prefixes": [list(p) for p in gaz.prefix_table()],
        "regions": entries(
            frame, gaz.load_aliases(curated_dir), search_names(curated_dir), gaz.load_crosswalk(curated_dir)
        ),
    }


def script(idx: Mapping[str, Any]) -> bytes:
    """The index as a script (no fetch: file:// pages cannot fetch; CSP allows 'self' scripts)."""
    body = json.dumps(idx, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.NetralitasSearchIndex={body};\n".encode()
