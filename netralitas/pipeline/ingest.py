"""The importer: cases, events and figures from CSV, XLSX or Parquet.

Bad input gets a clear error and loses nothing. Every problem is reported as
``FILE:ROW:COLUMN: alasan / reason`` (rows numbered as a spreadsheet shows
them, header = 1), the command exits 2, and nothing is written anywhere. A
valid file is stored as one Parquet batch (atomic rename), the warehouse is
rebuilt (itself atomic), and the import is appended to the audit log. If the
rebuild fails the batch is removed again. The same file imported twice adds
nothing.

The formats and how problems are reported live in ``import_format``, the
rules a file must pass in ``import_rules``, the conversion to warehouse rows
in ``import_convert``; this module reads, checks against what is stored and
the marts' contracts, writes and records.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from netralitas import domain
from netralitas.access import audit
from netralitas.pipeline import contracts, tables, warehouse
from netralitas.pipeline.import_convert import to_cases, to_events, to_figures
from netralitas.pipeline.import_format import KINDS as KINDS
from netralitas.pipeline.import_format import ImportFailed, Kind, Problem, known_columns, row_numbers
from netralitas.pipeline.import_format import problems_frame as problems_frame
from netralitas.pipeline.import_rules import KEYS, duplicate_problems, validate
from netralitas.pipeline.regions import Gazetteer, gazetteer
from netralitas.settings import Settings, get_settings


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


# -- checks against what is stored and the marts' contracts --------------------


def stored(kind: Kind, settings: Settings) -> pd.DataFrame:
    """What is already stored for ``kind`` (curated rows and earlier batches)."""
    frames = [pd.read_parquet(p) for p in sorted((settings.imports_dir / kind).glob("*.parquet"))]
    if kind != "cases":
        cur = warehouse.curated_dir(settings) / f"{kind}.csv"
        frames.append(pd.read_csv(cur, dtype="string", keep_default_na=False))
    if not frames:
        return pd.DataFrame(columns=KEYS[kind], dtype="string")
    return pd.concat(frames, ignore_index=True).astype("string").fillna("")


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
    batch = _batch_id(sha, mapping)
    batch_path = settings.imports_dir / kind / f"{batch[:16]}.parquet"
    result = ImportResult(kind=kind, file=name, sha256=sha, rows=len(frame), dry_run=dry_run)
    if batch_path.exists():
        result.already_imported = True
        result.messages.append(
            f"{name}: sudah pernah diimpor, tidak ada yang ditambahkan / already imported, nothing added"
        )
        return result
    rows = _checked_rows(kind, frame, name, gaz, batch, settings)
    result.messages += frame.attrs.get("notices", [])
    if dry_run:
        result.messages.append(
            f"{name}: {len(rows)} baris valid (uji coba, tidak ada yang ditulis) / "
            f"{len(rows)} valid rows (dry run, nothing written)"
        )
        return result

    report = _store_and_build(rows, batch_path, settings)
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


def _batch_id(sha: str, mapping: tables.Mapping | None) -> str:
    """The file's sha256; the same bytes read through another mapping are another import."""
    if mapping is None:
        return sha
    return hashlib.sha256((sha + mapping.to_yaml()).encode("utf-8")).hexdigest()


def _checked_rows(
    kind: Kind, frame: pd.DataFrame, name: str, gaz: Gazetteer, batch: str, settings: Settings
) -> pd.DataFrame:
    """The file's rows converted for the warehouse, or ImportFailed: first the format's rules, then
    the marts' contract and the keys already stored."""
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
    problems = contract_problems(kind, rows, name, settings) + duplicate_problems(
        kind, rows, stored(kind, settings), name, row_numbers(frame)
    )
    if problems:
        raise ImportFailed(problems)
    return rows


def _store_and_build(rows: pd.DataFrame, batch_path: Path, settings: Settings) -> warehouse.BuildReport:
    """Write the batch (atomic rename, owner-only) and rebuild the warehouse; a failed build
    removes the batch again."""
    batch_path.parent.mkdir(parents=True, exist_ok=True)
    batch_path.parent.chmod(0o700)  # an imported register holds names and NIPs
    tmp = batch_path.with_suffix(".parquet.tmp")
    rows.to_parquet(tmp, index=False)
    os.chmod(tmp, 0o600)
    os.replace(tmp, batch_path)
    try:
        return warehouse.build(settings)
    except Exception:
        batch_path.unlink(missing_ok=True)
        raise
    finally:
        tmp.unlink(missing_ok=True)
