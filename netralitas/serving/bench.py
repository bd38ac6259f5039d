"""``make bench``: measured speed, printed as figures and ratios (never a pass/fail test).

1. Warehouse build and warm report latency on the current data dir.
2. The real server on a data dir with a ``--rows`` synthetic register
   (default 1,000,000), driven by Debian's Chromium through Playwright:
   server start to first chart, filter changes (map drill-down into
   provinces not yet cached), page switches, and the server's RSS.
3. DuckDB versus pandas on the core aggregations at ``--rows`` and
   ``--ratio-rows`` (default 10,000,000).
4. Hearing briefs (issue #5): assemble and render a PDF for a region with
   rich data, one with almost none, and a Papua regency (target < 10 s each).
5. The public edition (issue #10) against the live app, in the same run: the
   site's full and unchanged build, first chart in a cold Chromium from nginx
   (home, a province, a city) beside the live app's first chart (warm server,
   cold browser), requests per second through nginx (wrk) beside the live
   app's page views per second (10 websocket sessions), and page sizes.
6. Build time as the record grows (issue 19): the warehouse, the full edition and an
   unchanged rebuild at 1x, 2x, 5x and 10x the curated record (a generated record,
   written to a temporary data dir and never published).

The targets of issue #3 are printed beside each figure; docs/performance.md
records a run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd

from netralitas.access.viewer import Viewer
from netralitas.machine import free_port
from netralitas.pipeline import demo, warehouse
from netralitas.settings import REPO_ROOT, Settings, get_settings

SAMPLE_PARAMS = {
    "election": "pilkada_2024",
    "region": "",
    "province": "74",
    "level": "1",
    "scope": "74",
    "stage": "",
    "by": "region",
    "limit_days": "30",
    "metric": "forwarded_to_kasn_bkn",
    "edition": "ikp_tematik_netralitas_asn_2023_09_21",
}
NAV_TITLES = {
    "ringkasan": "Ringkasan",
    "peta": "Peta",
    "linimasa": "Linimasa",
    "perbandingan": "Perbandingan",
    "metodologi": "metodologi",
}
ADMIN = Viewer("admin", "", "bench")  # every report, the case-level ones included
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
TARGETS = {"filter": 400.0, "switch": 600.0, "start": 4000.0, "rss": 600.0, "brief": 10_000.0}
BRIEF_REGIONS = ("64.71", "16.01", "93.01")
PAGES = {
    "ringkasan": "Angka utama yang dipublikasikan, per lembaga",
    "peta": "Telusuri provinsi",
    "linimasa": "Peristiwa tercatat",
    "perbandingan": "Peringkat dalam kelompok sebanding",
    "metodologi": "Rantai penegakan",
}


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _verdict(value: float, target: float) -> str:
    shown = f"{target:,.0f}" if target >= 10 else f"{target:g}"
    return f"(target < {shown}: {'met' if value < target else 'NOT met'}; ratio {value / target:.2f})"


# -- 1. the current data dir ----------------------------------------------------------


def bench_reports(settings: Settings, repeat: int) -> None:
    print("== 1. Warehouse build and report queries (current data dir) ==")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = replace(settings, data_dir=Path(tmp))
        copy_inputs(settings, scratch, register=True)
        report = warehouse.build(scratch)
    print(f"build {report.seconds * 1000:8.1f} ms  ({report.rows.get('fct_case_subjects', 0):,} case rows)")
    con = warehouse.connect(settings)
    try:
        for name in warehouse.report_names():
            params = {k: SAMPLE_PARAMS[k] for k in warehouse.report_params(name)}
            runs = _timed(partial(warehouse.run_report, name, params, con, viewer=ADMIN), repeat)
            print(f"  {name:24} p50 {pct(runs, 50):7.1f} ms   p95 {pct(runs, 95):7.1f} ms")
    finally:
        con.close()


def copy_inputs(src: Settings, dst: Settings, register: bool = False) -> None:
    warehouse.seed_curated(dst)
    if register and src.demo_register.exists():
        dst.demo_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src.demo_register, dst.demo_register)
    if src.reference_dir.exists():
        shutil.copytree(src.reference_dir, dst.reference_dir, dirs_exist_ok=True)


# -- 2. the real server with a large register -------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    pids = [pid]
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
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


def settle(page: object, *texts: str, timeout: int = 60_000) -> None:
    page.wait_for_function(  # type: ignore[attr-defined]
        "texts => texts.every(t => document.body.innerText.includes(t))"
        " && !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        arg=list(texts),
        timeout=timeout,
    )


def bench_server(rows: int, switches: int, filters: int, reuse: Path | None = None) -> None:
    from playwright.sync_api import sync_playwright

    print(f"\n== 2. The real server with a {rows:,}-row synthetic register ==")
    base = get_settings()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(reuse or scratch)
        settings = replace(base, data_dir=Path(tmp), demo_cases=rows)
        if reuse is None or not settings.warehouse_path.exists():
            copy_inputs(base, settings)
            t0 = time.perf_counter()
            demo.write(settings.demo_register, rows, base.demo_seed)
            print(f"register written in {time.perf_counter() - t0:.1f} s")
            report = warehouse.build(settings)
            print(f"warehouse built in {report.seconds:.1f} s")
        else:
            print(f"reusing {tmp}")

        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "NETRALITAS_DATA_DIR": tmp, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "netralitas", "serve", "--port", str(port)],
                cwd=REPO_ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
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
                    f"server start to first chart {first_chart:8.0f} ms  {_verdict(first_chart, TARGETS['start'])}"
                    f"\n  (health endpoint at {healthy:.0f} ms, first widget at {first_widget:.0f} ms)"
                )
                settle(page, PAGES["peta"])

                # Filter changes: drill into provinces the server has not cached yet.
                province_box = page.locator('[data-testid="stSelectbox"]').nth(3)
                names = [
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
                ][:filters]
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
                p95 = pct(times, 95)
                print(
                    f"filter change (drill-down, uncached), n={len(times)}: p50 {pct(times, 50):6.0f} ms  "
                    f"p95 {p95:6.0f} ms  {_verdict(p95, TARGETS['filter'])}"
                )

                # Page switches through the navigation.
                order = list(PAGES)
                switch_times = []
                for i in range(switches):
                    target = order[(i + 1) % len(order)]
                    t0 = time.perf_counter()
                    page.locator('[data-testid="stSidebarNav"] a', has_text=NAV_TITLES[target]).first.click()
                    settle(page, PAGES[target])
                    switch_times.append((time.perf_counter() - t0) * 1000)
                by_page: dict[str, list[float]] = {}
                for i, ms in enumerate(switch_times):
                    by_page.setdefault(order[(i + 1) % len(order)], []).append(ms)
                print(
                    "page switch by target page (median ms): "
                    + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in by_page.items())
                )
                print(
                    "page switches in order (ms; the first visit to a page runs its queries uncached): "
                    + ", ".join(f"{order[(i + 1) % len(order)]} {ms:.0f}" for i, ms in enumerate(switch_times))
                )
                p95 = pct(switch_times, 95)
                print(
                    f"page switch, n={len(switch_times)}: p50 {pct(switch_times, 50):6.0f} ms  p95 {p95:6.0f} ms  "
                    f"{_verdict(p95, TARGETS['switch'])}"
                )
                rss = rss_mb(proc.pid)
                print(f"server RSS after the run {rss:8.0f} MB  {_verdict(rss, TARGETS['rss'])}")
            finally:
                proc.terminate()
                proc.wait(timeout=30)
                browser.close()


# -- 3. DuckDB versus pandas -----------------------------------------------------------


def aggregations_pandas(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """The core aggregations as a notebook would write them."""
    rec = frame["recommendation_date"] != ""
    san = frame["sanction_date"] != ""
    funnel = (
        frame.assign(
            registered=frame["registered_date"] != "",
            violation=frame["outcome"] == "pelanggaran",
            recommended=rec,
            sanctioned=san,
        )
        .groupby("election")[["registered", "violation", "recommended", "sanctioned"]]
        .sum()
    )
    by_region = frame.assign(recommended=rec, sanctioned=san).groupby("region")[["recommended", "sanctioned"]].sum()
    by_region["followup_rate"] = by_region["sanctioned"] / by_region["recommended"]
    days = pd.to_datetime(frame.loc[san, "sanction_date"]) - pd.to_datetime(frame.loc[san, "recommendation_date"])
    median_days = days.dt.days.groupby(frame.loc[san, "region"]).median()
    return [funnel, by_region, median_days.to_frame()]


AGG_SQL = [
    """select election, count(*) filter (where registered_date <> '') as registered,
        count(*) filter (where outcome = 'pelanggaran') as violation,
        count(*) filter (where recommendation_date <> '') as recommended,
        count(*) filter (where sanction_date <> '') as sanctioned
       from register group by election""",
    """select region, count(*) filter (where recommendation_date <> '') as recommended,
        count(*) filter (where sanction_date <> '') as sanctioned,
        sanctioned / nullif(recommended, 0) as followup_rate
       from register group by region""",
    """select region, median(date_diff('day', recommendation_date::date, sanction_date::date)) as median_days
       from register where sanction_date <> '' group by region""",
]


def run_sql(con: duckdb.DuckDBPyConnection) -> None:
    for sql in AGG_SQL:
        con.execute(sql).fetchall()


def bench_ratio(rows_list: list[int]) -> None:
    print("\n== 3. Core aggregations: DuckDB vs pandas (funnel, follow-up by region, median days) ==")
    base_rows = min(rows_list[0], 1_000_000)
    t0 = time.perf_counter()
    base = demo.generate(base_rows, 7)
    print(f"synthetic register of {base_rows:,} rows generated in {time.perf_counter() - t0:.1f} s")
    for rows in rows_list:
        frame = base if rows == base_rows else pd.concat([base] * (rows // base_rows), ignore_index=True)
        con = duckdb.connect()
        con.execute("set enable_progress_bar = false")
        con.register("register", frame)
        scan = statistics.median(_timed(partial(run_sql, con), 3))
        # The warehouse holds the register as a native DuckDB table: that is what pages query.
        con.execute("create table native as select * from register")
        con.unregister("register")
        con.execute("create view register as select * from native")
        native = statistics.median(_timed(partial(run_sql, con), 3))
        pand = statistics.median(_timed(partial(aggregations_pandas, frame), 3))
        print(
            f"{rows:>12,} rows   duckdb table {native:7.0f} ms   duckdb on the pandas frame {scan:7.0f} ms   "
            f"pandas {pand:7.0f} ms   pandas/duckdb = {pand / native:5.1f}x (table), {pand / scan:4.1f}x (frame)"
        )
        con.close()


def bench_briefs(settings: Settings) -> None:
    from netralitas import briefs

    print("\n== 4. Hearing briefs: assemble + render PDF (current data dir) ==")
    con = warehouse.connect(settings)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for code in BRIEF_REGIONS:
                t0 = time.perf_counter()
                brief = briefs.build(con, code, "pilkada_2024")
                built = time.perf_counter() - t0
                done = briefs.write(brief, Path(tmp) / f"{code}.pdf")
                total = (time.perf_counter() - t0) * 1000
                print(
                    f"  {code:6} {brief.region_name:32} assemble {built * 1000:6.0f} ms"
                    f"  render {done.seconds * 1000:6.0f} ms"
                    f"  {done.pages} page(s)  total {total:6.0f} ms  {_verdict(total, TARGETS['brief'])}"
                )
    finally:
        con.close()


# -- 5. The public edition against the live app ------------------------------------------


EDITION_TARGETS = {
    "build": 60.0,
    "rebuild": 10.0,
    "first_chart": 1.0,
    "rps": 2000.0,
    "page_kb": 150.0,
    "first_chart_svg": 0.3,
    "first_chart_slow": 2.0,
    "page_kb_median": 60.0,
}
LIVE_PAGES = ["ringkasan", "peta", "linimasa", "perbandingan", "tindak-lanjut", "metodologi"]


def _cold_first_chart(url: str, selector: str, runs: int) -> list[float]:
    """Seconds from navigation to the first drawn chart, each run in a new (cold) browser."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        for _ in range(runs):
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(selector, timeout=60_000)
                out.append(time.perf_counter() - t0)
            finally:
                browser.close()
    return out


# Paint of the first chart: a static chart is in the HTML (visible at the first paint after it is
# parsed); a plotly-only one when plotly.js has drawn it. Recorded in the page at the next frame.
_FIRST_CHART = """
(() => {
  const mark = (key, selector) => {
    const look = () => {
      if (document.querySelector(selector)) {
        requestAnimationFrame(() => { window[key] = window[key] || performance.now(); });
        return true;
      }
      return false;
    };
    if (!look()) {
      const seen = new MutationObserver(() => { if (look()) seen.disconnect(); });
      seen.observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["class"]});
    }
  };
  mark("__visible", ".plot .static svg, .plot .static p, .plot.drawn");
  mark("__interactive", ".plot.drawn");
  // The reader scrolls to the first chart (charts below the screen are drawn as they come near).
  document.addEventListener("DOMContentLoaded", () => {
    const first = document.querySelector(".plot");
    if (first) { first.scrollIntoView(); }
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { if (e.name === "first-contentful-paint") { window.__fcp = e.startTime; } }
  }).observe({type: "paint", buffered: true});
})();
"""

# A mid-range phone on a slow mobile connection (Chrome DevTools' "Slow 4G" and 4x CPU slowdown).
SLOW_PHONE = {"latency": 150, "download": 1.6e6 / 8, "upload": 750e3 / 8, "cpu": 4}


def first_chart_times(url: str, runs: int, throttled: bool) -> tuple[list[float], list[float]]:
    """Seconds from navigation start to the first visible chart and to the first interactive
    one, each run in a cold browser at a phone's width (throttled: ``SLOW_PHONE``)."""
    from playwright.sync_api import sync_playwright

    visible, interactive = [], []
    with sync_playwright() as pw:
        for _ in range(runs):
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            try:
                # bypass_csp: the probe below polls with an evaluated expression, which nginx's CSP forbids.
                context = browser.new_context(
                    viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True
                )
                page = context.new_page()
                page.add_init_script(_FIRST_CHART)
                if throttled:
                    cdp = page.context.new_cdp_session(page)
                    cdp.send("Network.enable")
                    cdp.send(
                        "Network.emulateNetworkConditions",
                        {
                            "offline": False,
                            "latency": SLOW_PHONE["latency"],
                            "downloadThroughput": SLOW_PHONE["download"],
                            "uploadThroughput": SLOW_PHONE["upload"],
                        },
                    )
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": SLOW_PHONE["cpu"]})
                page.goto(url, wait_until="commit")
                page.wait_for_function(
                    "window.__interactive || (document.readyState === 'complete' && window.__fcp"
                    " && !document.querySelector('.plot'))",
                    timeout=90_000,
                )
                shown, drawn, fcp = page.evaluate("[window.__visible, window.__interactive, window.__fcp]")
                visible.append((shown or fcp) / 1000)  # a page without a chart: its first paint
                interactive.append((drawn or fcp) / 1000)
            finally:
                browser.close()
    return visible, interactive


def bench_first_chart(settings: Settings, runs: int) -> None:
    """Charts drawn at build time against plotly.js alone, in the same run (issue 21)."""
    from netralitas.edition import build, serve

    print("\n== 5b. First chart on a phone: SVG drawn at build time vs plotly.js only ==")
    quiet: Callable[[str], None] = lambda _: None  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        scratch = replace(settings, history_file=Path(tmp) / "editions.jsonl")
        sites = {"plotly only": Path(tmp) / "plain", "SVG first": Path(tmp) / "svg"}
        build.build(sites["plotly only"], settings=scratch, say=quiet, static_charts=False)
        build.build(sites["SVG first"], settings=scratch, say=quiet)
        # Home, a province (its regencies' map, timelines) and a regency (a dated list: no chart).
        pages = ("/", "/wilayah/74/", "/wilayah/74.71/")
        results: dict[tuple[str, str, bool], tuple[float, float]] = {}
        for name, root in sites.items():
            sizes = [p.stat().st_size for p in (root / "wilayah").glob("*/index.html.gz")]
            with serve.running(root, Path(tmp) / f"nginx-{len(results)}") as url:
                for path in pages:
                    for throttled in (False, True):
                        shown, drawn = first_chart_times(url + path, runs, throttled)
                        results[(name, path, throttled)] = (statistics.median(shown), statistics.median(drawn))
            median = statistics.median(sizes) / 1000
            print(
                f"{name}: region page HTML gzipped median {median:.1f} KB, max {max(sizes) / 1000:.0f} KB "
                f"({len(sizes)} pages)  target median < {EDITION_TARGETS['page_kb_median']:.0f} KB  "
                f"{_verdict(median, EDITION_TARGETS['page_kb_median'])}"
            )
        print(
            "\n  page               network      first chart visible (s)          interactive (s)\n"
            "                                  plotly only  SVG first  ratio    plotly only  SVG first"
        )
        for path in pages:
            for throttled in (False, True):
                plain, svg = results[("plotly only", path, throttled)], results[("SVG first", path, throttled)]
                target = EDITION_TARGETS["first_chart_slow" if throttled else "first_chart_svg"]
                print(
                    f"  {path:18} {'slow phone' if throttled else 'local':10}   {plain[0]:8.2f}   {svg[0]:8.2f}  "
                    f"{plain[0] / max(svg[0], 1e-6):5.1f}x   {plain[1]:8.2f}   {svg[1]:8.2f}   "
                    f"{_verdict(svg[0], target)}"
                )


def _wrk(url: str, seconds: int = 10, connections: int = 64) -> float:
    done = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-H", "Accept-Encoding: gzip", url],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in done.stdout.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise RuntimeError(done.stdout)


def bench_edition(settings: Settings, runs: int, sessions: int) -> None:
    from netralitas.edition import build, serve
    from netralitas.serving import loadtest

    print("\n== 5. The public edition (static site, nginx) against the live app ==")
    quiet: Callable[[str], None] = lambda _: None  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        scratch = replace(settings, history_file=Path(tmp) / "editions.jsonl")
        full = build.build(out, settings=scratch, say=quiet)
        again = build.build(out, settings=scratch, say=quiet)
        print(
            f"site build, {full.files} files ({full.pages} pages, {full.bytes / 1e6:.0f} MB): "
            f"{full.seconds:5.1f} s  target < {EDITION_TARGETS['build']:.0f} s  "
            f"{_verdict(full.seconds, EDITION_TARGETS['build'])}"
        )
        print(
            f"unchanged rebuild ({again.written} files written): {again.seconds:5.1f} s  "
            f"target < {EDITION_TARGETS['rebuild']:.0f} s  {_verdict(again.seconds, EDITION_TARGETS['rebuild'])}"
        )
        sizes = [
            sum(p.stat().st_size for p in (d / "index.html.gz", d / "data.json.gz") if p.exists()) / 1000
            for d in (out / "wilayah").iterdir()
            if d.is_dir()
        ]
        bundle = next((out / "assets").glob("plotly-geo.*.min.js.gz")).stat().st_size / 1000
        print(
            f"region page, own HTML + data.json gzipped: median {statistics.median(sizes):.0f} KB, "
            f"max {max(sizes):.0f} KB over {len(sizes)} regions  target < {EDITION_TARGETS['page_kb']:.0f} KB  "
            f"{_verdict(max(sizes), EDITION_TARGETS['page_kb'])}; plotly.js geo bundle {bundle:.0f} KB gzipped, "
            "cached for a year"
        )
        edition_first: dict[str, float] = {}
        with serve.running(out, Path(tmp) / "nginx") as url:
            # A regency page has no chart since issue 19 (a dated list): the election page instead.
            # ".plot.drawn": plotly's interactive chart (the static one is timed in section 5b).
            for path in ("/", "/wilayah/74/", "/pemilihan/pilkada_2024/"):
                times = _cold_first_chart(url + path, ".plot.drawn", runs)
                edition_first[path] = statistics.median(times)
                print(
                    f"first chart, cold Chromium, nginx {path:16} median {statistics.median(times):5.2f} s "
                    f"(runs {', '.join(f'{x:.2f}' for x in times)})  target < 1.0 s  "
                    f"{_verdict(statistics.median(times), EDITION_TARGETS['first_chart'])}"
                )
            rps = _wrk(url + "/wilayah/74.71/")
            print(
                f"region page through nginx (wrk, 64 connections, gzip): {rps:,.0f} requests/s  "
                f"target >= {EDITION_TARGETS['rps']:,.0f}  {'met' if rps >= EDITION_TARGETS['rps'] else 'NOT MET'}"
            )

        server = loadtest.Server(str(settings.data_dir))
        live = server.url
        try:
            _cold_first_chart(live + "/peta", "path.choroplethlocation", 1)  # warm the server's caches
            times = _cold_first_chart(live + "/peta", "path.choroplethlocation", runs)
            live_first = statistics.median(times)
            result = loadtest.run(live, LIVE_PAGES, sessions=sessions, rounds=2, think=0.5)
        finally:
            server.stop()
        print(f"live app, first chart (/peta, warm server, cold Chromium): median {live_first:5.2f} s")
        print("live app, " + loadtest.summary(result))
        best = min(edition_first.values())
        print(
            "\n  measure                          public edition    live app      live / edition\n"
            f"  first chart (cold browser)       {best:8.2f} s      {live_first:8.2f} s    {live_first / best:8.1f}x\n"
            f"  pages per second                 {rps:10,.0f}    {result.views_per_second:10.2f}    "
            f"{rps / max(result.views_per_second, 1e-9):8,.0f}x (edition / live)"
        )


# -- 6. The edition's build time as the record grows ------------------------------------------

RECORD_FACTORS = (1, 2, 5, 10)


def scaled_record(curated: Path, out: Path, factor: int) -> tuple[int, int]:
    """A generated record ``factor`` times the size of the curated one, for timing only (never
    published): copy k of each event and figure moves to another region of the same level
    (the gazetteer's order, so the record spreads over the country), a day later, with its own id
    and an address under ``bench.invalid``. Returns (events, figures)."""
    from netralitas.pipeline.regions import gazetteer

    regions = gazetteer().regions
    by_level = {lvl: sorted(c for c, r in regions.items() if r.level == lvl) for lvl in (1, 2)}
    counts = []
    for name, key, date_col in (("events", "event_id", "event_date"), ("figures", "figure_id", "as_of_date")):
        frame = pd.read_csv(curated / f"{name}.csv", dtype="string", keep_default_na=False)
        copies = [frame]
        for k in range(1, factor):
            copy = frame.copy()
            copy[key] = copy[key] + f"_x{k}"
            copy["source_url"] = [f"https://bench.invalid/{k}/{i}" for i in range(len(copy))]
            copy["note"] = "generated for the build benchmark"
            dates = pd.to_datetime(copy[date_col], errors="coerce") + pd.Timedelta(days=k)
            copy[date_col] = dates.dt.strftime("%Y-%m-%d").fillna("")
            for i, row in copy.iterrows():
                code = row["regency_code"] or row["province_code"]
                if not code:
                    continue
                pool = by_level[2 if row["regency_code"] else 1]
                moved = pool[(pool.index(code) + 37 * k) % len(pool)] if code in pool else code
                province = regions[moved].province_code
                copy.loc[i, ["province_code", "region_code"]] = [province, moved]
                if row["regency_code"]:
                    copy.loc[i, "regency_code"] = moved
                else:
                    copy.loc[i, "region_code"] = moved
            copies.append(copy)
        grown = pd.concat(copies, ignore_index=True)
        grown.to_csv(out / f"{name}.csv", index=False)
        counts.append(len(grown))
    return counts[0], counts[1]


def bench_record_scale(settings: Settings, factors: tuple[int, ...] = RECORD_FACTORS) -> None:
    """Warehouse build, full edition build and unchanged rebuild at 1x, 2x, 5x and 10x the record."""
    from netralitas.edition import build

    print("\n== 6. Build time as the record grows (generated record, never published) ==")
    print("  size   events  figures   warehouse    edition   unchanged   pages   edition / 1x")
    quiet: Callable[[str], None] = lambda _: None  # noqa: E731
    base = 0.0
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            scratch = replace(settings, data_dir=Path(tmp) / "data", history_file=Path(tmp) / "editions.jsonl")
            copy_inputs(settings, scratch)
            events, figures = scaled_record(warehouse.curated_dir(settings), scratch.curated_dir, factor)
            report = warehouse.build(scratch)
            full = build.build(Path(tmp) / "site", settings=scratch, say=quiet)
            again = build.build(Path(tmp) / "site", settings=scratch, say=quiet)
        base = base or full.seconds
        print(
            f"  {factor:3}x  {events:7,}  {figures:7,}   {report.seconds:7.1f} s  {full.seconds:7.1f} s  "
            f"{again.seconds:8.1f} s  {full.pages:6,}   {full.seconds / base:6.2f}x"
        )
    print(
        f"  targets at the curated record (1x): edition < {EDITION_TARGETS['build']:.0f} s, "
        f"unchanged rebuild < {EDITION_TARGETS['rebuild']:.0f} s"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m netralitas.serving.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--rows", type=int, default=1_000_000, help="synthetic register rows for the server run")
    ap.add_argument("--ratio-rows", type=int, default=10_000_000, help="largest size for the DuckDB/pandas ratio")
    ap.add_argument("--repeat", type=int, default=30, help="runs per report query")
    ap.add_argument("--switches", type=int, default=20, help="page switches to time")
    ap.add_argument("--filters", type=int, default=20, help="filter changes to time")
    ap.add_argument("--skip-server", action="store_true", help="skip the browser runs and the record-size builds")
    ap.add_argument("--reuse", type=Path, help="data dir to reuse for the server run (built there if missing)")
    ap.add_argument("--edition-runs", type=int, default=5, help="cold-browser runs per first-chart figure")
    ap.add_argument("--sessions", type=int, default=10, help="websocket sessions against the live app")
    ap.add_argument("--record-factors", type=int, nargs="+", default=list(RECORD_FACTORS), help="record sizes to build")
    ap.add_argument("--only-record", action="store_true", help="only the build-time-by-record-size section")
    ap.add_argument("--only-first-chart", action="store_true", help="only the SVG-first vs plotly-only section")
    args = ap.parse_args(argv)
    if args.only_first_chart:
        bench_first_chart(get_settings(), args.edition_runs)
        return 0
    if args.only_record:
        bench_record_scale(get_settings(), tuple(args.record_factors))
        return 0
    bench_reports(get_settings(), args.repeat)
    if not args.skip_server:
        bench_server(args.rows, args.switches, args.filters, args.reuse)
    bench_ratio(sorted({args.rows, args.ratio_rows}))
    bench_briefs(get_settings())
    if not args.skip_server:  # the two heaviest sections: the full `make bench` only
        bench_edition(get_settings(), args.edition_runs, args.sessions)
        bench_first_chart(get_settings(), args.edition_runs)
        bench_record_scale(get_settings(), tuple(args.record_factors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
