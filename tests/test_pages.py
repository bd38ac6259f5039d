"""Every page under AppTest: runs without an exception; its key widget changes what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from netralitas.settings import REPO_ROOT

PAGES = sorted(p.name for p in (REPO_ROOT / "pages").glob("*.py"))


def page(name: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "pages" / name), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def frame_of(at: AppTest, index: int = 0):  # type: ignore[no-untyped-def]
    return at.dataframe[index].value


def test_every_page_is_registered() -> None:
    routes = (REPO_ROOT / "dashboard.py").read_text()
    assert len(PAGES) == 5
    for name in PAGES:
        assert f'"pages/{name}"' in routes, name


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_page_runs_in_both_languages(name: str, lang: str, data_dir: Path) -> None:
    at = page(name, lang=lang)
    assert not at.exception
    assert not at.error
    warnings = " ".join(w.value for w in at.warning)
    assert ("sintetis" if lang == "id" else "synthetic") in warnings


def test_overview_election_changes_figures_and_url(data_dir: Path) -> None:
    at = page("ringkasan.py")
    before = frame_of(at)
    assert {"Bawaslu RI", "Kemendagri"} <= set(before["Lembaga"])  # bodies side by side
    assert "Tingkat tindak lanjut PPK" in [m.label for m in at.metric]
    at.selectbox(key="election").set_value("pemilu_2024").run()
    assert not frame_of(at).equals(before)
    assert at.query_params["election"] == "pemilu_2024"


def test_map_measure_and_drill_down(data_dir: Path) -> None:
    at = page("peta.py")
    table = frame_of(at)
    assert len(table) == 38 and "Tingkat tindak lanjut PPK" in table.columns
    at.selectbox(key="measure").set_value("prevention_events").run()
    assert "Kegiatan pencegahan (deklarasi, surat edaran, instruksi, sosialisasi)" in frame_of(at).columns
    at.selectbox(key="province").set_value("74").run()
    regencies = frame_of(at)
    assert len(regencies) == 17 and "Kota Bau Bau" in set(regencies["Wilayah"])
    assert at.query_params["region"] == "74" and at.query_params["measure"] == "prevention_events"


def test_map_reopens_from_a_link(data_dir: Path) -> None:
    at = page("peta.py", region="35", measure="persons", map="grid", election="pemilu_2024")
    assert at.selectbox(key="province").value == "35"
    assert at.selectbox(key="measure").value == "persons"
    assert at.selectbox(key="map_style").value == "grid"
    assert "Kota Surabaya" in set(frame_of(at)["Wilayah"])  # the table lists Jawa Timur's regencies/cities
    assert any("Peta petak hanya untuk tingkat provinsi" in i.value for i in at.info)


def test_map_url_cannot_ask_for_unknown_things(data_dir: Path) -> None:
    at = page("peta.py", region="99", measure="subject_nip", election="x")
    assert not at.exception
    assert at.selectbox(key="province").value == ""
    assert at.selectbox(key="measure").value == "followup_rate"


def test_timeline_scope_changes_events(data_dir: Path) -> None:
    at = page("linimasa.py")
    national = frame_of(at)
    at.selectbox(key="province").set_value("74").run()
    sultra = frame_of(at)
    assert len(sultra) < len(national)
    assert set(sultra["Wilayah"]) <= {
        "Sulawesi Tenggara",
        *[f"Kota {n}" for n in ("Kendari", "Bau Bau")],
        *[f"Kabupaten {n}" for n in ("Buton Utara", "Buton Selatan", "Konawe", "Buton Tengah")],
    }
    assert at.query_params["region"] == "74"


def test_comparison_regions_and_peer_group(data_dir: Path) -> None:
    at = page("perbandingan.py", regions="74.71,74.72")
    first = frame_of(at)
    assert list(first["Wilayah"]) == ["Kota Kendari", "Kota Bau Bau"]
    at.multiselect(key="regions").select("64.71").run()
    assert list(frame_of(at)["Wilayah"]) == ["Kota Kendari", "Kota Bau Bau", "Kota Balikpapan"]
    assert at.query_params["regions"] == "74.71,74.72,64.71"
    ranking = frame_of(at, 1)
    at.selectbox(key="peer").set_value("type").run()
    assert len(frame_of(at, 1)) > len(ranking)  # every kota, not only Sultra's


def test_comparison_needs_two_regions(data_dir: Path) -> None:
    at = page("perbandingan.py", regions="74.71")
    assert any("2 sampai 6" in i.value for i in at.info)


def test_methods_page_completeness_and_downloads(data_dir: Path) -> None:
    at = page("metodologi.py")
    complete = frame_of(at, 3)
    assert len(complete) == 552
    labels = [getattr(b, "label", "") or b.proto.label for b in at.get("download_button")]
    assert labels.count("Unduh CSV") == 3 and labels.count("Unduh XLSX") == 3


def test_missing_warehouse_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path / "empty"))
    for name in PAGES:
        at = page(name)
        assert not at.exception
        assert "make build" in at.error[0].value
