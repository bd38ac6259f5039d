"""The DuckDB warehouse: build it from the raw sources, and run report SQL.

Data flows one way: raw CSV/Parquet -> ``raw`` tables -> ``staging`` views
(``queries/staging``) -> mart tables (``queries/marts``, in contract order)
-> report queries (``queries/reports``). The file is built beside the live
one and renamed over it, so a running app never opens a half-built warehouse.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from netralitas.access.viewer import PUBLIC, AccessDenied, Viewer
from netralitas.pipeline import contracts, geo, reference
from netralitas.pipeline.curation import EVENT_COLUMNS, FIGURE_COLUMNS
from netralitas.pipeline.demo import CASE_COLUMNS
from netralitas.pipeline.regions import gazetteer, load_regions
from netralitas.settings import PACKAGED_CURATED, QUERIES_DIR, Settings, get_settings

log = logging.getLogger(__name__)

REPORTS_DIR = QUERIES_DIR / "reports"
MAX_ROWS = 200_000
_PARAM_RE = re.compile(r"\$([a-z_][a-z0-9_]*)")
_COMMENT_RE = re.compile(r"--[^\n]*")


class BuildError(Exception):
    """The warehouse could not be built; the live file is untouched."""


class ReportError(Exception):
    """A report was asked for by a wrong name or with wrong parameters."""


@dataclass
class BuildReport:
    path: Path
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)
    register: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    build_id: str = ""


# -- raw sources ------------------------------------------------------------


def curated_dir(settings: Settings) -> Path:
    """Where the curated tables are read: the data dir's own, else the committed copy."""
    return settings.curated_tables


def seed_curated(settings: Settings) -> None:
    """Give a moved data dir (NETRALITAS_DATA_DIR) its own copy of the curated tables."""
    target = settings.curated_dir
    if not (target / "events.csv").exists() and target.resolve() != PACKAGED_CURATED.resolve():
        shutil.copytree(PACKAGED_CURATED, target, dirs_exist_ok=True)


def _empty(con: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> None:
    cols = ", ".join(f'"{c}" varchar' for c in columns)
    con.execute(f"create or replace table {table} ({cols})")


def _csv(con: duckdb.DuckDBPyConnection, table: str, path: Path, extra: str = "") -> None:
    con.execute(
        f"create or replace table {table} as select *{extra} from read_csv($path, header = true, "
        "all_varchar = true, delim = ',', quote = '\"', escape = '\"')",
        {"path": str(path)},
    )


def _parquet_glob(con: duckdb.DuckDBPyConnection, table: str, folder: Path, columns: list[str]) -> int:
    files = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if not files:
        _empty(con, table, columns)
        return 0
    con.execute(
        f"create or replace table {table} as select * from read_parquet($files, union_by_name = true)",
        {"files": [str(f) for f in files]},
    )
    return len(files)


def register_source(settings: Settings) -> tuple[str, list[Path]]:
    """Imported registers replace the synthetic demo; never mix the two."""
    folder = settings.imports_dir / "cases"
    imported = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if imported:
        return "import", imported
    if settings.demo_register.exists():
        return "demo", [settings.demo_register]
    return "none", []


def load_raw(con: duckdb.DuckDBPyConnection, settings: Settings) -> str:
    """Load every raw source into schema ``raw``; return the register kind."""
    con.execute("create schema if not exists raw")
    cur = curated_dir(settings)
    origin = ", 'curated' as origin, '' as import_batch"
    _csv(con, "raw.curated_events", cur / "events.csv", origin)
    _csv(con, "raw.curated_figures", cur / "figures.csv", origin)
    _csv(con, "raw.election_list", cur / "election_list.csv")
    _csv(con, "raw.election_stages", cur / "elections.csv")
    _csv(con, "raw.election_regions", cur / "election_regions.csv")
    _csv(con, "raw.metrics", cur / "metrics.csv")
    _csv(con, "raw.event_types", cur / "event_types.csv")
    _csv(con, "raw.ikp", cur / "ikp.csv")
    _csv(con, "raw.reporting_bodies", cur / "reporting_bodies.csv")
    _csv(con, "raw.papua_crosswalk", cur / "papua_2022_crosswalk.csv")
    _parquet_glob(
        con, "raw.imported_events", settings.imports_dir / "events", [*EVENT_COLUMNS, "origin", "import_batch"]
    )
    _parquet_glob(
        con, "raw.imported_figures", settings.imports_dir / "figures", [*FIGURE_COLUMNS, "origin", "import_batch"]
    )
    # Metrics an import catalogued (``other_*`` keys with their labels; batches before labels were kept have none).
    figure_columns = {r[0] for r in con.execute("describe raw.imported_figures").fetchall()}
    if {"metric_label_id", "metric_label_en"} <= figure_columns:
        con.execute(
            "create or replace table raw.imported_metrics as select distinct metric, metric_label_id, metric_label_en "
            "from raw.imported_figures"
        )
    else:
        con.execute(
            "create or replace table raw.imported_metrics as select distinct metric, "
            "cast(null as varchar) as metric_label_id, cast(null as varchar) as metric_label_en "
            "from raw.imported_figures"
        )

    regions = pd.DataFrame(
        [(r.code, r.name, r.type, r.level, r.province_code) for r in load_regions()],
        columns=["region_code", "region_name", "region_type", "region_level", "province_code"],
    )
    con.register("regions_df", regions)
    con.execute("create or replace table raw.regions as select * from regions_df")
    con.unregister("regions_df")

    pop = reference.population_and_area(settings)
    con.register("pop_df", pop)
    con.execute("create or replace table raw.population_area as select * from pop_df")
    con.unregister("pop_df")

    codes: list[str] = []
    for level in ("provinces", "regencies"):
        data = geo.load_geojson(level, settings)
        if data:
            codes += [f["id"] for f in data["features"] if not geo.is_point(f)]  # polygons only
    con.register("boundary_df", pd.DataFrame({"region_code": pd.Series(codes, dtype="string")}))
    con.execute("create or replace table raw.boundaries as select * from boundary_df")
    con.unregister("boundary_df")

    kind, files = register_source(settings)
    if kind == "import":
        con.execute(
            "create or replace table raw.case_register as select * exclude (import_batch), "
            "false as is_synthetic, import_batch as source_batch "
            "from read_parquet($files, union_by_name = true)",
            {"files": [str(f) for f in files]},
        )
    elif kind == "demo":
        _csv(con, "raw.case_register", files[0], ", true as is_synthetic, 'demo' as source_batch")
    else:
        _empty(con, "raw.case_register", CASE_COLUMNS)
        con.execute("alter table raw.case_register add column is_synthetic boolean")
        con.execute("alter table raw.case_register add column source_batch varchar")
    return kind


# -- models -------------------------------------------------------------------


def _sql(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip().rstrip(";")


def build_into(con: duckdb.DuckDBPyConnection, settings: Settings, build_id: str = "memory") -> BuildReport:
    """Load raw sources and build staging views and marts into ``con``; verify contracts."""
    started = time.perf_counter()
    report = BuildReport(path=Path(":memory:"), seconds=0.0)
    report.register = load_raw(con, settings)
    report.timings["raw"] = time.perf_counter() - started
    con.execute("create schema if not exists staging")
    con.execute("create schema if not exists restricted")
    for path in sorted((QUERIES_DIR / "staging").glob("stg_*.sql")):
        con.execute(f'create or replace view staging."{path.stem}" as {_sql(path)}')
    # Settings a mart counts by, kept with the build (read through the macro followup_limit()).
    con.execute(
        "create or replace table main.build_settings as select $limit::integer as followup_limit_days",
        {"limit": settings.followup_limit_days},
    )
    for path in sorted((QUERIES_DIR / "macros").glob("*.sql")):
        con.execute(_sql(path))  # rules marts and reports share (in_scope), kept in the build's catalogue
    for model in contracts.load():
        t0 = time.perf_counter()
        con.execute(f"create or replace table {model.table} as {_sql(QUERIES_DIR / 'marts' / (model.name + '.sql'))}")
        report.timings[model.name] = time.perf_counter() - t0
        count = con.execute(f"select count(*) from {model.table}").fetchone()
        report.rows[model.name] = int(count[0]) if count else 0
    t0 = time.perf_counter()
    failures = contracts.verify(con)
    report.timings["contracts"] = time.perf_counter() - t0
    if failures:
        raise BuildError("Kontrak data dilanggar / data contracts broken:\n  " + "\n  ".join(failures))
    con.execute(
        "create or replace table main.meta_build as select $build_id as build_id, "
        "$built_at::timestamp as built_at, "
        "$register as register_kind, $boundaries as has_boundaries, $population as has_population",
        {
            "build_id": build_id,
            "built_at": datetime.now(UTC).replace(tzinfo=None),  # naive UTC: see docs/data-formats.md
            "register": report.register,
            "boundaries": geo.boundaries_available(settings),
            "population": reference.is_installed(reference.BY_KEY["population"], settings),
        },
    )
    report.seconds = time.perf_counter() - started
    return report


POINTER = "CURRENT"
KEEP_BUILDS = 2  # the current build and the one before, for queries still running on it
_LEGACY = "legacy"


def builds_dir(settings: Settings) -> Path:
    """``<data dir>/warehouse/``: one immutable ``<build id>.duckdb`` per build and the ``CURRENT`` pointer."""
    return settings.data_dir / "warehouse"


def current_build(settings: Settings | None = None) -> str | None:
    """The id of the newest complete build (what new queries open), or None before the first build.

    A data dir from before versioned builds (a plain ``warehouse.duckdb``) reads as a legacy build.
    """
    settings = settings or get_settings()
    try:
        found = (builds_dir(settings) / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        found = ""
    if found:
        return found
    legacy = settings.warehouse_path
    if legacy.is_file() and not legacy.is_symlink():
        return f"{_LEGACY}-{legacy.stat().st_mtime_ns}"
    return None


def build_file(build_id: str, settings: Settings | None = None) -> Path:
    settings = settings or get_settings()
    if build_id.startswith(_LEGACY):
        return settings.warehouse_path
    return builds_dir(settings) / f"{build_id}.duckdb"


def _new_build_id() -> str:
    # Sortable by time; the pid keeps two builds started in the same microsecond apart.
    return f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}-{os.getpid()}"


def _replace_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _prune(folder: Path, keep: str) -> None:
    """Keep the newest KEEP_BUILDS builds. A process may still read an older one: on Linux its
    open file stays readable after the unlink, and its next query opens the current build."""
    builds = sorted(folder.glob("*.duckdb"))
    for old in builds[:-KEEP_BUILDS]:
        if old.stem != keep:
            old.unlink(missing_ok=True)
            Path(f"{old}.wal").unlink(missing_ok=True)


def build(settings: Settings | None = None) -> BuildReport:
    """Build a new immutable ``warehouse/<build id>.duckdb``, verify it, then point ``CURRENT`` and
    ``warehouse.duckdb`` (a symlink, the analysts' path) at it. Nothing that is being read is
    ever replaced: running queries finish on the build they started on."""
    settings = settings or get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    seed_curated(settings)
    gazetteer()  # fail early if the gazetteer package is broken
    folder = builds_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)  # a build holds the register's identities (names, NIPs): its owner's only
    build_id = _new_build_id()
    final = folder / f"{build_id}.duckdb"
    tmp = folder / f".{build_id}.duckdb.tmp"
    try:
        con = duckdb.connect(str(tmp))
        try:
            report = build_into(con, settings, build_id)
            con.execute("checkpoint")
        finally:
            con.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    _replace_text(folder / POINTER, build_id)
    link = settings.data_dir / f".warehouse.duckdb.{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(Path("warehouse") / final.name, link)
    os.replace(link, settings.warehouse_path)
    _prune(folder, build_id)
    report.path = settings.warehouse_path
    report.build_id = build_id
    return report


def built_limit(settings: Settings | None = None) -> int | None:
    """The follow-up limit the current build counted by (None without a build, or one made before
    the limit was stored): ``setup`` rebuilds when the setting has changed since."""
    try:
        con = connect(settings)
    except BuildError:
        return None
    try:
        row = con.execute("select followup_limit_days from main.build_settings").fetchone()
    except duckdb.CatalogException:
        return None
    finally:
        con.close()
    return int(row[0]) if row else None


def connect(settings: Settings | None = None, build_id: str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to one build (default: the current one)."""
    settings = settings or get_settings()
    build_id = build_id or current_build(settings)
    path = build_file(build_id, settings) if build_id else None
    if path is None or not path.exists():
        raise BuildError(
            f"{settings.warehouse_path}: gudang data belum dibangun / warehouse not built; "
            "jalankan / run `python -m netralitas build`"
        )
    return duckdb.connect(str(path), read_only=True)


# -- reports ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _report_files() -> dict[str, str]:
    """Every report's SQL, read once per process (the query folder is part of the code)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(REPORTS_DIR.glob("*.sql"))}


def report_names() -> list[str]:
    return list(_report_files())


def report_sql(name: str) -> str:
    if name not in _report_files():
        raise ReportError(
            f"laporan tidak dikenal / unknown report {name!r}; tersedia / available: {', '.join(report_names())}"
        )
    return _report_files()[name].strip().rstrip(";")


_ACCESS_RE = re.compile(r"^-- Access: (public|internal|identities)\s*$", re.M)


def report_access(name: str) -> str:
    """``public`` (aggregates), ``internal`` (case-level rows) or ``identities`` (names/NIPs)."""
    m = _ACCESS_RE.search(_report_files().get(name, ""))
    return m.group(1) if m else "public"


def report_params(name: str) -> list[str]:
    """The ``$names`` a report binds, in order of first use (comments ignored)."""
    body = _COMMENT_RE.sub("", report_sql(name))
    return list(dict.fromkeys(_PARAM_RE.findall(body)))


def run_report(
    name: str,
    params: Mapping[str, Any] | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
    max_rows: int = MAX_ROWS,
    viewer: Viewer = PUBLIC,
) -> pd.DataFrame:
    """Run ``queries/reports/<name>.sql`` with bound parameters; the one place SQL runs.

    Case-level reports (``-- Access: internal``) refuse the public; identity
    reports (``-- Access: identities``) refuse everyone who may not see names.
    """
    params = dict(params or {})
    sql = report_sql(name)
    access = report_access(name)
    if access == "internal" and not viewer.may_see_cases:
        raise AccessDenied(f"{name}: data tingkat kasus tidak untuk publik / case-level data is not public")
    if access == "identities" and not viewer.may_see_cases:
        raise AccessDenied(f"{name}: identitas hanya untuk peran internal / identities are for internal roles")
    wanted = set(report_params(name))
    if set(params) != wanted:
        missing, extra = sorted(wanted - set(params)), sorted(set(params) - wanted)
        raise ReportError(
            f"{name}: parameter tidak cocok / parameters do not match"
            + (f"; kurang / missing: {', '.join(missing)}" if missing else "")
            + (f"; tidak dikenal / unknown: {', '.join(extra)}" if extra else "")
        )
    own = con is None
    base = con if con is not None else connect()
    t0 = time.perf_counter()
    try:
        cursor = base.cursor()
        try:
            frame = cursor.execute(f"select * from ({sql}) limit {int(max_rows)}", params).df()
        finally:
            cursor.close()
    finally:
        if own:
            base.close()
    log.info("report %s %s: %d rows in %.1f ms", name, params, len(frame), (time.perf_counter() - t0) * 1e3)
    return frame
