"""The public edition: built from the fixture warehouse and from the default build, checked
file by file (pages, links, data files, privacy); test_edition_browser.py opens it in Chromium."""

from __future__ import annotations

import gzip
import io
import json
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from netralitas import data
from netralitas.access.viewer import Viewer
from netralitas.edition import assets, build, scan
from netralitas.edition.record import read
from netralitas.pipeline import warehouse
from netralitas.pipeline.regions import gazetteer
from netralitas.settings import REPO_ROOT, Settings, get_settings
from tests.edition.conftest import isolated_history

ADMIN = Viewer(role="admin", user="test")
pytestmark = pytest.mark.skipif(not assets.BUNDLE.exists(), reason="plotly.js bundle not installed (npm ci)")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.lang = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag == "meta" and a.get("property"):
            self.meta[str(a["property"])] = a.get("content") or ""
        for key in ("href", "src"):
            if a.get(key) and tag in ("a", "link", "script", "iframe"):
                self.links.append(str(a[key]))


def _pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


# -- built from the fixture warehouse ------------------------------------------------------------


def test_fixture_warehouse_builds_an_edition(
    tmp_path: Path, fixture_settings: Settings, fixture_con: duckdb.DuckDBPyConnection
) -> None:
    settings = isolated_history(fixture_settings, tmp_path)
    report = build.build(tmp_path / "site", "", settings=settings, con=fixture_con, say=lambda _: None)
    site = tmp_path / "site"
    regions = read(fixture_con).regions
    assert report.pages > 2 * len(regions)
    for code in regions["region_code"]:
        assert (site / "wilayah" / code / "index.html").exists(), code
        assert (site / "en" / "wilayah" / code / "index.html").exists(), code
    # the fixture has no boundaries: map pages fall back to tables and say so
    maps = (site / "peta" / "index.html").read_text(encoding="utf-8")
    assert "Batas wilayah belum terpasang" in maps
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Edisi pertama" in home


# -- built from the default build ------------------------------------------------------------------


def test_every_region_has_its_page_in_both_languages(real_site: Path, real_con: duckdb.DuckDBPyConnection) -> None:
    codes = list(warehouse.run_report("region_list", {"province": ""}, real_con)["region_code"])
    assert len(codes) == 552
    for code in codes:
        for lang_root in (real_site, real_site / "en"):
            page = lang_root / "wilayah" / code / "index.html"
            assert page.exists(), page
        meta = json.loads((real_site / "wilayah" / code / "data.json").read_text(encoding="utf-8"))["meta"]
        assert meta["region"]["code"] == code
        assert meta["licence"] and meta["citation"] and "as_of" in meta


def test_region_pages_show_events_figures_and_what_is_missing(real_site: Path) -> None:
    kendari = (real_site / "wilayah" / "74.71" / "index.html").read_text(encoding="utf-8")
    assert "Kota Kendari" in kendari and "Komisi I DPRD Kota Kendari" in kendari
    assert "Pemilihan tanpa catatan" in kendari  # elections with nothing recorded are named, not left out
    assert "Wilayah ini ikut Pilkada Serentak 2024." in kendari
    assert 'href="../../wilayah/74/index.html"' in kendari  # up to its province
    sultra = (real_site / "wilayah" / "74" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../wilayah/74.72/index.html"' in sultra  # down to Baubau
    assert "jabarnews.com" in sultra  # a published figure with its source
    english = (real_site / "en" / "wilayah" / "74.71" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "Elections without a record" in english


def _region(site: Path, code: str) -> str:
    return (site / "wilayah" / code / "index.html").read_text(encoding="utf-8")


# -- the record covers the country (issue 19): participation, agreement, coverage ------------------


def test_a_region_that_did_not_vote_says_so(real_site: Path) -> None:
    baubau = _region(real_site, "74.72")
    assert "Pilkada Serentak 2020</strong>: tidak ikut memilih" in baubau
    bima = _region(real_site, "52.06")
    assert "Tidak ikut Pilkada Serentak 2020" not in bima
    yogya = _region(real_site, "34")  # no governor election, but its regencies voted
    assert "Tidak ada pemilihan gubernur dalam Pilkada Serentak 2024; 5 kabupaten/kota" in yogya


def test_agreement_reaches_the_pages(real_site: Path) -> None:
    halut = _region(real_site, "82.03")
    assert "dikuatkan 2 sumber" in halut
    manggarai = _region(real_site, "53.10")
    assert "sumber berbeda: 2 angka untuk ukuran yang sama" in manggarai
    ntb = _region(real_site, "52")
    assert "kabupaten/kota memublikasikan ukuran ini, berjumlah" in ntb


def test_coverage_is_published_on_home_and_methods(real_site: Path, real_con: duckdb.DuckDBPyConnection) -> None:
    summary = data.coverage_summary(real_con)
    whole = summary[(summary["election_id"] == "") & (summary["kind"] == "any")].set_index("region_level")
    n = int(whole.loc[2, "regions_with_record"])
    assert n >= 360  # the compilation reaches about 370 of 514 regencies/cities
    sentence = f"{n} dari 514 kabupaten/kota"
    for page in ("index.html", "metodologi/index.html"):
        html = (real_site / page).read_text(encoding="utf-8")
        assert sentence in html and "peta/semua/coverage/index.html" in html, page
    assert f"{n} of 514 regencies/cities" in (real_site / "en" / "index.html").read_text(encoding="utf-8")
    methods = (real_site / "metodologi" / "index.html").read_text(encoding="utf-8")
    assert 'id="kirim-sumber"' in methods


def test_a_region_without_a_record_says_what_is_missing_and_how_to_send_it(
    real_site: Path, real_con: duckdb.DuckDBPyConnection
) -> None:
    sql = (
        "select region_code from fct_events union select region_code from fct_figures "
        "union select region_code from fct_ikp"
    )
    held = {r[0] for r in real_con.execute(sql).fetchall()}
    empty = next(c for c, r in sorted(gazetteer().regions.items()) if r.level == 2 and c not in held)
    html = _region(real_site, empty)
    assert "peristiwa bertanggal, angka publikasi, indeks kerawanan (IKP) Bawaslu" in html
    assert "metodologi/index.html#kirim-sumber" in html


def test_home_puts_each_bodys_figures_side_by_side(real_site: Path) -> None:
    home = (real_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in home
    for body, value in (("Bawaslu RI", "433"), ("Kemendagri", "1.158")):
        assert body in home and value in home
    en = (real_site / "en" / "index.html").read_text(encoding="utf-8")
    assert "1,158" in en


def test_every_internal_link_resolves(real_site: Path) -> None:
    broken = []
    for page in _pages(real_site):
        if page.name == "404.html":
            continue  # its links start at the site root (it answers for any missing path)
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.lang in ("id", "en"), page
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("#", "data:", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(real_site)} -> {link}")
    assert not broken, broken[:10]


def test_share_and_search_metadata(real_site: Path) -> None:
    parser = _Links()
    parser.feed((real_site / "wilayah" / "74" / "index.html").read_text(encoding="utf-8"))
    assert parser.meta["og:url"] == "https://netralitas.example/wilayah/74/"
    assert parser.meta["og:title"] == "Sulawesi Tenggara"
    sitemap = (real_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") >= 2 * 552
    assert "<loc>https://netralitas.example/en/wilayah/74.71/</loc>" in sitemap
    assert "embed/" not in sitemap
    assets_ = [p.name for p in (real_site / "assets").iterdir()]
    assert all(re.search(r"\.[0-9a-f]{10}\.", name) for name in assets_), assets_


def test_data_files_are_a_static_api(real_site: Path, real_con: duckdb.DuckDBPyConnection) -> None:
    events = pd.read_csv(real_site / "data" / "events.csv", encoding="utf-8-sig")
    assert len(events) == len(warehouse.run_report("curated_events", {}, real_con))
    table = pq.read_table(real_site / "data" / "figures.parquet")
    meta = json.loads(table.schema.metadata[b"netralitas"])
    assert meta["licence"] and meta["citation"] and meta["as_of"]
    as_json = json.loads((real_site / "data" / "regions.json").read_text(encoding="utf-8"))
    assert len(as_json["rows"]) == 552 and as_json["meta"]["sources"]
    package = json.loads((real_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} >= {"events", "figures", "regions", "ikp"}
    ikp = pd.read_csv(real_site / "data" / "ikp.csv", encoding="utf-8-sig")
    assert len(ikp) == 93 and ikp["source_url"].notna().all()
    assert ikp.loc[ikp["listing"] == "listed", "score"].isna().all()  # named without a score: never a zero


def test_ikp_maps_keep_listed_places_apart(real_site: Path) -> None:
    page = (real_site / "peta" / "pemilu_2024" / "ikp-ikp_tematik_netralitas_asn_2023_09_21" / "index.html").read_text()
    assert "Disebut tanpa skor" in page and "Diberi skor" in page and "Kota Parepare" in page
    assert "tidak dapat dibandingkan antaredisi" in page
    english = real_site / "en" / "peta" / "pemilu_2024" / "ikp-ikp_tematik_netralitas_asn_2023_09_21" / "index.html"
    assert "Named without a score" in english.read_text()


def test_charts_use_only_what_the_plotly_bundle_draws(real_site: Path) -> None:
    seen: set[str] = set()
    for page in [
        real_site / "index.html",
        real_site / "wilayah" / "74" / "index.html",
        *real_site.glob("peta/*/*/index.html"),
    ]:
        for blob in re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', page.read_text()):
            seen |= {trace["type"] for trace in json.loads(blob)["data"]}
    assert seen and seen <= assets.TRACE_TYPES, seen


def test_region_pages_are_small(real_site: Path) -> None:
    for code in ("74", "35", "74.71", "31.71"):
        own = [real_site / "wilayah" / code / "index.html.gz", real_site / "wilayah" / code / "data.json.gz"]
        size = sum(p.stat().st_size for p in own if p.exists())
        assert size < 150_000, (code, size)


def test_synthetic_register_is_never_published(real_site: Path) -> None:
    assert get_settings().demo_register.exists()
    for path in real_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "Sintetis" not in text and "DEMO-" not in text, path
    region = (real_site / "wilayah" / "74.72" / "index.html").read_text(encoding="utf-8")
    assert "Register kasus hasil impor" not in region


def test_an_unchanged_rebuild_writes_nothing(real_site: Path, real_settings: Settings, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(real_site, copy, copy_function=shutil.copy2)
    settings = isolated_history(real_settings, real_site.parent)
    report = build.build(copy, "https://netralitas.example", settings=settings, say=lambda _: None)
    assert report.written == 0 and report.reused == report.files


# -- privacy ----------------------------------------------------------------------------------------


def test_scan_finds_identities_in_every_kind_of_file(tmp_path: Path, real_con: duckdb.DuckDBPyConnection) -> None:
    toks = scan.tokens(real_con, read(real_con))
    assert toks.counts["name"] > 1000 and toks.counts["nip"] > 1000
    ids = warehouse.run_report(
        "case_identities",
        {"election": "", "scope": ""},
        real_con,
        viewer=ADMIN,
    ).iloc[0]
    (tmp_path / "clean.html").write_text("<p>Kota Kendari 74.71: 12 kasus</p>")
    (tmp_path / "a.html").write_text(f"<td>{ids['subject_name']}</td>")
    (tmp_path / "b.json.gz").write_bytes(gzip.compress(json.dumps({"id": ids["case_id"]}).encode()))
    frame = pd.DataFrame({"x": ["ok", f"NIP {ids['subject_nip']}"]})
    buf = io.BytesIO()
    frame.to_parquet(buf)
    (tmp_path / "c.parquet").write_bytes(buf.getvalue())
    (tmp_path / "d.csv").write_text("nama,nip\nx,199001012015031002\n")  # NIP-shaped, not in the register
    problems = scan.scan_tree(tmp_path, toks)
    files = sorted(p.split(":")[0] for p in problems)
    assert files == ["a.html", "b.json.gz", "c.parquet", "d.csv"], problems
    assert all(str(ids["subject_name"]) not in p for p in problems)  # the report never repeats the value


def test_a_leaking_page_fails_the_build_and_publishes_nothing(
    tmp_path: Path, real_settings: Settings, real_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = str(
        warehouse.run_report(
            "case_identities",
            {"election": "", "scope": ""},
            real_con,
            viewer=ADMIN,
        ).iloc[0]["subject_name"]
    )
    from netralitas.edition.site import common, lookups, methods

    original = methods.page

    def leaky(site: lookups.Site, lang: str) -> common.Page:
        page = original(site, lang)  # type: ignore[arg-type]
        page.context["caveats"] = [*page.context["caveats"], f"contoh: {name}"]
        return page

    monkeypatch.setattr(methods, "page", leaky)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous edition")
    settings = isolated_history(real_settings, tmp_path)
    with pytest.raises(build.EditionError, match=r"metodologi/index\.html"):
        build.build(out, "", settings=settings, say=lambda _: None)
    assert (out / "index.html").read_text() == "previous edition"
    assert not list(tmp_path.glob(".site.next-*"))
    assert not settings.edition_history.exists()


# -- the edition follows the warehouse ---------------------------------------------------------------


def test_imported_events_and_register_reach_the_edition(data_dir: Path, tmp_path: Path) -> None:
    from netralitas.pipeline import ingest

    settings = get_settings()
    site = tmp_path / "site"
    build.build(site, "", settings=settings, say=lambda _: None)
    events = tmp_path / "events.csv"
    events.write_text(
        "event_date,date_precision,event_type,election,province,regency_city,actor,title,reference_no,"
        "source_url,source_published,note\n"
        "2024-10-02,day,circular,pilkada_2024,Sulawesi Tenggara,Kota Kendari,Pj Wali Kota Kendari,"
        "Surat edaran netralitas ASN Kota Kendari,800/321/2024,https://example.org/se-kendari,2024-10-03,\n",
        encoding="utf-8",
    )
    ingest.import_file("events", events, settings=settings)
    shutil.copyfile(REPO_ROOT / "docs" / "examples" / "cases.csv", tmp_path / "cases.csv")
    ingest.import_file("cases", tmp_path / "cases.csv", settings=settings)
    report = build.build(site, "", settings=settings, say=lambda _: None)
    assert 0 < report.written < report.files  # only what changed is made again
    kendari = (site / "wilayah" / "74.71" / "index.html").read_text(encoding="utf-8")
    # The file brought an English title only: the Indonesian page titles it from the record's own fields.
    assert "Surat edaran: Pj Wali Kota Kendari" in kendari and "https://example.org/se-kendari" in kendari
    assert "Surat edaran netralitas ASN Kota Kendari" not in kendari
    english = (site / "en" / "wilayah" / "74.71" / "index.html").read_text(encoding="utf-8")
    assert "Surat edaran netralitas ASN Kota Kendari" in english
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Surat edaran: Pj Wali Kota Kendari" in home  # what is new in this edition
    methods = (site / "metodologi" / "index.html").read_text(encoding="utf-8")
    assert methods.count("<tr>") >= 3  # the changelog has both editions
    baubau = (site / "wilayah" / "74.72" / "index.html").read_text(encoding="utf-8")
    assert "Register kasus hasil impor" in baubau and ">disembunyikan<" in baubau  # aggregates, small counts hidden
    assert "Andi Sintetis" not in baubau and "198001012005011901" not in baubau
