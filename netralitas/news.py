"""News intake: turn an Indonesian news article into dated, coded events.

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
dated statement yields no event: curators review every field before anything
is stored (see ``pages/tambah_berita.py``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from netralitas import domain
from netralitas.pipeline.regions import Gazetteer, Region, gazetteer, normalise

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

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agus": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
}
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}


MAX_ARTICLE_CHARS = 60_000  # a long news article is ~15,000 characters


def refuse_text(text: str) -> str:
    """Why a pasted article is refused ('' when it is fine): binary content or too long."""
    if len(text) > MAX_ARTICLE_CHARS:
        return "news.too_long"
    if "\x00" in text or sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\n\r\t") > 10:
        return "news.binary"
    return ""


def event_types() -> tuple[str, ...]:
    """The event types, in their curated order (``event_types.csv``)."""
    return domain.load().event_type_ids


def voting_days() -> dict[date, str]:
    """Voting days: a date that equals one is the election, not an event about it."""
    return {e.voting_date: e.election_id for e in domain.load().elections}


_WD = r"(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
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
    r"pekan\s+lalu|minggu\s+lalu|(?P<n>\d+|dua|tiga|empat|lima)\s+hari\s+(?:lalu|yang\s+lalu)|"
    + _WD
    + r"\s+(?:lalu|kemarin|pekan\s+lalu|minggu\s+lalu))\b",
    re.I,
)
_NUMBERS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5}
_FUTURE_AFTER = re.compile(r"^[\s,)]*(?:mendatang|nanti|yang\s+akan\s+datang|besok|depan)", re.I)
_FUTURE_BEFORE = re.compile(
    r"(?:akan\s+(?:digelar|diselenggarakan|dilaksanakan|berlangsung)|pemungutan\s+suara|pencoblosan|hari\s+h|"
    r"jadwal|dijadwalkan|rencananya|direncanakan)[^.]{0,60}$",
    re.I,
)
_REGULATION_BEFORE = re.compile(
    r"\b(?:PP|UU|Undang-Undang|Peraturan|Permen\w*|PKPU|Perpres|Perbawaslu|SKB|Keputusan\s+Bersama|"
    r"Surat\s+Keputusan\s+Bersama)\b[^.]{0,80}$"
)
_PAST_AFTER = re.compile(r"^[\s,)]*lalu\b", re.I)
_ISSUED_BEFORE = re.compile(r"(?:tertanggal|ditandatangani|diterbitkan|dikeluarkan|terbit)\s+(?:pada\s+)?$", re.I)

# -- event types ---------------------------------------------------------------

_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    "declaration": (
        re.compile(r"\bdeklarasi\b(?![^.]{0,15}\b(?:dukungan|pemenangan|kampanye|paslon|pasangan))", re.I),
        re.compile(r"\bikrar\b", re.I),
        re.compile(r"\bpakta\s+integritas\b", re.I),
        re.compile(r"\bapel\b[^.]{0,60}\bnetral", re.I),
        re.compile(r"\bpenandatanganan\s+(?:komitmen|pernyataan)\s+netral", re.I),
        re.compile(r"\bmenandatangani\s+(?:komitmen|pernyataan)\s+netral", re.I),
    ),
    "instruction": (
        re.compile(
            r"\binstruksi\s+(?:gubernur|bupati|wali\s*kota|pj\.?|penjabat|sekda|sekretaris\s+daerah|kepala)", re.I
        ),
        re.compile(r"\binstruksi\b[^.]{0,40}\bnomor\b", re.I),
        re.compile(r"\b(?:menerbitkan|mengeluarkan|meneken)\s+instruksi\b", re.I),
    ),
    "circular": (
        re.compile(r"\bsurat\s+edaran\b", re.I),
        re.compile(r"\bSE\s+(?:Nomor|No\.?|Gubernur|Bupati|Wali\s*Kota|Sekda|Pj|Bersama|tentang)\b"),
        re.compile(r"\bedaran\b", re.I),
    ),
    "socialization": (
        re.compile(r"\bsosialisasi\b", re.I),
        re.compile(r"\b(?:bimbingan\s+teknis|bimtek|penyuluhan|diseminasi)\b", re.I),
        re.compile(r"\b(?:seminar|lokakarya|workshop|dialog\s+publik)\b[^.]{0,60}\bnetral", re.I),
    ),
    "hearing": (
        re.compile(r"\brapat\s+dengar\s+pendapat\b", re.I),
        re.compile(r"\bRDP\b"),
        re.compile(r"\brapat\s+kerja\b[^.]{0,80}\b(?:komisi|dprd)\b", re.I),
        re.compile(r"\bkomisi\s+(?:I|1|satu)\s+DPRD\b[^.]{0,120}\b(?:rapat|memanggil|kunjungan|hearing)", re.I),
        re.compile(r"\b(?:rapat|kunjungan\s+kerja|hearing)\b[^.]{0,80}\bkomisi\s+(?:I|1|satu)\b", re.I),
    ),
    "sanction_announcement": (
        re.compile(
            r"(?<!akan )(?<!bisa )(?<!dapat )(?<!bakal )\b(?:dijatuhi|menjatuhkan|dijatuhkan|menjatuhi|"
            r"mendapat|mendapatkan|dikenai|dikenakan|telah\s+diberi|sudah\s+diberi|resmi\s+diberi)\s+"
            r"(?:hukuman\s+|sanksi\s+|sanksi)",
            re.I,
        ),
        re.compile(r"\bsanksi\b[^.]{0,60}\b(?:telah|sudah|resmi)\s+(?:dijatuhkan|diberikan|ditetapkan)", re.I),
        re.compile(r"\b(?:telah|sudah|resmi)\s+(?:diberhentikan|dicopot|dinonaktifkan)\b", re.I),
    ),
    "other": (
        re.compile(r"\b(?:satgas|satuan\s+tugas)\b[^.]{0,60}\bnetral", re.I),
        re.compile(r"\bposko\s+(?:pengaduan|netral)", re.I),
        re.compile(r"\b(?:rapat\s+koordinasi|rakor)\b", re.I),
        re.compile(r"\b(?:nota\s+kesepahaman|MoU)\b"),
    ),
}
_EVENT_VERB = re.compile(
    r"\b(?:menggelar|digelar|menyelenggarakan|diselenggarakan|melaksanakan|dilaksanakan|mengadakan|diadakan|"
    r"melakukan|dilakukan|menerbitkan|diterbitkan|mengeluarkan|dikeluarkan|menandatangani|ditandatangani|"
    r"penandatanganan|membacakan|pembacaan|dibacakan|mengikuti|diikuti|memimpin|dipimpin|meneken|memanggil|"
    r"menjatuhkan|dijatuhi|dijatuhkan|membentuk|meluncurkan|memberikan)\b",
    re.I,
)
_SPEECH = re.compile(
    r"\b(?:ujar|ujarnya|kata|katanya|ucap|ucapnya|tutur|tuturnya|ungkap|ungkapnya|tegas|tegasnya|jelas|jelasnya|"
    r"imbuh|imbuhnya|menegaskan|mengatakan|menyampaikan|mengungkapkan|menjelaskan|mengimbau|meminta|"
    r"mengingatkan|menekankan|dikonfirmasi|saat\s+ditemui|kepada\s+wartawan)\b",
    re.I,
)
_TOPIC = re.compile(r"\bnetral|\b(?:ber)?kampanye\b|\bpolitik\s+praktis|\bpasangan\s+calon|\bpaslon\b", re.I)
_TOPIC_ASN = re.compile(r"\b(?:ASN|PNS|aparatur|pegawai|PPPK|lurah|camat|kepala\s+desa)\b", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:akan|bakal|berencana|rencananya|direncanakan|dijadwalkan|hendak|jika|apabila|bila|kalau|bisa|dapat|"
    r"harus|wajib|perlu|mesti)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_NEGATED = re.compile(r"\b(?:belum|tidak|tak|bukan|tanpa)\s+(?:\w+\s+){0,2}$", re.I)
_EXAMPLE = re.compile(
    r"\b(?:seperti|misalnya|contohnya|sebagai\s+contoh|antara\s+lain|di\s+antaranya|termasuk|berbeda\s+dengan|"
    r"sebelumnya\s+di|sementara\s+(?:itu\s+)?di|menyusul|mengikuti\s+jejak|meniru)\b",
    re.I,
)

# -- offices and regions ---------------------------------------------------------

_LEVEL_WORD = {"kota": "kota", "kabupaten": "kabupaten", "kab": "kabupaten", "provinsi": "provinsi", "prov": "provinsi"}
_LVL = (
    r"(?:\s+(?P<lvl>Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?))?"
    r"(?:\s*\((?:Sekdakot|Sekdakab|Sekdaprov|Pemkot|Pemkab|Pemprov)\))?"
)
# (pattern, canonical institution, implied level, institution takes a level word)
_OFFICES: tuple[tuple[re.Pattern[str], str, str | None, bool], ...] = (
    (re.compile(r"\bPemerintah\s+Kota(?:\s*\(Pemkot\))?", re.I), "Pemkot", "kota", False),
    (re.compile(r"\bPemerintah\s+Kabupaten(?:\s*\(Pemkab\))?", re.I), "Pemkab", "kabupaten", False),
    (re.compile(r"\bPemerintah\s+Provinsi(?:\s*\(Pemprov\))?", re.I), "Pemprov", "provinsi", False),
    (re.compile(r"\bPemkot\b"), "Pemkot", "kota", False),
    (re.compile(r"\bPemkab\b"), "Pemkab", "kabupaten", False),
    (re.compile(r"\bPemprov\b"), "Pemprov", "provinsi", False),
    (re.compile(r"\b(?:Penjabat|Pj\.?)\s*(?:\(Pj\)\s*)?Wali\s*kota", re.I), "Pj Wali Kota", "kota", False),
    (re.compile(r"\b(?:Penjabat|Pj\.?)\s*(?:\(Pj\)\s*)?Bupati", re.I), "Pj Bupati", "kabupaten", False),
    (re.compile(r"\b(?:Penjabat|Pj\.?)\s*(?:\(Pj\)\s*)?Gubernur", re.I), "Pj Gubernur", "provinsi", False),
    (
        re.compile(r"\b(?:Penjabat|Pj\.?)\s*(?:\(Pj\)\s*)?(?:Sekretaris\s+Daerah|Sekda)(?:\s*\(Sekda\))?" + _LVL, re.I),
        "Pj Sekda",
        None,
        True,
    ),
    (re.compile(r"\bSekdakot\b", re.I), "Sekda", "kota", True),
    (re.compile(r"\bSekdakab\b", re.I), "Sekda", "kabupaten", True),
    (re.compile(r"\bSekdaprov\b", re.I), "Sekda", "provinsi", True),
    (re.compile(r"\b(?:Sekretaris\s+Daerah|Sekda)(?:\s*\(Sekda\))?" + _LVL, re.I), "Sekda", None, True),
    (re.compile(r"\bWakil\s+Wali\s*kota", re.I), "Wakil Wali Kota", "kota", False),
    (re.compile(r"\bWakil\s+Bupati", re.I), "Wakil Bupati", "kabupaten", False),
    (re.compile(r"\bWakil\s+Gubernur", re.I), "Wakil Gubernur", "provinsi", False),
    (re.compile(r"\bWali\s*kota\b", re.I), "Wali Kota", "kota", False),
    (re.compile(r"\bBupati\b"), "Bupati", "kabupaten", False),
    (re.compile(r"\bGubernur\b"), "Gubernur", "provinsi", False),
    (re.compile(r"\bKomisi\s+(?:I|1|Satu)\s+DPRD" + _LVL), "Komisi I DPRD", None, True),
    (re.compile(r"\bDPRD" + _LVL), "DPRD", None, True),
    (re.compile(r"\b(?:Badan\s+Pengawas\s+Pemilu\s*\(Bawaslu\)|Bawaslu)" + _LVL), "Bawaslu", None, True),
    (re.compile(r"\b(?P<inst>BKPSDM|BKPSDMD|BKPP|BKD|BKDPSDM|BKPPD)\b" + _LVL), "", None, True),
    (re.compile(r"\bInspektorat" + _LVL), "Inspektorat", None, True),
)
# National bodies: an event they hold or a statement they make has no region.
_NATIONAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:Bawaslu|Badan\s+Pengawas\s+Pemilu(?:\s*\(Bawaslu\))?)\s+(?:RI|Republik\s+Indonesia)\b"),
        "Bawaslu RI",
    ),
    (re.compile(r"\b(?:KASN|Komisi\s+Aparatur\s+Sipil\s+Negara)\b"), "KASN"),
    (re.compile(r"\b(?:BKN|Badan\s+Kepegawaian\s+Negara)\b(?!\s+(?:Kantor\s+)?Regional)"), "BKN"),
    (re.compile(r"\b(?:Kemendagri|Kementerian\s+Dalam\s+Negeri|Mendagri|Menteri\s+Dalam\s+Negeri)\b"), "Kemendagri"),
    (re.compile(r"\b(?:Kemen\s?PAN-?RB|Menteri\s+PAN-?RB|MenPAN-?RB)\b", re.I), "KemenPAN-RB"),
)
_PLACE = re.compile(r"\s*,?\s*(?P<place>(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
_QUALIFIER_BEFORE = re.compile(
    r"(?P<q>Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?|Pemkot|Pemkab|Pemprov|Wali\s*kota|Walikota|Bupati|Gubernur)"
    r"(?:\s*\((?:Pemkot|Pemkab|Pemprov|Sekdakot|Sekdakab)\))?\s+$",
    re.I,
)
_QUALIFIER_LEVEL = {
    "kota": "kota",
    "pemkot": "kota",
    "walikota": "kota",
    "wali kota": "kota",
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kab.": "kabupaten",
    "pemkab": "kabupaten",
    "bupati": "kabupaten",
    "provinsi": "provinsi",
    "prov": "provinsi",
    "prov.": "provinsi",
    "pemprov": "provinsi",
    "gubernur": "provinsi",
}
# Bare names that are also common words or given names: they count only with
# a qualifier in front ("Kota Batu", "Kabupaten Bima").
_NEEDS_QUALIFIER = {"batu", "metro", "banjar", "bone", "buru", "karo", "ende", "bima", "tual", "agam", "muna", "toba"}
_NOT_A_PLACE_START = {"kota", "kabupaten", "kab", "provinsi", "pemkot", "pemkab", "pemprov", "desa", "kecamatan"}
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'-]{2,40}?)\s*(?:\([^)]*\))?\s*,\s*[A-Za-z0-9.]+.{0,30}?\s[-–—]", re.M)
_BOILERPLATE = re.compile(
    r"^\s*(?:baca\s+juga|cek\s+berita|sumber\s*:|reporter\s*:|editor\s*:|penulis\s*:|simak|lihat\s+juga|"
    r"advertisement|scroll\s+to|dapatkan\s+update|ikuti\s+kami|foto\s*:|copyright)",
    re.I,
)
_CAPTION = re.compile(r"\((?:[\w .]+/[\w .]+|foto[^)]*|dok[^)]*|ist[^)]*)\)\s*[-–—]*\s*$", re.I)

_REFERENCE = re.compile(
    r"\b(?:Nomor|Nomer|No\.?)\s*:?\s*(?P<no>[0-9][0-9A-Za-z.\-]*(?:\s*/\s*[0-9A-Za-z.\-]+)+)",
)
_REFERENCE_DOC = re.compile(
    r"\b(?P<doc>Instruksi|Surat\s+Edaran|SE|Edaran|Keputusan\s+(?:Gubernur|Bupati|Wali\s*kota))\b[^.]{0,90}$", re.I
)
_ELECTION = re.compile(
    r"\b(?P<kind>pilkada|pemilihan\s+kepala\s+daerah|pemilihan\s+(?:gubernur|bupati|wali\s*kota|serentak)|"
    r"pemilihan|pemilu|pemilihan\s+umum|pileg|pilpres)\b(?P<mid>[^.;]{0,60}?)\b(?P<year>20\d\d)\b",
    re.I,
)


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


@dataclass
class _Sentence:
    index: int
    text: str
    start: int  # offset in the cleaned body
    is_title: bool = False
    is_lead: bool = False


@dataclass
class _DateHit:
    day: date
    precision: str
    sentence: _Sentence
    score: float
    text: str


@dataclass
class _Office:
    inst: str
    level: str | None  # kota, kabupaten, provinsi
    place: str
    region: Region | None
    sentence: _Sentence
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


# -- text preparation -------------------------------------------------------------

_ABBREV_END = re.compile(
    r"(?:\b(?:Kab|No|Dr|Drs|Ir|H|Hj|Prof|St|Jl|Tbk|dkk|Sdr|Bpk|Kec|Kel|Prov|Yth|Sos|Pd|Si|Kom|Ag|Ak|Kes|Psi|"
    r"S|M|A|B|C|D|E|F|G|I|J|K|L|N|O|P|R|T|U|W|Y|Z|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Sept|Okt|Nov|Des)\.)$"
)


def _clean_lines(text: str) -> list[str]:
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
        if not line or _BOILERPLATE.match(line):
            continue
        if _CAPTION.search(line) and len(line) < 200:
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
        if merged and (_ABBREV_END.search(merged[-1]) or merged[-1].count('"') % 2 == 1):
            merged[-1] = merged[-1] + " " + part
        else:
            merged.append(part)
    return [p for p in merged if p.strip()]


def _sentences(lines: list[str]) -> list[_Sentence]:
    out: list[_Sentence] = []
    offset = 0
    body_started = False
    lead_left = 2
    for n, line in enumerate(lines):
        looks_title = n < 3 and not body_started and len(line) < 160 and not line.rstrip().endswith((".", '"'))
        for piece in _split_sentences(line) if not looks_title else [line]:
            s = _Sentence(len(out), piece, offset, is_title=looks_title)
            if not looks_title and len(piece) > 60 and lead_left > 0:
                s.is_lead = True
                lead_left -= 1
            if not looks_title:
                body_started = True
            out.append(s)
            offset += len(piece) + 1
    return out


# -- dates ------------------------------------------------------------------------


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


def _date_hits(sentences: list[_Sentence], published: date | None) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for pat in _DATE_PATTERNS:
            for m in pat.finditer(s.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                gd = m.groupdict()
                month = MONTHS[gd["mon"].lower()] if gd.get("mon") else int(gd["m"])
                if not 1 <= month <= 12:
                    continue
                day = _make_date(_year(gd.get("y"), published), month, int(gd["d"]))
                if day is None:
                    continue
                taken.append((m.start(), m.end()))
                score = 1.0
                wd = (gd.get("wd") or "").lower().replace("’", "'")
                if wd:
                    score += 3.0 if WEEKDAYS.get(wd) == day.weekday() else -1.0
                score += _context_score(s, m.start(), m.end(), day, published)
                hits.append(_DateHit(day, "day", s, score, m.group(0)))
        for m in _MONTH_ONLY.finditer(s.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            y = int(m.group("y"))
            day = date(y, MONTHS[m.group("mon").lower()], 1)
            score = 0.2 + _context_score(s, m.start(), m.end(), day, published)
            hits.append(_DateHit(day, "month", s, score, m.group(0)))
        if published is not None:
            for m in _RELATIVE.finditer(s.text):
                rel = m.group("rel").lower()
                day, precision = _relative(rel, m.groupdict(), published)
                if day is None:
                    continue
                score = 1.5 + _context_score(s, m.start(), m.end(), day, published)
                hits.append(_DateHit(day, precision, s, score, m.group(0)))
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
        n = _NUMBERS.get(raw.lower()) or int(raw)
        return published - timedelta(days=n), "day"
    wd = (gd.get("wd") or "").lower().replace("’", "'")
    if wd in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS[wd]) % 7 or 7
        if "pekan lalu" in rel or "minggu lalu" in rel:
            back = back + 7 if back < 7 else back
        return published - timedelta(days=back), "day"
    return None, "day"


def _context_score(s: _Sentence, start: int, end: int, day: date, published: date | None) -> float:
    before, after = s.text[:start], s.text[end:]
    score = 0.0
    if _FUTURE_AFTER.match(after) or _FUTURE_BEFORE.search(before):
        score -= 6.0
    if day in voting_days():
        score -= 4.0
    if _REGULATION_BEFORE.search(before) and not _ISSUED_BEFORE.search(before[-40:]):
        score -= 5.0
    if _ISSUED_BEFORE.search(before):
        score += 3.0
    if _PAST_AFTER.match(after) and published is not None and (published - day).days > 60:
        score -= 3.0  # "pada Pemilu 2024 lalu": history, not the event
    if published is not None:
        if day > published:
            score -= 6.0
        elif (published - day).days > 120:
            score -= 3.0
    if s.is_title or s.is_lead:
        score += 1.0
    if any(p.search(s.text) for pats in _CUES.values() for p in pats):
        score += 1.0
    if _SPEECH.search(s.text):
        score += 0.5
    score -= 0.02 * s.index
    return score


# -- types -----------------------------------------------------------------------------


def _cue_hits(sentences: list[_Sentence]) -> dict[str, list[tuple[_Sentence, float, bool]]]:
    """Per type: (sentence, weight, whether a verb of doing stands next to the cue)."""
    out: dict[str, list[tuple[_Sentence, float, bool]]] = defaultdict(list)
    for s in sentences:
        for kind, pats in _CUES.items():
            for pat in pats:
                for m in pat.finditer(s.text):
                    before = s.text[: m.start()]
                    if _HYPOTHETICAL.search(before) or _NEGATED.search(before):
                        continue
                    if kind == "sanction_announcement" and re.search(r"\b(?:akan|bisa|dapat|bakal)\s*$", before):
                        continue
                    weight = 1.0
                    window = s.text[max(0, m.start() - 60) : m.end() + 40]
                    done = bool(_EVENT_VERB.search(window))
                    if done:
                        weight += 1.5
                    if s.is_title:
                        weight += 2.0
                    elif s.is_lead:
                        weight += 1.5
                    out[kind].append((s, weight, done))
    return out


# -- regions --------------------------------------------------------------------------


class _Places:
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

    def mentions(self, s: _Sentence) -> list[tuple[Region, float, int, str | None]]:
        """(region, weight, offset, qualifier level) for every name in a sentence."""
        out: list[tuple[Region, float, int, str | None]] = []
        text = s.text
        covered = 0  # a word inside a name already found ("Selatan" in "Papua Selatan") starts nothing
        for m in re.finditer(r"(?<![\w-])[A-Z][\w'-]*", text):
            word = m.group(0).lower()
            if word in _NOT_A_PLACE_START or m.start() < covered:
                continue
            rest = text[m.start() :]
            words = re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}", rest)
            if not words:
                continue
            parts = words.group(0).split()
            q = _QUALIFIER_BEFORE.search(text[: m.start()])
            level = _QUALIFIER_LEVEL.get(" ".join(q.group("q").lower().split())) if q else None
            for n in range(len(parts), 0, -1):
                cand = " ".join(parts[:n])
                if n == 1 and level is None and _key(cand) in _NEEDS_QUALIFIER:
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


def _offices(sentences: list[_Sentence], places: _Places) -> list[_Office]:
    out: list[_Office] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for pat, inst, implied, takes_level in _OFFICES:
            for m in pat.finditer(s.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                gd = m.groupdict()
                name = inst or (gd.get("inst") or "").upper()
                level = implied
                if gd.get("lvl"):
                    level = _LEVEL_WORD[gd["lvl"].lower().rstrip(".")]
                place, region, end = places.at(s.text[m.end() :], level)
                if region is None:
                    continue
                taken.append((m.start(), m.end() + end))
                out.append(_Office(name, level, place, region, s, m.start(), m.end() + end, takes_level))
        for pat, name in _NATIONAL:
            for m in pat.finditer(s.text):
                if not any(a <= m.start() < b for a, b in taken):
                    out.append(_Office(name, "nasional", "", None, s, m.start(), m.end()))
    out.sort(key=lambda o: (o.sentence.index, o.start))
    return out


def _dateline_region(lines: list[str], places: _Places) -> Region | None:
    for line in lines[:5]:
        m = _DATELINE.match(line)
        if m:
            city = m.group("city").strip().title()
            for level in ("kota", "kabupaten", None):
                found = places.lookup(city, level)
                if len(found) == 1:
                    return found[0]
    return None


# -- elections ------------------------------------------------------------------------


def _election_words(sentences: list[_Sentence], focus: _Sentence | None) -> tuple[str | None, _Sentence | None]:
    scores: dict[str, float] = defaultdict(float)
    where: dict[str, _Sentence] = {}
    by_kind_year = {(e.election_type, e.voting_date.year): e.election_id for e in domain.load().elections}
    for s in sentences:
        for m in _ELECTION.finditer(s.text):
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


def _election_from_date(day: date | None, family: str | None) -> str | None:
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
    places = _places(gaz)
    lines = _clean_lines(text)
    sentences = _sentences(lines)
    if not sentences:
        return []
    full = " ".join(s.text for s in sentences)
    if not (_TOPIC.search(full) and _TOPIC_ASN.search(full)):
        return []

    dates = _date_hits(sentences, published)
    cues = _cue_hits(sentences)
    offices = _offices(sentences, places)
    best_date = max(dates, key=lambda h: h.score) if dates else None
    if best_date is not None and best_date.score < -2.0:
        best_date = None

    # Event type: cue weights, boosted in the dated sentence.
    # The primary type is the activity of the event itself (its strongest
    # single cue); a pledge read at a socialisation stays an "also" type.
    best_hit: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    type_sentence: dict[str, _Sentence] = {}
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
        type_evidence: _Sentence | None = type_sentence[event_type]
        # Other activities the article reports (a pledge read at a socialisation).
        also = sorted(
            (k for k, v in strong.items() if k != event_type and k != "other" and _is_activity(cues[k])),
            key=order.index,
        )
    else:
        speech = [
            s
            for s in sentences
            if _SPEECH.search(s.text)
            and _TOPIC.search(" ".join(x.text for x in sentences[max(0, s.index - 2) : s.index + 3]))
        ]
        if not speech or best_date is None:
            return []
        event_type = "statement"
        type_evidence = speech[0]
        also = []

    # Actor: an office that is the subject of the activity, else the speaker.
    actor_office = _pick_actor(offices, type_evidence, best_date, event_type)
    if event_type == "statement" and actor_office is None:
        return []  # a quote from nobody in office (a commentator, a resident) is not an event

    # Region: none for a national body; else the actor's region, else the best-scored mention.
    province_code: str | None
    regency_code: str | None
    region_evidence: _Sentence | None
    if actor_office is not None and actor_office.level == "nasional":
        province_code, regency_code, region_evidence = None, None, actor_office.sentence
    else:
        region, region_evidence = _pick_region(sentences, places, actor_office, lines, type_evidence, best_date)
        if region is None:
            return []
        province_level = region.level == 1
        if actor_office is not None and actor_office.region is not None and actor_office.region.level == 1:
            province_level = True
        province_code = region.province_code
        regency_code = None if province_level else region.code

    # Election.
    election, election_sentence = _election_words(sentences, best_date.sentence if best_date else type_evidence)
    if election is None or (best_date and _election_from_date(best_date.day, None) is None):
        family = None
        if re.search(r"\bpilkada|pemilihan\s+(?:kepala|gubernur|bupati|wali|serentak)", full, re.I):
            family = "pilkada"
        elif re.search(r"\bpemilu|pileg|pilpres", full, re.I):
            family = "pemilu"
        election = election or _election_from_date(best_date.day if best_date else published, family)

    reference, reference_sentence = _pick_reference(sentences, event_type)

    evidence: dict[str, str] = {}
    if best_date is not None:
        evidence["event_date"] = best_date.sentence.text
    if type_evidence is not None:
        evidence["event_type"] = type_evidence.text
    if region_evidence is not None:
        evidence["region"] = region_evidence.text
    if actor_office is not None:
        evidence["actor"] = actor_office.sentence.text
    if election_sentence is not None:
        evidence["election"] = election_sentence.text
    if reference_sentence is not None:
        evidence["reference_no"] = reference_sentence.text

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


def _is_activity(hits: list[tuple[_Sentence, float, bool]]) -> bool:
    """A cue that names something done in the article (a verb next to it)."""
    return any(done for _, _, done in hits)


def _pick_actor(
    offices: list[_Office], evidence: _Sentence | None, best_date: _DateHit | None, event_type: str
) -> _Office | None:
    if not offices:
        return None
    focus = [x for x in (evidence, best_date.sentence if best_date else None) if x is not None]

    def score(o: _Office) -> float:
        s = o.sentence
        value = -0.05 * s.index
        tail = s.text[o.end : o.end + 120]
        head = s.text[: o.start]
        if any(s.index == f.index for f in focus):
            value += 3.0
        if event_type == "statement":
            if _SPEECH.search(tail) or _SPEECH.search(head[-40:]):
                value += 2.0
        elif _EVENT_VERB.search(tail[:60]):
            value += 3.0
        if _EVENT_VERB.search(head[-30:]) and event_type != "statement":
            value -= 1.0  # the object of the verb ("bersama Pemkot ...") is not the organiser
        if _EXAMPLE.search(head[-40:]):
            value -= 3.0
        if s.is_title:
            value -= 0.5
        if re.match(r"\s*(?:dan|serta)\s+Wakil", s.text[o.end :]):
            value -= 2.0
        return value

    return max(offices, key=score)


def _pick_region(
    sentences: list[_Sentence],
    places: _Places,
    actor: _Office | None,
    lines: list[str],
    type_evidence: _Sentence | None,
    best_date: _DateHit | None,
) -> tuple[Region | None, _Sentence | None]:
    scores: dict[str, float] = defaultdict(float)
    where: dict[str, _Sentence] = {}
    focus = {x.index for x in (type_evidence, best_date.sentence if best_date else None) if x is not None}
    for s in sentences:
        example_at = [m.end() for m in _EXAMPLE.finditer(s.text)]
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
    dateline = _dateline_region(lines, places)
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


def _pick_reference(sentences: list[_Sentence], event_type: str) -> tuple[str | None, _Sentence | None]:
    if event_type not in ("instruction", "circular", "sanction_announcement", "other"):
        return None, None
    wanted = {"instruction": ("instruksi",), "circular": ("edaran", "se")}.get(event_type)
    for s in sentences:
        for m in _REFERENCE.finditer(s.text):
            before = s.text[: m.start()]
            doc = _REFERENCE_DOC.search(before)
            if doc is None or _REGULATION_BEFORE.search(before[doc.end() :] + " "):
                continue
            name = doc.group("doc").lower()
            if wanted and not any(w in name.split() or name.startswith(w) for w in wanted):
                continue
            number = re.sub(r"\s*/\s*", "/", m.group("no")).rstrip(".,-")
            return number, s
    return None, None


@lru_cache(maxsize=2)
def _places(gaz: Gazetteer) -> _Places:
    """The name index is built once per gazetteer (there is one per process)."""
    return _Places(gaz)


# -- output ---------------------------------------------------------------------------


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


# -- evaluation ---------------------------------------------------------------------


@dataclass
class ArticleResult:
    file: str
    expected: list[dict[str, object]]
    predicted: list[dict[str, object]]
    matched: list[tuple[int, int]]  # (expected index, predicted index)


@dataclass
class Evaluation:
    """How the extractor does on labelled articles."""

    articles: list[ArticleResult]

    @property
    def expected_events(self) -> int:
        return sum(len(a.expected) for a in self.articles)

    def field_accuracy(self) -> dict[str, float]:
        """Share of expected events whose paired prediction has the field right."""
        right: dict[str, int] = defaultdict(int)
        labelled: dict[str, int] = defaultdict(int)
        for a in self.articles:
            paired = dict(a.matched)
            for ei, exp in enumerate(a.expected):
                got = a.predicted[paired[ei]] if ei in paired else {}
                for f in FIELDS:
                    if f not in exp:
                        continue  # a label set may leave a field out (the shared examples have no precision)
                    labelled[f] += 1
                    if ei in paired and _same(f, exp.get(f), got.get(f)):
                        right[f] += 1
        return {f: right[f] / labelled[f] for f in FIELDS if labelled[f]}

    @property
    def key_correct(self) -> int:
        """Events with date, type and region (province and regency) all right."""
        n = 0
        for a in self.articles:
            for ei, pi in a.matched:
                exp, got = a.expected[ei], a.predicted[pi]
                if all(_same(f, exp.get(f), got.get(f)) for f in ("event_date", "event_type")) and _same_region(
                    exp, got
                ):
                    n += 1
        return n

    @property
    def key_accuracy(self) -> float:
        return self.key_correct / self.expected_events if self.expected_events else 1.0

    @property
    def invented_on_no_event(self) -> int:
        return sum(len(a.predicted) for a in self.articles if not a.expected)

    @property
    def extra_events(self) -> int:
        return sum(max(0, len(a.predicted) - len(a.expected)) for a in self.articles)

    def misses(self) -> list[str]:
        out: list[str] = []
        for a in self.articles:
            paired = {ei for ei, _ in a.matched}
            for ei, exp in enumerate(a.expected):
                if ei not in paired:
                    out.append(f"{a.file}: tidak ditemukan / not found: {_short(exp)}")
            for ei, pi in a.matched:
                exp, got = a.expected[ei], a.predicted[pi]
                wrong = [f for f in FIELDS if f in exp and not _same(f, exp.get(f), got.get(f))]
                if wrong:
                    details = ", ".join(f"{f}={got.get(f)!r} (harus / expected {exp.get(f)!r})" for f in wrong)
                    out.append(f"{a.file}: {details}")
            if not a.expected and a.predicted:
                out.append(f"{a.file}: peristiwa karangan / invented event: {_short(a.predicted[0])}")
        return out


def _short(e: dict[str, object]) -> str:
    return f"{e.get('event_date')} {e.get('event_type')} {e.get('regency_code') or e.get('province_code')}"


def _same(f: str, a: object, b: object) -> bool:
    if f == "also_types":
        return sorted(str(x) for x in (a or [])) == sorted(str(x) for x in (b or []))  # type: ignore[attr-defined]
    return (a or None) == (b or None)


def _same_region(exp: dict[str, object], got: dict[str, object]) -> bool:
    return _same("province_code", exp.get("province_code"), got.get("province_code")) and _same(
        "regency_code", exp.get("regency_code"), got.get("regency_code")
    )


def _pair(expected: list[dict[str, object]], predicted: list[dict[str, object]]) -> list[tuple[int, int]]:
    """Greedy pairing by the number of fields that agree."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for ei, exp in enumerate(expected):
        best, best_score = None, -1
        for pi, got in enumerate(predicted):
            if pi in used:
                continue
            score = sum(_same(f, exp.get(f), got.get(f)) for f in FIELDS)
            if score > best_score:
                best, best_score = pi, score
        if best is not None:
            used.add(best)
            pairs.append((ei, best))
    return pairs


def evaluate(folders: Iterable[Path], gaz: Gazetteer | None = None) -> Evaluation:
    """Score the extractor on every folder's ``expected.json`` and its articles."""
    results: list[ArticleResult] = []
    for folder in folders:
        labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, expected in sorted(labels.items()):
            if name.startswith("_"):
                continue
            text = read_article(folder / name)
            predicted = [e.as_dict() for e in extract(text, published_from_name(name), gaz)]
            results.append(ArticleResult(f"{folder.name}/{name}", expected, predicted, _pair(expected, predicted)))
    return Evaluation(results)


def report(ev: Evaluation) -> str:
    """The evaluation as text: accuracy per field, the key figure, every miss."""
    lines = [
        f"artikel / articles: {len(ev.articles)}; peristiwa berlabel / labelled events: {ev.expected_events}",
        "akurasi per kolom / accuracy per field:",
    ]
    for f, acc in ev.field_accuracy().items():
        lines.append(f"  {f:16} {acc * 100:6.1f}%")
    lines.append(
        f"tanggal+jenis+wilayah benar / date+type+region right: {ev.key_correct}/{ev.expected_events} "
        f"= {ev.key_accuracy * 100:.1f}%"
    )
    lines.append(
        f"peristiwa karangan pada artikel tanpa peristiwa / invented on no-event articles: {ev.invented_on_no_event}"
    )
    lines.append(f"peristiwa berlebih / extra events: {ev.extra_events}")
    misses = ev.misses()
    if misses:
        lines.append("selisih / differences:")
        lines.extend(f"  {m}" for m in misses)
    return "\n".join(lines)


# -- from a reviewed event to the curated record ---------------------------------------

_TITLE_ID = {
    "declaration": "Deklarasi netralitas ASN",
    "instruction": "Instruksi netralitas ASN",
    "circular": "Surat edaran netralitas ASN",
    "socialization": "Sosialisasi netralitas ASN",
    "hearing": "Rapat Komisi I DPRD tentang netralitas ASN",
    "sanction_announcement": "Pengumuman sanksi pelanggaran netralitas ASN",
    "statement": "Pernyataan tentang netralitas ASN",
    "other": "Kegiatan netralitas ASN",
}
_TITLE_EN = {
    "declaration": "ASN neutrality declaration",
    "instruction": "ASN neutrality instruction",
    "circular": "ASN neutrality circular",
    "socialization": "ASN neutrality awareness event",
    "hearing": "Council Commission I hearing on ASN neutrality",
    "sanction_announcement": "Announcement of sanctions for ASN neutrality violations",
    "statement": "Statement on ASN neutrality",
    "other": "ASN neutrality activity",
}


def suggested_titles(event_type: str, actor: str | None, reference_no: str | None) -> tuple[str, str]:
    """An Indonesian and an English title a curator can accept or rewrite."""
    by_id = f" oleh {actor}" if actor else ""
    by_en = f" by {actor}" if actor else ""
    ref = f" Nomor {reference_no}" if reference_no else ""
    ref_en = f" No. {reference_no}" if reference_no else ""
    return (
        f"{_TITLE_ID.get(event_type, _TITLE_ID['other'])}{ref}{by_id}",
        f"{_TITLE_EN.get(event_type, _TITLE_EN['other'])}{ref_en}{by_en}",
    )


def import_record(
    event: Event,
    *,
    title_id: str,
    title_en: str,
    source_url: str,
    published: date | None,
    curator: str,
) -> dict[str, str]:
    """One row in the events import layout (``region`` column), with provenance in the note."""
    region = event.regency_code or event.province_code or ""
    precision = event.date_precision or "day"
    day = event.event_date or ""
    if precision == "month" and day:
        day = day[:7]
    elif precision == "year" and day:
        day = day[:4]
    also = f"; juga / also: {', '.join(event.also_types)}" if event.also_types else ""
    return {
        "event_date": day,
        "date_precision": precision,
        "event_type": event.event_type,
        "election": event.election or "",
        "region": region,
        "actor": event.actor or "",
        "title": title_en,
        "title_id": title_id,
        "reference_no": event.reference_no or "",
        "source_url": source_url,
        "source_published": published.isoformat() if published else "",
        "note": f"dari berita, diperiksa oleh / from news, reviewed by {curator}{also}",
    }
