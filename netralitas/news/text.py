"""Preparing an article: decoding, refusing what is not an article, cleaning lines (boilerplate,
photo captions, repeated titles) and cutting them into sentences that remember where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from netralitas.news import vocabulary as V

MAX_ARTICLE_CHARS = 60_000  # a long news article is ~15,000 characters


def refuse_text(text: str) -> str:
    """Why a pasted article is refused ('' when it is fine): binary content or too long."""
    if len(text) > MAX_ARTICLE_CHARS:
        return "news.too_long"
    if "\x00" in text or sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\n\r\t") > 10:
        return "news.binary"
    return ""


@dataclass
class Sentence:
    index: int
    text: str
    start: int  # offset in the cleaned body
    is_title: bool = False
    is_lead: bool = False


def clean_lines(text: str) -> list[str]:
    text = (
        text.replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2018", "'")
        .replace("\u2019", "'")
        .replace("\u00a0", " ")
        .replace("\u2013", "-")
        .replace("\u2014", "-")
        .replace("\r\n", "\n")
    )
    out: list[str] = []
    seen: set[str] = set()
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line or V.BOILERPLATE_LINE.match(line):
            continue
        if V.PHOTO_CAPTION.search(line) and len(line) < 200:
            continue
        if line in seen and len(line) < 200:  # a title repeated by the page template
            continue
        seen.add(line)
        out.append(line)
    return out


def _split_sentences(line: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9])", line)
    merged: list[str] = []
    for part in parts:
        # Keep an abbreviation with its sentence, and a quote with its speaker.
        if merged and (V.ABBREVIATION_END.search(merged[-1]) or merged[-1].count('"') % 2 == 1):
            merged[-1] = merged[-1] + " " + part
        else:
            merged.append(part)
    return [p for p in merged if p.strip()]


def split_into_sentences(lines: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    offset = 0
    body_started = False
    lead_left = 2
    for n, line in enumerate(lines):
        looks_title = n < 3 and not body_started and len(line) < 160 and not line.rstrip().endswith((".", '"'))
        for piece in _split_sentences(line) if not looks_title else [line]:
            s = Sentence(len(out), piece, offset, is_title=looks_title)
            if not looks_title and len(piece) > 60 and lead_left > 0:
                s.is_lead = True
                lead_left -= 1
            if not looks_title:
                body_started = True
            out.append(s)
            offset += len(piece) + 1
    return out


def read_article(path: Path) -> str:
    """An article file as text, whatever its encoding."""
    from charset_normalizer import from_bytes

    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise ValueError(f"{path.name}: bukan teks / not text") from None
        return str(best)


def published_from_name(name: str) -> date | None:
    """``baubau-2024-09-17.txt`` -> 2024-09-17 (the labelled sets name files so)."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", name)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
