"""The extractor: an Indonesian news article in, dated and coded events out.

Rule-based and offline (no network, no model download). The article is cut
into sentences; each field is chosen by scoring candidates found in the text
and keeps the sentence it came from as evidence:

- dates in their Indonesian forms ("Selasa 17 September 2024", "Kamis
  (5/9/2024)", "12 Okt 2024", "kemarin" with a publication date), scored so
  that the date of the event wins over a future voting day ("27 November 2024
  mendatang") or the date of a regulation that is only cited;
- the event type from cue words (deklarasi, ikrar, pakta integritas, apel,
  surat edaran, instruksi, sosialisasi, RDP / Komisi I, sanksi dijatuhkan),
  weighted by where they stand (title, lead, the dated sentence, the object of
  a verb such as "menggelar"); a dated quote of an official with no activity
  is a ``statement``;
- regions through the gazetteer and its alias table, with the office in front
  of a name ("Pemkot", "Pj Wali Kota", "Bupati", "Bawaslu Kota") deciding
  between a kabupaten and a kota of the same name and between a province-level
  and a regency-level event; a region named only as an example
  ("seperti di ...") does not become the event's region;
- the election from its words and year ("Pilkada serentak 2024", "Pemilu
  2024") or, failing that, from the date;
- reference numbers of instructions and circulars, never of a law cited.

An article with no neutrality topic, no region, or neither an activity nor a
dated statement by someone in office yields no event: curators review every
field before anything is stored (see ``pages/tambah_berita.py``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

from netralitas import domain
from netralitas.news import vocabulary as V
from netralitas.news.dates import DateHit, find_dates
from netralitas.news.places import Office, Places, dateline_region, find_offices, place_index
from netralitas.news.text import Sentence, clean_lines, split_into_sentences
from netralitas.pipeline.regions import Gazetteer, Region, gazetteer

FIELDS = (
    "event_date",
    "date_precision",
    "event_type",
    "also_types",
    "election",
    "province_code",
    "regency_code",
    "actor",
    "reference_no",
)


def event_types() -> tuple[str, ...]:
    """The event types, in their curated order (``event_types.csv``)."""
    return domain.load().event_type_ids


@dataclass
class Event:
    """One event an article reports, with the sentence behind each field."""

    event_date: str | None
    date_precision: str | None
    event_type: str
    also_types: list[str]
    election: str | None
    province_code: str | None
    regency_code: str | None
    actor: str | None
    reference_no: str | None
    evidence: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _cue_hits(sentences: list[Sentence]) -> dict[str, list[tuple[Sentence, float, bool]]]:
    """Per type: (sentence, weight, whether a verb of doing stands next to the cue)."""
    out: dict[str, list[tuple[Sentence, float, bool]]] = defaultdict(list)
    for s in sentences:
        for kind, pats in V.EVENT_CUES.items():
            for pat in pats:
                for m in pat.finditer(s.text):
                    before = s.text[: m.start()]
                    if V.HYPOTHETICAL.search(before) or V.NEGATED.search(before):
                        continue
                    if kind == "sanction_announcement" and re.search(r"\b(?:akan|bisa|dapat|bakal)\s*$", before):
                        continue
                    weight = 1.0
                    window = s.text[max(0, m.start() - 60) : m.end() + 40]
                    done = bool(V.EVENT_VERB.search(window))
                    if done:
                        weight += 1.5
                    if s.is_title:
                        weight += 2.0
                    elif s.is_lead:
                        weight += 1.5
                    out[kind].append((s, weight, done))
    return out


def election_words(sentences: list[Sentence], focus: Sentence | None) -> tuple[str | None, Sentence | None]:
    """The election the article names by word and year ("Pilkada serentak 2024", "Pemilu 2024") and
    the first sentence naming it; mentions in ``focus``, the title or the lead weigh more, one
    followed by "lalu" / "silam" / "sebelumnya" less. (None, None) when it names none we know."""
    scores: dict[str, float] = defaultdict(float)
    where: dict[str, Sentence] = {}
    by_kind_year = {(e.election_type, e.voting_date.year): e.election_id for e in domain.load().elections}
    for s in sentences:
        for m in V.ELECTION_WORDS.finditer(s.text):
            kind = " ".join(m.group("kind").lower().split())
            year = int(m.group("year"))  # the pattern keeps word and year within one clause
            family = "pemilu" if kind in ("pemilu", "pemilihan umum", "pileg", "pilpres") else "pilkada"
            if family == "pilkada" and kind == "pemilihan" and year % 5 == 4 and year <= 2019:
                family = "pemilu"
            found = by_kind_year.get((family, year))
            if found is None:
                continue
            eid = found
            weight = 1.0
            after = s.text[m.end() : m.end() + 12]
            if re.match(r"^\s*(?:lalu|silam|sebelumnya)", after, re.I):
                weight = 0.3
            if focus is not None and s.index == focus.index:
                weight += 1.0
            if s.is_title or s.is_lead:
                weight += 0.5
            scores[eid] += weight
            where.setdefault(eid, s)
    valid = dict(scores)
    if not valid:
        return None, None
    best = max(valid, key=lambda e: valid[e])
    return best, where[best]


def election_from_date(day: date | None, family: str | None) -> str | None:
    """The election whose working period holds ``day``, of ``family`` if one of that family does;
    where periods overlap, the one listed last in the curated elections."""
    if day is None:
        return None
    elections = [e for e in reversed(domain.load().elections) if e.work_start <= day <= e.work_end]
    if family:
        fam = [e.election_id for e in elections if e.election_type == family]
        if fam:
            return fam[0]
    return elections[0].election_id if elections else None


# -- the extractor ------------------------------------------------------------------


def extract(text: str, published: date | None = None, gaz: Gazetteer | None = None) -> list[Event]:
    """The events one article reports (an empty list when it reports none)."""
    gaz = gaz or gazetteer()
    places = place_index(gaz)
    lines = clean_lines(text)
    sentences = split_into_sentences(lines)
    if not sentences:
        return []
    full = " ".join(s.text for s in sentences)
    if not (V.TOPIC.search(full) and V.TOPIC_ASN.search(full)):
        return []

    dates = find_dates(sentences, published)
    cues = _cue_hits(sentences)
    offices = find_offices(sentences, places)
    best_date = _event_date(dates)
    kind = _event_type(sentences, cues, best_date)
    if kind is None:
        return []
    event_type, type_evidence, also = kind
    actor_office = _pick_actor(offices, type_evidence, best_date, event_type)
    if event_type == "statement" and actor_office is None:
        return []  # a quote from nobody in office (a commentator, a resident) is not an event
    place = _event_place(sentences, places, actor_office, lines, type_evidence, best_date)
    if place is None:
        return []
    province_code, regency_code, region_evidence = place
    election, election_sentence = _event_election(sentences, full, best_date, type_evidence, published)
    reference, reference_sentence = _pick_reference(sentences, event_type)

    # The sentence each field came from, for the curator to check.
    sources = {
        "event_date": best_date.sentence if best_date is not None else None,
        "event_type": type_evidence,
        "region": region_evidence,
        "actor": actor_office.sentence if actor_office is not None else None,
        "election": election_sentence,
        "reference_no": reference_sentence,
    }
    evidence = {field: sentence.text for field, sentence in sources.items() if sentence is not None}

    return [
        Event(
            event_date=best_date.day.isoformat() if best_date else None,
            date_precision=best_date.precision if best_date else None,
            event_type=event_type,
            also_types=also,
            election=election,
            province_code=province_code,
            regency_code=regency_code,
            actor=actor_office.actor if actor_office else None,
            reference_no=reference,
            evidence=evidence,
        )
    ]


def _event_date(dates: list[DateHit]) -> DateHit | None:
    """The best-scored date, unless even the best scores below -2: every date found is then one the
    context marks as not the event's (still to come, a voting day, a regulation cited, long past)."""
    best_date = max(dates, key=lambda h: h.score) if dates else None
    if best_date is not None and best_date.score < -2.0:
        return None
    return best_date


def _event_type(
    sentences: list[Sentence], cues: dict[str, list[tuple[Sentence, float, bool]]], best_date: DateHit | None
) -> tuple[str, Sentence, list[str]] | None:
    """The event's type, the sentence it was read from, and the other activities the article
    reports (``also_types``); ``statement`` for a dated quote on the topic with no activity; none
    for an article with neither.

    The primary type is the activity of the event itself (its strongest single cue, boosted in the
    dated sentence); a pledge read at a socialisation stays an "also" type."""
    best_hit: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    type_sentence: dict[str, Sentence] = {}
    for kind, hits in cues.items():
        for s, weight, _done in hits:
            bonus = 2.0 if best_date is not None and s.index == best_date.sentence.index else 0.0
            total[kind] += weight
            if weight + bonus > best_hit[kind]:
                best_hit[kind] = weight + bonus
                type_sentence[kind] = s
    strong = {k: best_hit[k] + 0.15 * total[k] for k in best_hit if best_hit[k] >= 2.5}
    if strong:
        order = event_types()
        event_type = max(strong, key=lambda k: (strong[k], -order.index(k)))
        also = sorted(
            (k for k, v in strong.items() if k != event_type and k != "other" and _is_activity(cues[k])),
            key=order.index,
        )
        return event_type, type_sentence[event_type], also
    speech = [
        s
        for s in sentences
        if V.SPEECH.search(s.text)
        and V.TOPIC.search(" ".join(x.text for x in sentences[max(0, s.index - 2) : s.index + 3]))
    ]
    if not speech or best_date is None:
        return None
    return "statement", speech[0], []


def _event_place(
    sentences: list[Sentence],
    places: Places,
    actor: Office | None,
    lines: list[str],
    type_evidence: Sentence,
    best_date: DateHit | None,
) -> tuple[str | None, str | None, Sentence | None] | None:
    """(province code, regency code, the sentence that names it): neither code for a national
    body; else the actor's region, else the best-scored mention; a province-level event (by its
    region or its actor's office) has no regency. None when the article names no region."""
    if actor is not None and actor.level == "nasional":
        return None, None, actor.sentence
    region, region_evidence = _pick_region(sentences, places, actor, lines, type_evidence, best_date)
    if region is None:
        return None
    province_level = region.level == 1
    if actor is not None and actor.region is not None and actor.region.level == 1:
        province_level = True
    return region.province_code, None if province_level else region.code, region_evidence


def _event_election(
    sentences: list[Sentence], full: str, best_date: DateHit | None, type_evidence: Sentence, published: date | None
) -> tuple[str | None, Sentence | None]:
    """The election the article names ("Pilkada serentak 2024"), read near the event's date; else
    the one whose working period holds the event's date (or the publication date), of the family
    the article's words suggest."""
    election, election_sentence = election_words(sentences, best_date.sentence if best_date else type_evidence)
    if election is None:
        election = election_from_date(best_date.day if best_date else published, _election_family(full))
    return election, election_sentence


def _election_family(full: str) -> str | None:
    """``pilkada`` or ``pemilu`` from the words of the whole article (pilkada first), or none."""
    if re.search(r"\bpilkada|pemilihan\s+(?:kepala|gubernur|bupati|wali|serentak)", full, re.I):
        return "pilkada"
    if re.search(r"\bpemilu|pileg|pilpres", full, re.I):
        return "pemilu"
    return None


def _is_activity(hits: list[tuple[Sentence, float, bool]]) -> bool:
    """A cue that names something done in the article (a verb next to it)."""
    return any(done for _, _, done in hits)


def _pick_actor(
    offices: list[Office], evidence: Sentence | None, best_date: DateHit | None, event_type: str
) -> Office | None:
    """The office that is the subject of the activity (a verb of doing after it), or for a
    ``statement`` the speaker; offices in the type's or the date's sentence weigh more, an office
    named as an example or as the object of the verb less."""
    if not offices:
        return None
    focus = [x for x in (evidence, best_date.sentence if best_date else None) if x is not None]

    def score(o: Office) -> float:
        s = o.sentence
        value = -0.05 * s.index
        tail = s.text[o.end : o.end + 120]
        head = s.text[: o.start]
        if any(s.index == f.index for f in focus):
            value += 3.0
        if event_type == "statement":
            if V.SPEECH.search(tail) or V.SPEECH.search(head[-40:]):
                value += 2.0
        elif V.EVENT_VERB.search(tail[:60]):
            value += 3.0
        if V.EVENT_VERB.search(head[-30:]) and event_type != "statement":
            value -= 1.0  # the object of the verb ("bersama Pemkot ...") is not the organiser
        if V.EXAMPLE.search(head[-40:]):
            value -= 3.0
        if s.is_title:
            value -= 0.5
        if re.match(r"\s*(?:dan|serta)\s+Wakil", s.text[o.end :]):
            value -= 2.0
        return value

    return max(offices, key=score)


def _pick_region(
    sentences: list[Sentence],
    places: Places,
    actor: Office | None,
    lines: list[str],
    type_evidence: Sentence | None,
    best_date: DateHit | None,
) -> tuple[Region | None, Sentence | None]:
    """The actor's region if the office has one; else the best-scored mention (the best regency/city
    unless the best province scores over 1.25 times as much), with the sentence naming it."""
    scores: dict[str, float] = defaultdict(float)
    where: dict[str, Sentence] = {}
    focus = {x.index for x in (type_evidence, best_date.sentence if best_date else None) if x is not None}
    for s in sentences:
        example_at = [m.end() for m in V.EXAMPLE.finditer(s.text)]
        for region, weight, offset, level in places.mentions(s):
            w = weight * (1.5 if level else 1.0)
            if any(e <= offset < e + 80 for e in example_at):
                w *= 0.1
            if s.index in focus:
                w *= 2.0
            if s.is_title:
                w *= 2.0
            scores[region.code] += w
            where.setdefault(region.code, s)
    if actor is not None and actor.region is not None:
        scores[actor.region.code] += 6.0
        where[actor.region.code] = actor.sentence
    dateline = dateline_region(lines, places)
    if dateline is not None:
        scores[dateline.code] += 2.0
    if not scores:
        return None, None
    gaz = places.gaz
    # A province gains from its regencies only when no regency stands out.
    regency = [c for c in scores if gaz.regions[c].level == 2]
    best_regency = max(regency, key=lambda c: scores[c]) if regency else None
    provinces = [c for c in scores if gaz.regions[c].level == 1]
    best_province = max(provinces, key=lambda c: scores[c]) if provinces else None
    if actor is not None and actor.region is not None:
        return actor.region, actor.sentence
    if best_regency is not None and (best_province is None or scores[best_regency] >= 0.8 * scores[best_province]):
        return gaz.regions[best_regency], where.get(best_regency)
    if best_province is not None:
        return gaz.regions[best_province], where.get(best_province)
    return None, None


def _pick_reference(sentences: list[Sentence], event_type: str) -> tuple[str | None, Sentence | None]:
    """The first document number after a document's name (an instruction's for an instruction, a
    circular's for a circular), never after a regulation; only for types that carry one."""
    if event_type not in ("instruction", "circular", "sanction_announcement", "other"):
        return None, None
    wanted = {"instruction": ("instruksi",), "circular": ("edaran", "se")}.get(event_type)
    for s in sentences:
        for m in V.REFERENCE_NUMBER.finditer(s.text):
            before = s.text[: m.start()]
            doc = V.REFERENCE_DOCUMENT.search(before)
            if doc is None or V.REGULATION_BEFORE.search(before[doc.end() :] + " "):
                continue
            name = doc.group("doc").lower()
            if wanted and not any(w in name.split() or name.startswith(w) for w in wanted):
                continue
            number = re.sub(r"\s*/\s*", "/", m.group("no")).rstrip(".,-")
            return number, s
    return None, None


def to_json(events: Iterable[Event]) -> str:
    return json.dumps([e.as_dict() for e in events], ensure_ascii=False, indent=2)


def to_csv(events: Iterable[Event]) -> str:
    buf = io.StringIO()
    cols = [
        *FIELDS,
        *(f"evidence_{f}" for f in ("event_date", "event_type", "region", "actor", "election", "reference_no")),
    ]
    writer = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    writer.writeheader()
    for e in events:
        row: dict[str, object] = {f: getattr(e, f) for f in FIELDS}
        row["also_types"] = ";".join(e.also_types)
        for k, v in e.evidence.items():
            row[f"evidence_{k}"] = v
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()
