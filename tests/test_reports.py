"""Report queries: one data function and one test each; parameters checked."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import duckdb
import pytest

from netralitas import data, warehouse


def test_every_report_has_a_data_function_and_a_test() -> None:
    tests = (Path(__file__).parent / "test_reports.py").read_text()
    for name in warehouse.report_names():
        assert hasattr(data, name), f"no data function for report {name}"
        assert f"def test_{name}" in tests, f"no test for report {name}"
        sql = warehouse.report_sql(name)
        assert re.match(r"-- Grain: .+\n-- Parameters: ", (warehouse.REPORTS_DIR / f"{name}.sql").read_text())
        assert not re.search(r"\b(raw|staging|restricted)\.", sql), f"{name} reads below the marts"


def test_data_functions_pass_exactly_the_report_parameters() -> None:
    for name in warehouse.report_names():
        sig = inspect.signature(getattr(data, name))
        assert set(sig.parameters) - {"con"} == set(warehouse.report_params(name)), name


def test_runner_rejects_missing_and_unknown_parameters(fixture_con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(warehouse.ReportError, match="missing: election"):
        warehouse.run_report("case_funnel", {}, fixture_con)
    with pytest.raises(warehouse.ReportError, match="unknown: region"):
        warehouse.run_report("case_funnel", {"election": "", "region": "74"}, fixture_con)
    with pytest.raises(warehouse.ReportError, match="unknown report"):
        warehouse.run_report("drop_everything", {}, fixture_con)


def test_parameters_are_bound_not_spliced(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.case_funnel(fixture_con, "x' or '1'='1")
    assert int(frame["persons"].iloc[0]) == 0


def test_warehouse_summary(fixture_con: duckdb.DuckDBPyConnection) -> None:
    s = data.warehouse_summary(fixture_con)
    assert (s.provinces, s.regencies_cities, s.events, s.figures, s.case_subject_rows, s.cases) == (38, 514, 4, 5, 6, 5)
    assert s.is_synthetic and s.register_kind == "demo"
    assert not s.has_population and s.regions_with_population == 0


def test_data_freshness(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.data_freshness(fixture_con).set_index("source")
    assert frame.loc["events", "row_count"] == 4
    assert str(frame.loc["events", "latest_date"])[:10] == "2024-11-01"  # month precision: first day
    assert str(frame.loc["case_register", "latest_date"])[:10] == "2025-02-01"


def test_case_funnel(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.case_funnel(fixture_con, "pilkada_2024")
    assert list(frame["stage"]) == ["intake", "registered", "violation", "forwarded", "recommended", "sanctioned"]
    assert list(frame["persons"]) == [5, 4, 2, 2, 2, 1]
    assert list(frame["cases"]) == [4, 3, 1, 1, 1, 1]
    assert frame["conversion_from_previous"].iloc[-1] == pytest.approx(0.5)
    assert next(iter(data.case_funnel(fixture_con, "")["persons"])) == 6


def test_published_figures(fixture_con: duckdb.DuckDBPyConnection) -> None:
    national = data.published_figures(fixture_con, "pilkada_2024", "")
    # Both bodies' figures are there, side by side, never merged.
    assert set(national["reporting_body"]) == {"Bawaslu RI", "Kemendagri"}
    assert len(national) == 3
    assert national.loc[national["metric"] == "reports_received", "is_value_approximate"].item()
    local = data.published_figures(fixture_con, "pilkada_2024", "74.72")
    assert list(local["value"]) == [3.0]


def test_region_list(fixture_con: duckdb.DuckDBPyConnection) -> None:
    assert len(data.region_list(fixture_con, "")) == 552
    sultra = data.region_list(fixture_con, "74")
    assert len(sultra) == 18 and "Kota Bau Bau" in set(sultra["region_name"])


def test_election_list(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.election_list(fixture_con)
    assert list(frame["election_id"])[:2] == ["pilkada_2024", "pemilu_2024"]
