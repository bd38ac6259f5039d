"""Shared fixtures: a fixture warehouse from hand-written rows (through the
production SQL) and the real default build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from netralitas.machine import free_port
from netralitas.pipeline import warehouse
from netralitas.settings import PACKAGED_CURATED, REPO_ROOT, Settings, get_settings

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "warehouse"
SHARED = REPO_ROOT.parent / "shared"


def make_fixture_data_dir(root: Path) -> Settings:
    """A data dir holding the hand-written fixture rows and the committed dimensions."""
    curated = root / "curated"
    shutil.copytree(PACKAGED_CURATED, curated)
    for name in ("events.csv", "figures.csv"):
        shutil.copyfile(FIXTURE_DIR / "curated" / name, curated / name)
    (root / "demo").mkdir()
    shutil.copyfile(FIXTURE_DIR / "cases.csv", root / "demo" / "cases.csv")
    return replace(get_settings(), data_dir=root, reference_mirror=None)


@pytest.fixture(scope="session")
def fixture_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_fixture_data_dir(tmp_path_factory.mktemp("fixture-data"))


@pytest.fixture(scope="session")
def fixture_con(fixture_settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """In-memory warehouse built from the fixture rows by the production SQL."""
    con = duckdb.connect(":memory:")
    warehouse.build_into(con, fixture_settings)
    yield con
    con.close()


@pytest.fixture(scope="session")
def real_settings() -> Settings:
    """The default data dir as `make build` leaves it (built here if missing)."""
    settings = get_settings()
    if not settings.warehouse_path.exists():
        from netralitas.pipeline import setup

        setup.run(settings, say=lambda _: None)
    return settings


@pytest.fixture(scope="session")
def real_con(real_settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    con = warehouse.connect(real_settings)
    yield con
    con.close()


@pytest.fixture(scope="session")
def small_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete data dir (reference data when available, 300 demo rows), set up once."""
    root = tmp_path_factory.mktemp("small-data")
    env = {"NETRALITAS_DATA_DIR": str(root), "NETRALITAS_DEMO_CASES": "300"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        from netralitas.pipeline import setup

        real_ref = get_settings().reference_dir
        default_ref = REPO_ROOT / "data" / "reference"
        if default_ref.exists() and not real_ref.exists():
            shutil.copytree(default_ref, real_ref)  # reuse verified downloads
        setup.run(get_settings(), say=lambda _: None)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return root


@pytest.fixture
def data_dir(small_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the small data dir, made the active one for this test."""
    root = tmp_path / "data"
    shutil.copytree(small_data_dir, root)
    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(root))
    return root


@contextmanager
def served(data_dir: Path, **env: str) -> Iterator[str]:
    """The dashboard as `make run` starts it (`python -m netralitas serve`), on a free port over
    ``data_dir``; yields its address once /_stcore/health answers, stops it afterwards."""
    port = free_port()
    environment = {**os.environ, "NETRALITAS_DATA_DIR": str(data_dir), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "netralitas", "serve", "--port", str(port), "--address", "127.0.0.1"],
        cwd=REPO_ROOT,
        env={**environment, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.read() == b"ok":
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the dashboard did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


CHROMIUM = "/usr/bin/chromium"  # Debian's Chromium, never a browser downloaded by playwright
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright (never ``playwright install``)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
