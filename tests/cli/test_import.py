"""`python -m netralitas import` on real files of each kind: cases, events and figures, good and
malformed, in CSV (UTF-8 with or without BOM, semicolon cp1252), XLSX and Parquet; every problem
reported as FILE:ROW:COLUMN and nothing written."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from tests.cli.test_cli import cli, rows, tree_digest, write

CASE_HEADER = (
    "case_id,subject_seq,election,intake_type,intake_date,region,agency,position_class,"
    "violation_category,registered_date,assessed_date,outcome,forwarded_date,forwarded_to,"
    "recommendation_date,recommended_sanction,sanction_date,imposed_sanction,record_blocked_date,"
    "reporting_body,subject_name,subject_nip"
)
GOOD_CASES = [
    "IMP-1,1,pilkada_2024,laporan,2024-10-01,Kota Bau-Bau,Dinas Pendidikan,fungsional,media_sosial,"
    "02/10/2024,2024-10-09,pelanggaran,2024-10-10,BKN,2024-11-01,sedang,,,,Bawaslu Kota Baubau,"
    "Andi Sintetis 90001,198001012005011901",
    "IMP-1,2,pilkada_2024,laporan,2024-10-01,74.72,Dinas Pendidikan,pelaksana,media_sosial,"
    "2024-10-02,,proses,,,,,,,,Bawaslu Kota Baubau,,",
    "IMP-2,1,pemilu_2024,temuan,2024-01-02,91.09,Kecamatan,camat_lurah,kampanye,2024-01-03,2024-01-10,"
    "pelanggaran,2024-01-12,KASN,2024-02-01,moral,2024-03-01,moral,,Bawaslu Kabupaten Mimika,,",
]


def test_import_valid_cases_then_again(data_dir: Path, tmp_path: Path) -> None:
    f = write(tmp_path / "register.csv", [CASE_HEADER, *GOOD_CASES])
    dry = cli("import", "cases", str(f), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert not (data_dir / "imports").exists()
    first = cli("import", "cases", str(f))
    assert first.returncode == 0, first.stderr
    got = rows(
        data_dir,
        "select case_id, subject_seq, region_code, province_code, is_synthetic from fct_case_subjects order by 1, 2",
    )
    # Imported registers replace the synthetic one; names resolve; the old Papua code maps to 2022.
    assert got == [
        ("IMP-1", 1, "74.72", "74", False),
        ("IMP-1", 2, "74.72", "74", False),
        ("IMP-2", 1, "94.04", "94", False),
    ]
    assert rows(
        data_dir, "select registered_date::varchar from fct_case_subjects where case_id = 'IMP-1' and subject_seq = 1"
    ) == [("2024-10-02",)]
    audit = [json.loads(line) for line in (data_dir / "audit.jsonl").read_text().splitlines()]
    assert audit[-1]["kind"] == "cases" and audit[-1]["rows"] == 3 and audit[-1]["file"] == "register.csv"
    assert audit[-1]["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
    before = tree_digest(data_dir)
    again = cli("import", "cases", str(f))
    assert again.returncode == 0 and "already imported" in again.stdout
    assert tree_digest(data_dir) == before


def test_overlapping_rows_from_another_file_are_refused(data_dir: Path, tmp_path: Path) -> None:
    assert cli("import", "cases", str(write(tmp_path / "a.csv", [CASE_HEADER, GOOD_CASES[0]]))).returncode == 0
    before = tree_digest(data_dir)
    result = cli("import", "cases", str(write(tmp_path / "b.csv", [CASE_HEADER, *GOOD_CASES])))
    assert result.returncode == 2
    assert "b.csv:2:case_id: sudah tersimpan sebelumnya" in result.stderr
    assert tree_digest(data_dir) == before


BAD_CASES = {
    "missing column": (
        [CASE_HEADER.replace(",violation_category", ""), GOOD_CASES[0].replace(",media_sosial", "")],
        "x.csv:1:violation_category: kolom wajib tidak ada / required column is missing",
    ),
    "bad date": (
        [CASE_HEADER, GOOD_CASES[0].replace("2024-10-01", "31/02/2024", 1)],
        "x.csv:2:intake_date: tanggal tidak valid",
    ),
    "unknown region": (
        [CASE_HEADER, GOOD_CASES[0].replace("Kota Bau-Bau", "Kota Atlantis")],
        "x.csv:2:region: wilayah tidak dikenali",
    ),
    "ambiguous region": (
        [CASE_HEADER, GOOD_CASES[0].replace("Kota Bau-Bau", "Pasuruan")],
        "x.csv:2:region: wilayah tidak dikenali",
    ),
    "enumeration": (
        [CASE_HEADER, GOOD_CASES[0].replace("media_sosial", "tiktok")],
        "x.csv:2:violation_category: nilai tidak diizinkan",
    ),
    "stage order": (
        [CASE_HEADER, GOOD_CASES[0].replace("2024-11-01", "2024-10-05")],
        "x.csv:2:recommendation_date: tanggal lebih awal dari forwarded_date",
    ),
    "kasn after 2024-08-24": (
        [CASE_HEADER, GOOD_CASES[0].replace(",BKN,", ",KASN,")],
        "x.csv:2:forwarded_to: diteruskan 2024-10-10 seharusnya ke BKN",
    ),
    "nip shape": (
        [CASE_HEADER, GOOD_CASES[0].replace("198001012005011901", "19800101")],
        "x.csv:2:subject_nip: NIP harus 18 digit",
    ),
    "formula": (
        [CASE_HEADER, GOOD_CASES[0].replace("Dinas Pendidikan", '=HYPERLINK(""http://x"")')],
        "x.csv:2:agency: sel diawali =, +, - atau @",
    ),
    "duplicate key": ([CASE_HEADER, GOOD_CASES[0], GOOD_CASES[0]], "x.csv:3:case_id: duplikat baris 2"),
    "ragged row": ([CASE_HEADER, GOOD_CASES[0] + ",extra"], "x.csv:2:-: baris memiliki 23 kolom"),
    "header only": ([CASE_HEADER], "x.csv:1:-: tidak ada baris data"),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_malformed_cases_exit_2_and_write_nothing(case: str, data_dir: Path, tmp_path: Path) -> None:
    lines, expected = BAD_CASES[case]
    f = write(tmp_path / "x.csv", lines)
    before = tree_digest(data_dir)
    result = cli("import", "cases", str(f))
    assert result.returncode == 2
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert " / " in result.stderr.splitlines()[0]  # Indonesian / English
    assert tree_digest(data_dir) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "empty.csv:-:-: file kosong / empty file"),
        ("blank.csv", b"\n\n  \n", "blank.csv:-:-: file kosong / empty file"),
        ("image.csv", bytes(range(256)) * 4, "image.csv:-:-: bukan file tabel"),
        ("report.pdf", b"%PDF-1.7\n...", "report.pdf:-:-: bukan file tabel"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "broken.xlsx:-:-: file XLSX tidak dapat dibaca"),
        ("broken.parquet", b"PAR1 nope", "broken.parquet:-:-: file Parquet tidak dapat dibaca"),
    ],
)
@pytest.mark.parametrize("kind", ["cases", "events", "figures"])
def test_files_that_are_not_tables(
    kind: str, name: str, content: bytes, expected: str, data_dir: Path, tmp_path: Path
) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    before = tree_digest(data_dir)
    result = cli("import", kind, str(f))
    assert result.returncode == 2
    assert expected in result.stderr
    assert tree_digest(data_dir) == before


def test_semicolon_cp1252_csv_with_dmy_dates(data_dir: Path, tmp_path: Path) -> None:
    header = CASE_HEADER.replace(",", ";")
    line = GOOD_CASES[0].replace(",", ";").replace("Dinas Pendidikan", "Dinas Pendidikan – Bidang Ñ")
    f = tmp_path / "excel-export.csv"
    f.write_bytes((header + "\r\n" + line + "\r\n").encode("cp1252"))
    result = cli("import", "cases", str(f))
    assert result.returncode == 0, result.stderr
    assert rows(data_dir, "select agency from fct_case_subjects") == [("Dinas Pendidikan – Bidang Ñ",)]


def test_utf8_bom_xlsx_and_parquet(data_dir: Path, tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + (CASE_HEADER + "\n" + GOOD_CASES[0] + "\n").encode())
    assert cli("import", "cases", str(bom)).returncode == 0
    wb = Workbook()
    ws = wb.active
    ws.append(CASE_HEADER.split(","))
    for line in GOOD_CASES[1:]:
        ws.append(next(csv.reader([line.replace("IMP-", "XL-")])))
    wb.save(tmp_path / "reg.xlsx")
    assert cli("import", "cases", str(tmp_path / "reg.xlsx")).returncode == 0
    frame = pd.DataFrame([next(csv.reader([GOOD_CASES[0].replace("IMP-1", "PQ-1")]))], columns=CASE_HEADER.split(","))
    frame.to_parquet(tmp_path / "reg.parquet")
    assert cli("import", "cases", str(tmp_path / "reg.parquet")).returncode == 0
    assert rows(data_dir, "select count(*) from fct_case_subjects") == [(4,)]


def test_xlsx_formula_cell_is_refused(data_dir: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(CASE_HEADER.split(","))
    values = next(csv.reader([GOOD_CASES[0]]))
    values[6] = "=1+1"
    ws.append(values)
    wb.save(tmp_path / "formula.xlsx")
    result = cli("import", "cases", str(tmp_path / "formula.xlsx"))
    assert result.returncode == 2
    assert "formula.xlsx:2:agency: sel diawali" in result.stderr


EVENT_SHARED = (
    "event_date,date_precision,event_type,election,province,regency_city,actor,title,reference_no,"
    "source_url,source_published,note"
)


def test_import_events_in_the_shared_layout_and_with_a_region_column(data_dir: Path, tmp_path: Path) -> None:
    shared = write(
        tmp_path / "ev.csv",
        [
            EVENT_SHARED,
            "2024-09-30,day,circular,pilkada_2024,Sultra,Kota Bau-Bau,Pj Wali Kota,Circular on neutrality,"
            "800/1/2024,https://example.org/a,2024-10-01,",
        ],
    )
    assert cli("import", "events", str(shared)).returncode == 0
    single = write(
        tmp_path / "ev2.csv",
        [
            EVENT_SHARED.replace("province,regency_city", "region"),
            "17/10/2024,day,hearing,pilkada_2024,73,Komisi I DPRD,Hearing on neutrality,,https://example.org/b,,",
        ],
    )
    result = cli("import", "events", str(single))
    assert result.returncode == 0, result.stderr
    got = rows(
        data_dir,
        "select region_code, event_date::varchar, origin from fct_events where origin = 'import' order by event_date",
    )
    assert got == [("74.72", "2024-09-30", "import"), ("73", "2024-10-17", "import")]
    dup = write(
        tmp_path / "ev3.csv", [EVENT_SHARED, shared.read_text().splitlines()[1].replace("Circular on", "Circ.")]
    )
    result = cli("import", "events", str(dup))
    assert result.returncode == 2 and "ev3.csv:2:region_code: sudah tersimpan sebelumnya" in result.stderr


def test_malformed_events_report_row_and_column(data_dir: Path, tmp_path: Path) -> None:
    f = write(
        tmp_path / "ev.csv",
        [
            EVENT_SHARED,
            "2024-13-40,day,party,pilkada_2099,Atlantis,,X,,,,,",
            "2024-09-30,day,declaration,pilkada_2024,Jawa Timur,Pasuruan,X,Declaration,,,,",
        ],
    )
    before = tree_digest(data_dir)
    result = cli("import", "events", str(f))
    assert result.returncode == 2
    for expected in [
        "ev.csv:2:event_date: tanggal tidak valid",
        "ev.csv:2:event_type: nilai tidak diizinkan",
        "ev.csv:2:election: nilai tidak diizinkan",
        "ev.csv:2:title: wajib diisi",
        "ev.csv:2:province: wilayah tidak dikenali",
        "ev.csv:3:regency_city: wilayah tidak dikenali",
    ]:
        assert expected in result.stderr, expected
    assert tree_digest(data_dir) == before


FIGURE_SHARED = (
    "as_of_date,date_precision,scope_level,province,regency_city,election,metric,value,unit,"
    "reporting_body,note,source_url,source_published"
)


def test_import_figures_and_bad_figures(data_dir: Path, tmp_path: Path) -> None:
    good = write(
        tmp_path / "fig.csv",
        [
            FIGURE_SHARED,
            "2025-01-15,day,regency_city,Nusa Tenggara Barat,Kab. Bima,pilkada_2024,sanctions_imposed,4,persons,"
            "Bawaslu Kabupaten Bima,,https://example.org/f,2025-01-16",
        ],
    )
    assert cli("import", "figures", str(good)).returncode == 0
    assert rows(data_dir, "select region_code, value from fct_figures where origin = 'import'") == [("52.06", 4.0)]
    bad = write(
        tmp_path / "badfig.csv",
        [
            FIGURE_SHARED,
            "2025-01-15,day,national,Bali,,pilkada_2024,sanctions_imposed,1.234,persons,Bawaslu RI,,,",
            "2025-01-15,day,province,Bali,,pilkada_2024,made_up_metric,-3,cases,Bawaslu Bali,,,",
            "2025-01-15,day,province,Bali,,pilkada_2024,followup_rate_pct,140,percent,Bawaslu Bali,,,",
        ],
    )
    before = tree_digest(data_dir)
    result = cli("import", "figures", str(bad))
    assert result.returncode == 2
    for expected in [
        "badfig.csv:2:scope_level: cakupan nasional tidak boleh punya wilayah",
        "badfig.csv:3:metric: metrik tidak dikenal",
        "badfig.csv:3:value: sel diawali",
        "badfig.csv:4:value: persentase lebih dari 100",
    ]:
        assert expected in result.stderr, expected
    assert tree_digest(data_dir) == before
