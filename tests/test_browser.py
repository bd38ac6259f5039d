"""The real app in Debian's headless Chromium: what a person sees, and that
every request stays on the local server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from netralitas.settings import REPO_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make test installs it)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(small_data_dir: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "NETRALITAS_DATA_DIR": str(small_data_dir), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=REPO_ROOT,
        env=env,
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
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


def settle(page: object, *texts: str) -> str:
    """Wait until every text shows and the script has stopped running; return the page text."""
    page.wait_for_function(  # type: ignore[attr-defined]
        "texts => texts.every(t => document.body.innerText.includes(t))"
        " && !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        arg=list(texts),
        timeout=30_000,
    )
    body: str = page.inner_text("body")  # type: ignore[attr-defined]
    return body


def test_home_page_in_indonesian_and_english_stays_local(server: str, browser: object) -> None:
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/", wait_until="networkidle")
    labels = ("Provinsi", "Kabupaten/kota", "Kemutakhiran data", "sintetis", "Alur penegakan dari register kasus")
    body = settle(page, *labels)
    for label in labels:
        assert label in body, label
    assert "514" in body
    page.screenshot(path=str(Path(os.environ.get("PYTEST_SCREENSHOTS", "/tmp")) / "netralitas-home.png"))

    # A shared link reopens the same view: English, Pemilu 2024.
    page.goto(f"{server}/?lang=en&election=pemilu_2024", wait_until="networkidle")
    body = settle(page, "Provinces", "Enforcement chain from the case register")
    assert "Provinces" in body
    assert page.locator('[data-testid="stSelectbox"] input').input_value() == "2024 general election"
    assert "election=pemilu_2024" in page.url and "lang=en" in page.url

    outside = [u for u in requests if not u.startswith(server) and not u.startswith(("data:", "blob:"))]
    assert outside == []
    page.close()


def test_phone_width(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(f"{server}/", wait_until="networkidle")
    settle(page, "Provinsi", "Alur penegakan dari register kasus")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400
    page.close()
