"""The rules an import file must pass before anything is written.

Each cell is checked by a declared pandera schema per format (required,
dates, enumerations from the contracts, regions, NIPs, metrics, and no cell
that a spreadsheet would run as a formula). Then the rules across the fields
of one row that a schema cannot express: stage dates in order, pairs filled
together, KASN before 24 Aug 2024 and BKN after, a region at the scope it
claims, units as catalogued. A file repeating a key is refused row by row.
Every rule answers in ``Problem``s, in both languages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from netralitas import domain
from netralitas.pipeline import curation
from netralitas.pipeline.import_format import (
    CASE_DATES,
    CASE_ENUM_COLUMNS,
    CASE_REQUIRED,
    METRIC_LABELS,
    Kind,
    Problem,
    required_columns,
    row_numbers,
)
from netralitas.pipeline.regions import Gazetteer
from netralitas.pipeline.tables import parse_date

KASN_TO_BKN = domain.KASN_TO_BKN

_FORMULA = re.compile(r"^[=+\-@\t\r]")

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


def validate(
    kind: Kind,
    frame: pd.DataFrame,
    name: str,
    gaz: Gazetteer,
    metrics: set[str],
    known: domain.Domain | None = None,
) -> list[Problem]:
    """Every problem of ``frame`` (cells, cross-field rules, units, keys repeated in the file), sorted by
    row and column; missing required columns are reported alone, on the header row."""
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
    """Every row's cross-field problems, row by row, each row's in the order of the rules."""
    out: list[Problem] = []
    if kind == "cases":
        stage_order = domain.stage_dates()
        for i, rec in zip(numbers, frame.to_dict("records"), strict=True):
            out += _stage_rules(rec, name, i, stage_order)
            out += _pair_rules(rec, name, i)
            out += _forwarding_rules(rec, name, i)
            out += _blocking_rules(rec, name, i)
        return out
    split_region = "region" not in frame.columns
    for i, rec in zip(numbers, frame.to_dict("records"), strict=True):
        out += _source_and_place_rules(rec, name, i, gaz, split_region)
        if kind == "figures":
            out += _scope_rules(rec, name, i)
    return out


def _stage_rules(rec: dict[str, str], name: str, i: int, stage_order: tuple[str, ...]) -> list[Problem]:
    """Stage dates never go back in time (checked up to the first unreadable date), and no stage is
    filled while an earlier one is empty."""
    out: list[Problem] = []
    dates = {c: parse_date(rec[c]) for c in stage_order}
    last_col, last = "", None
    for c in stage_order:
        d = dates[c]
        if d is None:
            if rec[c] == "":
                continue
            break
        if last is not None and d < last:
            out.append(Problem(name, i, c, f"tanggal lebih awal dari {last_col}", f"date is earlier than {last_col}"))
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
    return out


def _pair_rules(rec: dict[str, str], name: str, i: int) -> list[Problem]:
    """Where a case went, what was recommended and what was imposed are filled exactly when their dates are."""
    out: list[Problem] = []
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
    return out


def _forwarding_rules(rec: dict[str, str], name: str, i: int) -> list[Problem]:
    """A violation forwarded before KASN ended went to KASN, after it to BKN; only violations are forwarded."""
    out: list[Problem] = []
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
        out.append(Problem(name, i, "outcome", "hanya pelanggaran yang diteruskan", "only violations are forwarded"))
    return out


def _blocking_rules(rec: dict[str, str], name: str, i: int) -> list[Problem]:
    """A personnel record is blocked only after a recommendation, never before it."""
    blocked, rec_date = parse_date(rec["record_blocked_date"]), parse_date(rec["recommendation_date"])
    if blocked and (rec_date is None or blocked < rec_date):
        return [
            Problem(
                name,
                i,
                "record_blocked_date",
                "pemblokiran harus setelah rekomendasi",
                "blocking must follow the recommendation",
            )
        ]
    return []


def _source_and_place_rules(
    rec: dict[str, str], name: str, i: int, gaz: Gazetteer, split_region: bool
) -> list[Problem]:
    """An event's or figure's source is a web address; a province + regency_city pair names one place."""
    out: list[Problem] = []
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
    if split_region:
        problems: list[str] = []
        curation.code_region(gaz, rec["province"], rec["regency_city"], "", problems)
        if problems:
            col = "regency_city" if "regency" in problems[0] else "province"
            out.append(Problem(name, i, col, REASONS["region"][0], REASONS["region"][1]))
    return out


def _scope_rules(rec: dict[str, str], name: str, i: int) -> list[Problem]:
    """A figure names a region exactly when its scope is regional; a percentage is at most 100."""
    out: list[Problem] = []
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
    if rec["unit"] == "percent" and re.fullmatch(r"\d+(\.\d+)?", rec["value"]) and float(rec["value"]) > 100:
        out.append(Problem(name, i, "value", "persentase lebih dari 100", "percentage above 100"))
    return out


# What makes two rows the same row, per kind (of the converted rows; cases keep the file's names).
KEYS: dict[Kind, list[str]] = {
    "cases": ["case_id", "subject_seq"],
    "events": ["region_code", "event_date", "event_type", "source_url"],
    "figures": ["figure_id"],
}


def duplicate_problems(
    kind: Kind, rows: pd.DataFrame, existing: pd.DataFrame, name: str, numbers: list[int] | None = None
) -> list[Problem]:
    """Rows whose key repeats an earlier row of ``rows`` or a row ``existing`` already holds."""
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
