"""``make bench`` section 2, on a data dir the caller has prepared: the real server
(``python -m netralitas serve``) driven by Debian's Chromium through Playwright. Server start to
first chart, filter changes (map drill-down into provinces not yet cached), page switches through
the navigation, and the server's RSS, each printed beside its target. Imports Playwright when
loaded, so that a missing driver stops the section before its register is written."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from netralitas.machine import free_port
from netralitas.serving.browser import CHROMIUM, CHROMIUM_ARGS, settle
from netralitas.serving.measure import TARGETS, pct, verdict
from netralitas.settings import REPO_ROOT

# Each page and a text it shows once drawn.
PAGES = {
    "ringkasan": "Angka utama yang dipublikasikan, per lembaga",
    "peta": "Telusuri provinsi",
    "linimasa": "Peristiwa tercatat",
    "perbandingan": "Peringkat dalam kelompok sebanding",
    "metodologi": "Rantai penegakan",
}
NAV_TITLES = {
    "ringkasan": "Ringkasan",
    "peta": "Peta",
    "linimasa": "Linimasa",
    "perbandingan": "Perbandingan",
    "metodologi": "metodologi",
}
# The map's drill-down, in this order: provinces the server has not cached yet.
PROVINCES = [
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Jambi",
    "Sumatera Selatan",
    "Bengkulu",
    "Lampung",
    "Jawa Barat",
    "Jawa Tengah",
    "Jawa Timur",
    "Banten",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Sulawesi Utara",
    "Sulawesi Tengah",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Gorontalo",
    "Maluku",
    "Papua",
]


def time_live_server(data_dir: str, switches: int, filters: int) -> None:
    """Start the server on ``data_dir`` and print its timings: first chart from a cold start,
    ``filters`` drill-downs, ``switches`` page switches, then its RSS."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        started = time.perf_counter()
        proc = _start_server(data_dir, port)
        try:
            _time_start(page, url, started)
            settle(page, PAGES["peta"])
            _print_filter_changes(time_filter_changes(page, PROVINCES[:filters]))
            _print_page_switches(time_page_switches(page, switches))
            rss = rss_mb(proc.pid)
            print(f"server RSS after the run {rss:8.0f} MB  {verdict(rss, TARGETS['rss'])}")
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            browser.close()


def _start_server(data_dir: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NETRALITAS_DATA_DIR": data_dir, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    return subprocess.Popen(
        [sys.executable, "-m", "netralitas", "serve", "--port", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _time_start(page: Page, url: str, started: float) -> None:
    """Print the milliseconds from ``started`` (the server's launch) to its health endpoint, the
    map page's first widget and its first chart."""
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):  # noqa: S310 our own http URL
                break
        except OSError:
            time.sleep(0.05)
    healthy = (time.perf_counter() - started) * 1000
    page.goto(f"{url}/peta")
    page.wait_for_selector('[data-testid="stSelectbox"]', timeout=60_000)
    first_widget = (time.perf_counter() - started) * 1000
    page.wait_for_selector("path.choroplethlocation", timeout=60_000)
    first_chart = (time.perf_counter() - started) * 1000
    print(
        f"server start to first chart {first_chart:8.0f} ms  {verdict(first_chart, TARGETS['start'])}"
        f"\n  (health endpoint at {healthy:.0f} ms, first widget at {first_widget:.0f} ms)"
    )


def time_filter_changes(page: Page, names: list[str]) -> list[float]:
    """Milliseconds of each drill-down on the map page, from choosing a province to its map title."""
    province_box = page.locator('[data-testid="stSelectbox"]').nth(3)
    times = []
    for name in names:
        province_box.click()
        page.keyboard.type(name)
        page.get_by_role("option", name=name, exact=True).wait_for()
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        page.wait_for_function(
            "name => [...document.querySelectorAll('.gtitle')].some(e => e.textContent.endsWith(name))",
            arg=name,
            timeout=30_000,
        )
        times.append((time.perf_counter() - t0) * 1000)
    return times


def _print_filter_changes(times: list[float]) -> None:
    p95 = pct(times, 95)
    print(
        f"filter change (drill-down, uncached), n={len(times)}: p50 {pct(times, 50):6.0f} ms  "
        f"p95 {p95:6.0f} ms  {verdict(p95, TARGETS['filter'])}"
    )


def time_page_switches(page: Page, switches: int) -> list[tuple[str, float]]:
    """(target page, milliseconds) of each of ``switches`` clicks in the sidebar navigation, round
    the pages in ``PAGES`` order starting with the one after the map, until the page has settled."""
    order = list(PAGES)
    out = []
    for i in range(switches):
        target = order[(i + 1) % len(order)]
        t0 = time.perf_counter()
        page.locator('[data-testid="stSidebarNav"] a', has_text=NAV_TITLES[target]).first.click()
        settle(page, PAGES[target])
        out.append((target, (time.perf_counter() - t0) * 1000))
    return out


def _print_page_switches(switched: list[tuple[str, float]]) -> None:
    by_page: dict[str, list[float]] = {}
    for target, ms in switched:
        by_page.setdefault(target, []).append(ms)
    print(
        "page switch by target page (median ms): "
        + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in by_page.items())
    )
    print(
        "page switches in order (ms; the first visit to a page runs its queries uncached): "
        + ", ".join(f"{target} {ms:.0f}" for target, ms in switched)
    )
    times = [ms for _, ms in switched]
    p95 = pct(times, 95)
    print(
        f"page switch, n={len(times)}: p50 {pct(times, 50):6.0f} ms  p95 {p95:6.0f} ms  "
        f"{verdict(p95, TARGETS['switch'])}"
    )


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    pids = [pid]
    try:
        children = subprocess.run(
            ["pgrep", "-P", str(pid)],
            capture_output=True,
            text=True,
        ).stdout.split()
        pids += [int(c) for c in children]
    except FileNotFoundError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024
