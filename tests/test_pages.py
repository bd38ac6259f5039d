"""Every page under AppTest: runs without an exception; its key widget changes what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from netralitas.settings import REPO_ROOT

PAGES = sorted(p.name for p in (REPO_ROOT / "pages").glob("*.py"))


def test_every_page_is_registered() -> None:
    routes = (REPO_ROOT / "dashboard.py").read_text()
    for page in PAGES:
        assert f'"pages/{page}"' in routes, page


@pytest.mark.parametrize("page", PAGES)
def test_page_runs(page: str, data_dir: Path) -> None:
    at = AppTest.from_file(str(REPO_ROOT / "pages" / page), default_timeout=60).run()
    assert not at.exception


def test_home_shows_the_warehouse_and_the_synthetic_label(data_dir: Path) -> None:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Provinsi"] == "38"
    assert metrics["Kabupaten/kota"] == "514"
    assert metrics["Baris register kasus (sintetis)"] == "300"
    assert any("sintetis" in w.value for w in at.warning)


def test_election_choice_changes_the_figures_and_the_url(data_dir: Path) -> None:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60).run()
    before = at.dataframe[1].value
    assert "Kemendagri" in set(before["Lembaga"])  # Pilkada 2024: the bodies disagree, both shown
    at.selectbox(key="election").set_value("pilkada_2020").run()
    after = at.dataframe[1].value
    assert not after.equals(before)
    assert at.query_params["election"] == "pilkada_2020"


def test_english_switch(data_dir: Path) -> None:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert "Provinces" in {m.label for m in at.metric}
    assert any("synthetic" in w.value for w in at.warning)


def test_missing_warehouse_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path / "empty"))
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert "make build" in at.error[0].value
