"""The edition's privacy scan: no published file may hold a name, an NIP or a case id.

Every case id, name and NIP of the register (synthetic or imported) is searched for in every
file of the staged edition at once (Aho-Corasick), decompressing ``.gz`` files and reading the
strings of Parquet files; a NIP-shaped number (birth date, appointment month, sex, serial) fails
the scan even when it is not in the register. A name that the public record itself prints (an
official quoted in a news report, say) cannot be told from a leak by text alone and is left out
of the search; the build says how many were.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import duckdb
import pyarrow.parquet as pq

from netralitas import data
from netralitas.edition.record import Record

# NIP (PP 11/2017): birth date YYYYMMDD, appointment YYYYMM, sex 1/2, serial 001-999.
NIP_SHAPE = re.compile(
    r"(?<!\d)(?:19[4-9]\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"(?:19[6-9]\d|20[0-4]\d)(?:0[1-9]|1[0-2])[12]\d{3}(?!\d)"
)
_WORD = re.compile(r"\w")
MIN_TOKEN = 4  # shorter strings (a one-letter "name") would match everywhere


@dataclass
class Tokens:
    automaton: ahocorasick.Automaton | None
    fingerprint: str
    counts: dict[str, int]
    names_in_record: int


def tokens(con: duckdb.DuckDBPyConnection, record: Record) -> Tokens:
    ids = data.identity_tokens(con)
    public = "\n".join(
        str(v).lower() for col in ("actor", "title_id", "title_en", "note") for v in record.events[col].dropna()
    ) + "\n".join(str(v).lower() for v in record.figures["note"].dropna())
    names = {str(n).strip().lower() for n in ids["subject_name"].dropna() if len(str(n).strip()) >= MIN_TOKEN}
    in_record = {n for n in names if n in public}
    kinds = {
        "case_id": {str(c).strip().lower() for c in ids["case_id"].dropna() if len(str(c).strip()) >= MIN_TOKEN},
        "nip": {str(n).strip() for n in ids["subject_nip"].dropna() if len(str(n).strip()) >= MIN_TOKEN},
        "name": names - in_record,
    }
    h = hashlib.sha256(NIP_SHAPE.pattern.encode())
    automaton = None
    if any(kinds.values()):
        automaton = ahocorasick.Automaton()
        for kind in sorted(kinds):
            for token in sorted(kinds[kind]):
                automaton.add_word(token, (kind, token))
                h.update(f"{kind}:{token}\n".encode())
        automaton.make_automaton()
    return Tokens(automaton, h.hexdigest(), {k: len(v) for k, v in kinds.items()}, len(in_record))


def _texts(path: Path) -> Iterable[str]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
        inner = path.with_suffix("")
        if inner.suffix == ".parquet":
            yield from _parquet_texts(raw)
            return
    if path.suffix == ".parquet":
        yield from _parquet_texts(raw)
        return
    yield raw.decode("utf-8", errors="replace")


def _parquet_texts(raw: bytes) -> Iterable[str]:
    table = pq.read_table(io.BytesIO(raw))
    yield "\n".join(f"{k!r}={v!r}" for k, v in (table.schema.metadata or {}).items())
    for column in table.columns:
        yield "\n".join("" if v is None else str(v) for v in column.to_pylist())


def find(text: str, toks: Tokens) -> list[str]:
    """What in ``text`` would identify a person: kinds and where, never the matched value itself."""
    found: list[str] = []
    for m in NIP_SHAPE.finditer(text):
        found.append(f"nip-shaped number at character {m.start()}")
    if toks.automaton is not None:
        lowered = text.lower()
        for end, (kind, token) in toks.automaton.iter(lowered):
            start = end - len(token) + 1
            before = lowered[start - 1] if start > 0 else " "
            after = lowered[end + 1] if end + 1 < len(lowered) else " "
            if _WORD.match(before) or _WORD.match(after):
                continue  # part of a longer word or number
            found.append(f"{kind} at character {start}")
    return found


def scan_tree(root: Path, toks: Tokens, skip: set[str] | None = None) -> list[str]:
    """Every problem as ``FILE: what``; ``skip``: files already scanned clean against the same tokens."""
    skip = skip or set()
    problems: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel in skip or rel.removesuffix(".gz") in skip:
            continue
        hits = [hit for text in _texts(path) for hit in find(text, toks)]
        if hits:
            more = f" (+{len(hits) - 3})" if len(hits) > 3 else ""
            problems.append(f"{rel}: data pribadi / personal data: {'; '.join(hits[:3])}{more}")
    return problems
