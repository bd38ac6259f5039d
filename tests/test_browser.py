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


PAGES = {
    "ringkasan": ("Angka utama yang dipublikasikan, per lembaga", "Headline published figures, per body"),
    "peta": ("Telusuri provinsi", "Drill into a province"),
    "linimasa": ("Peristiwa tercatat", "Recorded events"),
    "perbandingan": ("Peringkat dalam kelompok sebanding", "Ranking within a peer group"),
    "metodologi": ("Rantai penegakan", "The enforcement chain"),
}


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def page(browser: object, requests_seen: list[str]) -> Iterator[object]:
    pg = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)  # type: ignore[attr-defined]
    pg.on("request", lambda r: requests_seen.append(r.url))
    yield pg
    pg.close()


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_in_indonesian_and_english(server: str, page: object, path: str) -> None:
    label_id, label_en = PAGES[path]
    page.goto(f"{server}/{path}", wait_until="networkidle")  # type: ignore[attr-defined]
    body = settle(page, label_id)
    assert "sintetis" in body and "Traceback" not in body
    page.goto(f"{server}/{path}?lang=en", wait_until="networkidle")  # type: ignore[attr-defined]
    body = settle(page, label_en)
    assert "synthetic" in body
    assert "lang=en" in page.url  # type: ignore[attr-defined]


def map_paths(page: object) -> int:
    count: int = page.locator("path.choroplethlocation").count()  # type: ignore[attr-defined]
    return count


def test_province_map_click_drills_down_and_downloads(server: str, page: object) -> None:
    page.goto(f"{server}/peta", wait_until="networkidle")  # type: ignore[attr-defined]
    settle(page, "Telusuri provinsi")
    page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length === 38")  # type: ignore[attr-defined]
    assert map_paths(page) == 38
    paths = page.locator("path.choroplethlocation")  # type: ignore[attr-defined]
    target = next(
        i for i in range(38) if (bb := paths.nth(i).bounding_box()) and bb["width"] > 40 and bb["height"] > 40
    )
    paths.nth(target).click(force=True)
    page.wait_for_url("**region=*", timeout=30_000)  # type: ignore[attr-defined]
    settle(page, "Telusuri provinsi")
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => { const n = document.querySelectorAll('path.choroplethlocation').length; return n > 0 && n < 38; }"
    )
    code = page.url.split("region=")[1].split("&")[0]  # type: ignore[attr-defined]
    regencies = map_paths(page)
    assert 1 <= regencies < 38
    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Unduh CSV").first.click()  # type: ignore[attr-defined]
    download = info.value
    assert download.suggested_filename == f"peta-followup_rate-pilkada_2024-{code}.csv"
    lines = Path(download.path()).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("region_code,region_name,followup_rate,rank")
    assert all(line.startswith(code + ".") for line in lines[1:])
    assert len(lines) - 1 >= regencies  # regions without a polygon are still in the table


def test_a_copied_link_reopens_the_same_view(server: str, page: object) -> None:
    page.goto(f"{server}/peta?region=74&measure=persons&lang=en", wait_until="networkidle")  # type: ignore[attr-defined]
    settle(page, "Drill into a province", "ASN reported (persons) · ")
    page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length === 17")  # type: ignore[attr-defined]
    inputs = page.locator('[data-testid="stSelectbox"] input')  # type: ignore[attr-defined]
    values = [inputs.nth(i).input_value() for i in range(inputs.count())]
    assert "ASN reported (persons)" in values and "Sulawesi Tenggara" in values
    assert "region=74" in page.url and "measure=persons" in page.url  # type: ignore[attr-defined]


def test_phone_width(server: str, browser: object) -> None:
    pg = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    pg.goto(f"{server}/ringkasan", wait_until="networkidle")
    settle(pg, "Angka utama yang dipublikasikan, per lembaga")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    pg.close()


def test_zz_every_request_stayed_on_the_local_server(server: str, requests_seen: list[str]) -> None:
    assert len(requests_seen) > 50
    outside = [u for u in requests_seen if not u.startswith(server) and not u.startswith(("data:", "blob:"))]
    assert outside == []
