"""One idempotent setup step for `make run`, `make build` and `make test`.

Each stage runs only when its output is missing or older than its inputs,
so a second `make build` with nothing changed takes about a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from netralitas.pipeline import demo, geo, reference, warehouse
from netralitas.settings import QUERIES_DIR, REPO_ROOT, Settings, get_settings


def _newest(paths: Iterable[Path]) -> float:
    return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    return [p for p in folder.rglob(pattern) if p.is_file()] if folder.exists() else []


def run(settings: Settings | None = None, say: Callable[[str], None] = print) -> None:
    settings = settings or get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    warehouse.seed_curated(settings)
    t0 = time.perf_counter()

    # 1. Reference files: optional. Without them the app runs with fallbacks.
    if all(reference.is_installed(f, settings) for f in reference.FILES):
        say("reference: terpasang / installed")
    else:
        try:
            for line in reference.install(settings):
                say(f"reference: {line}")
        except reference.ReferenceError as exc:
            say(
                "PERINGATAN / WARNING: data rujukan tidak terpasang / reference data not installed:\n"
                f"  {exc}\n  Peta memakai peta petak, angka per kapita tidak tersedia / "
                "maps fall back to the tile grid, per-capita figures unavailable."
            )

    # 2. Boundaries, built once from the reference files.
    paths = geo.built_paths(settings)
    sources = [reference.local_path(reference.BY_KEY[k], settings) for k in ("provinces", "regencies")]
    if all(p.exists() for p in sources) and (
        not geo.boundaries_available(settings)
        or not (geo.STATIC_TOPOJSON / "world_110m.json").exists()
        or _newest(sources) > min(paths["provinces"].stat().st_mtime, paths["regencies"].stat().st_mtime)
    ):
        built = geo.build(settings)
        if built:
            say(
                f"boundaries: {built.provinces} provinsi, {built.regencies} kabupaten/kota; "
                f"tanpa poligon / without polygon: {', '.join(n for _, n in built.missing) or '-'}"
            )

    # 3. The synthetic register (regenerated when its size or seed changes).
    stamp = settings.demo_register.with_suffix(".params")
    params = f"{settings.demo_cases} {settings.demo_seed} {demo.inputs_digest()}"
    if not settings.demo_register.exists() or not stamp.exists() or stamp.read_text() != params:
        n = demo.write(settings.demo_register, settings.demo_cases or None, settings.demo_seed)
        stamp.write_text(params)
        say(f"demo: {n} baris register sintetis / synthetic register rows -> {settings.demo_register}")

    # 4. The warehouse, rebuilt when any input is newer.
    inputs = [
        *_files(warehouse.curated_dir(settings), "*.csv"),
        *_files(QUERIES_DIR),
        *_files(REPO_ROOT / "netralitas", "*.py"),
        *_files(settings.imports_dir),
        *_files(settings.built_reference_dir),
        *[reference.local_path(f, settings) for f in reference.FILES],
        settings.demo_register,
    ]
    target = settings.warehouse_path
    limit_changed = target.exists() and warehouse.built_limit(settings) != settings.followup_limit_days
    if not target.exists() or _newest(inputs) > target.stat().st_mtime or limit_changed:
        report = warehouse.build(settings)
        say(
            f"warehouse: {target} dibangun dalam / built in {report.seconds:.2f} s "
            f"({', '.join(f'{k} {v}' for k, v in report.rows.items())})"
        )
    else:
        say(f"warehouse: mutakhir / up to date ({target})")
    say(f"setup selesai / done in {time.perf_counter() - t0:.1f} s")
