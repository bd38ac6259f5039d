"""Small counts under subtraction (attacks a-f of issue 20), tested as an attacker would: every
public view combined, pools, the league, the funnel with the waiting table and the weeks, the
public edition built from an imported register; no hidden count may come out exactly."""

from __future__ import annotations

import html
import re
from pathlib import Path

import duckdb
import pytest

from netralitas.access.viewer import Viewer
from netralitas.settings import get_settings

# -- small counts under subtraction (attacks a and f of issue 20) ----------------------------------


def test_reports_and_findings_do_not_give_away_a_hidden_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """persons 9 and reports 7 shown would make a hidden findings exactly 2."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC
    from netralitas.data import register

    row: dict[str, list[object]] = {c: [0] for c in data.SUMMARY_COUNTS}
    row |= {"persons": [9], "cases": [9], "reports": [7], "findings": [2]}
    row |= {"followup_rate": [None], "median_days_to_sanction": [None], "median_days_to_recommendation": [None]}
    monkeypatch.setattr(register, "run_report", lambda *a, **k: pd.DataFrame(row))
    # One region's summary as the release protects it (findings 2 small, and one more of the three).
    monkeypatch.setattr(register, "public_release", lambda *a: {"74.71": frozenset({"findings", "reports"})})
    shown = data.enforcement_summary(None, "pilkada_2024", "74.71", PUBLIC)  # type: ignore[arg-type]
    visible = {c: shown[c] for c in ("persons", "reports", "findings") if not pd.isna(shown[c])}
    assert "findings" not in visible
    assert len(visible) <= 1, visible  # with two of the three, the third follows by subtraction


def test_the_public_cannot_difference_two_waiting_limits(real_con: duckdb.DuckDBPyConnection) -> None:
    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    at_30 = data.followup_ageing(real_con, "pilkada_2024", "", 30, PUBLIC)
    at_31 = data.followup_ageing(real_con, "pilkada_2024", "", 31, PUBLIC)
    assert at_30["breaches"].equals(at_31["breaches"])  # one published limit, whatever is asked
    admin = Viewer("admin", "", "root")
    inside_30 = data.followup_ageing(real_con, "pilkada_2024", "", 30, admin)["breaches"].sum()
    inside_90 = data.followup_ageing(real_con, "pilkada_2024", "", 90, admin)["breaches"].sum()
    assert inside_90 < inside_30  # inside its scope a viewer still chooses the limit


def test_no_hidden_count_follows_from_every_public_view_combined(real_con: duckdb.DuckDBPyConnection) -> None:
    """The attack suite's generic check (b, d, e of issue 20): take what the public sees on the map
    at both levels, on every region's summary (the comparison and the brief) and for the nation,
    write down every sum a reader knows (the nation of its provinces, a province of its regencies,
    persons of reports and findings), and solve: no hidden small count may come out exactly."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.release import Relation, determined
    from netralitas.access.viewer import PUBLIC

    election, admin = "pilkada_2024", Viewer("admin", "", "root")
    regions = data.region_list(real_con, "")
    truth: dict[str, float] = {}
    shown: dict[str, bool] = {}
    codes = ["", *regions["region_code"]]
    for code in codes:
        true = data.enforcement_summary(real_con, election, code, admin)
        seen = data.enforcement_summary(real_con, election, code, PUBLIC)
        for m in ("persons", "reports", "findings", "recommended", "sanctioned"):
            truth[f"{code}|{m}"] = float(true[m])
            shown[f"{code}|{m}"] = not pd.isna(seen[m])
    for level in ("1", "2"):  # the map shows the same cells as the summaries
        seen_map = data.region_measures(real_con, election, level, "", PUBLIC).set_index("region_code")
        for code, row in seen_map.iterrows():
            for m in ("persons", "recommended", "sanctioned"):
                assert shown[f"{code}|{m}"] == (not pd.isna(row[m])), (code, m)
    relations: list[Relation] = []
    provinces = regions[regions["region_level"] == 1]["region_code"].tolist()
    for m in ("persons", "reports", "findings", "recommended", "sanctioned"):
        relations.append(Relation(f"|{m}", tuple(f"{p}|{m}" for p in provinces)))
        for p in provinces:
            kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
            own = truth[f"{p}|{m}"] - sum(truth[f"{k}|{m}"] for k in kids)
            parts = tuple(f"{k}|{m}" for k in kids) + ((f"{p}~own|{m}",) if own else ())
            truth[f"{p}~own|{m}"] = own
            relations.append(Relation(f"{p}|{m}", parts))
    relations += [Relation(f"{c}|persons", (f"{c}|reports", f"{c}|findings")) for c in codes]
    unknown = {c for c, visible in shown.items() if not visible} | {c for c in truth if "~own" in c and truth[c]}
    small = {c for c, v in truth.items() if 1 <= v < 5}
    assert small & set(shown) <= unknown  # every small count is hidden ...
    assert not determined(unknown, relations) & small  # ... and stays hidden when everything is combined


def test_a_peer_pool_hides_what_a_hidden_member_would_give_away(real_con: duckdb.DuckDBPyConnection) -> None:
    """Attack b: the pool of peers minus its shown members gives the hidden one."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    measures = data.region_measures(real_con, "pilkada_2024", "2", "", PUBLIC)
    hidden = measures[measures["persons__suppressed"]]["region_code"].tolist()
    visible = measures[~measures["persons__suppressed"] & (measures["persons"] > 0)]["region_code"].tolist()
    pool = data.enforcement_summary(real_con, "pilkada_2024", ",".join([hidden[0], *visible[:9]]), PUBLIC)
    assert pd.isna(pool["persons"])  # not the pool as a whole: it would give the member away


def test_the_ppk_league_gives_no_hidden_agency_or_region_away(real_con: duckdb.DuckDBPyConnection) -> None:
    """Attack c: a region's total minus its shown agencies. Outside its scope a viewer gets the league
    per regency/city, hidden exactly as the map hides it."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    by_agency = data.ppk_league(real_con, "pilkada_2024", "", "agency", PUBLIC)
    assert set(by_agency["agency"]) <= {""}  # no agency rows for the public
    league = data.ppk_league(real_con, "pilkada_2024", "", "region", PUBLIC).set_index("region_code")
    shown_map = data.region_measures(real_con, "pilkada_2024", "2", "", PUBLIC).set_index("region_code")
    regencies = league.index.intersection(shown_map.index)
    assert len(regencies) > 100
    for m in ("recommended", "sanctioned"):
        assert (league.loc[regencies, m].isna() == shown_map.loc[regencies, m].isna()).all(), m
    inside = data.ppk_league(real_con, "pilkada_2024", "74", "agency", Viewer("provinsi", "74", "gub"))
    assert (inside["agency"] != "").any() and not pd.isna(inside["recommended"]).all()


def test_no_hidden_count_follows_from_the_funnel_the_waiting_table_and_the_weeks(
    real_con: duckdb.DuckDBPyConnection,
) -> None:
    """The attack suite over every public register view at once: the summary (comparison, brief),
    the funnel, the waiting table and the weekly intake of every area. A cell shown in two views is
    shown or hidden in both; then every sum a reader knows (the regions, the weeks, reports +
    findings, the funnel's stage arithmetic where the register obeys it) is solved, and no hidden
    small count may come out exactly."""
    import pandas as pd

    from netralitas import data, disclosure
    from netralitas.access.release import Relation, determined
    from netralitas.access.viewer import PUBLIC

    election = "pilkada_2024"
    truth = dict(data.release_of(real_con, election).values)
    regions = data.region_list(real_con, "")
    shown: dict[str, bool] = {}

    def seen(cell: str, value: object) -> None:
        visible = not pd.isna(value)
        assert shown.setdefault(cell, visible) == visible, f"{cell} is hidden in one view and shown in another"
        if visible:
            assert float(value) == truth.get(cell, 0.0), cell  # type: ignore[arg-type]

    codes = ["", *regions["region_code"]]
    for code in codes:
        summary = data.enforcement_summary(real_con, election, code, PUBLIC)
        for m in ("persons", "reports", "findings", "violations", "recommended", "sanctioned", "waiting_over_limit"):
            seen(f"{code}|{m}", summary[m])
        funnel = data.case_funnel(real_con, election, code, PUBLIC)
        for row, (_, persons, cases) in zip(funnel.to_dict(orient="records"), disclosure.FUNNEL, strict=True):
            seen(f"{code}|{persons}", row["persons"])
            seen(f"{code}|{cases}", row["cases"])
        waiting = data.followup_ageing(real_con, election, code, 7, PUBLIC)  # the public limit, whatever is asked
        assert "age_band" not in waiting.columns
        for row in waiting.to_dict(orient="records"):
            seen(f"{code}|waiting_{row['waiting_for']}", row["persons"])
            seen(f"{code}|breaches_{row['waiting_for']}", row["breaches"])
        weeks = data.weekly_intake(real_con, election, code, PUBLIC)
        assert "." not in code or weeks.empty  # a regency/city's weeks are not released
        for row in weeks.to_dict(orient="records"):
            seen(f"{code}|{disclosure.WEEK}{row['week_start_date'].isoformat()}", row["persons"])

    measures = sorted({c.split("|", 1)[1] for c in shown if disclosure.WEEK not in c})
    provinces = regions[regions["region_level"] == 1]["region_code"].tolist()
    relations: list[Relation] = []
    for m in measures:
        relations.append(Relation(f"|{m}", tuple(f"{p}|{m}" for p in provinces)))
        for p in provinces:
            kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
            relations.append(Relation(f"{p}|{m}", (*(f"{k}|{m}" for k in kids), f"{p}~own|{m}")))
    weeks_of: dict[str, list[str]] = {}
    for cell in shown:
        if disclosure.WEEK in cell:
            area, week = cell.split("|", 1)
            weeks_of.setdefault(area, []).append(week)
    for area, ws in weeks_of.items():
        relations.append(Relation(f"{area}|persons", tuple(f"{area}|{w}" for w in ws)))
    for w in weeks_of.get("", []):
        relations.append(Relation(f"|{w}", tuple(f"{p}|{w}" for p in provinces if w in weeks_of.get(p, []))))
    cells = data.release_cells(real_con, election, data.public_limit_days())
    within = [r for r in (*disclosure.KNOWN_RELATIONS, *disclosure.STAGE_RELATIONS) if disclosure.holds(cells, *r)]
    assert len(within) >= 4  # the synthetic register obeys the funnel's arithmetic
    for total, parts in within:
        relations += [Relation(f"{c}|{total}", tuple(f"{c}|{p}" for p in parts)) for c in codes]
    unknown = {c for c, visible in shown.items() if not visible} | {c for c in truth if "~own" in c and truth[c]}
    small = {c for c, v in truth.items() if 1 <= v < 5}
    assert small & set(shown) <= unknown  # every small count is hidden ...
    assert small & set(shown)  # (the fixture has small counts to hide)
    assert not determined(unknown, relations) & small  # ... and stays hidden when everything is combined


def test_completeness_gives_the_public_no_register_count(real_con: duckdb.DuckDBPyConnection) -> None:
    """A count over every election beside the per-election counts would give a hidden one away."""
    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    public = data.region_completeness(real_con, PUBLIC)
    assert public["case_rows"].isna().all() and public["has_cases"].any()
    inside = data.region_completeness(real_con, Viewer("provinsi", "74", "gub"))
    mine = inside["province_code"] == "74"
    assert inside.loc[mine, "case_rows"].notna().all() and inside.loc[~mine, "case_rows"].isna().all()


def test_the_edition_gives_no_hidden_register_count_away(data_dir: Path, tmp_path: Path) -> None:
    """The attack suite on the published edition: import a register with small counts everywhere,
    publish, read every region page's register table back (what a scraper gets), and solve the
    regions' sums for every hidden count."""
    from netralitas import data
    from netralitas.access.release import Relation, determined
    from netralitas.edition import build
    from netralitas.i18n import t
    from netralitas.pipeline import demo, ingest, warehouse

    settings = get_settings()
    demo.generate(rows=600, seed=11).to_csv(tmp_path / "cases.csv", index=False)
    ingest.import_file("cases", tmp_path / "cases.csv", settings=settings)
    site = tmp_path / "site"
    build.build(site, "", settings=settings, say=lambda _: None)

    block = re.compile(r'<section class="election-block" id="pemilihan-([^"]+)">(.*?)</section>', re.S)
    row = re.compile(r'<tr><th scope="row">([^<]+)</th><td class="num">([^<]+)</td></tr>')
    measures = {t(f"site.register.{m}", "id"): m for m in ("persons", "recommended", "sanctioned")}
    caption = html.escape(t("site.register.title", "id"), quote=False)
    shown: dict[str, float | None] = {}
    for page in (site / "wilayah").glob("*/index.html"):
        code = page.parent.name
        for election, body in block.findall(page.read_text(encoding="utf-8")):
            if caption not in body:
                continue
            for label, value in row.findall(body.split(caption, 1)[1]):
                if label in measures:
                    hidden = value == "disembunyikan"
                    shown[f"{election}:{code}|{measures[label]}"] = None if hidden else float(value.replace(".", ""))
    assert len(shown) > 1000

    con = warehouse.connect(settings)
    try:
        regions = data.region_list(con, "")
        truth: dict[str, float] = {}
        relations: list[Relation] = []
        for election in sorted({c.split(":")[0] for c in shown}):
            values = data.release_of(con, election).values
            for code in regions["region_code"]:
                for m in measures.values():
                    truth[f"{election}:{code}|{m}"] = float(values.get(f"{code}|{m}", 0.0))
            for p in regions[regions["region_level"] == 1]["region_code"]:
                kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
                for m in measures.values():
                    own = f"{election}:{p}~own|{m}"
                    truth[own] = float(values.get(f"{p}~own|{m}", 0.0))
                    parts = (*(f"{election}:{k}|{m}" for k in kids), own)
                    relations.append(Relation(f"{election}:{p}|{m}", parts))
    finally:
        con.close()
    for cell, value in shown.items():
        assert value is None or value == truth[cell], cell  # what is shown is the register's count
    small = {c for c, v in truth.items() if 1 <= v < 5}
    unknown = {c for c, v in shown.items() if v is None} | {c for c in truth if c not in shown and truth[c]}
    assert small & set(shown) and small & set(shown) <= unknown  # small counts are there, and hidden
    assert not determined(unknown, relations) & small  # and no sum of the pages gives one back


def test_a_report_counts_every_register_measure_but_a_public_view_shows_only_its_own(
    real_con: duckdb.DuckDBPyConnection,
) -> None:
    """Reports count every declared per-person column (``counts_<measure>``), including ones a
    view does not protect (registered and forwarded persons are protected only inside the
    release). An attacker reading every public view, or the CLI, gets none of those columns:
    each view drops the counts its place does not show, and protects the ones it does."""
    from netralitas import data, measures
    from netralitas.access import privacy
    from netralitas.access.viewer import PUBLIC

    election = "pilkada_2024"
    views = {
        "region": data.region_measures(real_con, election, "2", "", PUBLIC),
        "summary": data.enforcement_summary(real_con, election, "74", PUBLIC).to_frame().T,
        "league": data.ppk_league(real_con, election, "", "region", PUBLIC),
    }
    for place, frame in views.items():
        shown = set(measures.names(place))  # type: ignore[arg-type]
        stray = [c for c in measures.per_person() if c in frame.columns and c not in shown]
        assert stray == [], (place, stray)
        for count in measures.counts(place):  # type: ignore[arg-type]
            assert privacy.flag(count) in frame.columns, (place, count)  # protected, not just present
