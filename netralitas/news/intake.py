"""Growing the record by the hundred: a folder of saved articles -> a review queue.

``python -m netralitas intake DIR`` reads every article in a folder (plain text or a saved HTML
page), runs the event and figure extractors over it and writes a queue: one proposed event or
figure per row, with the sentence it came from, the source URL found in the page, and what a
curator should check (``doubts``). A proposal that repeats a fact already in the record (the same
event or the same value of a measure, from another outlet) is proposed as an extra source of that
fact (``action = extra_source``); one from a source already recorded is marked
``already_recorded``. The admin page **Tambah dari berita** shows the queue: accept, correct or
reject each row. Accepted rows go through the importer (validated, duplicates refused, atomic,
audited); the queue file itself is replaced atomically.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from netralitas.access import audit
from netralitas.news.extract import extract
from netralitas.news.figures import extract_figures
from netralitas.news.record import suggested_titles
from netralitas.news.text import MAX_ARTICLE_CHARS, published_from_name, read_article, refuse_text
from netralitas.pipeline import ingest
from netralitas.pipeline.regions import Gazetteer, gazetteer
from netralitas.settings import Settings

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
QUEUE_COLUMNS = (
    "proposal_id",
    "status",  # pending | accepted | rejected
    "kind",  # event | figure
    "action",  # new | extra_source | already_recorded
    "duplicate_of",  # the event_id / figure_id of the fact it repeats
    "file",
    "source_url",
    "source_published",
    "date",
    "date_precision",
    "election",
    "region_code",
    "event_type",
    "actor",
    "reference_no",
    "title_id",
    "title_en",
    "metric",
    "value",
    "unit",
    "scope_level",
    "reporting_body",
    "sentence",
    "doubts",
)
# What a proposal's ``doubts`` may name (the page's help explains each).
DOUBTS = (
    "weekday_only_date",
    "date_from_publication",
    "no_date",
    "unresolved_place",
    "number_without_unit",
    "body_from_article",
    "no_election",
    "no_source_url",
)
# Two reports of one event may date it a day apart (the day of the event, the day it was reported).
SAME_EVENT_DAYS = 1


@dataclass(frozen=True)
class Page:
    """What a saved article gives: its text, the address it was saved from and when it appeared."""

    text: str
    source_url: str
    published: date | None


class _HtmlText(HTMLParser):
    """The readable text of a saved page and its own address and date (canonical link, og:url,
    article:published_time). Scripts, styles and navigation are left out."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg"})
    BLOCK = frozenset({"p", "h1", "h2", "h3", "h4", "li", "title", "div", "br", "tr", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.url = ""
        self.published = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.url = self.url or a["href"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key == "og:url" and a.get("content"):
                self.url = self.url or a["content"]
            if key in ("article:published_time", "datepublished", "pubdate", "date") and a.get("content"):
                self.published = self.published or a["content"]
        elif tag == "time" and a.get("datetime"):
            self.published = self.published or a["datetime"]
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_URL_LINE = re.compile(r"(?im)^\s*(?:sumber|source|url|tautan|link)?\s*:?\s*(?P<url>https?://\S+)\s*$")
_PUBLISHED_LINE = re.compile(r"(?im)^\s*(?:diterbitkan|terbit|published|tanggal)\s*:\s*(?P<d>\d{4}-\d{2}-\d{2})")


def read_page(path: Path) -> Page:
    """A saved article: a text file (a line ``Sumber: https://...`` or a bare URL line names its
    address; the file name or a ``Diterbitkan: YYYY-MM-DD`` line its date) or an HTML page."""
    raw = read_article(path)
    if path.suffix.lower() in (".html", ".htm"):
        parser = _HtmlText()
        parser.feed(raw)
        text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
        text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
        published = published_from_name(parser.published) or published_from_name(path.name)
        return Page(text, parser.url if parser.url.startswith(("http://", "https://")) else "", published)
    url_match = _URL_LINE.search(raw)
    text = _URL_LINE.sub("", raw) if url_match else raw
    stated = _PUBLISHED_LINE.search(raw)
    published = (published_from_name(stated.group("d")) if stated else None) or published_from_name(path.name)
    return Page(text, url_match.group("url") if url_match else "", published)


def _proposal_id(file: str, kind: str, fields: tuple[object, ...]) -> str:
    raw = "\x1f".join(map(str, (file, kind, *fields)))
    return "pr_" + hashlib.sha1(raw.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def article_proposals(name: str, page: Page, gaz: Gazetteer) -> list[dict[str, str]]:
    """The events and figures one article proposes, as queue rows (without duplicate checks)."""
    base = {"file": name, "source_url": page.source_url, "source_published": _text(page.published)}
    refused = refuse_text(page.text)
    if refused:
        return []
    doubts_all = [] if page.source_url else ["no_source_url"]
    rows: list[dict[str, str]] = []
    for ev in extract(page.text, page.published, gaz):
        doubts = list(doubts_all)
        region = ev.regency_code or ev.province_code or ""
        if not region and not ev.actor:
            doubts.append("unresolved_place")
        if ev.event_date is None:
            doubts.append("no_date")
        elif "event_date" in ev.evidence and not re.search(r"\d", _date_words(ev.evidence["event_date"])):
            doubts.append("weekday_only_date")
        if ev.election is None:
            doubts.append("no_election")
        title_id, title_en = suggested_titles(ev.event_type, ev.actor, ev.reference_no)
        rows.append(
            {
                **base,
                "proposal_id": _proposal_id(name, "event", (ev.event_date, ev.event_type, region)),
                "kind": "event",
                "date": _text(ev.event_date),
                "date_precision": _text(ev.date_precision or "day"),
                "election": _text(ev.election),
                "region_code": region,
                "event_type": ev.event_type,
                "actor": _text(ev.actor),
                "reference_no": _text(ev.reference_no),
                "title_id": title_id,
                "title_en": title_en,
                "sentence": ev.evidence.get("event_type") or ev.evidence.get("event_date", ""),
                "doubts": ";".join(doubts),
            }
        )
    for fig in extract_figures(page.text, page.published, gaz):
        region = fig.regency_code or fig.province_code or ""
        rows.append(
            {
                **base,
                "proposal_id": _proposal_id(name, "figure", (fig.metric, fig.value, fig.unit, fig.reporting_body)),
                "kind": "figure",
                "date": _text(fig.as_of_date),
                "date_precision": _text(fig.date_precision or "day"),
                "election": _text(fig.election),
                "region_code": region,
                "metric": fig.metric,
                "value": str(fig.value),
                "unit": _text(fig.unit),
                "scope_level": _text(fig.scope_level),
                "reporting_body": _text(fig.reporting_body),
                "sentence": fig.sentence,
                "doubts": ";".join([*doubts_all, *fig.doubts]),
            }
        )
    return rows


def _date_words(sentence: str) -> str:
    """The date-like part of a sentence: a weekday alone ("Senin") carries no digit."""
    m = re.search(r"\(?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\)?|\b\d{1,2}\s+[A-Za-z]+\s+\d{4}\b", sentence)
    return m.group(0) if m else ""


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def mark_duplicates(rows: list[dict[str, str]], events: pd.DataFrame, figures: pd.DataFrame) -> None:
    """Set ``action`` and ``duplicate_of``: a proposal that repeats a fact in the record becomes an
    extra source of it; one from a source the record already cites for it is already recorded."""
    by_event: dict[tuple[str, str], list[tuple[date, str, str]]] = {}
    for e in events.itertuples():
        if isinstance(e.region_code, str) and not pd.isna(e.event_date):
            key = (e.region_code, str(e.event_type))
            by_event.setdefault(key, []).append((pd.Timestamp(e.event_date).date(), e.event_id, str(e.source_url)))
    by_figure: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for f in figures.itertuples():
        region = f.region_code if isinstance(f.region_code, str) else ""
        fact = (str(f.election_id), region, str(f.metric), str(f.unit), _number(f.value))
        by_figure.setdefault(fact, []).append((str(f.figure_id), str(f.source_url)))
    for row in rows:
        hits: list[tuple[str, str]] = []
        if row["kind"] == "event" and row["date"]:
            day = date.fromisoformat(row["date"])
            hits = [
                (eid, url)
                for d, eid, url in by_event.get((row["region_code"], row["event_type"]), [])
                if abs((d - day).days) <= SAME_EVENT_DAYS
            ]
        elif row["kind"] == "figure":
            region = "" if row["scope_level"] == "national" else row["region_code"]
            hits = by_figure.get((row["election"], region, row["metric"], row["unit"], _number(row["value"])), [])
        if not hits:
            row["action"], row["duplicate_of"] = "new", ""
            continue
        same_source = [h for h in hits if row["source_url"] and h[1] == row["source_url"]]
        row["action"] = "already_recorded" if same_source else "extra_source"
        row["duplicate_of"] = (same_source or hits)[0][0]


def _number(value: object) -> str:
    try:
        return f"{float(str(value)):g}"
    except ValueError:
        return str(value)


@dataclass
class IntakeResult:
    rows: list[dict[str, str]]
    articles: int
    skipped: list[str]  # files that could not be read, with the reason
    seconds: float


def intake(folder: Path, events: pd.DataFrame, figures: pd.DataFrame, gaz: Gazetteer | None = None) -> IntakeResult:
    """Every article in ``folder`` (not its subfolders) -> queue rows, duplicates marked."""
    gaz = gaz or gazetteer()
    started = time.perf_counter()
    rows: list[dict[str, str]] = []
    skipped: list[str] = []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    for path in files:
        try:
            page = read_page(path)
        except (OSError, ValueError) as exc:
            skipped.append(f"{path.name}: {exc}")
            continue
        if len(page.text) > MAX_ARTICLE_CHARS * 3:  # a saved page carries menus; the article is shorter
            skipped.append(f"{path.name}: terlalu panjang / too long")
            continue
        rows += article_proposals(path.name, page, gaz)
    mark_duplicates(rows, events, figures)
    for row in rows:
        row["status"] = "pending"
    return IntakeResult(rows, len(files), skipped, time.perf_counter() - started)


# -- the queue file -------------------------------------------------------------------------------


def read_queue(path: Path) -> pd.DataFrame:
    """The queue as strings ('' for empty), in QUEUE_COLUMNS order; an empty frame if none yet."""
    if not path.exists():
        return pd.DataFrame(columns=list(QUEUE_COLUMNS), dtype="string")
    frame = pd.read_csv(path, dtype="string", keep_default_na=False)
    return frame.reindex(columns=list(QUEUE_COLUMNS), fill_value="")


def write_queue(path: Path, rows: pd.DataFrame | list[dict[str, str]]) -> None:
    """Replace the queue atomically (a page reading it never sees half a file); mode 0600."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    frame = frame.reindex(columns=list(QUEUE_COLUMNS), fill_value="").fillna("")
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    frame.to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    fd, tmp = tempfile.mkstemp(prefix=".queue-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(buf.getvalue())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def merge_queue(old: pd.DataFrame, new: list[dict[str, str]]) -> pd.DataFrame:
    """A second intake keeps what was already decided: rows already in the queue keep their
    status and corrections; new proposals are appended as pending."""
    known = set(old["proposal_id"]) if len(old) else set()
    fresh = [r for r in new if r["proposal_id"] not in known]
    return pd.concat([old, pd.DataFrame(fresh, columns=list(QUEUE_COLUMNS))], ignore_index=True).fillna("")


# -- from an accepted proposal to the importer's layout ----------------------------------------------


def _period(day: str, precision: str) -> str:
    if precision == "month":
        return day[:7]
    if precision == "year":
        return day[:4]
    return day


def import_row(row: dict[str, str]) -> dict[str, str]:
    """One accepted proposal in the events or figures import layout (``region`` column). The note
    says it came from the intake queue; who accepted it is in the audit log, not the public record."""
    extra = f"; sumber tambahan untuk / another source for {row['duplicate_of']}" if row.get("duplicate_of") else ""
    note = f"dari antrean berita / from the news intake ({row['file']}){extra}"
    if row["kind"] == "event":
        return {
            "event_date": _period(row["date"], row["date_precision"]),
            "date_precision": row["date_precision"] or "day",
            "event_type": row["event_type"],
            "election": row["election"],
            "region": row["region_code"],
            "actor": row["actor"],
            "title": row["title_en"],
            "title_id": row["title_id"],
            "reference_no": row["reference_no"],
            "source_url": row["source_url"],
            "source_published": row["source_published"],
            "note": note,
        }
    return {
        "as_of_date": _period(row["date"], row["date_precision"]),
        "date_precision": row["date_precision"] or "day",
        "scope_level": row["scope_level"],
        "region": "" if row["scope_level"] == "national" else row["region_code"],
        "election": row["election"],
        "metric": row["metric"],
        "value": row["value"],
        "unit": row["unit"],
        "reporting_body": row["reporting_body"],
        "note": note,
        "source_url": row["source_url"],
        "source_published": row["source_published"],
    }


def decide(
    queue: pd.DataFrame,
    accepted: list[dict[str, str]],
    rejected: list[str],
    *,
    settings: Settings | None = None,
    user: str = "cli",
) -> tuple[pd.DataFrame, list[str]]:
    """Import the ``accepted`` rows (as corrected by the curator) through the importer, one batch
    per kind, and mark them and the ``rejected`` ids in the queue. Raises ``ImportFailed`` with
    every problem when a batch is refused: nothing is imported then and the queue is unchanged
    (an events batch already imported stays, as the importer made it; its rows are marked)."""
    out = queue.copy()
    messages: list[str] = []
    for kind, name in (("event", "events"), ("figure", "figures")):
        rows = [r for r in accepted if r["kind"] == kind and r.get("action") != "already_recorded"]
        if not rows:
            continue
        digest = hashlib.sha1("".join(r["proposal_id"] for r in rows).encode(), usedforsecurity=False).hexdigest()
        result = ingest.import_records(
            name,  # type: ignore[arg-type]
            [import_row(r) for r in rows],
            f"antrean-berita-{digest[:10]}.csv",
            settings=settings,
            user=user,
        )
        messages += result.messages
        ids = {r["proposal_id"] for r in rows}
        out.loc[out["proposal_id"].isin(ids), "status"] = "accepted"
        for r in rows:  # the curator's corrections are what was imported: keep them in the queue
            hit = out["proposal_id"] == r["proposal_id"]
            for column in QUEUE_COLUMNS:
                if column in r and column != "status":
                    out.loc[hit, column] = r[column]
    recorded = {r["proposal_id"] for r in accepted if r.get("action") == "already_recorded"}
    out.loc[out["proposal_id"].isin(recorded | set(rejected)), "status"] = "rejected"
    audit.record(
        "intake_review",
        who=user,
        settings=settings,
        accepted=len(accepted) - len(recorded),
        rejected=len(rejected) + len(recorded),
    )
    return out, messages


# -- the review page's table ---------------------------------------------------------------------

# What the curator may change before accepting; the rest is shown as it was proposed.
EDITABLE = (
    "date",
    "date_precision",
    "election",
    "region_code",
    "event_type",
    "actor",
    "reference_no",
    "title_id",
    "title_en",
    "metric",
    "value",
    "unit",
    "scope_level",
    "reporting_body",
    "source_url",
)


def review_frame(queue: pd.DataFrame, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The pending proposals as the review table shows them: a decision column first (empty), then
    the proposal. ``labels``: how each decision (``""``, ``accept``, ``reject``) reads on the page."""
    pending = queue[queue["status"] == "pending"].reset_index(drop=True)
    blank = (labels or {}).get("", "")
    return pd.concat([pd.DataFrame({"decision": [blank] * len(pending)}, dtype="string"), pending], axis=1)


def decisions(edited: pd.DataFrame, labels: dict[str, str] | None = None) -> tuple[list[dict[str, str]], list[str]]:
    """(accepted rows as corrected, rejected ids) from the review table, its decisions read back
    through ``labels``; undecided rows stay pending."""
    back = {v: k for k, v in (labels or {}).items()}
    rows = edited.astype("string").fillna("").to_dict(orient="records")
    for r in rows:
        r["decision"] = back.get(str(r["decision"]), str(r["decision"]))
    accepted = [{k: str(v) for k, v in r.items() if k != "decision"} for r in rows if r["decision"] == "accept"]
    rejected = [str(r["proposal_id"]) for r in rows if r["decision"] == "reject"]
    return accepted, rejected
