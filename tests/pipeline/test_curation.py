"""The committed curated tables: codes, titles, provenance and caveats."""

from __future__ import annotations

import csv
import re

import pytest

from netralitas.pipeline import curation
from netralitas.pipeline.regions import gazetteer
from netralitas.settings import PACKAGED_CURATED, REPO_ROOT


def read(name: str) -> list[dict[str, str]]:
    with (PACKAGED_CURATED / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_event_has_codes_titles_and_provenance() -> None:
    events = read("events.csv")
    assert len(events) == 147 + 347  # events.csv and the regional compilation
    gaz = gazetteer()
    for e in events:
        assert e["title_id"] and e["title_id"] != e["title_en"]
        if e["province_published"]:
            assert e["province_code"] in gaz.regions
        if e["regency_published"]:
            assert gaz.regions[e["regency_code"]].level == 2
    mirrors = [e for e in events if e["source_kind"] == "mirror" and e["source_file"] == "events.csv"]
    assert len(mirrors) == 2 and {e["confidence"] for e in events if e["source_kind"] == "mirror"} == {"low"}


def test_figures_flags() -> None:
    figures = read("figures.csv")
    assert len(figures) == 341 + 576  # 342 published rows (one exact repeat kept once) and the compilation
    approx = [f for f in figures if f["is_value_approximate"] == "true"]
    assert any("more than" in f["note"].lower() for f in approx)
    assert not any(
        "date approximate" in f["note"] and "more than" not in f["note"].lower() and "about" not in f["note"].lower()
        for f in approx
    )
    kediri = [f for f in figures if f["is_region_unspecified"] == "true" and f["source_file"] == "figures.csv"]
    assert len(kediri) == 1 and kediri[0]["region_code"] == "35"


def test_bodies_are_kept_apart() -> None:
    groups = {f["body_group"] for f in read("figures.csv")}
    assert {"bawaslu", "kasn", "bkn", "kemendagri", "masyarakat_sipil"} <= groups


def test_unresolved_name_fails_loudly() -> None:
    row = {
        "event_date": "2024-01-01",
        "date_precision": "day",
        "event_type": "other",
        "election": "pemilu_2024",
        "province": "Atlantis",
        "regency_city": "",
        "actor": "",
        "title": "x",
        "reference_no": "",
        "source_url": "",
        "source_published": "",
        "note": "",
    }
    with pytest.raises(curation.CurationError, match=re.escape("events.csv:2: province 'Atlantis' does not resolve")):
        curation.curate_events([row], {"x": "y"}, gazetteer())


def test_papua_regency_under_old_province_gets_2022_code() -> None:
    problems: list[str] = []
    coded = curation.code_region(gazetteer(), "Papua", "Kabupaten Nduga", "t", problems)
    assert problems == [] and coded.regency_code == "95.08" and coded.province_code == "95"


def test_elections_cover_the_calendar() -> None:
    stages = {(r["election_id"], r["stage"]): r for r in read("elections.csv")}
    assert stages[("pilkada_2024", "campaign")]["start_date"] == "2024-09-25"
    assert stages[("pilkada_2024", "voting")]["start_date"] == "2024-11-27"
    assert stages[("pemilu_2024", "voting")]["start_date"] == "2024-02-14"
    regions = [r for r in read("election_regions.csv") if r["election_id"] == "pilkada_2024"]
    assert len(regions) == 545 and not any(r["region_code"] == "34" for r in regions)


def test_no_upstream_reference_file_is_committed() -> None:
    root = REPO_ROOT
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=root).stdout
    assert "indonesia_provinsi.geojson" not in tracked and "wilayah_penduduk.sql" not in tracked
