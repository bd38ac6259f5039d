"""Marts and contracts on the fixture warehouse and the real default build."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from netralitas.pipeline import contracts, warehouse
from netralitas.settings import PACKAGED_CURATED, Settings
from tests.conftest import make_fixture_data_dir


def one(con: duckdb.DuckDBPyConnection, sql: str) -> object:
    row = con.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_contracts_hold_on_fixture(fixture_con: duckdb.DuckDBPyConnection) -> None:
    assert contracts.verify(fixture_con) == []


def test_contracts_hold_on_real_build(real_con: duckdb.DuckDBPyConnection) -> None:
    assert contracts.verify(real_con) == []


def test_two_asn_in_one_case_are_two_rows(fixture_con: duckdb.DuckDBPyConnection) -> None:
    rows = fixture_con.execute(
        "select subject_seq, is_sanctioned from fct_case_subjects where case_id = 'FX-001' order by 1"
    ).fetchall()
    assert rows == [(1, True), (2, False)]


def test_unanswered_recommendation_waits_until_register_date(fixture_con: duckdb.DuckDBPyConnection) -> None:
    waiting = one(
        fixture_con, "select days_waiting_for_ppk from fct_case_subjects where case_id = 'FX-001' and subject_seq = 2"
    )
    # Recommended 2024-11-01; the register's latest date is the block on 2025-02-01.
    assert waiting == 92
    assert (
        one(fixture_con, "select is_record_blocked from fct_case_subjects where case_id = 'FX-001' and subject_seq = 2")
        is True
    )


def test_province_comes_from_the_gazetteer(fixture_con: duckdb.DuckDBPyConnection) -> None:
    assert one(fixture_con, "select province_code from fct_case_subjects where case_id = 'FX-003'") == "94"
    assert one(fixture_con, "select code_before_2022 from dim_regions where region_code = '94.04'") == "91.09"


def test_stage_reached_and_nulls(fixture_con: duckdb.DuckDBPyConnection) -> None:
    stages = dict(
        fixture_con.execute("select case_id || '-' || subject_seq, stage_reached from fct_case_subjects").fetchall()
    )
    assert stages == {
        "FX-001-1": "sanctioned",
        "FX-001-2": "recommended",
        "FX-002-1": "assessed",
        "FX-003-1": "intake",
        "FX-004-1": "recommended",
        "FX-005-1": "registered",
    }


def test_names_live_only_in_the_restricted_schema(fixture_con: duckdb.DuckDBPyConnection) -> None:
    columns = {
        r[0]
        for r in fixture_con.execute(
            "select column_name from information_schema.columns where table_schema = 'main'"
        ).fetchall()
    }
    assert "subject_name" not in columns and "subject_nip" not in columns
    assert one(fixture_con, "select count(*) from restricted.case_subject_identities") == 6


def test_region_without_any_data_is_still_a_region(fixture_con: duckdb.DuckDBPyConnection) -> None:
    assert one(fixture_con, "select count(*) from fct_events where region_code = '11.01'") == 0
    assert (
        one(fixture_con, "select region_name from dim_regions where region_code = '11.01'") == "Kabupaten Aceh Selatan"
    )


def test_population_unavailable_is_null_not_zero(fixture_con: duckdb.DuckDBPyConnection) -> None:
    # The fixture data dir has no reference files installed.
    assert one(fixture_con, "select count(*) from dim_regions where population is not null") == 0
    assert one(fixture_con, "select count(*) from dim_regions where population = 0") == 0


def test_broken_stage_order_is_caught(fixture_con: duckdb.DuckDBPyConnection) -> None:
    con = duckdb.connect(":memory:")
    con.execute(
        "create table fct_case_subjects as select * from (values "
        "(date '2024-10-01', date '2024-09-01')) t(intake_date, registered_date)"
    )
    model = contracts.Model(
        name="fct_case_subjects",
        grain="test",
        columns={"intake_date": {"description": "x"}, "registered_date": {"description": "y"}},
        stage_order=["intake_date", "registered_date"],
    )
    failures = contracts.verify(con, [model])
    assert failures == ["fct_case_subjects: stage order intake_date <= registered_date: 1 row(s)"]


def test_every_mart_column_is_documented() -> None:
    for model in contracts.load():
        for column, spec in model.columns.items():
            assert spec.get("description"), f"{model.name}.{column} has no description"
        assert (warehouse.QUERIES_DIR / "marts" / f"{model.name}.sql").exists()
    marts = {p.stem for p in (warehouse.QUERIES_DIR / "marts").glob("*.sql")}
    assert marts == {m.name for m in contracts.load()}


def test_default_build_has_every_region_and_every_curated_row(real_con: duckdb.DuckDBPyConnection) -> None:
    assert one(real_con, "select count(*) from dim_regions where region_level = 1") == 38
    assert one(real_con, "select count(*) from dim_regions where region_level = 2") == 514
    with (PACKAGED_CURATED / "events.csv").open() as fh:
        events = list(csv.DictReader(fh))
    assert one(real_con, "select count(*) from fct_events where origin = 'curated'") == len(events) == 147 + 347
    assert one(real_con, "select count(*) from fct_figures where origin = 'curated'") == 341 + 576
    # Every row that names a region carries a code.
    assert (
        one(real_con, "select count(*) from fct_events where province_published is not null and region_code is null")
        == 0
    )
    assert (
        one(real_con, "select count(*) from fct_figures where province_published is not null and region_code is null")
        == 0
    )
    assert one(real_con, "select count(*) from bridge_election_regions where election_id = 'pilkada_2024'") == 545


def test_failed_build_leaves_the_live_warehouse_untouched(tmp_path: Path) -> None:
    settings = make_fixture_data_dir(tmp_path / "d")
    first = warehouse.build(settings)
    before = settings.warehouse_path.read_bytes()
    with (settings.curated_dir / "figures.csv").open("a") as fh:  # a negative value breaks a contract
        fh.write(
            "fig_bad,2024-01-01,day,national,,,,,,pilkada_2024,findings,-5,cases,Bawaslu RI,bawaslu,"
            "false,false,false,original,high,,,,figures.csv,7\n"
        )
    with pytest.raises(warehouse.BuildError, match="value >= 0"):
        warehouse.build(settings)
    assert settings.warehouse_path.read_bytes() == before
    assert first.rows["fct_figures"] == 5
    assert sorted(p.name for p in settings.data_dir.iterdir() if "tmp" in p.name) == []


def test_data_dir_moves_everything(tmp_path: Path, fixture_settings: Settings) -> None:
    settings = replace(fixture_settings, data_dir=tmp_path / "elsewhere")
    make_fixture_data_dir(settings.data_dir)
    report = warehouse.build(settings)
    assert report.path == tmp_path / "elsewhere" / "warehouse.duckdb"
    assert report.register == "demo"


def test_the_follow_up_limit_is_the_setting_in_every_mart_and_report(fixture_settings: Settings) -> None:
    """A deployment that gives PPKs 400 days counts waits over 400 days everywhere (issue 22: the
    limit was written as 30 in three SQL files), and the build remembers which limit it used."""
    from netralitas import data
    from netralitas.access.viewer import Viewer

    admin = Viewer(role="admin", user="test")
    counts = {}
    for limit in (30, 400):
        con = duckdb.connect()
        warehouse.build_into(con, replace(fixture_settings, followup_limit_days=limit))
        expected = con.execute(
            "select count(*) filter (where days_waiting_for_ppk > $limit) from main.fct_case_subjects "
            "where election_id = 'pemilu_2024'",
            {"limit": limit},
        ).fetchone()[0]  # type: ignore[index]
        mart = con.execute(
            "select sum(waiting_over_limit) from main.fct_region_enforcement "
            "where election_id = 'pemilu_2024' and region_level = 1"
        ).fetchone()[0]  # type: ignore[index]
        summary = data.enforcement_summary(con, "pemilu_2024", "", admin)
        league = data.ppk_league(con, "pemilu_2024", "", "region", admin)
        assert mart == expected == summary["waiting_over_limit"] == league["waiting_over_limit"].sum()
        counts[limit] = expected
        con.close()
    assert counts[30] > counts[400]  # the fixture's one open wait is 347 days
