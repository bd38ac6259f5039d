"""Openly licensed reference files: fetched at setup, verified, never committed.

Each file is pinned by upstream path (``OWNER/REPO/COMMIT/PATH``) and sha256.
``reference install`` downloads it from the pinned URL, or copies it from the
local mirror named by ``NETRALITAS_REFERENCE_MIRROR`` (laid out the same way),
checks the hash and stores it under ``data/reference/`` with an atomic rename.
Without network or mirror the app still runs: maps fall back and per-capita
figures show as unavailable.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from netralitas.settings import Settings, get_settings


@dataclass(frozen=True)
class ReferenceFile:
    key: str
    upstream_path: str
    sha256: str
    licence: str
    description: str

    @property
    def filename(self) -> str:
        return self.upstream_path.rsplit("/", 1)[-1]


FILES: tuple[ReferenceFile, ...] = (
    ReferenceFile(
        "provinces",
        "mashadinoor/Indonesia-Geojson-2026/c95911f3f23af6e01c3bf706c80e36a9f3958588/Geojson/indonesia_provinsi.geojson",
        "46db1a79679e01b29d1e45fe0e0943605e0b48517226fde49fb22f9dca010bbf",
        "MIT",
        "Batas 38 provinsi / 38 province boundaries (BIG, simplified upstream)",
    ),
    ReferenceFile(
        "regencies",
        "mashadinoor/Indonesia-Geojson-2026/c95911f3f23af6e01c3bf706c80e36a9f3958588/Geojson/indonesia_kabupaten.geojson",
        "3f270079df289eeb7198256d5407dbda2d5bfb7789f34d39597d4e5cf72fdf23",
        "MIT",
        "Batas 507 kabupaten/kota / 507 regency and city boundaries",
    ),
    ReferenceFile(
        "population",
        "cahyadsn/wilayah/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7/db/wilayah_penduduk.sql",
        "b0b6b9dc70fa6a4fdb9e05bf00ec549ed8f6cf0bb82f6407281dfac674b10447",
        "MIT",
        "Jumlah penduduk per kode wilayah (Kepmendagri 300.2.2-2138/2025) / population",
    ),
    ReferenceFile(
        "area",
        "cahyadsn/wilayah/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7/db/wilayah_luas.sql",
        "3ffd506eaabaa2bfa101fb24c5e40582cf9548be38adba53a561d0ed7478c043",
        "MIT",
        "Luas wilayah km2 (BIG, 2024) / area in km2",
    ),
)
BY_KEY = {f.key: f for f in FILES}


class ReferenceError(Exception):
    """A reference file could not be fetched or failed its hash check."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def local_path(ref: ReferenceFile, settings: Settings | None = None) -> Path:
    settings = settings or get_settings()
    return settings.reference_dir / ref.filename


def is_installed(ref: ReferenceFile, settings: Settings | None = None) -> bool:
    """Present and verified. The hash is checked once and remembered in a stamp."""
    path = local_path(ref, settings)
    stamp = path.with_suffix(path.suffix + ".sha256")
    if not path.exists():
        return False
    if stamp.exists() and stamp.read_text().strip() == f"{ref.sha256} {path.stat().st_size}":
        return True
    if sha256_of(path) == ref.sha256:
        stamp.write_text(f"{ref.sha256} {path.stat().st_size}")
        return True
    return False


def _fetch(ref: ReferenceFile, settings: Settings, dest: Path) -> str:
    if settings.reference_mirror is not None:
        src = settings.reference_mirror / ref.upstream_path
        if not src.exists():
            raise ReferenceError(f"{src}: tidak ada di mirror / not in the mirror NETRALITAS_REFERENCE_MIRROR")
        shutil.copyfile(src, dest)
        return f"mirror {settings.reference_mirror}"
    url = f"{settings.reference_base_url}/{ref.upstream_path}"
    if not url.startswith("https://"):
        raise ReferenceError(
            f"{url}: hanya https / https only (NETRALITAS_REFERENCE_BASE_URL); "
            "atau pakai mirror lokal / or use a local mirror: NETRALITAS_REFERENCE_MIRROR"
        )
    try:
        with urllib.request.urlopen(url, timeout=30) as resp, dest.open("wb") as out:  # noqa: S310 https checked
            shutil.copyfileobj(resp, out)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ReferenceError(
            f"{url}: gagal diunduh / could not be downloaded ({exc}). "
            "Tanpa jaringan, arahkan NETRALITAS_REFERENCE_MIRROR ke salinan lokal / "
            "offline, point NETRALITAS_REFERENCE_MIRROR at a local copy."
        ) from exc
    return url


def install(settings: Settings | None = None) -> list[str]:
    """Install every reference file not yet present; return a line per file.

    Raises :class:`ReferenceError` listing all failures after trying every file.
    """
    settings = settings or get_settings()
    settings.reference_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    failures: list[str] = []
    for ref in FILES:
        dest = local_path(ref, settings)
        if is_installed(ref, settings):
            lines.append(f"ok       {ref.filename} (sudah ada / already installed)")
            continue
        with tempfile.NamedTemporaryFile(dir=settings.reference_dir, delete=False, suffix=".part") as tmp:
            tmp_path = Path(tmp.name)
        try:
            origin = _fetch(ref, settings, tmp_path)
            got = sha256_of(tmp_path)
            if got != ref.sha256:
                raise ReferenceError(
                    f"{ref.filename}: sha256 tidak cocok / hash mismatch (expected {ref.sha256}, got {got})"
                )
            tmp_path.chmod(0o644)
            tmp_path.replace(dest)
            lines.append(f"fetched  {ref.filename} from {origin}")
        except ReferenceError as exc:
            failures.append(str(exc))
        finally:
            tmp_path.unlink(missing_ok=True)
    if failures:
        raise ReferenceError("\n".join(failures))
    return lines


_ROW_RE = re.compile(r"\(([^()]*)\)")


def _sql_rows(path: Path) -> list[list[str]]:
    """The value tuples of a dump's INSERT statements (quoted strings or numbers)."""
    rows: list[list[str]] = []
    text = path.read_text(encoding="utf-8")
    for stmt in re.findall(r"INSERT INTO[^;]*?VALUES(.*?);", text, flags=re.S | re.I):
        for inner in _ROW_RE.findall(stmt):
            values = [v.strip().strip("'").replace("''", "'") for v in re.findall(r"'(?:[^']|'')*'|[^,]+", inner)]
            rows.append(values)
    return rows


def population_and_area(settings: Settings | None = None) -> pd.DataFrame:
    """region_code, population, area_km2 for the regions whose files are installed.

    Returns an empty frame (same columns) when the files are not installed, so
    per-capita measures show as unavailable rather than zero.
    """
    settings = settings or get_settings()
    pop_ref, area_ref = BY_KEY["population"], BY_KEY["area"]
    columns = {
        "region_code": pd.Series(dtype="string"),
        "population": pd.Series(dtype="Int64"),
        "area_km2": pd.Series(dtype="Float64"),
    }
    frame = pd.DataFrame(columns)
    if is_installed(pop_ref, settings):
        pop = pd.DataFrame(
            [(r[0], int(r[4])) for r in _sql_rows(local_path(pop_ref, settings)) if len(r) >= 5],
            columns=["region_code", "population"],
        )
        frame = pop
    if is_installed(area_ref, settings):
        area = pd.DataFrame(
            [(r[0], float(r[2])) for r in _sql_rows(local_path(area_ref, settings)) if len(r) >= 3],
            columns=["region_code", "area_km2"],
        )
        frame = frame.merge(area, on="region_code", how="outer") if len(frame) else area.assign(population=pd.NA)
    if "area_km2" not in frame:
        frame["area_km2"] = pd.NA
    frame = frame[frame["region_code"] != "0"]
    return frame[["region_code", "population", "area_km2"]].astype(
        {"region_code": "string", "population": "Int64", "area_km2": "Float64"}
    )
