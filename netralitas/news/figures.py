"""Published counts in a news article: "Bawaslu Kabupaten Konawe mencatat tiga laporan dugaan
pelanggaran netralitas ASN" -> alleged_violations_total 3 cases, Bawaslu Kabupaten Konawe.

Rule-based, like the event extractor, with its words in ``vocabulary.yml`` (``figures``): a
number (digits or words), the unit word after it (persons or cases), and the stage of the
enforcement chain named around it. Numbers that are something else (years, dates, regulation and
ballot numbers, shares, durations, attendance) are passed over. Each figure keeps the sentence it
came from and what a curator should check (``doubts``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from netralitas.news import vocabulary as V
from netralitas.news.dates import DateHit, find_dates
from netralitas.news.extract import election_from_date, election_words
from netralitas.news.places import Office, find_offices, place_index
from netralitas.news.text import Sentence, clean_lines, split_into_sentences
from netralitas.pipeline.regions import Gazetteer, gazetteer

_F = V.FIGURES
NUMBER_WORDS: dict[str, int] = dict(_F["number_words"])
UNITS: dict[str, re.Pattern[str]] = {unit: re.compile(p) for unit, p in _F["units"].items()}
NOT_BEFORE = re.compile(_F["not_a_count_before"])
NOT_AFTER = re.compile(_F["not_a_count_after"])
ATTENDANCE = re.compile(_F["attendance"])
METRICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((m, re.compile(p)) for m, p in _F["metrics"])
CLAUSE_BREAK = re.compile(_F["clause_break"])
RECIPIENT_BEFORE = re.compile(_F["recipient_before"])
WEAK_BODY = re.compile(_F["weak_bodies"])
# "Menurut Pj Bupati Kampar, BKN ..." names the speaker; "Menurut dia" / "kami" point back to the article's body.
SPEAKER_BEFORE = re.compile(r"(?i)\b(?:menurut|kata|ujar|jelas|sebut)\s+$")
SPEAKER_PRONOUN = re.compile(r"(?i)^\W*(?:menurut\s+(?:dia|ia|beliau|mereka)\b)|\bkami\b")
_MONTH_AFTER = re.compile(r"(?i)^\s*(?:" + "|".join(map(re.escape, V.MONTHS)) + r")\b")
_WORDS = sorted(NUMBER_WORDS, key=len, reverse=True)
NUMBER = re.compile(
    r"(?<![\w/.,])(?P<digits>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)|(?i:\b(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS)
    + r")\b)"
)
# How far around a number its stage and unit words are looked for (characters).
WINDOW = 90
# Count words that make a number without a unit word a count all the same ("mencapai 14").
COUNT_WORDS = re.compile(r"(?i)\b(?:sebanyak|mencapai|berjumlah|jumlahnya|total|sejumlah|ada)\s*$")


@dataclass
class Figure:
    """One count an article states, with where it came from and what to check."""

    metric: str
    value: int
    unit: str | None  # persons | cases; None when no unit word follows the number
    reporting_body: str | None
    scope_level: str | None  # national | province | regency_city (from the body); None when unknown
    province_code: str | None
    regency_code: str | None
    as_of_date: str | None
    date_precision: str | None
    election: str | None
    sentence: str
    doubts: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _value(m: re.Match[str]) -> int:
    if m.group("digits"):
        return int(m.group("digits").replace(".", ""))
    return NUMBER_WORDS[re.sub(r"\s+", " ", m.group("word").lower())]


def _clause(text: str, start: int, end: int) -> str:
    """The clause a number stands in: from the break before it to the break after it."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_BREAK.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _metric(text: str, start: int, end: int, previous: str = "") -> str | None:
    """The stage a count belongs to: named in its own clause first, else in its sentence, else
    (for "jumlahnya mencapai 27") in the sentence before."""
    for scope in (_clause(text, start, end), text[max(0, start - WINDOW) : end + WINDOW], previous):
        for metric, pattern in METRICS:
            if scope and pattern.search(scope):
                return metric
    return None


def _unit(after: str) -> str | None:
    for unit, pattern in UNITS.items():
        if pattern.match(after):
            return unit
    return None


def _is_count(text: str, m: re.Match[str]) -> bool:
    before, after = text[: m.start()], text[m.end() :]
    if NOT_BEFORE.search(before) or NOT_AFTER.match(after) or _MONTH_AFTER.match(after):
        return False
    if m.group("digits"):
        n = int(m.group("digits").replace(".", ""))
        if 1900 <= n <= 2100 and "." not in m.group("digits"):
            return False  # a year
    return True


def _office(offices: list[Office], s: Sentence, at: int) -> Office | None:
    """The body stating the number: an office in its sentence that is not the count's recipient
    ("diteruskan ke BKN"), a body of its own before a council discussing it, the nearest before the
    number first; else a body named without its place ("Bawaslu mencatat ...") taken as that body's
    office named last before this sentence."""
    here = [o for o in offices if o.sentence.index == s.index and not RECIPIENT_BEFORE.search(s.text[: o.start])]
    speaker = [o for o in here if SPEAKER_BEFORE.search(s.text[: o.start])]
    if speaker:
        return speaker[0]
    if SPEAKER_PRONOUN.search(s.text):
        return None  # "menurut dia", "kami": the article's own body speaks
    if here:
        return min(here, key=lambda o: (bool(WEAK_BODY.match(o.actor)), o.start > at, abs(o.start - at)))
    bare = [
        m.group(0)
        for m in re.finditer(r"\b(?:Bawaslu|KASN|BKN|Kemendagri)\b", s.text[:at])
        if not RECIPIENT_BEFORE.search(s.text[: m.start()])
    ]
    earlier = [o for o in offices if bare and o.inst == bare[-1] and o.sentence.index <= s.index]
    return earlier[-1] if earlier else None


def _body_name(office: Office) -> str:
    """The body as the record names it: its region's own name ("Bawaslu Provinsi Jawa Tengah" for
    "Bawaslu Jateng"), an office without a level word as written ("Pj Bupati Kampar")."""
    region = office.region
    if region is None or not office.inst or not office.takes_level:
        return office.actor
    if region.level == 1:
        return f"{office.inst} Provinsi {region.name}"
    return f"{office.inst} {region.name}"


def _scope(office: Office | None) -> tuple[str | None, str | None, str | None]:
    """(scope_level, province_code, regency_code) of the body."""
    if office is None:
        return None, None, None
    if office.level == "nasional" or office.region is None:
        return "national", None, None
    r = office.region
    if r.level == 1 or office.level == "provinsi":
        return "province", r.province_code, None
    return "regency_city", r.province_code, r.code


def extract_figures(text: str, published: date | None = None, gaz: Gazetteer | None = None) -> list[Figure]:
    """The counts an article states about ASN neutrality enforcement (an empty list if none)."""
    gaz = gaz or gazetteer()
    sentences = split_into_sentences(clean_lines(text))
    full = " ".join(s.text for s in sentences)
    if not sentences or not (V.TOPIC.search(full) and V.TOPIC_ASN.search(full)):
        return []
    offices = find_offices(sentences, place_index(gaz))
    dates = find_dates(sentences, published)
    # The article's first office of its own (not a council discussing it) stands in for a body.
    lead = next((o for o in offices if o.inst and not WEAK_BODY.match(o.actor)), None)
    named_election, _ = election_words(sentences, None)
    family = "pilkada" if re.search(r"\bpilkada|pemilihan\s+(?:kepala|gubernur|bupati|wali)", full, re.I) else None
    out: list[Figure] = []
    seen: set[tuple[object, ...]] = set()
    for s in sentences:
        for m in NUMBER.finditer(s.text):
            if not _is_count(s.text, m):
                continue
            previous = sentences[s.index - 1].text if s.index > 0 else ""
            metric = _metric(s.text, m.start(), m.end(), previous)
            after = s.text[m.end() :]
            unit = _unit(after)
            doubts: list[str] = []
            if metric is None:
                continue
            if unit == "persons" and metric in ("reports_received", "alleged_violations_total"):
                metric = "asn_reported"  # persons reported are ASN reported, whatever the verb
            if unit is None:
                if not COUNT_WORDS.search(s.text[: m.start()]):
                    continue
                doubts.append("number_without_unit")
            if ATTENDANCE.search(s.text[max(0, m.start() - 40) : m.end() + 20]) and metric != "sanctions_imposed":
                continue
            office = _office(offices, s, m.start())
            if office is None:
                office = lead
                doubts.append("body_from_article")
            level, province, regency = _scope(office)
            if office is None or (level != "national" and province is None):
                doubts.append("unresolved_place")
            day, precision = _date(dates, s, published, doubts)
            election = named_election or election_from_date(date.fromisoformat(day) if day else None, family)
            if election is None:
                doubts.append("no_election")
            figure = Figure(
                metric=metric,
                value=_value(m),
                unit=unit,
                reporting_body=_body_name(office) if office is not None else None,
                scope_level=level,
                province_code=province,
                regency_code=regency,
                as_of_date=day,
                date_precision=precision,
                election=election,
                sentence=s.text,
                doubts=doubts,
            )
            key = (figure.metric, figure.value, figure.unit)  # a headline number repeated in the text
            if key not in seen:
                seen.add(key)
                out.append(figure)
    return out


def _date(
    dates: list[DateHit], s: Sentence, published: date | None, doubts: list[str]
) -> tuple[str | None, str | None]:
    """The date the count was stated: a date in its sentence, else the article's own date (its
    dateline "Senin (21/10/2024)"), else the publication date."""
    usable = [d for d in dates if d.score > -2.0]
    here = [d for d in usable if d.sentence.index == s.index]
    best = max(here or usable, key=lambda d: d.score) if usable else None
    if best is not None:
        if not re.search(r"\d", best.text):
            doubts.append("weekday_only_date")
        return best.day.isoformat(), best.precision
    if published is not None:
        doubts.append("date_from_publication")
        return published.isoformat(), "day"
    doubts.append("no_date")
    return None, None
