"""News intake: the extractor on labelled articles and single sentences, the
CLI, and appending a reviewed event to the curated record."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from netralitas import news
from netralitas.access import audit
from netralitas.data import curated_events, timeline_events
from netralitas.pipeline import warehouse
from netralitas.pipeline.ingest import ImportFailed, import_records
from netralitas.settings import REPO_ROOT, get_settings
from tests.cli.test_cli import cli, tree_digest
from tests.conftest import SHARED

OWN = REPO_ROOT / "tests" / "fixtures" / "articles"
EXAMPLES = SHARED / "examples" / "articles"
needs_examples = pytest.mark.skipif(not (EXAMPLES / "expected.json").exists(), reason="../shared not present")


def one(text: str, published: date | None = None) -> news.Event:
    events = news.extract(text, published)
    assert len(events) == 1, events
    return events[0]


# -- the labelled sets ---------------------------------------------------------------


@needs_examples
@pytest.mark.parametrize("name", ["baubau-2024-09-17.txt", "balikpapan-2024-09-05.txt", "pasuruan-2024-09-23.txt"])
def test_example_articles_extract_exactly_as_expected(name: str) -> None:
    expected = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))[name]
    got = [e.as_dict() for e in news.extract(news.read_article(EXAMPLES / name))]
    assert [{k: e[k] for k in expected[0]} for e in got] == expected
    evidence: dict[str, str] = got[0]["evidence"]  # type: ignore[assignment]
    assert all(evidence[f] for f in ("event_date", "event_type", "region", "actor"))


def test_own_labelled_set_is_large_and_covers_what_the_issue_asks() -> None:
    labels = {k: v for k, v in json.loads((OWN / "expected.json").read_text(encoding="utf-8")).items() if k[0] != "_"}
    assert len(labels) >= 20
    assert {p.name for p in OWN.glob("*.txt")} == set(labels)
    events = [e for v in labels.values() for e in v]
    assert {e["event_type"] for e in events} == set(news.event_types())
    assert any(e["regency_code"] is None for e in events) and any(e["regency_code"] for e in events)
    assert sum(1 for v in labels.values() if not v) >= 3  # articles with no event
    assert {e["date_precision"] for e in events} >= {"day", "week", "month"}
    texts = " ".join(p.read_text(encoding="utf-8") for p in OWN.glob("*.txt"))
    forms = (
        "(5/9/2024)", "(23/09/2024)", "(4/11/2024)", "Selasa 17 September 2024", "mendatang", "Okt", "Sept.",
        "kemarin", "pekan lalu", "Nomor 100.3.4.1/4/IX/2024", "SE) Nomor 800/123/BKPSDM/2024",
        "Kota Bau-Bau", "Pj Wali Kota Kendari", "Kabupaten Bima", "Pemprov Sulbar", "Sultra", "Merauke",
    )  # fmt: skip
    for form in forms:
        assert form in texts, form


def test_evaluation_meets_the_bar() -> None:
    folders = [OWN] + ([EXAMPLES] if (EXAMPLES / "expected.json").exists() else [])
    ev = news.evaluate(folders)
    assert ev.key_accuracy >= 0.9, news.report(ev)
    assert ev.invented_on_no_event == 0, news.report(ev)
    assert ev.extra_events == 0, news.report(ev)
    accuracy = ev.field_accuracy()
    assert set(accuracy) == set(news.FIELDS)
    assert min(accuracy.values()) >= 0.85, accuracy


def test_evaluation_counts_mistakes(tmp_path: Path) -> None:
    """The scorer is not a rubber stamp: a wrong label and an invented event are caught."""
    (tmp_path / "a-2024-09-12.txt").write_text((OWN / "01-deklarasi-bima-2024-09-12.txt").read_text(encoding="utf-8"))
    (tmp_path / "b-2024-09-12.txt").write_text((OWN / "01-deklarasi-bima-2024-09-12.txt").read_text(encoding="utf-8"))
    labels = json.loads((OWN / "expected.json").read_text(encoding="utf-8"))["01-deklarasi-bima-2024-09-12.txt"]
    wrong = [{**labels[0], "regency_code": "52.72"}]
    (tmp_path / "expected.json").write_text(json.dumps({"a-2024-09-12.txt": wrong, "b-2024-09-12.txt": []}))
    ev = news.evaluate([tmp_path])
    assert ev.key_accuracy == 0.0
    assert ev.invented_on_no_event == 1
    assert ev.field_accuracy()["regency_code"] == 0.0
    assert ev.field_accuracy()["event_date"] == 1.0


# -- dates -----------------------------------------------------------------------


LEAD = "Pemerintah Kota Kendari menggelar deklarasi netralitas ASN untuk Pilkada 2024"


@pytest.mark.parametrize(
    ("when", "published", "day", "precision"),
    [
        ("Selasa 17 September 2024", None, "2024-09-17", "day"),
        ("Kamis (5/9/2024)", None, "2024-09-05", "day"),
        ("Senin (23/09/2024)", None, "2024-09-23", "day"),
        ("Senin (4/11/2024)", None, "2024-11-04", "day"),
        ("Jumat, 11 Okt 2024", None, "2024-10-11", "day"),
        ("pada 3 Sept. 2024", None, "2024-09-03", "day"),
        ("Rabu (4/9)", date(2024, 9, 5), "2024-09-04", "day"),
        ("kemarin", date(2024, 9, 26), "2024-09-25", "day"),
        ("pekan lalu", date(2024, 10, 14), "2024-10-07", "week"),
        ("Senin lalu", date(2024, 10, 22), "2024-10-21", "day"),
        ("pada Oktober 2024", None, "2024-10-01", "month"),
    ],
)
def test_date_forms(when: str, published: date | None, day: str, precision: str) -> None:
    e = one(f"{LEAD} {when}. Deklarasi diikuti 500 pegawai.", published)
    assert (e.event_date, e.date_precision) == (day, precision)
    assert when.split()[-1].strip("()") in e.evidence["event_date"]


def test_the_event_date_not_the_voting_day_nor_a_cited_regulation() -> None:
    text = (
        "Pemkab Bima menggelar deklarasi netralitas ASN menjelang Pilkada 27 November 2024 mendatang. "
        "Deklarasi merujuk SKB lima instansi tanggal 22 September 2022 dan PP Nomor 94 Tahun 2021. "
        '"ASN harus netral," kata Sekda Kabupaten Bima, Rabu (11/9/2024).'
    )
    assert one(text).event_date == "2024-09-11"


def test_relative_words_need_a_publication_date() -> None:
    text = f"{LEAD} kemarin. Deklarasi diikuti 500 pegawai."
    assert one(text).event_date is None
    assert one(text, date(2024, 9, 26)).event_date == "2024-09-25"


# -- regions, actors, types ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "province", "regency", "actor"),
    [
        ("Pemkot Baubau", "74", "74.72", "Pemkot Baubau"),
        ("Pemerintah Kota Bau-Bau", "74", "74.72", "Pemkot Bau-Bau"),
        ("Pj Wali Kota Kendari", "74", "74.71", "Pj Wali Kota Kendari"),
        ("Pemerintah Kabupaten Bima", "52", "52.06", "Pemkab Bima"),
        ("Wali Kota Bima", "52", "52.72", "Wali Kota Bima"),
        ("Pemprov Sulbar", "76", None, "Pemprov Sulbar"),
        ("Bawaslu Sultra", "74", None, "Bawaslu Provinsi Sultra"),
        ("Pemkab Merauke", "93", "93.01", "Pemkab Merauke"),
    ],
)
def test_regions_and_actors(subject: str, province: str, regency: str | None, actor: str) -> None:
    e = one(f"{subject} menggelar deklarasi netralitas ASN untuk Pilkada 2024, Selasa (17/9/2024).")
    assert (e.province_code, e.regency_code, e.actor) == (province, regency, actor)


def test_dateline_city_and_a_regency_named_only_as_an_example() -> None:
    text = (
        "BALIKPAPAN, KALTIMNEWS - Sekda Kota Balikpapan menegaskan ASN wajib netral pada Pilkada 2024, "
        "Kamis (5/9/2024). Aturan serupa juga berlaku di daerah lain, seperti di Kabupaten Kutai Kartanegara."
    )
    e = one(text)
    assert (e.event_type, e.regency_code) == ("statement", "64.71")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Pemkot Kendari menggelar apel dan ikrar netralitas ASN", "declaration"),
        ("Pemkot Kendari menandatangani pakta integritas netralitas ASN", "declaration"),
        ("Pj Wali Kota Kendari menerbitkan surat edaran tentang netralitas ASN", "circular"),
        ("Pj Wali Kota Kendari menerbitkan Instruksi Wali Kota tentang netralitas ASN", "instruction"),
        ("Bawaslu Kota Kendari menggelar sosialisasi netralitas ASN", "socialization"),
        ("Komisi I DPRD Kota Kendari menggelar rapat dengar pendapat tentang netralitas ASN", "hearing"),
        ("Pj Wali Kota Kendari menjatuhkan sanksi kepada dua ASN yang tidak netral", "sanction_announcement"),
        ("Pemkot Kendari membentuk satgas pengawasan netralitas ASN", "other"),
    ],
)
def test_event_types_from_indonesian_cues(sentence: str, kind: str) -> None:
    assert one(f"{sentence} untuk Pilkada 2024, Selasa (17/9/2024).").event_type == kind


def test_a_promised_sanction_is_not_a_sanction_announcement() -> None:
    text = '"ASN yang melanggar akan diberi sanksi," kata Pj Wali Kota Kendari soal netralitas, Selasa (17/9/2024).'
    e = one(text)
    assert e.event_type == "statement" and e.also_types == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        (
            "Pj Gubernur Sultra menerbitkan Instruksi Gubernur Sulawesi Tenggara Nomor 100.3.4.1/4/IX/2024 "
            "tentang netralitas ASN",
            "100.3.4.1/4/IX/2024",
        ),
        ("Pj Bupati Garut menerbitkan SE Nomor 800/123/BKPSDM/2024 tentang netralitas ASN", "800/123/BKPSDM/2024"),
    ],
)
def test_reference_numbers(sentence: str, number: str) -> None:
    e = one(f"{sentence}, Selasa (17/9/2024). Larangan ini merujuk PP Nomor 94 Tahun 2021.")
    assert e.reference_no == number


def test_elections_from_words_and_dates() -> None:
    assert one("Pemkab Bandung menggelar deklarasi netralitas ASN Pemilu 2024, Rabu (10/1/2024).").election == (
        "pemilu_2024"
    )
    assert one("Pemkab Sleman menggelar deklarasi netralitas ASN, Selasa (6/10/2020).").election == "pilkada_2020"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Harga beras turun di Pasar Induk Kota Kendari, Selasa (17/9/2024).",
        "Netralitas ASN diatur dalam UU Nomor 20 Tahun 2023. Banyak daerah menggelar deklarasi netralitas.",
    ],
)
def test_no_event_is_invented(text: str) -> None:
    assert news.extract(text, date(2024, 9, 18)) == []


# -- CLI -------------------------------------------------------------------------------


def test_cli_extract_json_csv_and_stdin() -> None:
    path = OWN / "03-se-garut-2024-09-04.txt"
    out = cli("extract", str(path))
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got[0]["event_type"] == "circular" and got[0]["reference_no"] == "800/123/BKPSDM/2024"
    assert "tertanggal 2 September 2024" in got[0]["evidence"]["event_date"]
    as_csv = cli("extract", str(path), "--format", "csv")
    header, row = as_csv.stdout.splitlines()[:2]
    assert header.startswith("event_date,date_precision,event_type") and row.startswith("2024-09-02,day,circular")
    rel = OWN / "07-pernyataan-sulbar-2024-09-26.txt"
    piped = cli("extract", "-", "--published", "2024-09-26", stdin=rel.read_text(encoding="utf-8"))
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)[0]["event_date"] == "2024-09-25"


def test_cli_extract_errors_and_no_event(tmp_path: Path) -> None:
    bad = cli("extract", str(tmp_path / "missing.txt"))
    assert bad.returncode == 2 and "not found" in bad.stderr and "tidak ada" in bad.stderr
    bad_date = cli("extract", str(OWN / "01-deklarasi-bima-2024-09-12.txt"), "--published", "17-09-2024")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    none = cli("extract", str(OWN / "13-tanpa-peristiwa-sepakbola-2024-09-22.txt"))
    assert none.returncode == 0 and json.loads(none.stdout) == [] and "no event found" in none.stderr


def test_cli_eval_extract_prints_accuracy_per_field() -> None:
    out = cli("eval-extract", str(OWN))
    assert out.returncode == 0, out.stdout
    for f in news.FIELDS:
        assert f in out.stdout
    assert "LULUS / PASS" in out.stdout


# -- appending a reviewed event ------------------------------------------------------------


def _record(**change: object) -> dict[str, str]:
    text = (OWN / "01-deklarasi-bima-2024-09-12.txt").read_text(encoding="utf-8")
    event = news.extract(text, date(2024, 9, 12))[0]
    for k, v in change.items():
        setattr(event, k, v)
    title_id, title_en = news.suggested_titles(event.event_type, event.actor, event.reference_no)
    return news.import_record(
        event,
        title_id=title_id,
        title_en=title_en,
        source_url="https://example.org/berita/bima-deklarasi",
        published=date(2024, 9, 12),
    )


def test_a_reviewed_event_is_appended_audited_and_shown_on_the_timeline(data_dir: Path) -> None:
    settings = get_settings()
    result = import_records("events", [_record()], "berita-2024-09-11.csv", user="rina.kurasi")
    assert any("1 baris diimpor" in m for m in result.messages)
    con = warehouse.connect(settings)
    try:
        shown = timeline_events(con, "pilkada_2024", "52.06")
    finally:
        con.close()
    row = shown[shown["source_url"] == "https://example.org/berita/bima-deklarasi"]
    assert len(row) == 1
    assert row.iloc[0]["title_id"] == "Deklarasi netralitas ASN oleh Pemkab Bima"
    assert str(row.iloc[0]["event_date"])[:10] == "2024-09-11"
    log = audit.read(settings)
    assert log.iloc[0]["action"] == "import" and log.iloc[0]["who"] == "rina.kurasi"
    # who reviewed it is in the audit log only: the public record names no account
    con = warehouse.connect(settings)
    try:
        notes = curated_events(con).query("source_url == 'https://example.org/berita/bima-deklarasi'")["note"]
    finally:
        con.close()
    assert "rina.kurasi" not in str(notes.iloc[0]) and "diperiksa kurator" in str(notes.iloc[0])

    before = tree_digest(data_dir)
    again = import_records("events", [_record()], "berita-lagi.csv", user="kurator")
    assert again.already_imported and "nothing added" in again.messages[0]
    with pytest.raises(ImportFailed) as dup:  # same region, date, type and source, other wording
        import_records("events", [_record(actor="Pemerintah Kabupaten Bima")], "berita-lagi.csv", user="kurator")
    assert "already stored" in str(dup.value.problems[0])
    with pytest.raises(ImportFailed) as bad:
        import_records("events", [_record(event_date=None)], "berita-rusak.csv", user="kurator")
    assert bad.value.problems[0].column == "event_date"
    assert tree_digest(data_dir) == before  # nothing written on failure


def test_week_precision_is_stored_as_approximate(data_dir: Path) -> None:
    import_records("events", [_record(date_precision="week")], "berita-pekan.csv", user="kurator")
    con = warehouse.connect(get_settings())
    try:
        flags = con.execute(
            "select date_precision, is_date_approximate from fct_events where source_url like '%bima-deklarasi'"
        ).fetchall()
    finally:
        con.close()
    assert flags == [("week", True)]


def test_a_national_body_makes_a_national_event() -> None:
    text = (
        "JAKARTA - Bawaslu RI menggelar sosialisasi netralitas ASN bagi pengawas se-Indonesia untuk Pilkada 2024, "
        "Selasa (17/9/2024). Peserta datang dari Kota Kendari dan Kabupaten Bima."
    )
    e = one(text)
    assert (e.province_code, e.regency_code, e.actor, e.event_type) == (None, None, "Bawaslu RI", "socialization")


def test_a_commentators_quote_is_not_an_event() -> None:
    text = (
        'Netralitas ASN di Kota Kendari dinilai masih lemah. "Sanksinya jarang dijatuhkan," kata seorang pengamat '
        "kebijakan publik, Selasa (17/9/2024)."
    )
    assert news.extract(text) == []


def test_the_running_app_sees_an_appended_event_and_a_second_source(data_dir: Path) -> None:
    """The app's cached connection must reopen the rebuilt warehouse (DuckDB keeps
    one instance per path), and a second report of the same event is its own row."""
    from netralitas.app import cache

    before = len(cache.timeline_events("pilkada_2024", "52.06"))
    import_records("events", [_record()], "berita-a.csv", user="kurator")
    assert len(cache.timeline_events("pilkada_2024", "52.06")) == before + 1
    second = _record()
    second["source_url"] = "https://example.org/berita/bima-lain"
    import_records("events", [second], "berita-b.csv", user="kurator")
    shown = cache.timeline_events("pilkada_2024", "52.06")
    assert len(shown) == before + 2 and shown["event_id"].is_unique


def test_the_vocabulary_is_data_that_covers_every_event_type() -> None:
    """Every curated event type has cue phrases or is the statement fallback, and a title in both
    languages; every pattern in vocabulary.yml compiles (a curator's typo fails here, not at run time)."""
    from netralitas.news import vocabulary

    types = set(news.event_types())
    assert set(vocabulary.EVENT_CUES) | {"statement"} == types
    assert set(vocabulary.TITLES) == types
    assert all(t["id"] and t["en"] for t in vocabulary.TITLES.values())
    assert vocabulary.MONTHS["okt"] == 10 and vocabulary.WEEKDAYS["ahad"] == 6
    # A phrase added to the data reaches the extractor: "ikrar" is a declaration cue from the file.
    assert any(p.search("Ikrar netralitas ASN") for p in vocabulary.EVENT_CUES["declaration"])


def test_figures_are_found_with_their_stage_unit_and_body() -> None:
    """The labelled set of published counts (tests/fixtures/figure_articles, invented articles): the
    extractor finds the counts a curator records and passes over years, dates, regulation and
    ballot numbers, shares, durations and attendance."""
    folder = OWN.parent / "figure_articles"
    ev = news.evaluate_figures([folder])
    report = news.figure_report(ev)
    assert ev.labelled == 47 and ev.found >= 45, report
    accuracy = ev.accuracy()
    assert accuracy["metric"] >= 0.9 and accuracy["reporting_body"] >= 0.9 and accuracy["region"] >= 0.9, report
    assert ev.extra == 0, report  # no distractor proposed as a count
