"""Report queries: one data function and one test each; parameters checked."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from netralitas import data, disclosure, rules
from netralitas.access import privacy
from netralitas.access.viewer import AccessDenied, Viewer
from netralitas.data import catalogue, record, register, release
from netralitas.pipeline import warehouse

ADMIN = Viewer(role="admin", user="root")


def test_every_report_has_a_data_function_and_a_test() -> None:
    tests = (Path(__file__).parent / "test_reports.py").read_text()
    data_source = "".join(inspect.getsource(m) for m in (catalogue, record, register, release))
    for name in warehouse.report_names():
        if warehouse.report_access(name) == "identities":
            # Identity reports are read only inside a data function that applies the viewer's rights.
            assert f'run_report("{name}"' in data_source, name
        else:
            assert hasattr(data, name), f"no data function for report {name}"
        assert f"def test_{name}" in tests, f"no test for report {name}"
        sql = warehouse.report_sql(name)
        assert re.match(r"-- Grain: .+\n-- Parameters: ", (warehouse.REPORTS_DIR / f"{name}.sql").read_text())
        assert not re.search(r"\b(raw|staging)\.", sql), f"{name} reads below the marts"
        if re.search(r"\brestricted\.", sql):
            assert warehouse.report_access(name) == "identities", f"{name} reads identities without saying so"


def test_data_functions_pass_exactly_the_report_parameters() -> None:
    for name in warehouse.report_names():
        if warehouse.report_access(name) == "identities":
            continue
        sig = inspect.signature(getattr(data, name))
        # $scope is never a caller's choice: it comes from the viewer.
        assert set(sig.parameters) - {"con", "viewer"} == set(warehouse.report_params(name)) - {"scope"}, name


def test_runner_rejects_missing_and_unknown_parameters(fixture_con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(warehouse.ReportError, match="missing: election"):
        warehouse.run_report("case_funnel", {}, fixture_con)
    with pytest.raises(warehouse.ReportError, match="unknown: province"):
        warehouse.run_report("case_funnel", {"election": "", "region": "", "province": "74"}, fixture_con)
    with pytest.raises(warehouse.ReportError, match="unknown report"):
        warehouse.run_report("drop_everything", {}, fixture_con)


def test_parameters_are_bound_not_spliced(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.case_funnel(fixture_con, "x' or '1'='1", "", ADMIN)
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
    frame = data.case_funnel(fixture_con, "pilkada_2024", "", ADMIN)
    assert list(frame["stage"]) == ["intake", "registered", "violation", "forwarded", "recommended", "sanctioned"]
    assert list(frame["persons"]) == [5, 4, 2, 2, 2, 1]
    assert list(frame["cases"]) == [4, 3, 1, 1, 1, 1]
    assert frame["conversion_from_previous"].iloc[-1] == pytest.approx(0.5)
    assert next(iter(data.case_funnel(fixture_con, "", "", ADMIN)["persons"])) == 6


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


def test_region_measures(fixture_con: duckdb.DuckDBPyConnection) -> None:
    provinces = data.region_measures(fixture_con, "pilkada_2024", "1", "", ADMIN).set_index("region_code")
    assert len(provinces) == 38
    sultra = provinces.loc["74"]
    # A province counts its regencies' cases too.
    assert (sultra["persons"], sultra["recommended"], sultra["sanctioned"]) == (4, 2, 1)
    assert sultra["followup_rate"] == pytest.approx(0.5)
    assert sultra["median_days_to_sanction"] == 30
    assert sultra["prevention_events"] == 2
    assert provinces.loc["94", "persons"] == 1  # Mimika files under Papua Tengah, not Papua
    assert provinces.loc["91", "persons"] == 0
    # No population installed: the rate is unavailable, never zero.
    assert provinces["persons_per_100k"].isna().all()
    # No recommendation: no follow-up rate (not 0%).
    assert pd.isna(provinces.loc["11", "followup_rate"])
    regencies = data.region_measures(fixture_con, "pilkada_2024", "2", "74", ADMIN).set_index("region_code")
    assert len(regencies) == 17
    assert regencies.loc["74.72", "persons"] == 3 and regencies.loc["74.72", "prevention_events"] == 1


def test_enforcement_summary(fixture_con: duckdb.DuckDBPyConnection) -> None:
    nation = data.enforcement_summary(fixture_con, "pilkada_2024", "", ADMIN)
    assert (nation["persons"], nation["cases"], nation["recommended"], nation["sanctioned"]) == (5, 4, 2, 1)
    assert nation["records_blocked"] == 1
    assert nation["waiting_over_limit"] == 1
    city = data.enforcement_summary(fixture_con, "pemilu_2024", "74.72", ADMIN)
    assert city["persons"] == 1 and pd.isna(city["followup_rate"]) is False and city["followup_rate"] == 0


def test_timeline_events(fixture_con: duckdb.DuckDBPyConnection) -> None:
    sultra = data.timeline_events(fixture_con, "pilkada_2024", "74")
    assert list(sultra["event_id"]) == ["ev_fx00000002", "ev_fx00000003"]  # province includes its cities
    assert list(data.timeline_events(fixture_con, "pilkada_2024", "74.72")["event_id"]) == ["ev_fx00000003"]
    national = data.timeline_events(fixture_con, "pemilu_2024", "")
    assert "Nasional" in set(national["region_name"])


def test_weekly_intake(fixture_con: duckdb.DuckDBPyConnection) -> None:
    weeks = data.weekly_intake(fixture_con, "pilkada_2024", "", ADMIN)
    assert int(weeks["persons"].sum()) == 5
    assert str(weeks["week_start_date"].iloc[0])[:10] == "2024-09-30"  # a Monday


def test_election_stages(fixture_con: duckdb.DuckDBPyConnection) -> None:
    stages = data.election_stages(fixture_con, "pilkada_2024").set_index("stage")
    assert str(stages.loc["voting", "start_date"])[:10] == "2024-11-27"
    assert str(stages.loc["campaign", "end_date"])[:10] == "2024-11-23"


def test_headline_figures(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.headline_figures(fixture_con, "pilkada_2024")
    assert set(frame["reporting_body"]) == {"Bawaslu RI", "Kemendagri"}
    assert set(frame["metric"]) == {"alleged_violations_total", "asn_reported", "reports_received"}


def test_region_completeness(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.region_completeness(fixture_con, ADMIN).set_index("region_code")
    assert len(frame) == 552
    assert tuple(frame.loc["74.72", ["events", "figures", "case_rows"]]) == (1, 1, 4)


def test_curated_events(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.curated_events(fixture_con)
    assert len(frame) == 4 and "title_id" in frame.columns and "source_url" in frame.columns


def test_curated_figures(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.curated_figures(fixture_con)
    assert len(frame) == 5 and {"reporting_body", "is_value_approximate"} <= set(frame.columns)


def test_standouts_and_ranks(fixture_con: duckdb.DuckDBPyConnection) -> None:
    measures = data.region_measures(fixture_con, "pilkada_2024", "2", "74", ADMIN)
    ranked = rules.with_ranks(measures, "followup_rate", "province").set_index("region_code")
    assert ranked.loc["74.72", "rank"] == 1 and ranked.loc["74.72", "peer_size"] == 1
    assert pd.isna(ranked.loc["74.71", "rank"])
    assert rules.standout_regions(measures, min_recommended=2, n=1)["region_code"].tolist() == ["74.72", "74.72"]


def test_peer_ranking(fixture_con: duckdb.DuckDBPyConnection) -> None:
    """A regency/city among its province's peers, marked; a province among all provinces whatever
    the peer group asked; an unknown region ranks nothing."""
    ranked = data.peer_ranking(fixture_con, "pilkada_2024", "74.72", "province", ADMIN)
    assert set(ranked["province_code"]) == {"74"}
    assert ranked.loc[ranked["is_focus"], "region_code"].tolist() == ["74.72"]
    assert ranked["rank"].iloc[0] == 1  # sorted by rank, regions without a value last
    everyone = data.peer_ranking(fixture_con, "pilkada_2024", "74.72", "all", ADMIN)
    assert len(everyone) > len(ranked) and everyone["is_focus"].sum() == 1
    provinces = data.peer_ranking(fixture_con, "pilkada_2024", "74", "type", ADMIN)
    assert not provinces["region_code"].str.contains(".", regex=False).any() and provinces["is_focus"].sum() == 1
    assert data.peer_ranking(fixture_con, "pilkada_2024", "99.99", "province", ADMIN).empty
    with pytest.raises(ValueError):
        data.peer_ranking(fixture_con, "pilkada_2024", "74.72", "friends", ADMIN)


def test_breaches_count_suppressed_cells_as_a_lower_bound(fixture_con: duckdb.DuckDBPyConnection) -> None:
    admin = rules.breaches(data.followup_ageing(fixture_con, "pilkada_2024", "", 30, ADMIN))
    assert admin == rules.Breaches(3, False)
    public = rules.breaches(data.followup_ageing(fixture_con, "pilkada_2024", "", 30))
    assert public.lower_bound and public.total < 3  # 1-4 are hidden from the public


def test_case_rows_their_region_and_history(fixture_con: duckdb.DuckDBPyConnection) -> None:
    rows = data.case_subjects(fixture_con, "pilkada_2024", "", ADMIN)
    assert rows["case_ref"].iloc[0] == "FX-001/2"
    province = data.case_subjects(fixture_con, "pilkada_2024", "", ADMIN, region="74")
    assert set(province["province_code"]) == {"74"} and len(set(province["region_code"])) > 1
    assert set(data.case_subjects(fixture_con, "pilkada_2024", "", ADMIN, region="74.72")["region_code"]) == {"74.72"}
    history = rules.case_history(rows.iloc[0])
    assert history["step"].tolist()[0] == "stage.intake" and len(history) == len(rules.CASE_HISTORY)
    assert rules.case_stages()[0] == "intake" and rules.case_stages()[-1] == "sanctioned"


def test_one_rule_for_a_regions_rows(fixture_con: duckdb.DuckDBPyConnection) -> None:
    """The in_scope macro is the one definition of a region's rows (issue 22: it had four
    spellings): a regency/city's own, a province with its regencies/cities, a pool of several."""
    every = data.case_subjects(fixture_con, "", "", ADMIN)

    def count(region: str) -> int:
        sql = "select count(*) from main.fct_case_subjects where in_scope($r, region_code, province_code)"
        return int(fixture_con.execute(sql, {"r": region}).fetchone()[0])  # type: ignore[index]

    for region in ("", "74", "74.72", "94", "11"):
        own = every if not region else every[(every["region_code"] == region) | (every["province_code"] == region)]
        assert count(region) == len(own) == len(data.case_subjects(fixture_con, "", "", ADMIN, region=region)), region
    assert count("74.72,73") == count("74.72") + count("73")  # a pool, as the summary of a peer group reads it
    pooled = data.enforcement_summary(fixture_con, "pilkada_2024", "74.72,74.71", ADMIN)["persons"]
    assert pooled == sum(data.enforcement_summary(fixture_con, "pilkada_2024", c, ADMIN)["persons"] for c in ("74.72", "74.71"))


def test_comparison(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.comparison(fixture_con, "pilkada_2024", ("74.72", "74"), ADMIN).set_index("region_code")
    assert frame.loc["74.72", "persons"] == 3 and frame.loc["74", "persons"] == 4
    assert frame.loc["74.72", "previous_election"] == "pilkada_2020"
    assert pd.isna(frame.loc["74.72", "followup_change"])  # no Pilkada 2020 cases in the fixture


def test_case_subjects(fixture_con: duckdb.DuckDBPyConnection) -> None:
    rows = data.case_subjects(fixture_con, "pilkada_2024", "", ADMIN)
    assert len(rows) == 5
    first = rows.iloc[0]  # ordered by days waiting for the PPK
    assert (first["case_id"], first["subject_seq"], first["days_waiting_for_ppk"]) == ("FX-001", 2, 92)
    assert first["subject_name"] == "Budi Sintetis 00002"
    assert list(data.case_subjects(fixture_con, "pilkada_2024", "sanctioned", ADMIN)["case_id"]) == ["FX-001"]


def test_case_identities(fixture_con: duckdb.DuckDBPyConnection) -> None:
    people = warehouse.run_report("case_identities", {"election": "", "scope": "94"}, fixture_con, viewer=ADMIN)
    assert people.to_dict("records") == [
        {"case_id": "FX-003", "subject_seq": 1, "subject_name": "Dewi Sintetis 00004", "subject_nip": None}
    ]
    with pytest.raises(AccessDenied):
        warehouse.run_report("case_identities", {"election": "", "scope": ""}, fixture_con)


def test_ppk_league(fixture_con: duckdb.DuckDBPyConnection) -> None:
    league = data.ppk_league(fixture_con, "pilkada_2024", "", "region", ADMIN)
    row = league.set_index("region_code").loc["74.72"]
    assert (row["recommended"], row["sanctioned"], row["records_blocked"], row["oldest_open_days"]) == (2, 1, 1, 92)
    assert row["followup_rate"] == pytest.approx(0.5)
    by_agency = data.ppk_league(fixture_con, "pilkada_2024", "74", "agency", ADMIN)
    assert list(by_agency["agency"]) == ["Dinas Pendidikan"]
    with pytest.raises(ValueError):
        data.ppk_league(fixture_con, "pilkada_2024", "", "name", ADMIN)


def test_followup_ageing(fixture_con: duckdb.DuckDBPyConnection) -> None:
    ageing = data.followup_ageing(fixture_con, "pilkada_2024", "", 30, ADMIN)
    got = {(r.waiting_for, r.age_band): (r.persons, r.breaches, r.oldest_days) for r in ageing.itertuples()}
    assert got == {
        ("registration", "91-180"): (1, 1, 91),
        ("assessment", "31-90"): (1, 1, 82),
        ("sanction", "91-180"): (1, 1, 92),
    }
    assert int(data.followup_ageing(fixture_con, "pilkada_2024", "", 100, ADMIN)["breaches"].sum()) == 0


def test_case_funnel_in_a_scope(fixture_con: duckdb.DuckDBPyConnection) -> None:
    sultra = data.case_funnel(fixture_con, "pilkada_2024", "74", ADMIN)
    assert list(sultra["persons"]) == [4, 4, 2, 2, 2, 1]
    own = data.case_funnel(fixture_con, "pilkada_2024", "74", Viewer("provinsi", "74", "p"))
    assert list(own["persons"]) == [4, 4, 2, 2, 2, 1]  # exact inside the viewer's own scope
    public = data.case_funnel(fixture_con, "pilkada_2024", "74")
    assert public["persons__suppressed"].all()


def test_region_coverage(fixture_con: duckdb.DuckDBPyConnection) -> None:
    provinces = data.region_coverage(fixture_con, "pilkada_2024", "1").set_index("region_code")
    assert len(provinces) == 38
    # Sulawesi Tenggara pools Baubau's figure and both events (a circular, a declaration).
    assert provinces.loc["74", ["figures", "events", "prevention_events"]].tolist() == [1, 2, 2]
    assert provinces.loc["74", "coverage"] == "figures_and_events"
    assert provinces.loc["32", "coverage"] == "figures"  # a figure with no date still counts
    assert provinces.loc["94", "coverage"] == "none"  # its event belongs to Pemilu 2024
    regencies = data.region_coverage(fixture_con, "", "2").set_index("region_code")
    assert len(regencies) == 514
    assert regencies.loc["94.04", "coverage"] == "events"
    assert regencies.loc["74.72", "coverage"] == "figures_and_events"
    assert (regencies["coverage"] == "none").sum() == 512
    # With a complete list of regions, a regency with no record that held no election says so.
    p2020 = data.region_coverage(fixture_con, "pilkada_2020", "2").set_index("region_code")
    assert p2020.loc["74.72", "coverage"] == "did_not_vote"  # Baubau voted in 2018, not 2020
    assert p2020.loc["52.06", "coverage"] == "none"  # Bima voted in 2020; nothing recorded
    assert (p2020["coverage"] == "did_not_vote").sum() == 514 - 261


def test_region_figures(fixture_con: duckdb.DuckDBPyConnection) -> None:
    baubau = data.region_figures(fixture_con, "pilkada_2024", "violations_confirmed", "2")
    assert baubau[["region_code", "value", "unit", "figures_count"]].values.tolist() == [["74.72", 3, "cases", 1]]
    jabar = data.region_figures(fixture_con, "pilkada_2024", "alleged_violations_total", "1")
    assert jabar["region_code"].tolist() == ["32"] and float(jabar["value"].iloc[0]) == 43
    assert data.region_figures(fixture_con, "pilkada_2024", "violations_confirmed", "1").empty  # no province figure


def test_figure_maps(fixture_con: duckdb.DuckDBPyConnection, real_con: duckdb.DuckDBPyConnection) -> None:
    raw = warehouse.run_report("figure_maps", {}, fixture_con)
    assert sorted(zip(raw["metric"], raw["region_level"], strict=True)) == [
        ("alleged_violations_total", 1),
        ("violations_confirmed", 2),
    ]
    assert data.figure_maps(fixture_con).empty  # one region each: tables, not maps
    real = data.figure_maps(real_con)
    assert (real["regions"] >= data.MIN_MAP_REGIONS).all()
    hit = real[(real["election_id"] == "pilkada_2024") & (real["metric"] == "forwarded_to_kasn_bkn")]
    assert int(hit[hit["region_level"] == 2]["regions"].max()) >= 10


def test_metric_list(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.metric_list(fixture_con)
    core = frame[frame["is_core"]]
    assert core["metric"].iloc[0] == "reports_received"
    assert list(core["stage_order"]) == sorted(core["stage_order"])
    assert frame["label_id"].notna().all() and frame["label_en"].notna().all()


TEMATIK = "ikp_tematik_netralitas_asn_2023_09_21"


def test_ikp_editions(real_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.ikp_editions(real_con, "pemilu_2024")
    assert frame["edition_id"].iloc[0] == TEMATIK  # the most detailed first: scores at both levels
    tematik = frame.set_index("edition_id").loc[TEMATIK]
    assert tematik["province_scored"] == 10 and tematik["regency_entries"] == 29 and tematik["regency_scored"] == 11
    assert rules.default_ikp_edition(frame, "2") == TEMATIK
    assert data.ikp_editions(real_con, "pemilu_2019").empty


def test_ikp_regions(real_con: duckdb.DuckDBPyConnection) -> None:
    provinces = data.ikp_regions(real_con, TEMATIK, "1")
    assert len(provinces) == 38 and set(provinces["status"]) == {"scored", "not_listed"}
    top = provinces.iloc[0]
    assert (top["region_name"], top["score"], top["rank"]) == ("Maluku Utara", 100.0, 1)
    regencies = data.ikp_regions(real_con, TEMATIK, "2").set_index("region_code")
    # Listed without a score stays 'listed' with no score: never a zero.
    listed = regencies[regencies["status"] == "listed"]
    assert len(listed) == 18 and listed["score"].isna().all() and "73.72" in listed.index  # Kota Parepare
    assert regencies.loc["71.09", "status"] == "scored" and regencies.loc["71.09", "score"] == 100.0
    assert (data.ikp_regions(real_con, TEMATIK, "2", "74")["province_code"] == "74").all()


def test_ikp_beside_the_record(real_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.ikp_vs_record(real_con, "pemilu_2024", TEMATIK, "1")
    assert list(frame["named"][:10]) == [True] * 10 and not frame["named"][10:].any()
    sulsel = frame.set_index("region_code").loc["73"]
    assert sulsel["status"] == "scored" and sulsel["published_alleged"] == 69.0
    summary = rules.ikp_summary(frame)
    assert summary.named == 10 and summary.named_with_figures == 1 and summary.regions_with_figures == 2
    assert summary.share_from_named == pytest.approx(69 / 76)
    # Public register counts arrive suppressed as everywhere.
    public = data.ikp_vs_record(real_con, "pilkada_2024", "ikp_pilkada_2024_2024_08_26", "1")
    small = public["persons"].dropna()
    assert ((small == 0) | (small >= privacy.threshold())).all()


def test_region_ikp_names_the_region_and_its_province(real_con: duckdb.DuckDBPyConnection) -> None:
    wakatobi = data.region_ikp(real_con, "74.07", "pemilu_2024")
    assert {(r["scope_level"], r["status"]) for r in wakatobi.to_dict("records")} >= {
        ("regency_city", "scored"),
        ("province", "scored"),  # Sulawesi Tenggara in the aggregated provincial ranking
    }
    assert data.region_ikp(real_con, "11.01", "pemilu_2019").empty


def test_ikp_entries(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.ikp_entries(fixture_con)
    assert len(frame) == 93 and frame["source_url"].notna().all()
    assert set(frame["listing"]) == {"scored", "listed", "count"}
    assert frame.loc[frame["listing"] == "listed", "score"].isna().all()  # listed is never a zero


def test_election_participation(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.election_participation(fixture_con)
    by = {(r.election_id, r.region_code): r for r in frame.itertuples()}
    # Pilkada 2024's list is complete: DI Yogyakarta elected no governor, but its regencies voted.
    assert by[("pilkada_2024", "34")].participation == "did_not_vote"
    assert by[("pilkada_2024", "34")].regencies_voted == 5
    assert by[("pilkada_2024", "34.04")].participation == "voted"
    assert by[("pilkada_2024", "31.71")].participation == "did_not_vote"  # Jakarta's administrative cities
    # Pilkada 2020: 270 regions; Kabupaten Bima (2020 wave) voted, Kota Baubau (2018 wave) did not.
    assert by[("pilkada_2020", "52.06")].participation == "voted"
    assert by[("pilkada_2020", "74.72")].participation == "did_not_vote"
    assert by[("pilkada_2018", "74.72")].participation == "voted"
    assert (frame[frame["election_id"] == "pemilu_2024"]["participation"] == "voted").all()


def test_coverage_summary(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.coverage_summary(fixture_con)
    row = frame[(frame["election_id"] == "pilkada_2024") & (frame["region_level"] == 2)].set_index("kind")
    # the fixture's one regency figure (Kota Baubau); every count is of distinct regions
    assert row.loc["figures", "regions_with_record"] == 1
    assert row.loc["any", "regions_with_record"] >= row.loc["figures", "regions_with_record"]
    assert row.loc["any", "regions_total"] == 514 and row.loc["any", "regions_voted"] == 508
    table = rules.coverage_by_election(frame, {"": "semua", "pilkada_2024": "Pilkada 2024"})
    assert list(table["election"]) == ["semua", "Pilkada 2024"]
    assert table.iloc[0]["any"] >= table.iloc[1]["any"]


def test_release_weeks(fixture_con: duckdb.DuckDBPyConnection) -> None:
    weeks = data.release_weeks(fixture_con, "pilkada_2024")
    nation = data.weekly_intake(fixture_con, "pilkada_2024", "", ADMIN)
    per_week = weeks.groupby("week_start_date")["persons"].sum()
    assert per_week.to_dict() == nation.set_index("week_start_date")["persons"].to_dict()
    province = data.weekly_intake(fixture_con, "pilkada_2024", "74", ADMIN).set_index("week_start_date")
    mine = weeks[weeks["province_code"] == "74"].set_index("week_start_date")["persons"]
    assert mine.to_dict() == province["persons"].to_dict()  # a province's weeks include its regencies


def test_release_cells(fixture_con: duckdb.DuckDBPyConnection) -> None:
    cells = data.release_cells(fixture_con, "pilkada_2024", data.public_limit_days())
    nation = data.enforcement_summary(fixture_con, "pilkada_2024", "", ADMIN)
    for m in data.SUMMARY_COUNTS:
        assert cells[m].sum() == nation[m], m  # the areas add up to the nation
    assert (cells["persons"] == cells["reports"] + cells["findings"]).all()
    # the funnel's and the waiting table's cells are the in-scope views' own numbers
    funnel = data.case_funnel(fixture_con, "pilkada_2024", "", ADMIN).set_index("stage")
    for stage, persons, cases in disclosure.FUNNEL:
        assert cells[persons].sum() == funnel.loc[stage, "persons"], stage
        assert cells[cases].sum() == funnel.loc[stage, "cases"], stage
    waiting = data.open_cases(fixture_con, "pilkada_2024", "", data.public_limit_days(), ADMIN)
    for row in waiting.itertuples():
        assert cells[f"waiting_{row.waiting_for}"].sum() == row.persons, row.waiting_for
        assert cells[f"breaches_{row.waiting_for}"].sum() == row.breaches, row.waiting_for
    # the public release of these cells: every small count hidden, with what it takes to keep it so
    protected = data.public_release(fixture_con, "pilkada_2024")
    assert "persons" in protected.get("74", frozenset()) and "persons" in protected.get("94", frozenset())
