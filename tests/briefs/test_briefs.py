"""Hearing briefs: rendered to PDF, read back with pdftotext, checked against the
warehouse through the same data functions the dashboard calls."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from netralitas import briefs, data, rules
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.format import fmt_date, value_text
from tests.cli.test_cli import cli

ELECTION = "pilkada_2024"
RICH, SPARSE, PAPUA = "64.71", "16.01", "93.01"  # Balikpapan (events, cases); no event, no case; Merauke (2022 split)
NAME_RE = re.compile(r"[A-Z][a-z]+ Sintetis \d{5}")
NIP_RE = re.compile(r"(?<!\d)(19|20)\d{16}(?!\d)")


def pdftotext(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext missing: `make test` installs Debian's poppler-utils"
    return subprocess.run([exe, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def render(
    con: duckdb.DuckDBPyConnection, region: str, tmp: Path, viewer: Viewer = PUBLIC
) -> tuple[briefs.Brief, str, int]:
    brief = briefs.build(con, region, ELECTION, viewer)
    done = briefs.write(brief, tmp / f"{region}-{viewer.role}.pdf")
    assert done.pages is not None
    return brief, pdftotext(done.path), done.pages


@pytest.mark.parametrize("region", [RICH, SPARSE, PAPUA])
def test_brief_matches_the_warehouse(real_con: duckdb.DuckDBPyConnection, tmp_path: Path, region: str) -> None:
    brief, text, pages = render(real_con, region, tmp_path)
    assert 1 <= pages <= 2
    assert text.count("\f") == pages  # pdftotext ends every page with a form feed
    lines = text.splitlines()
    here = data.enforcement_summary(real_con, ELECTION, region, PUBLIC)
    province = data.enforcement_summary(real_con, ELECTION, region.split(".")[0], PUBLIC)
    for label, col, kind in (
        ("Rekomendasi sanksi", "recommended", "count"),
        ("Sanksi dijatuhkan PPK", "sanctioned", "count"),
        ("Tingkat tindak lanjut PPK", "followup_rate", "share"),
        ("Dinyatakan pelanggaran", "violations", "count"),
    ):
        row = next(line for line in lines if line.strip().startswith(label))
        cells = re.split(r"\s{2,}", row.strip())
        assert cells[1] == value_text(here, col, kind, "id"), row
        assert cells[2] == value_text(province, col, kind, "id"), row
    # The dated record: every event of the region with its date, and the questions.
    events = data.timeline_events(real_con, ELECTION, region)
    for rec in events[events["region_code"] == region].head(briefs.MAX_EVENTS).to_dict("records"):
        assert fmt_date(rec["event_date"], "id", rec["date_precision"]) in text
    for q in brief.questions:
        assert flat(q.text) in flat(text)
    assert "DATA KASUS SINTETIS" in text
    assert "bahan-rapat?election=pilkada_2024&region=" + region in text
    assert "Halaman 1 dari" in text


def test_rich_sparse_and_papua_briefs_say_different_things(real_con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    rich, rich_text, _ = render(real_con, RICH, tmp_path)
    sparse, sparse_text, _ = render(real_con, SPARSE, tmp_path)
    papua, papua_text, _ = render(real_con, PAPUA, tmp_path)
    assert len(rich.events) >= 3 and "Tidak ada tindakan tercatat" not in rich_text
    assert "Kabupaten Ogan Komering Ulu" in sparse_text
    assert any("Tidak ada kasus tercatat" in q.text for q in sparse.questions)
    assert any("deklarasi" in q.text for q in sparse.questions)
    assert papua.province_name == "Papua Selatan" and "Papua Selatan" in papua_text
    assert any("dibentuk pada 2022" in c for c in papua.caveats)
    assert "Papua Barat" in flat(papua_text)  # the caveat names the old provinces


def test_a_brief_says_whether_the_region_held_the_election(real_con: duckdb.DuckDBPyConnection) -> None:
    baubau = briefs.build(real_con, "74.72", "pilkada_2020", PUBLIC, draw=False)
    assert baubau.participation == "Tidak ikut Pilkada Serentak 2020: tidak ada pemungutan suara di wilayah ini."
    bima = briefs.build(real_con, "52.06", "pilkada_2020", PUBLIC, draw=False)
    assert bima.participation == "Wilayah ini ikut Pilkada Serentak 2020."
    yogya = briefs.build(real_con, "34", "pilkada_2024", PUBLIC, "en", draw=False)
    assert (
        yogya.participation
        == "No governor election in 2024 simultaneous regional elections; 5 regencies/cities of this province voted."
    )
    assert briefs.build(real_con, "74.72", "pemilu_2024", PUBLIC, draw=False).participation == ""


def test_numbers_equal_the_comparison_page(real_con: duckdb.DuckDBPyConnection) -> None:
    brief = briefs.build(real_con, RICH, ELECTION, PUBLIC, draw=False)
    shown = data.comparison(real_con, ELECTION, (RICH, "64.72"), PUBLIC).set_index("region_code").loc[RICH]
    for col in ("followup_rate", "median_days_to_sanction", "persons_per_100k"):
        expected = None if pd.isna(shown[col]) else float(shown[col])
        got = brief.values["region"][col]
        assert (got is None and expected is None) or got == pytest.approx(expected), col


def test_peer_group_is_same_type_and_similar_population(real_con: duckdb.DuckDBPyConnection) -> None:
    regions = data.region_list(real_con, "")
    region = briefs.resolve_region(RICH)
    peers = rules.peer_group(regions, region.code, region.type, briefs.PEERS)
    own = float(regions.set_index("region_code").loc[RICH, "population"])
    assert 1 <= len(peers) <= briefs.PEERS
    assert set(peers["region_type"]) == {"kota"} and RICH not in set(peers["region_code"])
    assert all(0.5 <= float(p) / own <= 2 for p in peers["population"])


def test_no_personal_data_in_public_or_komisi_briefs(real_con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    region = "32.76"  # the region with the most synthetic cases
    for viewer in (PUBLIC, Viewer("komisi", region, "anggota")):
        brief, text, _ = render(real_con, region, tmp_path, viewer)
        html = briefs.render_html(brief)
        assert brief.case_list is None
        for blob in (text, html):
            assert not NAME_RE.search(blob) and not NIP_RE.search(blob)
    # The same check finds names when the role may see them: it is not a rubber stamp.
    brief, text, _ = render(real_con, region, tmp_path, Viewer("provinsi", "32", "gubernur"))
    assert brief.case_list and NAME_RE.search(text)


def test_a_komisi_brief_of_its_own_region_shows_exact_counts(real_con: duckdb.DuckDBPyConnection) -> None:
    inside = briefs.build(real_con, "74.72", ELECTION, Viewer("komisi", "74.72", "anggota"), draw=False)
    public = briefs.build(real_con, "74.72", ELECTION, PUBLIC, draw=False)
    exact = data.enforcement_summary(real_con, ELECTION, "74.72", Viewer("komisi", "74.72"))
    assert inside.headline[3]["region"] == value_text(exact, "recommended", "count", "id")
    assert public.headline[3]["region"] in ("disembunyikan", value_text(exact, "recommended", "count", "id"))


def test_the_preview_takes_election_then_region(real_con: duckdb.DuckDBPyConnection) -> None:
    # app.cache wraps brief_html and the page passes (election, region, viewer, lang) by position.
    html = briefs.brief_html(real_con, "pilkada_2020", "74.72", PUBLIC, "en")
    assert "bahan-rapat?election=pilkada_2020&amp;region=74.72&amp;lang=en" in html and "<svg" in html


def test_brief_modules_import_only_in_the_directions_adr_0011_allows() -> None:
    """content, figures and render share model and import nothing of each other; content alone asks
    questions; the package's __init__ is the one place that ties them. Any import counts, also one
    inside a function or under TYPE_CHECKING."""
    allowed = {
        "__init__": {"content", "figures", "model", "render"},
        "content": {"model", "questions"},
        "questions": {"model"},
        "figures": {"model"},
        "render": {"model"},
        "model": set(),
    }
    package = Path(briefs.__file__).parent
    found: dict[str, set[str]] = {}
    for path in sorted(package.glob("*.py")):
        siblings = found.setdefault(path.stem, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "netralitas.briefs":
                siblings.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("netralitas.briefs."):
                siblings.add(str(node.module).split(".")[2])
            elif isinstance(node, ast.Import):
                siblings.update(a.name.split(".")[2] for a in node.names if a.name.startswith("netralitas.briefs."))
    assert found == allowed


def test_english_brief(real_con: duckdb.DuckDBPyConnection) -> None:
    html = briefs.render_html(briefs.build(real_con, PAPUA, ELECTION, PUBLIC, "en"))
    assert "hearing brief" in html and "Questions to ask" in html and "lang=en" in html


def test_cli_brief_pdf_html_batch_and_errors(real_con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    pdf = cli("brief", "Kota Baubau", "--out", str(tmp_path / "baubau.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    assert "halaman / pages" in pdf.stdout and pdftotext(tmp_path / "baubau.pdf").count("\f") <= 2
    html = cli("brief", "74.72", "--lang", "en", "--out", str(tmp_path / "baubau.html"))
    assert html.returncode == 0 and "<svg" in (tmp_path / "baubau.html").read_text()
    batch = cli("brief", "--all-in", "Papua Selatan", "--out", str(tmp_path / "papsel"))
    assert batch.returncode == 0, batch.stderr
    made = sorted(p.name for p in (tmp_path / "papsel").glob("*.pdf"))
    assert made == [f"bahan-rapat-93.0{i}-pilkada_2024.pdf" for i in range(1, 5)]
    for args, words in (
        (["Pasuruan", "--out", str(tmp_path / "x.pdf")], "ambiguous"),
        (["Atlantis", "--out", str(tmp_path / "x.pdf")], "unknown region"),
        (["74.72", "--out", str(tmp_path / "x.docx")], ".pdf"),
        (["74.72", "--election", "pemilu_1999", "--out", str(tmp_path / "x.pdf")], "unknown election"),
    ):
        bad = cli("brief", *args)
        assert bad.returncode == 2 and words in bad.stderr, bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_brief_sets_declared_vulnerable_before_beside_recorded_after(
    real_con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    brief = briefs.build(real_con, "Kabupaten Wakatobi", "pemilu_2024", draw=False)
    assert "IKP Tematik Netralitas ASN (21 September 2023): skor 86,5, peringkat 2" in brief.declared
    assert any("provinsinya" in line for line in brief.declared)
    assert [line.split(":")[0] for line in brief.recorded][-3:] == [
        "ASN dilaporkan (register)",
        "Rekomendasi sanksi (register)",
        "Sanksi dijatuhkan PPK (register)",
    ]
    html = briefs.render_html(brief)
    assert "Dinyatakan rawan sebelum pemilihan" in html and "Dilaporkan, direkomendasikan, disanksi" in html
    never = briefs.build(real_con, "Kota Kendari", "pilkada_2020", draw=False)
    assert never.declared == ["Tidak disebut dalam IKP mana pun tentang pemilihan ini."]
