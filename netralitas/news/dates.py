"""Dates in their Indonesian forms ("Selasa 17 September 2024", "Kamis (5/9/2024)", "12 Okt 2024",
"kemarin" with a publication date), scored so that the date of the event wins over a future voting
day or the date of a regulation that is only cited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from netralitas import domain
from netralitas.news import vocabulary as V
from netralitas.news.text import Sentence


def voting_days() -> dict[date, str]:
    """Voting days: a date that equals one is the election, not an event about it."""
    return {e.voting_date: e.election_id for e in domain.load().elections}


# The grammar of a date, built from the vocabulary's words (longest first, so "sept" beats "sep").
_WD = r"(?P<wd>" + "|".join(sorted(V.WEEKDAYS, key=len, reverse=True)) + r")"
_MON = r"(?P<mon>" + "|".join(sorted(V.MONTHS, key=len, reverse=True)) + r")"
_DATE_PATTERNS = (
    # Kamis (5/9/2024), Senin (23/09/2024), Rabu (4/9), Selasa, 17/9/2024
    re.compile(
        _WD + r"\s*,?\s*\(?\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{2,4}))?\s*\)?",
        re.I,
    ),
    # Selasa 17 September 2024, Selasa (17/9), (17 September 2024), 12 Okt. 2024, 3 Sept 2024
    re.compile(
        r"(?:" + _WD + r"\s*,?\s*\(?\s*)?(?P<d>\d{1,2})\s+" + _MON + r"\.?(?:\s+(?P<y>\d{4}))?\b",
        re.I,
    ),
    # 17/09/2024 or 17-9-2024 without a weekday
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?![\d/])"),
)
_MONTH_ONLY = re.compile(r"(?:pada\s+|bulan\s+|awal\s+|akhir\s+|pertengahan\s+)" + _MON + r"\s+(?P<y>\d{4})\b", re.I)
_RELATIVE = re.compile(
    r"\b(?P<rel>kemarin|kemarin\s+lusa|hari\s+ini|tadi\s+pagi|pagi\s+tadi|siang\s+tadi|sore\s+tadi|malam\s+tadi|"
    r"pekan\s+lalu|minggu\s+lalu|(?P<n>\d+|"
    + "|".join(V.NUMBER_WORDS)
    + r")\s+hari\s+(?:lalu|yang\s+lalu)|"
    + _WD
    + r"\s+(?:lalu|kemarin|pekan\s+lalu|minggu\s+lalu))\b",
    re.I,
)


@dataclass
class DateHit:
    day: date
    precision: str
    sentence: Sentence
    score: float
    text: str


def _year(text: str | None, published: date | None) -> int | None:
    if text:
        y = int(text)
        return y + 2000 if y < 100 else y
    return published.year if published else None


def _make_date(y: int | None, m: int, d: int) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(sentences: list[Sentence], published: date | None) -> list[DateHit]:
    hits: list[DateHit] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for pat in _DATE_PATTERNS:
            for m in pat.finditer(s.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                gd = m.groupdict()
                month = V.MONTHS[gd["mon"].lower()] if gd.get("mon") else int(gd["m"])
                if not 1 <= month <= 12:
                    continue
                day = _make_date(_year(gd.get("y"), published), month, int(gd["d"]))
                if day is None:
                    continue
                taken.append((m.start(), m.end()))
                score = 1.0
                wd = (gd.get("wd") or "").lower().replace("’", "'")
                if wd:
                    score += 3.0 if V.WEEKDAYS.get(wd) == day.weekday() else -1.0
                score += _context_score(s, m.start(), m.end(), day, published)
                hits.append(DateHit(day, "day", s, score, m.group(0)))
        for m in _MONTH_ONLY.finditer(s.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            y = int(m.group("y"))
            day = date(y, V.MONTHS[m.group("mon").lower()], 1)
            score = 0.2 + _context_score(s, m.start(), m.end(), day, published)
            hits.append(DateHit(day, "month", s, score, m.group(0)))
        if published is not None:
            for m in _RELATIVE.finditer(s.text):
                rel = m.group("rel").lower()
                day, precision = _relative(rel, m.groupdict(), published)
                if day is None:
                    continue
                score = 1.5 + _context_score(s, m.start(), m.end(), day, published)
                hits.append(DateHit(day, precision, s, score, m.group(0)))
    return hits


def _relative(rel: str, gd: dict[str, str | None], published: date) -> tuple[date | None, str]:
    rel = " ".join(rel.split())
    if rel.startswith("kemarin lusa"):
        return published - timedelta(days=2), "day"
    if rel.startswith("kemarin"):
        return published - timedelta(days=1), "day"
    if rel in ("hari ini", "tadi pagi", "pagi tadi", "siang tadi", "sore tadi", "malam tadi"):
        return published, "day"
    if rel in ("pekan lalu", "minggu lalu"):
        return published - timedelta(days=7), "week"
    if gd.get("n"):
        raw = gd["n"] or ""
        n = V.NUMBER_WORDS.get(raw.lower()) or int(raw)
        return published - timedelta(days=n), "day"
    wd = (gd.get("wd") or "").lower().replace("’", "'")
    if wd in V.WEEKDAYS:
        back = (published.weekday() - V.WEEKDAYS[wd]) % 7 or 7
        if "pekan lalu" in rel or "minggu lalu" in rel:
            back = back + 7 if back < 7 else back
        return published - timedelta(days=back), "day"
    return None, "day"


def _context_score(s: Sentence, start: int, end: int, day: date, published: date | None) -> float:
    before, after = s.text[:start], s.text[end:]
    score = 0.0
    if V.FUTURE_AFTER.match(after) or V.FUTURE_BEFORE.search(before):
        score -= 6.0
    if day in voting_days():
        score -= 4.0
    if V.REGULATION_BEFORE.search(before) and not V.ISSUED_BEFORE.search(before[-40:]):
        score -= 5.0
    if V.ISSUED_BEFORE.search(before):
        score += 3.0
    if V.PAST_AFTER.match(after) and published is not None and (published - day).days > 60:
        score -= 3.0  # "pada Pemilu 2024 lalu": history, not the event
    if published is not None:
        if day > published:
            score -= 6.0
        elif (published - day).days > 120:
            score -= 3.0
    if s.is_title or s.is_lead:
        score += 1.0
    if any(p.search(s.text) for pats in V.EVENT_CUES.values() for p in pats):
        score += 1.0
    if V.SPEECH.search(s.text):
        score += 0.5
    score -= 0.02 * s.index
    return score
