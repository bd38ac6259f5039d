"""Turn the shared public record into the project's own curated tables.

``python -m netralitas curate --source ../shared/curated`` reads the
published rows (names as published, English titles) and writes
``data/curated/events.csv``, ``figures.csv`` and ``ikp.csv`` with Kemendagri
codes, Indonesian titles, provenance and caveat flags.
The output is committed; the build reads it, never the shared source.
Any province or regency name that does not resolve stops the run.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from netralitas import domain
from netralitas.pipeline.regions import Gazetteer, gazetteer

EVENT_COLUMNS = [
    "event_id",
    "event_date",
    "date_precision",
    "event_type",
    "election_id",
    "province_code",
    "regency_code",
    "region_code",
    "province_published",
    "regency_published",
    "actor",
    "title_id",
    "title_en",
    "reference_no",
    "source_url",
    "source_published",
    "source_kind",
    "confidence",
    "is_date_approximate",
    "note",
    "source_file",
    "source_row",
]
FIGURE_COLUMNS = [
    "figure_id",
    "as_of_date",
    "date_precision",
    "scope_level",
    "province_code",
    "regency_code",
    "region_code",
    "province_published",
    "regency_published",
    "election_id",
    "metric",
    "value",
    "unit",
    "reporting_body",
    "body_group",
    "is_value_approximate",
    "is_date_approximate",
    "is_region_unspecified",
    "source_kind",
    "confidence",
    "note",
    "source_url",
    "source_published",
    "source_file",
    "source_row",
]

IKP_COLUMNS = [
    "ikp_id",
    "edition_id",
    "index_name",
    "edition_date",
    "election_id",
    "scope_level",
    "province_code",
    "regency_code",
    "region_code",
    "province_published",
    "regency_published",
    "score",
    "rank",
    "category",
    "listing",
    "national_count",
    "note",
    "source_url",
    "source_published",
    "source_kind",
    "confidence",
    "source_file",
    "source_row",
]

# The shared files each curated table is made from, in order. A row keeps the file and row it came
# from (``source_file``, ``source_row``), so every fact can be traced to its line in the record.
SOURCES: dict[str, tuple[str, ...]] = {
    "events": ("events.csv", "regional-events.csv"),
    "figures": ("figures.csv", "regional-figures.csv"),
    "ikp": ("ikp.csv",),
}

# Published regency strings that deliberately name no single regency/city.
# They resolve to their province, and the note says why.
UNSPECIFIED_REGENCY = re.compile(r"\((?:kabupaten/kota|regency/city) not specified\)", re.I)

_VALUE_APPROX = re.compile(r"Approximate[:( ]|[Mm]ore than|[Ll]ower bound|\bAbout \d|[Aa]t least|-an\b")
_DATE_APPROX = re.compile(r"date approximate|date not visible|date is announcement", re.I)
_MIRROR = re.compile(r"\bmirror\b", re.I)


class CurationError(Exception):
    """Rows that could not be curated; every problem is listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class CodedRegion:
    province_code: str
    regency_code: str
    region_code: str


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return f"{prefix}_{digest}"


def iso_start(date_text: str, precision: str) -> str:
    """First day of the published period: ``2024-11`` -> ``2024-11-01``."""
    text = date_text.strip()
    if not text:
        return ""
    if precision == "month" or re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text[:7]}-01"
    if precision == "year" or re.fullmatch(r"\d{4}", text):
        return f"{text[:4]}-01-01"
    return text


def body_group(body: str) -> str:
    """The family of a reporting body (``reporting_bodies.csv``: first pattern that matches)."""
    return domain.load().body_group(body)


def provenance(source_url: str, note: str) -> tuple[str, str]:
    """(source_kind, confidence): mirror copies and unsourced rows rank lower."""
    if _MIRROR.search(note):
        return "mirror", "low"
    if not source_url.strip():
        return ("seed_article", "medium") if "seed article" in note.lower() else ("none", "low")
    return "original", "high"


_WEB_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.I)


def is_web_url(url: str) -> bool:
    """An http(s) address with a host: never ``javascript:``, ``data:`` or a relative path, which
    would become live links in the edition and the briefs."""
    return bool(_WEB_URL.match(url.strip()))


def code_region(gaz: Gazetteer, province: str, regency: str, where: str, problems: list[str]) -> CodedRegion:
    province = province.strip()
    regency = regency.strip()
    if regency and UNSPECIFIED_REGENCY.search(regency):
        regency = ""
    pres, rres = gaz.resolve_pair(province, regency)
    if province and pres.region is None:
        problems.append(f"{where}: province {province!r} does not resolve ({pres.reason})")
        return CodedRegion("", "", "")
    if regency and rres.region is None:
        problems.append(f"{where}: regency/city {regency!r} in {province!r} does not resolve ({rres.reason})")
        return CodedRegion("", "", "")
    if rres.region is not None:
        return CodedRegion(rres.region.province_code, rres.region.code, rres.region.code)
    if pres.region is not None:
        return CodedRegion(pres.region.code, "", pres.region.code)
    return CodedRegion("", "", "")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def curate_events(
    rows: list[dict[str, str]], titles_id: dict[str, str], gaz: Gazetteer, file: str = "events.csv"
) -> list[dict[str, str]]:
    problems: list[str] = []
    out: list[dict[str, str]] = []
    for n, row in enumerate(rows, start=2):
        where = f"{file}:{n}"
        coded = code_region(gaz, row["province"], row["regency_city"], where, problems)
        title_en = row["title"].strip()
        if row["source_url"].strip() and not is_web_url(row["source_url"]):
            problems.append(f"{where}: source_url {row['source_url'][:60]!r} is not an http(s) address")
        title_id = titles_id.get(title_en, "")
        if not title_id:
            problems.append(f"{where}: no Indonesian title for {title_en!r}")
        kind, confidence = provenance(row["source_url"], row["note"])
        out.append(
            {
                "event_id": stable_id("ev", row["event_date"], row["event_type"], coded.region_code, title_en),
                "event_date": iso_start(row["event_date"], row["date_precision"]),
                "date_precision": row["date_precision"],
                "event_type": row["event_type"],
                "election_id": row["election"],
                **coded.__dict__,
                "province_published": row["province"].strip(),
                "regency_published": row["regency_city"].strip(),
                "actor": row["actor"].strip(),
                "title_id": title_id,
                "title_en": title_en,
                "reference_no": row["reference_no"].strip(),
                "source_url": row["source_url"].strip(),
                "source_published": row["source_published"].strip(),
                "source_kind": kind,
                "confidence": confidence,
                "is_date_approximate": str(
                    bool(_DATE_APPROX.search(row["note"])) or row["date_precision"] == "week"
                ).lower(),
                "note": row["note"].strip(),
                "source_file": file,
                "source_row": str(n),
            }
        )
    if problems:
        raise CurationError(problems)
    return out


def curate_figures(
    rows: list[dict[str, str]],
    gaz: Gazetteer,
    dropped: list[str] | None = None,
    file: str = "figures.csv",
    seen: set[str] | None = None,
) -> list[dict[str, str]]:
    """Code the figures. The same fact published twice (same scope, metric,
    body, value and source) is kept once; ``dropped`` names each repeat by row.
    ``seen`` carries the ids of earlier files, so a repeat across files is found too."""
    problems: list[str] = []
    out: list[dict[str, str]] = []
    seen = set() if seen is None else seen
    for n, row in enumerate(rows, start=2):
        where = f"{file}:{n}"
        coded = code_region(gaz, row["province"], row["regency_city"], where, problems)
        note = row["note"].strip()
        if row["source_url"].strip() and not is_web_url(row["source_url"]):
            problems.append(f"{where}: source_url {row['source_url'][:60]!r} is not an http(s) address")
        if row["regency_city"].strip() and UNSPECIFIED_REGENCY.search(row["regency_city"]):
            note = f"{note}; regency/city not specified in the source, filed under the province".strip("; ")
        kind, confidence = provenance(row["source_url"], note)
        fid = stable_id(
            "fig",
            row["as_of_date"],
            row["scope_level"],
            coded.region_code,
            row["election"],
            row["metric"],
            row["unit"],
            row["reporting_body"],
            row["value"],
            row["source_url"],
        )
        if fid in seen:
            if dropped is not None:
                dropped.append(f"{where}: same fact (scope, metric, body, value, source) as an earlier row, kept once")
            continue
        seen.add(fid)
        out.append(
            {
                "figure_id": fid,
                "as_of_date": iso_start(row["as_of_date"], row["date_precision"]),
                "date_precision": row["date_precision"],
                "scope_level": row["scope_level"],
                **coded.__dict__,
                "province_published": row["province"].strip(),
                "regency_published": row["regency_city"].strip(),
                "election_id": row["election"],
                "metric": row["metric"],
                "value": row["value"],
                "unit": row["unit"],
                "reporting_body": row["reporting_body"].strip(),
                "body_group": body_group(row["reporting_body"]),
                "is_value_approximate": str(bool(_VALUE_APPROX.search(note))).lower(),
                "is_date_approximate": str(
                    bool(_DATE_APPROX.search(note)) or row["date_precision"] == "unknown"
                ).lower(),
                "is_region_unspecified": str(bool(UNSPECIFIED_REGENCY.search(row["regency_city"]))).lower(),
                "source_kind": kind,
                "confidence": confidence,
                "note": note,
                "source_url": row["source_url"].strip(),
                "source_published": row["source_published"].strip(),
                "source_file": file,
                "source_row": str(n),
            }
        )
    if problems:
        raise CurationError(problems)
    return out


def edition_id(index_name: str, edition_date: str) -> str:
    """A stable key for one IKP edition: ``ikp_tematik_netralitas_asn_2023_09_21``."""
    slug = re.sub(r"[^a-z0-9]+", "_", index_name.lower()).strip("_")
    return f"{slug}_{edition_date.replace('-', '_')}"


def curate_ikp(rows: list[dict[str, str]], gaz: Gazetteer) -> list[dict[str, str]]:
    """Bawaslu's vulnerability index with codes. ``listing`` keeps what was published apart:
    ``scored`` (a 0-100 score), ``listed`` (named, with or without a rank, but no score: never
    a zero) and ``count`` (a national row holding a number of places)."""
    problems: list[str] = []
    out: list[dict[str, str]] = []
    for n, row in enumerate(rows, start=2):
        where = f"ikp.csv:{n}"
        level = row["scope_level"].strip()
        coded = code_region(gaz, row["province"], row["regency_city"], where, problems)
        if level == "regency_city" and not coded.regency_code:
            problems.append(f"{where}: a regency/city row needs a regency/city")
        if level == "province" and (coded.regency_code or not coded.province_code):
            problems.append(f"{where}: a province row needs a province only")
        score = row["score"].strip()
        national = level == "national"
        kind, confidence = provenance(row["source_url"], row["note"])
        out.append(
            {
                "ikp_id": stable_id(
                    "ikp", row["index_name"], row["edition_date"], level, coded.region_code, row["note"]
                ),
                "edition_id": edition_id(row["index_name"].strip(), row["edition_date"].strip()),
                "index_name": row["index_name"].strip(),
                "edition_date": row["edition_date"].strip(),
                "election_id": row["election"].strip(),
                "scope_level": level,
                **coded.__dict__,
                "province_published": row["province"].strip(),
                "regency_published": row["regency_city"].strip(),
                "score": "" if national else score,
                "rank": row["rank"].strip(),
                "category": row["category"].strip(),
                "listing": ("count" if score else "listed") if national else ("scored" if score else "listed"),
                "national_count": score if national else "",
                "note": row["note"].strip(),
                "source_url": row["source_url"].strip(),
                "source_published": row["source_published"].strip(),
                "source_kind": kind,
                "confidence": confidence,
                "source_file": "ikp.csv",
                "source_row": str(n),
            }
        )
    if problems:
        raise CurationError(problems)
    return out


def curate(source_dir: Path, out_dir: Path) -> dict[str, object]:
    """Write the curated tables from every file of :data:`SOURCES`; raise
    :class:`CurationError` listing every problem (nothing is written then)."""
    gaz = gazetteer()
    titles = {r["title_en"]: r["title_id"] for r in _read(out_dir / "translations" / "event_titles_id.csv")}
    problems: list[str] = []
    tables: dict[str, list[dict[str, str]]] = {"events": [], "figures": [], "ikp": []}
    dropped: list[str] = []
    seen_figures: set[str] = set()
    for table, files in SOURCES.items():
        for file in files:
            rows = _read(source_dir / file)
            try:
                if table == "events":
                    tables[table] += curate_events(rows, titles, gaz, file)
                elif table == "figures":
                    tables[table] += curate_figures(rows, gaz, dropped, file, seen_figures)
                else:
                    tables[table] += curate_ikp(rows, gaz)
            except CurationError as exc:
                problems += exc.problems
    if problems:
        raise CurationError(problems)
    _write(out_dir / "events.csv", EVENT_COLUMNS, tables["events"])
    _write(out_dir / "figures.csv", FIGURE_COLUMNS, tables["figures"])
    _write(out_dir / "ikp.csv", IKP_COLUMNS, tables["ikp"])
    counts: dict[str, object] = {k: len(v) for k, v in tables.items()}
    counts["duplicates_dropped"] = dropped
    return counts
