"""The CLI on real files: every subcommand, its help, queries and their privacy, accounts, the bench
(the importer has its own file, test_import.py)."""

from __future__ import annotations

import argparse
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


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


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

    refused = cli("query", "case_subjects", "--param", "election=", "--param", "stage=", "--param", "region=")
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
        "--param",
        "region=",
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
            "--param",
            "region=",
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
