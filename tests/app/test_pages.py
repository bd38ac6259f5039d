"""Every page under AppTest: runs without an exception; its key widget changes what is shown."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from netralitas.access.viewer import Viewer
from netralitas.pipeline.regions import gazetteer
from netralitas.settings import REPO_ROOT

SULTRA = Viewer("provinsi", "74", "gubernur")
ADMIN = Viewer("admin", "", "root")

PAGES = sorted(p.name for p in (REPO_ROOT / "pages").glob("*.py"))


def page(name: str, viewer: Viewer | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "pages" / name), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if viewer is not None:  # what the sidebar sign-in leaves in the session
        at.session_state["_viewer"] = {"viewer": viewer.__dict__, "at": time.time()}
    return at.run()


def frame_of(at: AppTest, index: int = 0):  # type: ignore[no-untyped-def]
    return at.dataframe[index].value


def frame_with(at: AppTest, *columns: str):  # type: ignore[no-untyped-def]
    """The first table on the page with these columns (tables before it may come and go with the data)."""
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def test_every_page_is_registered() -> None:
    routes = (REPO_ROOT / "dashboard.py").read_text()
    assert len(PAGES) == 11
    for name in PAGES:
        assert f'"pages/{name}"' in routes, name


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_page_runs_in_both_languages(name: str, lang: str, data_dir: Path) -> None:
    at = page(name, lang=lang)
    assert not at.exception
    assert not at.error
    warnings = " ".join(w.value for w in at.warning)
    if name in ("kasus.py", "audit.py", "tambah_berita.py", "impor.py"):  # internal pages: sign in first
        assert warnings
    elif name == "peta.py":  # the public map opens on the real record: nothing synthetic to label
        assert ("sintetis" if lang == "id" else "synthetic") not in warnings
    else:
        assert ("sintetis" if lang == "id" else "synthetic") in warnings


def test_overview_election_changes_figures_and_url(data_dir: Path) -> None:
    at = page("ringkasan.py")
    before = frame_of(at)
    assert {"Bawaslu RI", "Kemendagri"} <= set(before["Lembaga"])  # bodies side by side
    assert "Tingkat tindak lanjut PPK" in [m.label for m in at.metric]
    at.selectbox(key="election").set_value("pemilu_2024").run()
    assert not frame_of(at).equals(before)
    assert at.query_params["election"] == "pemilu_2024"


def test_public_map_opens_on_the_real_record(data_dir: Path) -> None:
    """A visitor's first map is published figures (or coverage), never the synthetic register;
    the register's measures stay selectable and say they are synthetic."""
    at = page("peta.py")
    assert at.selectbox(key="measure").value == "published"
    assert at.selectbox(key="metric").value  # a published metric of the newest election
    assert not any("sintetis" in w.value for w in at.warning)
    labels = at.selectbox(key="measure").options
    assert "Tingkat tindak lanjut PPK · sintetis" in labels
    assert "Indeks kerawanan (IKP Bawaslu)" in labels
    assert "measure" not in at.query_params  # the default stays out of the link


def test_map_offers_every_election_with_data(data_dir: Path) -> None:
    at = page("peta.py")
    assert at.selectbox(key="election").options == [
        "Pilkada Serentak 2024",
        "Pemilu 2024",
        "Pilkada Serentak 2020",
        "Pemilu 2019",
        "Pilkada Serentak 2018",
    ]


def test_map_measure_and_drill_down(data_dir: Path) -> None:
    at = page("peta.py", measure="followup_rate")
    assert any("sintetis" in w.value for w in at.warning)
    table = frame_of(at)
    assert len(table) == 38 and "Tingkat tindak lanjut PPK" in table.columns
    at.selectbox(key="measure").set_value("prevention_events").run()
    assert "Kegiatan pencegahan (deklarasi, surat edaran, instruksi, sosialisasi)" in frame_of(at).columns
    at.selectbox(key="province").set_value("74").run()
    regencies = frame_of(at)
    assert len(regencies) == 17 and "Kota Bau Bau" in set(regencies["Wilayah"])
    assert at.query_params["region"] == "74" and at.query_params["measure"] == "prevention_events"


def test_map_shows_the_public_record_as_the_edition_does(data_dir: Path) -> None:
    at = page("peta.py", measure="coverage")
    table = frame_of(at)
    assert len(table) == 38 and "Cakupan" in table.columns
    assert "Angka publikasi dan peristiwa" in set(table["Cakupan"])
    at.selectbox(key="measure").set_value("published").run()
    assert not at.exception
    at.selectbox(key="metric").set_value("forwarded_to_kasn_bkn-cases")
    at.selectbox(key="province").set_value("36").run()
    shown = frame_of(at)
    assert at.query_params["metric"] == "forwarded_to_kasn_bkn-cases"
    # Banten's regencies/cities with a published count of cases forwarded (both compilations)
    assert len(shown) == 5 and {"Kabupaten Tangerang", "Kota Cilegon"} <= set(shown["Wilayah"])
    assert all(v != "–" for v in shown["Nilai"])  # only regions with a published figure are listed
    reopened = page("peta.py", measure="published", metric="forwarded_to_kasn_bkn-cases", election="pilkada_2024")
    assert reopened.selectbox(key="metric").value == "forwarded_to_kasn_bkn-cases"


def test_map_reopens_from_a_link(data_dir: Path) -> None:
    at = page("peta.py", region="35", measure="persons", map="grid", election="pemilu_2024")
    assert at.selectbox(key="province").value == "35"
    assert at.selectbox(key="measure").value == "persons"
    assert at.selectbox(key="map_style").value == "grid"
    assert "Kota Surabaya" in set(frame_of(at)["Wilayah"])  # the table lists Jawa Timur's regencies/cities
    assert any("Peta petak hanya untuk tingkat provinsi" in i.value for i in at.info)


def test_map_url_cannot_ask_for_unknown_things(data_dir: Path) -> None:
    at = page("peta.py", region="99", measure="subject_nip", election="x", edition="../etc")
    assert not at.exception
    assert at.selectbox(key="province").value == ""
    assert at.selectbox(key="measure").value == "published"  # the public default, not the URL's


def test_timeline_scope_changes_events(data_dir: Path) -> None:
    at = page("linimasa.py")
    national = frame_of(at)
    at.selectbox(key="province").set_value("74").run()
    sultra = frame_of(at)
    assert len(sultra) < len(national)
    in_sultra = {r.name for r in gazetteer().regions.values() if r.province_code == "74"}
    assert "Kota Kendari" in set(sultra["Wilayah"]) and set(sultra["Wilayah"]) <= in_sultra | {"Sulawesi Tenggara"}
    assert at.query_params["region"] == "74"


def test_comparison_regions_and_peer_group(data_dir: Path) -> None:
    at = page("perbandingan.py", regions="74.71,74.72")
    first = frame_of(at)
    assert list(first["Wilayah"]) == ["Kota Kendari", "Kota Bau Bau"]
    at.multiselect(key="regions").select("64.71").run()
    assert list(frame_of(at)["Wilayah"]) == ["Kota Kendari", "Kota Bau Bau", "Kota Balikpapan"]
    assert at.query_params["regions"] == "74.71,74.72,64.71"
    ranking = frame_of(at, 2)  # after the before/after table and the change table
    at.selectbox(key="peer").set_value("type").run()
    assert len(frame_of(at, 2)) > len(ranking)  # every kota, not only Sultra's


def test_comparison_needs_two_regions(data_dir: Path) -> None:
    at = page("perbandingan.py", regions="74.71")
    assert any("2 sampai 6" in i.value for i in at.info)


def test_methods_page_completeness_and_downloads(data_dir: Path) -> None:
    at = page("metodologi.py")
    coverage = frame_with(at, "Pemilihan", "dengan catatan apa pun")  # how far the record reaches
    assert coverage.iloc[0]["Pemilihan"] == "Semua pemilihan" and len(coverage) == 6
    complete = frame_of(at, 4)
    assert len(complete) == 552
    labels = [getattr(b, "label", "") or b.proto.label for b in at.get("download_button")]
    assert labels.count("Unduh CSV") == 3 and labels.count("Unduh XLSX") == 3


def test_followup_page_public_is_suppressed_and_scope_changes_it(data_dir: Path) -> None:
    at = page("tindak_lanjut.py", region="74")
    league = frame_with(at, "Wilayah", "Rekomendasi sanksi")
    hidden = "disembunyikan"  # small counts, and counts that would give one away, read alike
    assert hidden in set(league["Rekomendasi sanksi"]) or hidden in set(league["Sanksi dijatuhkan PPK"])
    assert any(f'1-4 ditulis "{hidden}"' in c.value for c in at.caption)
    at.selectbox(key="province").set_value("35").run()
    assert set(frame_with(at, "Wilayah", "Rekomendasi sanksi")["Wilayah"]) != set(league["Wilayah"])
    assert at.query_params["region"] == "35"


def test_followup_page_exact_inside_own_scope(data_dir: Path) -> None:
    public = frame_with(page("tindak_lanjut.py", region="74"), "Wilayah", "Rekomendasi sanksi")
    own = frame_with(page("tindak_lanjut.py", SULTRA, region="74"), "Wilayah", "Rekomendasi sanksi")
    assert "disembunyikan" not in set(own["Rekomendasi sanksi"])
    assert len(own) == len(public)


def test_case_explorer_refuses_the_public(data_dir: Path) -> None:
    at = page("kasus.py", region="74")
    assert not at.dataframe
    assert "internal" in at.warning[0].value


def test_case_explorer_keeps_provinsi_in_its_province_even_by_url(data_dir: Path) -> None:
    at = page("kasus.py", SULTRA, region="31", election="pilkada_2024")
    rows = frame_of(at)
    assert len(rows) > 0
    sultra = {r.name for r in gazetteer().regencies("74")} | {"Sulawesi Tenggara"}
    assert set(rows["Wilayah"]) <= sultra
    assert rows["Nama"].str.contains("Sintetis").all()  # provinsi sees names in its scope
    assert at.selectbox(key="region").value == ""  # 31 is not in scope: ignored


def test_case_explorer_masks_for_komisi(data_dir: Path) -> None:
    at = page("kasus.py", Viewer("komisi", "74", "k"))
    names = frame_of(at)["Nama"].dropna()
    assert len(names) > 0 and not names.str.contains("Sintetis").any()
    assert names.str.contains(r"\*\*\*").all()


def test_audit_page_is_for_admin_only(data_dir: Path) -> None:
    assert "admin" in page("audit.py", SULTRA).warning[0].value
    at = page("audit.py", ADMIN)
    assert not at.warning and len(at.dataframe) == 1


def test_navigation_shows_internal_pages_only_to_internal_roles(data_dir: Path) -> None:
    public = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60).run()
    assert not public.exception
    assert any("Masuk" in getattr(e, "label", "") for e in public.get("expander"))
    admin = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60)
    admin.session_state["_viewer"] = {"viewer": ADMIN.__dict__, "at": time.time()}
    admin.run()
    assert not admin.exception
    assert any("Keluar" in b.label for b in admin.button)


def test_missing_warehouse_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path / "empty"))
    for name in PAGES:
        at = page(name, ADMIN)
        assert not at.exception
        if name != "audit.py":  # the audit log needs no warehouse
            assert "make build" in at.error[0].value


def test_news_intake_page_extracts_reviews_and_saves(data_dir: Path) -> None:
    assert "admin" in page("tambah_berita.py", SULTRA).warning[0].value
    at = page("tambah_berita.py", ADMIN)
    assert not at.exception and not at.warning
    article = REPO_ROOT / "tests" / "fixtures" / "articles" / "01-deklarasi-bima-2024-09-12.txt"
    at.text_area(key="news_text").set_value(article.read_text(encoding="utf-8"))
    at.text_input(key="news_url").set_value("https://example.org/berita/bima")
    at.date_input(key="news_published").set_value(date(2024, 9, 12))
    at.button[0].click().run()
    assert not at.exception
    assert str(at.date_input(key="news_date_0").value) == "2024-09-11"
    assert at.selectbox(key="news_type_0").value == "declaration"
    assert at.selectbox(key="news_region_0").value == "52.06"
    assert at.text_input(key="news_actor_0").value == "Pemkab Bima"
    assert any("Rabu (11/9/2024)" in m.value for m in at.markdown)  # the evidence beside the fields
    at.text_input(key="news_actor_0").set_value("Pemkab Bima (Sekda)")
    at.button[1].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "1 baris diimpor" in at.success[0].value
    stored = list((data_dir / "imports" / "events").glob("*.parquet"))
    assert len(stored) == 1
    import pandas as pd

    assert pd.read_parquet(stored[0])["actor"].tolist() == ["Pemkab Bima (Sekda)"]
    at.button[1].click().run()  # the same event again: rejected, nothing added
    assert len(list((data_dir / "imports" / "events").glob("*.parquet"))) == 1
    assert at.warning or at.error


def test_news_intake_page_reviews_the_queue_from_a_folder(data_dir: Path, tmp_path: Path) -> None:
    from netralitas import cli
    from netralitas.news import intake
    from netralitas.settings import get_settings

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("01-deklarasi-bima-2024-09-12.txt", "06-sanksi-lombok-tengah-2024-10-16.txt"):
        text = (REPO_ROOT / "tests" / "fixtures" / "articles" / name).read_text(encoding="utf-8")
        (folder / name).write_text(f"Sumber: https://example.org/{name}\n{text}", encoding="utf-8")
    assert cli.main(["intake", str(folder)]) == 0  # the default queue, the one the page reads
    at = page("tambah_berita.py", ADMIN)
    assert not at.exception
    shown = at.dataframe[0].value
    assert {"decision", "sentence", "doubts", "source_url"} <= set(shown.columns)
    sanctions = int(shown.index[shown["metric"] == "sanctions_imposed"][0])
    declaration = int(shown.index[shown["event_type"] == "declaration"][0])
    at.session_state["intake_editor"] = {
        "edited_rows": {sanctions: {"decision": "terima", "value": "2"}, declaration: {"decision": "tolak"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key="intake_apply").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "1 diterima, 1 ditolak" in at.success[0].value and "1 baris diimpor" in at.success[0].value
    assert len(at.dataframe[0].value) == len(shown) - 2  # decided rows leave the table
    statuses = intake.read_queue(get_settings().intake_queue)["status"].value_counts()
    assert statuses["accepted"] == 1 and statuses["rejected"] == 1
    assert len(list((data_dir / "imports" / "figures").glob("*.parquet"))) == 1


def test_news_intake_page_explains_an_article_without_event(data_dir: Path) -> None:
    at = page("tambah_berita.py", ADMIN)
    at.text_area(key="news_text").set_value("Harga beras turun di Pasar Induk, Selasa (17/9/2024).")
    at.button[0].click().run()
    assert any("Tidak ada peristiwa" in i.value for i in at.info)
    at.button[1].click().run()  # fill in manually
    assert at.selectbox(key="news_type_0").value == "other"


def test_brief_page_previews_and_follows_the_region(data_dir: Path) -> None:
    at = page("bahan_rapat.py", region="74.72", election="pilkada_2024")
    assert not at.exception and not at.error
    assert at.selectbox(key="province").value == "74"
    assert at.selectbox(key="regency_74").value == "74.72"
    html = at.get("iframe")[0].proto.srcdoc
    assert "Kota Bau Bau" in html and "Pertanyaan yang dapat diajukan" in html
    assert {getattr(b, "label", "") for b in at.get("download_button")} == {"Unduh PDF", "Unduh HTML"}
    at.selectbox(key="regency_74").set_value("74.71").run()
    assert "Kota Kendari" in at.get("iframe")[0].proto.srcdoc
    assert at.query_params["region"] == "74.71"


def test_brief_page_starts_at_a_komisi_members_own_region(data_dir: Path) -> None:
    at = page("bahan_rapat.py", Viewer("komisi", "74.72", "anggota"))
    assert not at.exception
    assert at.selectbox(key="regency_74").value == "74.72"
    html = at.get("iframe")[0].proto.srcdoc
    assert "peran Komisi I DPRD, 74.72" in html


def test_import_page_previews_problems_then_imports_an_agency_file(data_dir: Path, tmp_path: Path) -> None:
    """Upload, choose a mapping, see every problem with its row, then import atomically and audited."""
    from netralitas.pipeline import ingest
    from tests.pipeline.test_agency_imports import MAPPING, agency_workbook

    assert page("impor.py").warning  # the public is told to sign in
    admin = Viewer(role="admin", user="kurator")
    at = page("impor.py", viewer=admin)
    assert not at.exception
    at.selectbox(key="import_kind").set_value("cases").run()
    bad = agency_workbook(tmp_path / "rekap-salah.xlsx")
    at.file_uploader(key="import_file").set_value(("rekap-salah.xlsx", bad.read_bytes(), "application/octet-stream"))
    at.run()
    problems = frame_of(at, -1)  # without a mapping the agency's headers are not ours
    assert len(problems) == 1 and "baris header tidak ditemukan" in problems["Alasan"].iloc[0]
    at.text_area(key="import_mapping").set_value(MAPPING.read_text(encoding="utf-8")).run()
    assert not at.exception
    assert any("baris 1-2 di atas header" in c.value for c in at.caption)
    assert any("3 baris valid" in s.value for s in at.success)
    assert len(frame_of(at, 0)) == 3  # the preview, after mapping
    at.text_input(key="import_save_as").set_value("bawaslu-sultra")
    at.button(key="import_commit").click().run()
    assert not at.exception and any("Impor selesai" in s.value for s in at.success)
    assert "bawaslu-sultra" in ingest.profiles()
    audit = [json.loads(line) for line in (data_dir / "audit.jsonl").read_text().splitlines()]
    assert audit[-1]["who"] == "kurator" and audit[-1]["file"] == "rekap-salah.xlsx" and audit[-1]["rows"] == 3


def test_timeline_without_intake_says_so_instead_of_an_empty_chart(data_dir: Path) -> None:
    at = page("linimasa.py", election="pilkada_2018", region="11")
    assert not at.exception
    texts = " ".join(i.value for i in at.info)
    assert "Tidak ada laporan atau temuan yang tercatat untuk Aceh" in texts
    assert "Belum ada peristiwa tercatat untuk Aceh" in texts
    assert not at.get("plotly_chart")  # a sentence, never an invented -1..1 axis


def test_comparison_leads_with_declared_before_and_recorded_after(data_dir: Path) -> None:
    at = page("perbandingan.py", election="pemilu_2024", regions="74.07,73")
    assert not at.exception
    first = frame_of(at, 0)
    assert list(first["Wilayah"]) == ["Kabupaten Wakatobi", "Sulawesi Selatan"]
    wakatobi = first.iloc[0]["Dinyatakan rawan sebelum pemilihan"]
    assert "IKP Tematik Netralitas ASN (21 September 2023): skor 86,5, peringkat 2" in wakatobi
    assert "provinsinya" in wakatobi  # Sulawesi Tenggara's own entry, kept apart
    assert "69" in first.iloc[1]["Dugaan pelanggaran (publikasi)"]
    assert any(c.endswith("(sintetis)") for c in first.columns)  # register columns say so
    # The IKP section: named places against the record, by level.
    texts = " ".join(m.value for m in at.markdown)
    assert "menyebut 10 provinsi (10 dengan skor, 0 tanpa skor)" in texts
    at.radio(key="ikp_level").set_value("2").run()
    texts = " ".join(m.value for m in at.markdown)
    assert "menyebut 29 kabupaten/kota (11 dengan skor, 18 tanpa skor)" in texts
    table = frame_of(at, -1)
    assert "Disebut tanpa skor" in set(table["IKP"]) and "Diberi skor" in set(table["IKP"])


def test_map_has_an_ikp_measure_with_listed_places_kept_apart(data_dir: Path) -> None:
    at = page("peta.py", election="pemilu_2024", measure="ikp", region="73")
    assert not at.exception
    assert at.selectbox(key="edition").value == "ikp_tematik_netralitas_asn_2023_09_21"
    table = frame_of(at)
    assert {"Kota Parepare", "Kabupaten Jeneponto"} <= set(table["Wilayah"])
    parepare = table[table["Wilayah"] == "Kota Parepare"].iloc[0]
    assert parepare["IKP"] == "Disebut tanpa skor" and parepare["Skor IKP"] == "–"
    assert any("Skor IKP relatif dalam satu edisi" in c.value for c in at.caption)


def test_followup_page_leads_with_the_published_record(data_dir: Path) -> None:
    at = page("tindak_lanjut.py", election="pilkada_2024")
    first = frame_of(at, 0)
    assert "Lembaga" in first.columns and "Rekomendasi sanksi diterbitkan" in set(first.iloc[:, 0])
    assert at.subheader[0].value.startswith("Tindak lanjut menurut angka publikasi")


def test_an_election_added_as_data_only_reaches_every_page(data_dir: Path, tmp_path: Path) -> None:
    """Pilkada 2029 as rows in the curated tables, no code: the pages offer it, the importer
    accepts it, the news extractor dates articles into it."""
    import csv

    from netralitas import domain, news
    from netralitas.pipeline import warehouse
    from tests.cli.test_cli import cli, write
    from tests.cli.test_import import FIGURE_SHARED

    curated = data_dir / "curated"
    with (curated / "election_list.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(
            ["pilkada_2029", "pilkada", "2029-11-28", "Pilkada Serentak 2029", "2029 simultaneous regional elections",
             "pilkada_2024", "2029-03-01", "2030-02-28", "none", "test election"]
        )  # fmt: skip
    with (curated / "elections.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(
            ["pilkada_2029", "voting", "2029-11-28", "2029-11-28", "Pemungutan suara", "Voting day", ""]
        )
    assert "pilkada_2029" in domain.load().election_ids
    figure = write(
        tmp_path / "f2029.csv",
        [FIGURE_SHARED, "2029-12-01,day,national,,,pilkada_2029,reports_received,12,cases,Bawaslu RI,,,"],
    )
    result = cli("import", "figures", str(figure))
    assert result.returncode == 0, result.stderr
    warehouse.build()
    for name in ("peta.py", "ringkasan.py", "linimasa.py", "perbandingan.py", "tindak_lanjut.py", "bahan_rapat.py"):
        at = page(name)
        assert not at.exception, name
        assert "Pilkada Serentak 2029" in at.selectbox(key="election").options, name
    at = page("ringkasan.py", election="pilkada_2029")
    assert "Bawaslu RI" in set(frame_of(at)["Lembaga"])
    events = news.extract("Kamis (6/9/2029), Pemkot Kendari menggelar deklarasi netralitas ASN untuk Pilkada 2029.")
    assert events and events[0].election == "pilkada_2029"
