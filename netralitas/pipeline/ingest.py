"""The importer: cases, events and figures from CSV, XLSX or Parquet.

Bad input gets a clear error and loses nothing. Every problem is reported as
``FILE:ROW:COLUMN: alasan / reason`` (rows numbered as a spreadsheet shows
them, header = 1), the command exits 2, and nothing is written anywhere. A
valid file is stored as one Parquet batch (atomic rename), the warehouse is
rebuilt (itself atomic), and the import is appended to the audit log. If the
rebuild fails the batch is removed again. The same file imported twice adds
nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from netralitas import domain
from netralitas.access import audit
from netralitas.pipeline import contracts, curation, tables, warehouse
from netralitas.pipeline.demo import CASE_COLUMNS
from netralitas.pipeline.regions import Gazetteer, gazetteer
from netralitas.settings import Settings, get_settings

Kind = Literal["cases", "events", "figures"]
KINDS: tuple[Kind, ...] = ("cases", "events", "figures")

# The register's enumerations are the contract's accepted values (queries/marts/_contracts.yml).
CASE_ENUM_COLUMNS = (
    "intake_type",
    "position_class",
    "violation_category",
    "outcome",
    "forwarded_to",
    "recommended_sanction",
    "imposed_sanction",
)


CASE_REQUIRED = (
    "case_id",
    "subject_seq",
    "election",
    "intake_type",
    "intake_date",
    "region",
    "position_class",
    "violation_category",
)
CASE_DATES = domain.register_dates()
EVENT_BASE = (
    "event_date",
    "date_precision",
    "event_type",
    "election",
    "actor",
    "title",
    "reference_no",
    "source_url",
    "source_published",
    "note",
)
FIGURE_BASE = (
    "as_of_date",
    "date_precision",
    "scope_level",
    "election",
    "metric",
    "value",
    "unit",
    "reporting_body",
    "note",
    "source_url",
    "source_published",
)
# Optional label columns of a figures file: one for both languages, or one per language.
METRIC_LABELS = ("metric_label", "metric_label_id", "metric_label_en")
KASN_TO_BKN = domain.KASN_TO_BKN

_FORMULA = re.compile(r"^[=+\-@\t\r]")


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    column: str
    reason_id: str
    reason_en: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.row if self.row is not None else '-'}:{self.column or '-'}: "
            f"{self.reason_id} / {self.reason_en}"
        )


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a table (file, row as a spreadsheet numbers it, column, reason in both languages)."""
    return pd.DataFrame(
        {
            "file": [p.file for p in problems],
            "row": pd.array([p.row for p in problems], dtype="Int64"),
            "column": [p.column or None for p in problems],
            "reason_id": [p.reason_id for p in problems],
            "reason_en": [p.reason_en for p in problems],
        }
    )


class ImportFailed(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class ImportResult:
    kind: Kind
    file: str
    sha256: str
    rows: int
    dry_run: bool = False
    already_imported: bool = False
    messages: list[str] = field(default_factory=list)


# -- reading ------------------------------------------------------------------


parse_date = tables.parse_date


def known_columns(kind: Kind) -> set[str]:
    """Every column the import format of ``kind`` names (required and optional)."""
    if kind == "cases":
        return set(CASE_COLUMNS)
    base = EVENT_BASE if kind == "events" else FIGURE_BASE
    extra = ("title_id",) if kind == "events" else METRIC_LABELS
    return {*base, "region", "province", "regency_city", *extra}


def read_table(path: Path, kind: Kind | None = None, mapping: tables.Mapping | None = None) -> pd.DataFrame:
    """Every cell as a stripped string ('' for empty), in our column names; raise ImportFailed if no table.

    The frame's ``attrs`` hold ``row_numbers`` (the spreadsheet row of each
    data row) and ``notices`` (rows skipped above the header, total rows)."""
    try:
        table = tables.read(path, known_columns(kind) if kind else set(), mapping)
    except tables.Unreadable as exc:
        raise ImportFailed([Problem(path.name, i.row, i.column, i.reason_id, i.reason_en) for i in exc.issues]) from exc
    frame = table.frame
    frame.attrs["row_numbers"] = table.row_numbers
    frame.attrs["notices"] = table.notices
    frame.attrs["header_row"] = table.header_row
    return frame


def load_mapping(path: Path, kind: Kind) -> tables.Mapping:
    """A mapping file (``--mapping FILE.yml``); its problems are reported as ``FILE:-:KEY: reason``."""
    if not path.exists():
        raise ImportFailed([Problem(path.name, None, "", "file pemetaan tidak ditemukan", "mapping file not found")])
    try:
        return tables.parse_mapping(path.read_text(encoding="utf-8"), path.name, kind, known_columns(kind))
    except tables.Unreadable as exc:
        raise ImportFailed([Problem(path.name, i.row, i.column, i.reason_id, i.reason_en) for i in exc.issues]) from exc


def profiles_dir(settings: Settings | None = None) -> Path:
    """Saved mapping profiles, one YAML file per agency layout."""
    return (settings or get_settings()).data_dir / "mappings"


_PROFILE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")


def profiles(settings: Settings | None = None) -> dict[str, Path]:
    folder = profiles_dir(settings)
    return {p.stem: p for p in sorted(folder.glob("*.yml"))} if folder.exists() else {}


def save_profile(name: str, mapping: tables.Mapping, settings: Settings | None = None) -> Path:
    """Store a mapping under the data dir (atomic); the name is a plain slug."""
    if not _PROFILE.match(name):
        raise ImportFailed(
            [
                Problem(
                    name,
                    None,
                    "name",
                    "nama profil: huruf kecil, angka, - atau _",
                    "profile name: lower-case letters, digits, - or _",
                )
            ]
        )
    folder = profiles_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    mapping.name = name
    target = folder / f"{name}.yml"
    tmp = target.with_suffix(".yml.tmp")
    tmp.write_text(mapping.to_yaml(), encoding="utf-8")
    os.replace(tmp, target)
    return target


# -- validation ---------------------------------------------------------------

REASONS: dict[str, tuple[str, str]] = {
    "required": ("wajib diisi", "required"),
    "date": ("tanggal tidak valid (pakai YYYY-MM-DD atau dd/mm/yyyy)", "invalid date (use YYYY-MM-DD or dd/mm/yyyy)"),
    "formula": (
        "sel diawali =, +, - atau @ dan dapat dijalankan sebagai rumus spreadsheet",
        "cell starts with =, +, - or @ and could run as a spreadsheet formula",
    ),
    "region": (
        "wilayah tidak dikenali (pakai kode Kemendagri atau nama yang jelas)",
        "region not recognised (use a Kemendagri code or an unambiguous name)",
    ),
    "nip": ("NIP harus 18 digit dengan tanggal lahir yang valid", "NIP must be 18 digits with a valid birth date"),
    "positive_int": ("harus bilangan bulat positif", "must be a positive whole number"),
    "number": ("harus angka tidak negatif (titik sebagai desimal)", "must be a non-negative number (dot as decimal)"),
    "precision": (
        "harus day, month, year (atau unknown untuk angka)",
        "must be day, month, year (or unknown for figures)",
    ),
    "metric": (
        "metrik tidak dikenal: pakai kunci katalog atau other_<huruf_kecil_garis_bawah> (lihat docs/data-formats.md)",
        "unknown metric: use a catalogue key or other_<snake_case> (see docs/data-formats.md)",
    ),
    "metric_label": ("label metrik paling banyak 120 karakter", "metric label is at most 120 characters"),
}


def _enum_reason(values: tuple[str, ...]) -> tuple[str, str]:
    listed = ", ".join(values)
    return f"nilai tidak diizinkan; pilihan: {listed}", f"value not allowed; choose from: {listed}"


def _is_date_or_empty(s: pd.Series) -> pd.Series:
    return s.map(lambda v: v == "" or parse_date(v) is not None).astype(bool)


def _loose_date_or_empty(s: pd.Series) -> pd.Series:
    """Dates, or month/year precision values (``2024-11``, ``2024``)."""
    return s.map(lambda v: v == "" or parse_date(v) is not None or bool(re.fullmatch(r"\d{4}(-\d{2})?", v))).astype(
        bool
    )


def _nip_ok(v: str) -> bool:
    if v == "":
        return True
    if not re.fullmatch(r"\d{18}", v):
        return False
    try:
        date(int(v[0:4]), int(v[4:6]), int(v[6:8]))
    except ValueError:
        return False
    return v[14] in "12"


def _check(fn: Callable[[pd.Series], pd.Series], name: str) -> pa.Check:
    return pa.Check(fn, name=name)


def _enum_check(values: tuple[str, ...], optional: bool) -> pa.Check:
    allowed = set(values)
    return pa.Check(lambda s: s.isin(allowed) | ((s == "") if optional else False), name="enum:" + "|".join(values))


def _schema(
    kind: Kind, columns: list[str], gaz: Gazetteer, metrics: set[str], known: domain.Domain
) -> pa.DataFrameSchema:
    """The declared schema of one import format (string cells; checks per column)."""
    elections = known.election_ids
    required = pa.Check(lambda s: s.str.strip() != "", name="required")
    date_opt = _check(_is_date_or_empty, "date")
    region = _check(lambda s: s.map(lambda v: v == "" or gaz.resolve(v).region is not None).astype(bool), "region")
    cols: dict[str, list[pa.Check]] = {c: [] for c in columns}
    if kind == "cases":
        for c in CASE_REQUIRED:
            cols[c].append(required)
        for c in CASE_DATES:
            cols[c].append(date_opt)
        for c, values in {c: known.enum("fct_case_subjects", c) for c in CASE_ENUM_COLUMNS}.items():
            cols[c].append(_enum_check(values, optional=c not in CASE_REQUIRED))
        cols["election"].append(_enum_check(elections, optional=False))
        cols["region"].append(region)
        cols["subject_seq"].append(
            _check(lambda s: s.str.fullmatch(r"[1-9]\d{0,3}").fillna(False).astype(bool), "positive_int")
        )
        cols["subject_nip"].append(_check(lambda s: s.map(_nip_ok).astype(bool), "nip"))
    else:
        date_col = "event_date" if kind == "events" else "as_of_date"
        for c in ("date_precision", "election"):
            cols[c].append(required)
        cols["election"].append(_enum_check(elections, optional=False))
        cols[date_col].append(_check(_loose_date_or_empty, "date"))
        cols["source_published"].append(date_opt)
        if "region" in cols:
            cols["region"].append(region)
        if kind == "events":
            for c in ("event_date", "event_type", "title"):
                cols[c].append(required)
            cols["event_type"].append(_enum_check(known.event_type_ids, optional=False))
            cols["date_precision"].append(_enum_check(("day", "week", "month", "year"), optional=False))
        else:
            for c in ("scope_level", "metric", "value", "unit", "reporting_body"):
                cols[c].append(required)
            cols["scope_level"].append(_enum_check(("national", "province", "regency_city"), optional=False))
            cols["unit"].append(_enum_check(("cases", "persons", "percent"), optional=False))
            cols["date_precision"].append(_enum_check(("day", "month", "year", "unknown"), optional=False))
            cols["metric"].append(
                _check(lambda s: s.isin(metrics) | s.str.fullmatch(domain.OTHER_METRIC.pattern), "metric")
            )
            for c in METRIC_LABELS:
                if c in cols:
                    cols[c].append(_check(lambda s: (s.str.len() <= 120).fillna(True).astype(bool), "metric_label"))
            cols["value"].append(_check(lambda s: s.str.fullmatch(r"\d+(\.\d+)?").fillna(False).astype(bool), "number"))
    formula = _check(lambda s: ~s.str.contains(_FORMULA, regex=True).fillna(False).astype(bool), "formula")
    return pa.DataFrameSchema(
        {c: pa.Column(str, checks=[formula, *checks], nullable=False) for c, checks in cols.items()},
        strict=False,
        coerce=False,
    )


def _reason(check: str) -> tuple[str, str]:
    if check.startswith("enum:"):
        return _enum_reason(tuple(check[5:].split("|")))
    return REASONS.get(check, (check, check))


def required_columns(kind: Kind, columns: list[str]) -> tuple[list[str], list[str]]:
    """(columns the layout needs, missing ones). Events and figures accept the
    shared layout (province + regency_city) or one ``region`` column."""
    if kind == "cases":
        needed = list(CASE_COLUMNS)
        needed = [c for c in needed if c not in ("subject_name", "subject_nip")] + [
            c for c in ("subject_name", "subject_nip") if c in columns
        ]
    else:
        base = list(EVENT_BASE if kind == "events" else FIGURE_BASE)
        region_cols = ["region"] if "region" in columns else ["province", "regency_city"]
        optional = [c for c in (*METRIC_LABELS, "title_id") if c in columns]
        needed = base + region_cols + optional
    return needed, [c for c in needed if c not in columns]


def row_numbers(frame: pd.DataFrame) -> list[int]:
    """The spreadsheet row of each frame row (header = 1 when the reader recorded none)."""
    numbers = frame.attrs.get("row_numbers")
    return list(numbers) if numbers is not None and len(numbers) == len(frame) else list(range(2, len(frame) + 2))


def validate(
    kind: Kind,
    frame: pd.DataFrame,
    name: str,
    gaz: Gazetteer,
    metrics: set[str],
    known: domain.Domain | None = None,
) -> list[Problem]:
    needed, missing = required_columns(kind, list(frame.columns))
    if missing:
        header = int(frame.attrs.get("header_row", 1))
        return [Problem(name, header, c, "kolom wajib tidak ada", "required column is missing") for c in missing]
    numbers = row_numbers(frame)
    schema = _schema(kind, needed, gaz, metrics, known or domain.load())
    problems: list[Problem] = []
    try:
        schema.validate(frame[needed].reset_index(drop=True), lazy=True)
    except SchemaErrors as err:
        cases = err.failure_cases
        for rec in cases.itertuples(index=False):
            idx = getattr(rec, "index", None)
            row = numbers[int(idx)] if idx is not None and not pd.isna(idx) else None
            rid, ren = _reason(str(rec.check))
            value = str(rec.failure_case)
            shown = f" ({value[:40]!r})" if value and rec.check != "formula" else ""
            problems.append(Problem(name, row, str(rec.column or ""), rid + shown, ren + shown))
    # Cross-field rules a spreadsheet cannot express.
    problems += _row_rules(kind, frame, name, gaz, numbers)
    if kind == "figures":
        problems += _unit_rules(frame, name, numbers, known or domain.load())
    if kind == "cases":
        problems += duplicate_problems("cases", frame, frame.iloc[0:0], name, numbers)
    return sorted(problems, key=lambda p: (p.row or 0, p.column))


def _unit_rules(frame: pd.DataFrame, name: str, numbers: list[int], known: domain.Domain) -> list[Problem]:
    """A catalogued metric is published in its own units (``metrics.csv``: units)."""
    out = []
    for i, metric, unit in zip(numbers, frame["metric"], frame["unit"], strict=True):
        found = known.metrics.get(str(metric))
        if found is not None and found.units and unit and unit not in found.units:
            listed = ", ".join(found.units)
            out.append(
                Problem(
                    name,
                    i,
                    "unit",
                    f"{metric} dipublikasikan dalam {listed}, bukan {unit}",
                    f"{metric} is published in {listed}, not {unit}",
                )
            )
    return out


def _row_rules(kind: Kind, frame: pd.DataFrame, name: str, gaz: Gazetteer, numbers: list[int]) -> list[Problem]:
    out: list[Problem] = []
    if kind == "cases":
        stage_order = domain.stage_dates()
        for i, rec in zip(numbers, frame.to_dict("records"), strict=True):
            dates = {c: parse_date(rec[c]) for c in stage_order}
            last_col, last = "", None
            for c in stage_order:
                d = dates[c]
                if d is None:
                    if rec[c] == "":
                        continue
                    break
                if last is not None and d < last:
                    out.append(
                        Problem(name, i, c, f"tanggal lebih awal dari {last_col}", f"date is earlier than {last_col}")
                    )
                last_col, last = c, d
            for earlier, c in itertools.pairwise(stage_order):
                if rec[c] and not rec[earlier]:
                    out.append(
                        Problem(
                            name,
                            i,
                            c,
                            f"tahap ini terisi tetapi {earlier} kosong",
                            f"stage is filled but {earlier} is empty",
                        )
                    )
            for flag, when in (
                ("forwarded_to", "forwarded_date"),
                ("recommended_sanction", "recommendation_date"),
                ("imposed_sanction", "sanction_date"),
            ):
                if bool(rec[flag]) != bool(rec[when]):
                    out.append(
                        Problem(
                            name,
                            i,
                            flag,
                            f"harus diisi bersamaan dengan {when}",
                            f"must be filled together with {when}",
                        )
                    )
            fwd = parse_date(rec["forwarded_date"])
            if fwd and rec["forwarded_to"] in ("KASN", "BKN"):
                expected = "KASN" if fwd < KASN_TO_BKN else "BKN"
                if rec["forwarded_to"] != expected:
                    out.append(
                        Problem(
                            name,
                            i,
                            "forwarded_to",
                            f"diteruskan {fwd.isoformat()} seharusnya ke {expected} (KASN dibubarkan 24-08-2024)",
                            f"forwarded on {fwd.isoformat()} should go to {expected} (KASN ended 2024-08-24)",
                        )
                    )
            if rec["forwarded_date"] and rec["outcome"] != "pelanggaran":
                out.append(
                    Problem(name, i, "outcome", "hanya pelanggaran yang diteruskan", "only violations are forwarded")
                )
            blocked, rec_date = parse_date(rec["record_blocked_date"]), parse_date(rec["recommendation_date"])
            if blocked and (rec_date is None or blocked < rec_date):
                out.append(
                    Problem(
                        name,
                        i,
                        "record_blocked_date",
                        "pemblokiran harus setelah rekomendasi",
                        "blocking must follow the recommendation",
                    )
                )
    else:
        region_cols = ["region"] if "region" in frame.columns else ["province", "regency_city"]
        for i, rec in zip(numbers, frame.to_dict("records"), strict=True):
            if rec["source_url"] and not curation.is_web_url(rec["source_url"]):
                out.append(
                    Problem(
                        name,
                        i,
                        "source_url",
                        "URL sumber harus alamat web http:// atau https://",
                        "the source URL must be a web address (http:// or https://)",
                    )
                )
            if region_cols == ["province", "regency_city"]:
                problems: list[str] = []
                curation.code_region(gaz, rec["province"], rec["regency_city"], "", problems)
                if problems:
                    col = "regency_city" if "regency" in problems[0] else "province"
                    out.append(Problem(name, i, col, REASONS["region"][0], REASONS["region"][1]))
            if kind == "figures":
                has_region = bool(rec.get("region") or rec.get("province"))
                if rec["scope_level"] == "national" and has_region:
                    out.append(
                        Problem(
                            name,
                            i,
                            "scope_level",
                            "cakupan nasional tidak boleh punya wilayah",
                            "national scope must not name a region",
                        )
                    )
                if rec["scope_level"] in ("province", "regency_city") and not has_region:
                    out.append(
                        Problem(
                            name,
                            i,
                            "scope_level",
                            "cakupan wilayah perlu provinsi/kabupaten/kota",
                            "regional scope needs a region",
                        )
                    )
                if (
                    rec["unit"] == "percent"
                    and re.fullmatch(r"\d+(\.\d+)?", rec["value"])
                    and float(rec["value"]) > 100
                ):
                    out.append(Problem(name, i, "value", "persentase lebih dari 100", "percentage above 100"))
    return out


# -- transform ---------------------------------------------------------------


def _iso(text: str) -> str:
    d = parse_date(text)
    return d.isoformat() if d else text


def to_cases(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    out = frame.copy()
    for c in ("subject_name", "subject_nip"):
        if c not in out:
            out[c] = ""
    for c in CASE_DATES:
        out[c] = out[c].map(_iso)
    regions = []
    for v in out["region"]:
        res = gaz.resolve(v)
        if res.region is None:  # validate() refused these rows already
            raise ValueError(f"unresolved region {v!r} after validation")
        regions.append(res.region.code)
    out["region"] = regions
    out = out[list(CASE_COLUMNS)].astype("string")
    out["import_batch"] = batch
    return out


def _region_pair(gaz: Gazetteer, rec: dict[str, str]) -> curation.CodedRegion:
    problems: list[str] = []
    if "region" in rec:
        res = gaz.resolve(rec["region"]) if rec["region"] else None
        if res is None or res.region is None:
            return curation.CodedRegion("", "", "")
        r = res.region
        return curation.CodedRegion(r.province_code, r.code if r.level == 2 else "", r.code)
    return curation.code_region(gaz, rec["province"], rec["regency_city"], "", problems)


def to_events(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    known = domain.load()
    rows = []
    for rec in frame.to_dict("records"):
        coded = _region_pair(gaz, rec)
        kind, confidence = curation.provenance(rec["source_url"], rec["note"])
        title_en = rec["title"]
        place = rec.get("regency_city") or rec.get("region") or rec.get("province") or ""
        rows.append(
            {
                # The source is part of the id: two reports of one event (same title) stay two rows.
                "event_id": curation.stable_id(
                    "ev", rec["event_date"], rec["event_type"], coded.region_code, title_en, rec["source_url"]
                ),
                "event_date": _iso(curation.iso_start(rec["event_date"], rec["date_precision"])),
                "date_precision": rec["date_precision"],
                "event_type": rec["event_type"],
                "election_id": rec["election"],
                **coded.__dict__,
                "province_published": rec.get("province", ""),
                "regency_published": rec.get("regency_city", rec.get("region", "")),
                "actor": rec["actor"],
                "title_id": rec.get("title_id") or known.fallback_title_id(rec["event_type"], rec["actor"], place),
                "title_en": title_en,
                "reference_no": rec["reference_no"],
                "source_url": rec["source_url"],
                "source_published": _iso(rec["source_published"]),
                "source_kind": kind,
                "confidence": confidence,
                "is_date_approximate": str(rec["date_precision"] != "day").lower(),
                "note": rec["note"],
                "origin": "import",
                "import_batch": batch,
            }
        )
    return pd.DataFrame(rows, columns=[*curation.EVENT_COLUMNS, "origin", "import_batch"], dtype="string")


def to_figures(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    rows = []
    for rec in frame.to_dict("records"):
        coded = _region_pair(gaz, rec)
        kind, confidence = curation.provenance(rec["source_url"], rec["note"])
        rows.append(
            {
                "figure_id": curation.stable_id(
                    "fig",
                    rec["as_of_date"],
                    rec["scope_level"],
                    coded.region_code,
                    rec["election"],
                    rec["metric"],
                    rec["unit"],
                    rec["reporting_body"],
                    rec["value"],
                    rec["source_url"],
                ),
                "as_of_date": _iso(curation.iso_start(rec["as_of_date"], rec["date_precision"])),
                "date_precision": rec["date_precision"],
                "scope_level": rec["scope_level"],
                **coded.__dict__,
                "province_published": rec.get("province", ""),
                "regency_published": rec.get("regency_city", rec.get("region", "")),
                "election_id": rec["election"],
                "metric": rec["metric"],
                "value": rec["value"],
                "unit": rec["unit"],
                "reporting_body": rec["reporting_body"],
                "body_group": curation.body_group(rec["reporting_body"]),
                "is_value_approximate": str(bool(curation._VALUE_APPROX.search(rec["note"]))).lower(),
                "is_date_approximate": str(rec["date_precision"] == "unknown").lower(),
                "is_region_unspecified": "false",
                "source_kind": kind,
                "confidence": confidence,
                "note": rec["note"],
                "source_url": rec["source_url"],
                "source_published": _iso(rec["source_published"]),
                "origin": "import",
                "import_batch": batch,
                **_metric_labels(rec),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[*curation.FIGURE_COLUMNS, "origin", "import_batch", "metric_label_id", "metric_label_en"],
        dtype="string",
    )


def _metric_labels(rec: dict[str, str]) -> dict[str, str]:
    """The labels an ``other_*`` metric is catalogued with: from the file, else derived from the key."""
    if not rec["metric"].startswith("other_"):
        return {"metric_label_id": "", "metric_label_en": ""}
    both = rec.get("metric_label", "")
    derived = domain.metric_label(rec["metric"])
    label_id = rec.get("metric_label_id") or both or derived
    label_en = rec.get("metric_label_en") or both or derived
    return {"metric_label_id": label_id, "metric_label_en": label_en}


KEYS: dict[Kind, list[str]] = {
    "cases": ["case_id", "subject_seq"],
    "events": ["region_code", "event_date", "event_type", "source_url"],
    "figures": ["figure_id"],
}


def stored(kind: Kind, settings: Settings) -> pd.DataFrame:
    """What is already stored for ``kind`` (curated rows and earlier batches)."""
    frames = [pd.read_parquet(p) for p in sorted((settings.imports_dir / kind).glob("*.parquet"))]
    if kind != "cases":
        cur = warehouse.curated_dir(settings) / f"{kind}.csv"
        frames.append(pd.read_csv(cur, dtype="string", keep_default_na=False))
    if not frames:
        return pd.DataFrame(columns=KEYS[kind], dtype="string")
    return pd.concat(frames, ignore_index=True).astype("string").fillna("")


def duplicate_problems(
    kind: Kind, rows: pd.DataFrame, existing: pd.DataFrame, name: str, numbers: list[int] | None = None
) -> list[Problem]:
    key = KEYS[kind]
    out: list[Problem] = []
    first_seen: dict[tuple[str, ...], int] = {}
    stored_keys = {tuple(r) for r in existing[key].astype(str).itertuples(index=False)} if len(existing) else set()
    numbers = numbers or list(range(2, len(rows) + 2))
    for i, rec in zip(numbers, rows[key].astype(str).itertuples(index=False), strict=True):
        k = tuple(rec)
        label = "+".join(key)
        if k in first_seen:
            out.append(
                Problem(
                    name,
                    i,
                    key[0],
                    f"duplikat baris {first_seen[k]} ({label})",
                    f"duplicate of row {first_seen[k]} ({label})",
                )
            )
        else:
            first_seen[k] = i
        if k in stored_keys:
            out.append(Problem(name, i, key[0], f"sudah tersimpan sebelumnya ({label})", f"already stored ({label})"))
    return out


# Mart columns as the converted rows name them (cases keep the import format's names).
_MART = {"cases": "fct_case_subjects", "events": "fct_events", "figures": "fct_figures"}
_AS_MART = {"cases": {"election": "election_id", "region": "region_code"}}


def contract_problems(kind: Kind, rows: pd.DataFrame, name: str, settings: Settings) -> list[Problem]:
    """The mart's own contract (accepted values, relationships to the dimensions), checked row by
    row before anything is written: an import never fails at build time with a message that
    names no row. The dimensions are taken as the next build will hold them: the curated lists
    (domain.py) and the gazetteer, so a row added to election_list.csv counts before a rebuild."""
    models = {m.name: m for m in contracts.load()}
    model = models[_MART[kind]]
    renamed = rows.rename(columns=_AS_MART.get(kind, {}))
    known = domain.load(settings.curated_tables)
    parents: dict[str, set[str]] = {
        "dim_elections.election_id": set(known.election_ids),
        "dim_event_types.event_type": set(known.event_type_ids),
        "dim_reporting_bodies.body_group": {b.body_group for b in known.bodies},
        # an import catalogues its own other_* metrics (the rule is checked by the schema)
        "dim_metrics.metric": set(known.metrics)
        | {m for m in renamed.get("metric", pd.Series(dtype="string")).dropna() if domain.OTHER_METRIC.match(m)},
        "dim_regions.region_code": set(gazetteer().regions),
    }
    out: list[Problem] = []
    for column, spec in model.columns.items():
        if column not in renamed.columns:
            continue
        if "accepted_values" in spec:
            allowed, where = {str(v) for v in spec["accepted_values"]}, ("daftar nilai", "the accepted values")
        elif spec.get("relationship") in parents:
            allowed, where = parents[spec["relationship"]], (spec["relationship"], spec["relationship"])
        else:
            continue
        source = next((k for k, v in _AS_MART.get(kind, {}).items() if v == column), column)
        for i, value in enumerate(renamed[column].astype("string").fillna("")):
            if value and value not in allowed:
                out.append(
                    Problem(
                        name,
                        _row_number(rows, i),
                        source,
                        f"nilai {value[:40]!r} tidak ada di {where[0]}",
                        f"value {value[:40]!r} not in {where[1]}",
                    )
                )
    return out


def _row_number(rows: pd.DataFrame, i: int) -> int:
    """The spreadsheet row of converted row ``i`` (the reader keeps them in ``attrs``)."""
    numbers = rows.attrs.get("row_numbers")
    return int(numbers[i]) if numbers is not None and i < len(numbers) else i + 2


# -- the import ---------------------------------------------------------------


def sha256_bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_records(
    kind: Kind, records: list[dict[str, str]], name: str, *, settings: Settings | None = None, user: str = "cli"
) -> ImportResult:
    """Import rows built in the app (the news intake page) through the same
    validation, duplicate check, atomic write and audit as a file."""
    with tempfile.TemporaryDirectory(prefix="netralitas-") as tmp:
        path = Path(tmp) / name
        pd.DataFrame(records, dtype="string").to_csv(path, index=False)
        return import_file(kind, path, settings=settings, user=user)


def import_file(
    kind: Kind,
    path: Path,
    *,
    dry_run: bool = False,
    settings: Settings | None = None,
    user: str = "cli",
    mapping: tables.Mapping | None = None,
    name: str | None = None,
) -> ImportResult:
    """Validate, store and build. ``mapping``: an agency layout (headers, values, defaults);
    ``name``: the file name to report (an upload's own name rather than a temporary path)."""
    settings = settings or get_settings()
    gaz = gazetteer()
    name = name or path.name
    try:
        frame = read_table(path, kind, mapping)
    except ImportFailed as exc:
        raise ImportFailed([replace(p, file=name) for p in exc.problems]) from exc
    sha = sha256_bytes(path)
    batch = sha  # the same bytes read through another mapping are another import
    if mapping is not None:
        batch = hashlib.sha256((sha + mapping.to_yaml()).encode("utf-8")).hexdigest()
    batch_path = settings.imports_dir / kind / f"{batch[:16]}.parquet"
    result = ImportResult(kind=kind, file=name, sha256=sha, rows=len(frame), dry_run=dry_run)
    if batch_path.exists():
        result.already_imported = True
        result.messages.append(
            f"{name}: sudah pernah diimpor, tidak ada yang ditambahkan / already imported, nothing added"
        )
        return result
    metrics_csv = warehouse.curated_dir(settings) / "metrics.csv"
    metrics = set(pd.read_csv(metrics_csv, dtype="string")["metric"]) if kind == "figures" else set()
    problems = validate(kind, frame, name, gaz, metrics, domain.load(settings.curated_tables))
    if problems:
        raise ImportFailed(problems)
    converter = {"cases": to_cases, "events": to_events, "figures": to_figures}[kind]
    rows = converter(frame, gaz, batch)
    rows.attrs["row_numbers"] = row_numbers(frame)
    if kind != "cases":  # every curated or imported fact can be traced to its file and row
        rows["source_file"] = name
        rows["source_row"] = [str(n) for n in row_numbers(frame)]
    result.messages += frame.attrs.get("notices", [])
    problems = contract_problems(kind, rows, name, settings) + duplicate_problems(
        kind, rows, stored(kind, settings), name, row_numbers(frame)
    )
    if problems:
        raise ImportFailed(problems)
    if dry_run:
        result.messages.append(
            f"{name}: {len(rows)} baris valid (uji coba, tidak ada yang ditulis) / "
            f"{len(rows)} valid rows (dry run, nothing written)"
        )
        return result

    batch_path.parent.mkdir(parents=True, exist_ok=True)
    batch_path.parent.chmod(0o700)  # an imported register holds names and NIPs
    tmp = batch_path.with_suffix(".parquet.tmp")
    rows.to_parquet(tmp, index=False)
    os.chmod(tmp, 0o600)
    os.replace(tmp, batch_path)
    try:
        report = warehouse.build(settings)
    except Exception:
        batch_path.unlink(missing_ok=True)
        raise
    finally:
        tmp.unlink(missing_ok=True)
    audit.record(
        "import",
        who=user,
        settings=settings,
        kind=kind,
        file=name,
        sha256=sha,
        rows=len(rows),
        mapping=mapping.name if mapping is not None else "",
        skipped=len(frame.attrs.get("notices", [])),
    )
    result.messages.append(
        f"{name}: {len(rows)} baris diimpor / rows imported; gudang data dibangun ulang "
        f"dalam / warehouse rebuilt in {report.seconds:.1f} s"
    )
    if kind == "cases" and report.register == "import":
        result.messages.append(
            "Register kasus sekarang berasal dari impor, bukan data sintetis / "
            "the case register now comes from imports, not the synthetic demo"
        )
    return result
