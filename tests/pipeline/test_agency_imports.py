"""Imports as agencies make their files: title rows, total rows, date cells, their own headers
(mapping files and saved profiles), and metrics the catalogue does not know yet."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from netralitas.pipeline import ingest, tables
from netralitas.settings import REPO_ROOT
from tests.cli.test_cli import cli, rows, tree_digest, write
from tests.cli.test_import import FIGURE_SHARED

MAPPING = REPO_ROOT / "docs" / "examples" / "mapping-bawaslu-register.yml"
AGENCY_HEADER = [
    "No.",
    "No. Register",
    "Nama Terlapor",
    "NIP",
    "Jenis Penanganan",
    "Tanggal Laporan",
    "Kabupaten/Kota",
    "Instansi",
    "Jabatan",
    "Jenis Pelanggaran",
    "Tanggal Registrasi",
    "Tanggal Kajian",
    "Status",
    "Tanggal Penerusan",
    "Diteruskan ke",
    "Tanggal Rekomendasi",
    "Rekomendasi Sanksi",
    "Tanggal Sanksi",
    "Sanksi PPK",
    "Tanggal Blokir",
    "Pengawas",
]


def agency_workbook(path: Path, extra: list[list[object]] | None = None) -> Path:
    """A register the way an office exports it: two title rows and an empty row above the
    header, real date cells, text dates, a JUMLAH row at the bottom."""
    wb = Workbook()
    ws = wb.active
    ws.append(["REKAPITULASI PENANGANAN PELANGGARAN NETRALITAS ASN"])
    ws.append(["BAWASLU PROVINSI SULAWESI TENGGARA - PEMILIHAN 2024"])
    ws.append([])
    ws.append(AGENCY_HEADER)
    d = datetime
    records: list[list[object]] = [
        [1, "REG-01", "Andi Sintetis 1", "198001012005011001", "Laporan", d(2024, 10, 1), "Kota Baubau",
         "Dinas Pendidikan", "Fungsional", "Media Sosial", d(2024, 10, 2), d(2024, 10, 9), "Terbukti",
         d(2024, 10, 10), "BKN", "01/11/2024", "Sedang", None, None, None, "Bawaslu Kota Baubau"],
        [2, "REG-01", "Budi Sintetis 2", "", "Laporan", d(2024, 10, 1), "Kota Baubau", "Dinas Pendidikan",
         "Pelaksana", "Media Sosial", "2 Oktober 2024", None, "Dalam Proses", None, None, None, None, None,
         None, None, "Bawaslu Kota Baubau"],
        [3, "REG-02", "Citra Sintetis 3", "", "Temuan", "17-10-2024", "Kabupaten Konawe", "Kecamatan",
         "Camat/Lurah", "Kampanye", d(2024, 10, 18), d(2024, 10, 25), "Tidak Terbukti", None, None, None,
         None, None, None, None, "Bawaslu Kabupaten Konawe"],
    ]  # fmt: skip
    for r in records + (extra or []):
        ws.append(r)
    ws.append(["JUMLAH", None, None, None, None, None, None, None, None, None, None, None, None, None, None,
               None, None, None, None, None, "=COUNTA(B5:B7)"])  # fmt: skip
    wb.save(path)
    return path


def test_agency_register_imports_with_a_mapping_and_says_what_it_skipped(data_dir: Path, tmp_path: Path) -> None:
    book = agency_workbook(tmp_path / "REKAP NETRALITAS.xlsx")
    result = cli("import", "cases", str(book), "--mapping", str(MAPPING), "--save-profile", "bawaslu-sultra")
    assert result.returncode == 0, result.stderr
    assert "rows 1-2 above the header (row 4) skipped" in result.stdout
    assert "row 8 skipped: a total row" in result.stdout
    got = rows(
        data_dir,
        "select case_id, subject_seq, intake_type, outcome, region_code, intake_date::varchar, "
        "recommendation_date::varchar, position_class from fct_case_subjects order by 1, 2",
    )
    assert got == [
        ("REG-01", 1, "laporan", "pelanggaran", "74.72", "2024-10-01", "2024-11-01", "fungsional"),
        ("REG-01", 2, "laporan", "proses", "74.72", "2024-10-01", None, "pelaksana"),
        ("REG-02", 1, "temuan", "bukan_pelanggaran", "74.02", "2024-10-17", None, "camat_lurah"),
    ]
    audit = [json.loads(line) for line in (data_dir / "audit.jsonl").read_text().splitlines()]
    assert audit[-1]["mapping"] == "bawaslu-sultra" and audit[-1]["rows"] == 3
    # The profile is saved under the data dir and imports the next export by name.
    assert (data_dir / "mappings" / "bawaslu-sultra.yml").exists()
    assert "bawaslu-sultra" in cli("mappings").stdout
    nxt = agency_workbook(
        tmp_path / "REKAP 2.xlsx",
        [[4, "REG-03", "Dewi Sintetis 4", "", "Laporan", datetime(2024, 11, 2), "Kota Kendari", "RSUD",
          "PPPK", "Keberpihakan", None, None, None, None, None, None, None, None, None, None, "Bawaslu Kota Kendari"]],
    )  # fmt: skip
    again = cli("import", "cases", str(nxt), "--profile", "bawaslu-sultra", "--dry-run")
    assert again.returncode == 2  # REG-01 and REG-02 are already stored: refused by row, nothing written
    assert "REKAP 2.xlsx:5:case_id" in again.stderr and "already stored" in again.stderr


def test_agency_register_problems_point_at_the_spreadsheet_row(data_dir: Path, tmp_path: Path) -> None:
    book = agency_workbook(
        tmp_path / "rekap.xlsx",
        [[4, "REG-04", "Eko Sintetis 5", "", "Pengaduan", "31/02/2024", "Atlantis", "RSUD", "PPPK",
          "Kampanye", None, None, None, None, None, None, None, None, None, None, "Bawaslu"]],
    )  # fmt: skip
    before = tree_digest(data_dir)
    result = cli("import", "cases", str(book), "--mapping", str(MAPPING))
    assert result.returncode == 2
    for expected in ("rekap.xlsx:8:intake_type:", "rekap.xlsx:8:intake_date:", "rekap.xlsx:8:region:"):
        assert expected in result.stderr, (expected, result.stderr)
    assert "tanggal tidak valid" in result.stderr and "invalid date" in result.stderr
    assert tree_digest(data_dir) == before


def test_without_a_mapping_the_header_is_still_found_under_title_rows(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Rekap angka netralitas"])
    ws.append([])
    ws.append(FIGURE_SHARED.split(","))
    ws.append(["2024-12-02", "day", "national", "", "", "pilkada_2024", "alleged_violations_total", 433,
               "cases", "Bawaslu RI", "", "https://example.org/433", datetime(2024, 12, 3)])  # fmt: skip
    ws.append(["Total", "", "", "", "", "", "", 433])
    wb.save(tmp_path / "angka.xlsx")
    frame = ingest.read_table(tmp_path / "angka.xlsx", "figures")
    assert frame.attrs["header_row"] == 3 and frame.attrs["row_numbers"] == [4]
    assert frame.loc[0, "source_published"] == "2024-12-03" and frame.loc[0, "value"] == "433"
    assert any("row 5 skipped: a total row" in n for n in frame.attrs["notices"])


def test_a_bad_mapping_file_is_reported_by_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("kind: figures\ncolumns:\n  Nama: nama_lengkap\nvalues:\n  status: {A: b}\n", encoding="utf-8")
    with pytest.raises(ingest.ImportFailed) as err:
        ingest.load_mapping(bad, "cases")
    text = str(err.value)
    assert "bad.yml:-:kind: pemetaan untuk figures, bukan cases" in text
    assert "bad.yml:-:columns.Nama:" in text and "unknown target 'nama_lengkap'" in text
    assert "bad.yml:-:values.status:" in text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-09-17", "2024-09-17"),
        ("17/09/2024", "2024-09-17"),
        ("17-09-2024", "2024-09-17"),
        ("17.09.2024", "2024-09-17"),
        ("2024/09/17", "2024-09-17"),
        ("17 September 2024", "2024-09-17"),
        ("2 Okt 2024", "2024-10-02"),
        ("5 Mei 2024", "2024-05-05"),
        ("2024-09-17 00:00:00", "2024-09-17"),
        ("31/02/2024", None),
        ("17 Foo 2024", None),
    ],
)
def test_text_dates_as_agencies_write_them(text: str, iso: str | None) -> None:
    got = tables.parse_date(text)
    assert (got.isoformat() if got else None) == iso


def test_a_new_other_metric_is_catalogued_with_its_label(data_dir: Path, tmp_path: Path) -> None:
    f = write(
        tmp_path / "rejected.csv",
        [
            FIGURE_SHARED + ",metric_label",
            "2024-12-02,day,national,,,pilkada_2024,other_rejected,12,cases,Bawaslu RI,,https://example.org/r,"
            "2024-12-03,Laporan ditolak setelah kajian",
            "2024-12-02,day,province,Sulawesi Tenggara,,pilkada_2024,other_complaints_withdrawn,2,cases,"
            "Bawaslu Provinsi Sulawesi Tenggara,,https://example.org/w,2024-12-03,",
        ],
    )
    result = cli("import", "figures", str(f))
    assert result.returncode == 0, result.stderr
    got = rows(
        data_dir,
        "select metric, label_id, label_en, is_core, origin from dim_metrics "
        "where metric in ('other_rejected', 'other_complaints_withdrawn') order by 1",
    )
    assert got == [
        ("other_complaints_withdrawn", "Complaints withdrawn", "Complaints withdrawn", False, "import"),
        ("other_rejected", "Laporan ditolak setelah kajian", "Laporan ditolak setelah kajian", False, "import"),
    ]
    assert rows(data_dir, "select count(*) from fct_figures where metric = 'other_rejected'") == [(1,)]


def test_an_unknown_metric_is_refused_by_row_before_anything_is_written(data_dir: Path, tmp_path: Path) -> None:
    f = write(
        tmp_path / "unknown.csv",
        [
            FIGURE_SHARED,
            "2024-12-02,day,national,,,pilkada_2024,rejected,12,cases,Bawaslu RI,,,",
            "2024-12-02,day,national,,,pilkada_2024,other_Rejected-Cases,12,cases,Bawaslu RI,,,",
            "2024-12-02,day,national,,,pilkada_2024,other_rejected,12,cases,Bawaslu RI,,,",
        ],
    )
    before = tree_digest(data_dir)
    result = cli("import", "figures", str(f))
    assert result.returncode == 2
    assert "unknown.csv:2:metric: metrik tidak dikenal" in result.stderr
    assert "unknown.csv:3:metric:" in result.stderr and "unknown.csv:4:" not in result.stderr
    assert tree_digest(data_dir) == before


def test_contracts_are_checked_row_by_row_before_writing(data_dir: Path, tmp_path: Path) -> None:
    """Whatever the mart's contract refuses is named by row, before a byte is written (here an
    election the record does not hold, passed straight to the contract check)."""
    frame = ingest.read_table(
        write(
            tmp_path / "f.csv",
            [FIGURE_SHARED, "2024-12-02,day,national,,,pilkada_2099,findings,1,cases,Bawaslu RI,,,"],
        ),
        "figures",
    )
    from netralitas.pipeline.regions import gazetteer
    from netralitas.settings import get_settings

    converted = ingest.to_figures(frame, gazetteer(), "x")
    converted.attrs["row_numbers"] = [7]
    problems = ingest.contract_problems("figures", converted, "f.csv", get_settings())
    assert [str(p) for p in problems] == [
        "f.csv:7:election_id: nilai 'pilkada_2099' tidak ada di dim_elections.election_id / "
        "value 'pilkada_2099' not in dim_elections.election_id"
    ]


def test_a_catalogued_metric_keeps_its_units(data_dir: Path, tmp_path: Path) -> None:
    f = write(
        tmp_path / "units.csv",
        [FIGURE_SHARED, "2024-12-02,day,national,,,pilkada_2024,followup_rate_pct,12,persons,Bawaslu RI,,,"],
    )
    result = cli("import", "figures", str(f), "--dry-run")
    assert result.returncode == 2
    assert "units.csv:2:unit: followup_rate_pct dipublikasikan dalam percent, bukan persons" in result.stderr
