"""The CLI on real files: every subcommand, malformed imports of each kind."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import duckdb
import pandas as pd
import pytest
from openpyxl import Workbook

from netralitas import cli as cli_module
from netralitas.settings import REPO_ROOT

# Every subcommand the parser offers (a new one gets its --help test without editing this file).
SUBCOMMANDS = sorted(next(a for a in cli_module.parser()._actions if isinstance(a, argparse._SubParsersAction)).choices)


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Ran:
    """``python -m netralitas ARGS`` run in this process through ``cli.main(argv)``: the same parser
    and code, a traceback points into the test, and no interpreter start per call."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, env or {}),
        mock.patch.object(sys, "stdin", io.StringIO(stdin)),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        try:
            code = cli_module.main(list(args))
        except SystemExit as exc:  # argparse: --help exits 0, a usage error 2
            code = exc.code if isinstance(exc.code, int) else 0
    return Ran(code, out.getvalue(), err.getvalue())


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_python_m_netralitas_is_the_entry_point() -> None:
    """The one test that starts the real command: ``python -m netralitas`` reaches ``cli.main``."""
    result = subprocess.run(
        [sys.executable, "-m", "netralitas", "--version"], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120
    )
    assert result.returncode == 0 and result.stdout.strip()


@pytest.mark.parametrize("sub", ["", *SUBCOMMANDS])
def test_help_on_every_subcommand(sub: str) -> None:
    result = cli(*([sub] if sub else []), "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


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


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


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


def test_query_csv_and_json(data_dir: Path) -> None:
    out = cli("query", "case_funnel", "--param", "election=pilkada_2024", "--param", "region=", "--format", "json")
    assert out.returncode == 0
    stages = [r["stage"] for r in json.loads(out.stdout)]
    assert stages[0] == "intake" and stages[-1] == "sanctioned"
    out = cli("query", "region_list", "--param", "province=74")
    assert out.returncode == 0 and out.stdout.count("\n") == 19
    bad = cli("query", "case_funnel", "--param", "region=74")
    assert bad.returncode == 2 and "missing: election" in bad.stderr
    listed = cli("query", "--list")
    assert "published_figures" in listed.stdout and "$election, $region" in listed.stdout


def test_build_prints_timing(data_dir: Path) -> None:
    out = cli("build")
    assert out.returncode == 0
    assert "fct_case_subjects" in out.stdout and "ms" in out.stdout and "built in" in out.stdout


def test_demo_writes_the_import_format(tmp_path: Path) -> None:
    out = cli("demo", "--cases", "50", "--seed", "3", "--out", str(tmp_path / "d.csv"))
    assert out.returncode == 0
    frame = pd.read_csv(tmp_path / "d.csv", dtype=str)
    assert len(frame) == 50 and frame.columns[0] == "case_id"


def test_regions_resolve(data_dir: Path) -> None:
    out = cli("regions", "Kota Bau-Bau", "Sultra")
    assert out.returncode == 0 and "74.72" in out.stdout
    assert cli("regions", "Pasuruan").returncode == 2


def test_reference_status(data_dir: Path) -> None:
    out = cli("reference", "status")
    assert out.returncode == 0 and "indonesia_provinsi.geojson" in out.stdout


def test_curate_reproduces_the_committed_tables(tmp_path: Path) -> None:
    shared = REPO_ROOT.parent / "shared" / "curated"
    if not shared.exists():
        pytest.skip("../shared/curated is not beside this checkout")
    out_dir = tmp_path / "curated"
    import shutil

    shutil.copytree(REPO_ROOT / "data" / "curated", out_dir)
    result = cli("curate", "--source", str(shared), "--out", str(out_dir))
    assert result.returncode == 0, result.stderr
    for name in ("events.csv", "figures.csv"):
        assert (out_dir / name).read_bytes() == (REPO_ROOT / "data" / "curated" / name).read_bytes(), name


@pytest.mark.parametrize(
    ("kind", "example"),
    [("cases", "cases.csv"), ("events", "events.csv"), ("events", "events_region.csv"), ("figures", "figures.csv")],
)
def test_documented_examples_validate(kind: str, example: str, data_dir: Path) -> None:
    result = cli("import", kind, str(REPO_ROOT / "docs" / "examples" / example), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


NAME_RE = r"[A-Z][a-z]+ Sintetis \d{5}"
NIP_RE = r"\b(19|20)\d{16}\b"


def test_users_add_list_remove(data_dir: Path) -> None:
    add = cli(
        "users", "add", "gub.sultra", "--role", "provinsi", "--scope", "74", "--password-stdin",
        stdin="kata-sandi-panjang\n",
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    assert "kata-sandi-panjang" not in (data_dir / "users.json").read_text()
    listed = cli("users", "list")
    assert "gub.sultra" in listed.stdout and "provinsi" in listed.stdout and "74" in listed.stdout
    bad = cli("users", "add", "x", "--role", "provinsi", "--password-stdin", stdin="kata-sandi-panjang\n")
    assert bad.returncode == 2 and "scope" in bad.stderr
    assert cli("users", "remove", "gub.sultra").returncode == 0
    assert "gub.sultra" not in cli("users", "list").stdout
    log = cli("audit").stdout
    assert "user_added" in log and "user_removed" in log


def test_public_query_has_no_personal_data_and_no_small_counts(data_dir: Path) -> None:
    import re

    refused = cli("query", "case_subjects", "--param", "election=", "--param", "stage=")
    assert refused.returncode == 2 and "tidak untuk publik" in refused.stderr
    assert cli("query", "case_identities", "--param", "election=", "--param", "scope=").returncode == 2
    out = cli(
        "query",
        "region_measures",
        "--param",
        "election=pilkada_2024",
        "--param",
        "level=2",
        "--param",
        "province=",
        "--format",
        "json",
    )
    assert out.returncode == 0
    rows = json.loads(out.stdout)
    for row in rows:
        for col in ("persons", "recommended", "sanctioned", "waiting_over_limit"):
            assert row[col] is None or row[col] == 0 or row[col] >= 5, (row["region_code"], col, row[col])
    assert not re.search(NAME_RE, out.stdout) and not re.search(NIP_RE, out.stdout)


def test_internal_query_is_scoped_and_audited(data_dir: Path) -> None:
    out = cli(
        "query",
        "case_subjects",
        "--param",
        "election=",
        "--param",
        "stage=",
        "--role",
        "provinsi",
        "--scope",
        "74",
        "--format",
        "json",
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert rows and {r["province_code"] for r in rows} == {"74"}
    komisi = json.loads(
        cli(
            "query",
            "case_subjects",
            "--param",
            "election=",
            "--param",
            "stage=",
            "--role",
            "komisi",
            "--scope",
            "74",
            "--format",
            "json",
        ).stdout
    )
    assert all(r["subject_name"] is None or "***" in r["subject_name"] for r in komisi)
    assert "export_cases" in cli("audit").stdout


def test_bench_runs_every_section_and_prints_figures(real_settings: object) -> None:
    """`make bench` must keep working as reports change (its browser run is skipped here)."""
    out = subprocess.run(
        [sys.executable, "-m", "netralitas.serving.bench", "--skip-server", "--repeat", "2", "--rows", "2000",
         "--ratio-rows", "4000"],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    for heading in ("== 1.", "== 3.", "== 4."):
        assert heading in out.stdout
    assert "case_subjects" in out.stdout and "pandas/duckdb" in out.stdout
    assert out.stdout.count("page(s)") == 3 and "target < 10,000" in out.stdout


def test_publish_without_a_warehouse_says_what_to_run(tmp_path: Path) -> None:
    result = cli("publish", "--out", str(tmp_path / "site"), env={"NETRALITAS_DATA_DIR": str(tmp_path / "empty")})
    assert result.returncode == 2
    assert "gudang data belum dibangun / warehouse not built" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_the_record_grows_for_the_build_benchmark(tmp_path: Path, real_settings: object) -> None:
    """`make bench` section 6 times builds on a record k times the curated one, spread over other
    regions (a generated record: written only to the benchmark's own data dir)."""
    import pandas as pd

    from netralitas.pipeline import warehouse
    from netralitas.serving.bench import scaled_record

    curated = warehouse.curated_dir(real_settings)  # type: ignore[arg-type]
    events, figures = scaled_record(curated, tmp_path, 2)
    base_events = pd.read_csv(curated / "events.csv", dtype="string", keep_default_na=False)
    grown = pd.read_csv(tmp_path / "events.csv", dtype="string", keep_default_na=False)
    assert events == len(grown) == 2 * len(base_events) and grown["event_id"].is_unique
    assert figures == 2 * len(pd.read_csv(curated / "figures.csv", dtype="string"))
    copies = grown[grown["event_id"].str.endswith("_x1")]
    assert copies["source_url"].str.startswith("https://bench.invalid/").all()
    moved = copies["region_code"].fillna("") != base_events["region_code"].fillna("").to_numpy()
    assert moved.sum() > 0.9 * (base_events["region_code"].fillna("") != "").sum()  # other regions
