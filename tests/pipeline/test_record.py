"""The record covers the country (issue 19): the regional compilation curated in, every event in
both languages, the participating regions of every election, where sources agree and differ,
coverage as a published measure, and the news intake queue."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from netralitas import agreement, cli
from netralitas.access import audit
from netralitas.news import intake
from netralitas.pipeline import curation, ingest, warehouse
from netralitas.pipeline.regions import gazetteer
from netralitas.settings import PACKAGED_CURATED, REPO_ROOT, get_settings
from tests.conftest import SHARED

SOURCE = SHARED / "curated"
needs_shared = pytest.mark.skipif(not (SOURCE / "regional-events.csv").exists(), reason="shared/curated not here")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# -- the compilation in the warehouse --------------------------------------------------------------


@needs_shared
def test_every_row_of_both_compilation_files_is_curated_with_its_source() -> None:
    for table, file in (("events", "regional-events.csv"), ("figures", "regional-figures.csv")):
        shared = _read(SOURCE / file)
        curated = [r for r in _read(PACKAGED_CURATED / f"{table}.csv") if r["source_file"] == file]
        assert sorted(int(r["source_row"]) for r in curated) == list(range(2, len(shared) + 2)), file
        for row in curated:
            published = shared[int(row["source_row"]) - 2]
            assert row["source_url"] == published["source_url"].strip()
            if table == "figures":
                assert row["value"] == published["value"] and row["metric"] == published["metric"]


@needs_shared
def test_curating_the_shared_record_again_gives_the_committed_tables(tmp_path: Path) -> None:
    out = tmp_path / "curated"
    shutil.copytree(PACKAGED_CURATED / "translations", out / "translations")
    counts = curation.curate(SOURCE, out)
    assert counts["events"] == 147 + 347 and counts["figures"] == 341 + 576
    # the one exact repeat of figures.csv is named by its row, not dropped silently
    assert counts["duplicates_dropped"] == [
        "figures.csv:325: same fact (scope, metric, body, value, source) as an earlier row, kept once"
    ]
    for name in ("events.csv", "figures.csv", "ikp.csv"):
        assert (out / name).read_bytes() == (PACKAGED_CURATED / name).read_bytes(), name


def test_an_unresolved_region_in_the_compilation_is_named_by_file_and_row() -> None:
    row = {
        "as_of_date": "2024-10-01",
        "date_precision": "day",
        "scope_level": "regency_city",
        "province": "Sulawesi Tenggara",
        "regency_city": "Kabupaten Atlantis",
        "election": "pilkada_2024",
        "metric": "findings",
        "value": "2",
        "unit": "cases",
        "reporting_body": "Bawaslu",
        "note": "",
        "source_url": "https://example.org/x",
        "source_published": "",
    }
    with pytest.raises(curation.CurationError, match=r"regional-figures\.csv:2: regency/city 'Kabupaten Atlantis'"):
        curation.curate_figures([row], gazetteer(), file="regional-figures.csv")


def test_the_warehouse_holds_the_compilation(real_con: duckdb.DuckDBPyConnection) -> None:
    by_file = dict(real_con.execute("select source_file, count(*) from fct_figures group by 1").fetchall())
    assert by_file["regional-figures.csv"] == 576 and by_file["figures.csv"] == 341
    events = dict(real_con.execute("select source_file, count(*) from fct_events group by 1").fetchall())
    assert events["regional-events.csv"] == 347
    # week-precision events carry their caveat
    week = real_con.execute("select bool_and(is_date_approximate) from fct_events where date_precision = 'week'")
    assert week.fetchone() == (True,)


# -- every event in both languages ---------------------------------------------------------------------


def test_every_event_has_an_indonesian_and_an_english_title() -> None:
    events = _read(PACKAGED_CURATED / "events.csv")
    english = {e["title_en"] for e in events}
    for e in events:
        assert e["title_id"].strip() and e["title_en"].strip(), e["event_id"]
        assert e["title_id"] != e["title_en"], e["event_id"]
        assert e["title_id"] not in english, e["event_id"]  # no English title on an Indonesian page
        assert len(e["title_id"].split()) <= 22, e["title_id"]


def test_an_imported_event_with_an_english_title_only_gets_an_indonesian_one(data_dir: Path) -> None:
    row = {
        "event_date": "2024-10-02",
        "date_precision": "day",
        "event_type": "statement",
        "election": "pilkada_2024",
        "province": "Nusa Tenggara Barat",
        "regency_city": "Kabupaten Dompu",
        "actor": "Bawaslu Kabupaten Dompu",
        "title": "Bawaslu reminds ASN to stay neutral",
        "reference_no": "",
        "source_url": "https://example.org/dompu-asn",
        "source_published": "2024-10-02",
        "note": "",
    }
    ingest.import_records("events", [row], "held-back.csv")
    con = warehouse.connect(get_settings())
    try:
        got = con.execute("select title_id, title_en from fct_events where source_file = 'held-back.csv'").fetchall()
    finally:
        con.close()
    assert got == [("Pernyataan: Bawaslu Kabupaten Dompu", "Bawaslu reminds ASN to stay neutral")]


@needs_shared
def test_held_back_rows_of_the_compilation_import_without_an_error(data_dir: Path) -> None:
    """Rows the curator has not seen arrive in the compilation's own layout: take the regional
    rows out of the curated record, then import them through `python -m netralitas import`."""
    curated = data_dir / "curated"
    for table in ("events", "figures"):
        rows = _read(curated / f"{table}.csv")
        keep = [r for r in rows if not r["source_file"].startswith("regional-")]
        with (curated / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(keep)
    for kind, file in (("events", "regional-events.csv"), ("figures", "regional-figures.csv")):
        assert cli.main(["import", kind, str(SOURCE / file)]) == 0
    con = warehouse.connect(get_settings())
    try:
        n = con.execute("select count(*) from fct_figures where origin = 'import'").fetchone()
    finally:
        con.close()
    assert n == (576,)


# -- the elections' participating regions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("election", "levels"),
    [
        ("pilkada_2024", {1: 37, "kabupaten": 415, "kota": 93}),
        ("pilkada_2020", {1: 9, "kabupaten": 224, "kota": 37}),
        ("pilkada_2018", {1: 17, "kabupaten": 115, "kota": 39}),
    ],
)
def test_every_pilkada_lists_its_regions_with_their_source(election: str, levels: dict[object, int]) -> None:
    gaz = gazetteer()
    rows = [r for r in _read(PACKAGED_CURATED / "election_regions.csv") if r["election_id"] == election]
    assert len({r["region_code"] for r in rows}) == len(rows)
    counted: dict[object, int] = {}
    for r in rows:
        region = gaz.regions[r["region_code"]]
        key: object = 1 if region.level == 1 else region.type
        counted[key] = counted.get(key, 0) + 1
        assert r["source"].strip(), r
    assert counted == levels
    listed = {r["election_id"]: r["regions_listed"] for r in _read(PACKAGED_CURATED / "election_list.csv")}
    assert listed[election] == "complete"


# -- agreement and disagreement --------------------------------------------------------------------------


def _figures(rows: list[tuple[str, float, str, str, str]]) -> pd.DataFrame:
    """(region, value, as_of_date, body, source)."""
    return pd.DataFrame(
        {
            "figure_id": [f"f{i}" for i in range(len(rows))],
            "election_id": "pilkada_2024",
            "region_code": [r[0] for r in rows],
            "metric": "forwarded_to_kasn_bkn",
            "unit": "persons",
            "value": [r[1] for r in rows],
            "as_of_date": pd.to_datetime([r[2] for r in rows]),
            "date_precision": "day",
            "reporting_body": [r[3] for r in rows],
            "source_url": [r[4] for r in rows],
        }
    )


def test_two_sources_with_one_value_are_one_fact_with_both_sources() -> None:
    facts = agreement.corroborate(
        _figures(
            [
                ("82.03", 4, "2020-10-22", "Bawaslu Kabupaten Halmahera Utara", "https://a.example/1"),
                ("82.03", 4, "2020-10-20", "Bawaslu Provinsi Maluku Utara", "https://b.example/2"),
                ("82.04", 4, "2020-10-22", "Bawaslu Provinsi Maluku Utara", "https://b.example/2"),
            ]
        )
    )
    assert len(facts) == 2
    first = facts.iloc[0]
    assert first["agreement"] == "corroborated" and first["n_sources"] == 2
    assert first["sources"] == ("https://a.example/1", "https://b.example/2")
    assert "Halmahera Utara" in first["bodies"] and "Maluku Utara" in first["bodies"]
    assert facts.iloc[1]["agreement"] == "single"  # another region is another fact


def test_different_values_at_one_moment_stand_side_by_side_marked() -> None:
    facts = agreement.corroborate(
        _figures(
            [
                ("53.10", 10, "2020-11-02", "Bawaslu Provinsi Nusa Tenggara Timur", "https://a.example/1"),
                ("53.10", 12, "2020-11-02", "Bawaslu Kabupaten Manggarai", "https://b.example/2"),
            ]
        )
    )
    assert list(facts["value"]) == [10, 12] and set(facts["agreement"]) == {"differ"}
    assert set(facts["n_values"]) == {2}


def test_a_running_count_months_apart_is_a_series_not_a_conflict() -> None:
    facts = agreement.corroborate(
        _figures(
            [
                ("74.03", 3, "2024-09-05", "Bawaslu Kabupaten Muna", "https://a.example/1"),
                ("74.03", 10, "2024-11-20", "Bawaslu Kabupaten Muna", "https://a.example/2"),
            ]
        )
    )
    assert set(facts["agreement"]) == {"over_time"}


def test_a_province_total_is_set_beside_its_regencies_published_by_then() -> None:
    frame = _figures(
        [
            ("52", 60, "2024-09-30", "Bawaslu Provinsi NTB", "https://p.example"),
            ("52.05", 24, "2024-09-26", "Bawaslu Kabupaten Dompu", "https://d.example"),
            ("52.06", 36, "2024-09-04", "Bawaslu Kabupaten Bima", "https://b.example/1"),
            ("52.06", 30, "2024-08-01", "Bawaslu Kabupaten Bima", "https://b.example/0"),
            ("52.01", 5, "2024-11-01", "Bawaslu Kabupaten Lombok Barat", "https://l.example"),  # later
        ]
    )
    frame["province_code"] = "52"
    frame["scope_level"] = ["province", "regency_city", "regency_city", "regency_city", "regency_city"]
    frame["regency_code"] = [None, "52.05", "52.06", "52.06", "52.01"]
    sums = agreement.province_vs_regencies(frame)
    row = sums.set_index("figure_id").loc["f0"]
    assert row["regencies_count"] == 2 and row["regencies_sum"] == 24 + 36 and row["difference"] == 0


# -- coverage as a published measure ------------------------------------------------------------------


# -- the news intake queue -----------------------------------------------------------------------------

HTML_PAGE = """<!doctype html><html><head><title>Bawaslu Konawe catat tiga laporan</title>
<link rel="canonical" href="https://berita.example/konawe-tiga-laporan">
<meta property="article:published_time" content="2024-10-21T09:00:00+08:00">
<script>var ads = 1;</script></head><body><nav>Beranda Politik</nav>
<h1>Bawaslu Konawe Catat Tiga Laporan Dugaan Pelanggaran Netralitas ASN</h1>
<p>UNAAHA - Bawaslu Kabupaten Konawe mencatat tiga laporan dugaan pelanggaran netralitas aparatur
sipil negara (ASN) selama tahapan Pilkada 2024, Senin (21/10/2024).</p>
<p>Ketua Bawaslu Kabupaten Konawe mengatakan dua ASN telah direkomendasikan ke BKN.</p>
<footer>Hak cipta</footer></body></html>"""


def _article_folder(root: Path) -> Path:
    folder = root / "articles"
    folder.mkdir()
    (folder / "konawe.html").write_text(HTML_PAGE, encoding="utf-8")
    text = (REPO_ROOT / "tests" / "fixtures" / "articles" / "05-rdp-komisi-kendari-2024-11-05.txt").read_text(
        encoding="utf-8"
    )
    (folder / "kendari-2024-11-05.txt").write_text("Sumber: https://lain.example/kendari\n" + text, encoding="utf-8")
    return folder


def test_a_saved_html_page_gives_its_text_address_and_date(tmp_path: Path) -> None:
    folder = _article_folder(tmp_path)
    page = intake.read_page(folder / "konawe.html")
    assert page.source_url == "https://berita.example/konawe-tiga-laporan"
    assert page.published == date(2024, 10, 21)
    assert "var ads" not in page.text and "Beranda" not in page.text and "tiga laporan" in page.text


def test_intake_writes_a_review_queue_with_sentences_sources_and_doubts(data_dir: Path, tmp_path: Path) -> None:
    folder = _article_folder(tmp_path)
    queue_file = tmp_path / "queue.csv"
    assert cli.main(["intake", str(folder), "--out", str(queue_file)]) == 0
    queue = intake.read_queue(queue_file)
    figures = queue[(queue["kind"] == "figure") & (queue["file"] == "konawe.html")].set_index("metric")
    three = figures.loc["alleged_violations_total"]
    assert (three["value"], three["unit"], three["region_code"]) == ("3", "cases", "74.02")
    assert three["reporting_body"] == "Bawaslu Kabupaten Konawe"
    assert three["source_url"] == "https://berita.example/konawe-tiga-laporan"
    assert "tiga laporan dugaan pelanggaran" in three["sentence"].lower()
    assert figures.loc["forwarded_to_kasn_bkn", "value"] == "2"
    # the Kendari hearing is already in the record, from another outlet: an extra source of it
    hearing = queue[(queue["kind"] == "event") & (queue["region_code"] == "74.71")].iloc[0]
    assert hearing["action"] == "extra_source" and hearing["duplicate_of"].startswith("ev_")
    assert set(queue["status"]) == {"pending"}
    assert {d for cell in queue["doubts"] for d in cell.split(";") if d} <= set(intake.DOUBTS)
    assert oct(queue_file.stat().st_mode & 0o777) == "0o600"


def test_accepted_proposals_go_through_the_importer_and_rejected_ones_stay_out(data_dir: Path, tmp_path: Path) -> None:
    folder = _article_folder(tmp_path)
    queue_file = tmp_path / "queue.csv"
    cli.main(["intake", str(folder), "--out", str(queue_file)])
    queue = intake.read_queue(queue_file)
    review = intake.review_frame(queue)
    three = (review["metric"] == "alleged_violations_total") & (review["file"] == "konawe.html")
    review.loc[three, "decision"] = "accept"
    review.loc[three, "value"] = "4"  # the curator corrects the number against the page
    review.loc[(review["metric"] == "forwarded_to_kasn_bkn") & (review["file"] == "konawe.html"), "decision"] = "reject"
    accepted, rejected = intake.decisions(review)
    decided, messages = intake.decide(queue, accepted, rejected, user="rina.kurasi")
    intake.write_queue(queue_file, decided)
    assert any("1 baris diimpor" in m for m in messages)
    con = warehouse.connect(get_settings())
    try:
        got = con.execute(
            "select value, reporting_body, source_url, note from fct_figures where region_code = '74.02' "
            "and origin = 'import'"
        ).fetchall()
    finally:
        con.close()
    assert len(got) == 1 and got[0][0] == 4 and got[0][2] == "https://berita.example/konawe-tiga-laporan"
    assert "rina.kurasi" not in got[0][3]  # who accepted it is in the audit log, not the public record
    statuses = intake.read_queue(queue_file).set_index("proposal_id")["status"]
    assert statuses[accepted[0]["proposal_id"]] == "accepted" and statuses[rejected[0]] == "rejected"
    log = audit.read(get_settings())
    assert {"import", "intake_review"} <= set(log["action"])
    # a second intake of the same folder keeps the decisions
    cli.main(["intake", str(folder), "--out", str(queue_file)])
    again = intake.read_queue(queue_file).set_index("proposal_id")["status"]
    assert again[rejected[0]] == "rejected" and len(again) == len(statuses)


def test_a_refused_batch_imports_nothing_and_keeps_the_queue(data_dir: Path, tmp_path: Path) -> None:
    folder = _article_folder(tmp_path)
    queue_file = tmp_path / "queue.csv"
    cli.main(["intake", str(folder), "--out", str(queue_file)])
    queue = intake.read_queue(queue_file)
    review = intake.review_frame(queue)
    review.loc[review["kind"] == "figure", "decision"] = "accept"
    review.loc[review["kind"] == "figure", "region_code"] = "99.99"  # a code that is no region
    accepted, rejected = intake.decisions(review)
    with pytest.raises(ingest.ImportFailed, match="region"):
        intake.decide(queue, accepted, rejected, user="rina.kurasi")
    assert intake.read_queue(queue_file).equals(queue)
