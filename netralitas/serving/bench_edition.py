"""``make bench`` sections 5 and 5b: the public edition (issue #10) against the live app, and the
charts drawn at build time against plotly.js alone (issue 21).

5. The site's full and unchanged build and its page sizes; first chart in a cold Chromium from
   nginx (home, a province, the election page) beside the live app's first chart (warm server,
   cold browser); requests per second through nginx (wrk) beside the live app's page views per
   second (websocket sessions).
5b. First visible and first interactive chart on a phone, locally and on a slow phone, for a site
   built with static SVG charts and one with plotly.js only; page sizes of both.
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from netralitas.serving.browser import cold_first_chart, first_chart_times
from netralitas.serving.measure import verdict
from netralitas.settings import Settings

if TYPE_CHECKING:
    from netralitas.edition.build import Report
    from netralitas.serving.loadtest import Result

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
# Home, a province (its regencies' map, timelines) and a regency (a dated list: no chart).
PHONE_PAGES = ("/", "/wilayah/74/", "/wilayah/74.71/")
# A regency page has no chart since issue 19 (a dated list): the election page instead.
COLD_PAGES = ("/", "/wilayah/74/", "/pemilihan/pilkada_2024/")
# (site, page, throttled) -> median seconds to the first visible and the first interactive chart.
PhoneResults = dict[tuple[str, str, bool], tuple[float, float]]


def _quiet(_: str) -> None:
    """The edition build's progress, not printed here."""


# -- 5. The public edition against the live app ------------------------------------------


def bench_edition(settings: Settings, runs: int, sessions: int) -> None:
    """Section 5: build the edition twice, time it from nginx, then the live app the same way."""
    from netralitas.edition import build

    print("\n== 5. The public edition (static site, nginx) against the live app ==")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        scratch = replace(settings, history_file=Path(tmp) / "editions.jsonl")
        full = build.build(out, settings=scratch, say=_quiet)
        again = build.build(out, settings=scratch, say=_quiet)
        _print_builds(full, again)
        _print_page_sizes(out)
        edition_first, rps = _time_edition(out, Path(tmp) / "nginx", runs)
        live_first, result = _time_live_app(settings, runs, sessions)
        _print_edition_against_live(min(edition_first.values()), live_first, rps, result)


def _print_builds(full: Report, again: Report) -> None:
    print(
        f"site build, {full.files} files ({full.pages} pages, {full.bytes / 1e6:.0f} MB): "
        f"{full.seconds:5.1f} s  target < {EDITION_TARGETS['build']:.0f} s  "
        f"{verdict(full.seconds, EDITION_TARGETS['build'])}"
    )
    print(
        f"unchanged rebuild ({again.written} files written): {again.seconds:5.1f} s  "
        f"target < {EDITION_TARGETS['rebuild']:.0f} s  {verdict(again.seconds, EDITION_TARGETS['rebuild'])}"
    )


def _print_page_sizes(out: Path) -> None:
    """Each region page's own HTML and data.json, gzipped, and the shared plotly.js bundle."""
    sizes = [
        sum(p.stat().st_size for p in (d / "index.html.gz", d / "data.json.gz") if p.exists()) / 1000
        for d in (out / "wilayah").iterdir()
        if d.is_dir()
    ]
    bundle = next((out / "assets").glob("plotly-geo.*.min.js.gz")).stat().st_size / 1000
    print(
        f"region page, own HTML + data.json gzipped: median {statistics.median(sizes):.0f} KB, "
        f"max {max(sizes):.0f} KB over {len(sizes)} regions  target < {EDITION_TARGETS['page_kb']:.0f} KB  "
        f"{verdict(max(sizes), EDITION_TARGETS['page_kb'])}; plotly.js geo bundle {bundle:.0f} KB gzipped, "
        "cached for a year"
    )


def _time_edition(out: Path, prefix: Path, runs: int) -> tuple[dict[str, float], float]:
    """The site in ``out`` through nginx: the median first chart of each of ``COLD_PAGES`` (printed
    with every run) and a region page's requests per second."""
    from netralitas.edition import serve

    edition_first: dict[str, float] = {}
    with serve.running(out, prefix) as url:
        # ".plot.drawn": plotly's interactive chart (the static one is timed in section 5b).
        for path in COLD_PAGES:
            times = cold_first_chart(url + path, ".plot.drawn", runs)
            edition_first[path] = statistics.median(times)
            print(
                f"first chart, cold Chromium, nginx {path:16} median {statistics.median(times):5.2f} s "
                f"(runs {', '.join(f'{x:.2f}' for x in times)})  target < 1.0 s  "
                f"{verdict(statistics.median(times), EDITION_TARGETS['first_chart'])}"
            )
        rps = _wrk(url + "/wilayah/74.71/")
        print(
            f"region page through nginx (wrk, 64 connections, gzip): {rps:,.0f} requests/s  "
            f"target >= {EDITION_TARGETS['rps']:,.0f}  {'met' if rps >= EDITION_TARGETS['rps'] else 'NOT MET'}"
        )
    return edition_first, rps


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


def _time_live_app(settings: Settings, runs: int, sessions: int) -> tuple[float, Result]:
    """The live app on ``settings``' data dir: the median first chart of the map page in a cold
    browser once the server is warm, then ``sessions`` websocket sessions over ``LIVE_PAGES``."""
    from netralitas.serving import loadtest

    server = loadtest.Server(str(settings.data_dir))
    live = server.url
    try:
        cold_first_chart(live + "/peta", "path.choroplethlocation", 1)  # warm the server's caches
        times = cold_first_chart(live + "/peta", "path.choroplethlocation", runs)
        live_first = statistics.median(times)
        result = loadtest.run(live, LIVE_PAGES, sessions=sessions, rounds=2, think=0.5)
    finally:
        server.stop()
    print(f"live app, first chart (/peta, warm server, cold Chromium): median {live_first:5.2f} s")
    print("live app, " + loadtest.summary(result))
    return live_first, result


def _print_edition_against_live(best: float, live_first: float, rps: float, result: Result) -> None:
    print(
        "\n  measure                          public edition    live app      live / edition\n"
        f"  first chart (cold browser)       {best:8.2f} s      {live_first:8.2f} s    {live_first / best:8.1f}x\n"
        f"  pages per second                 {rps:10,.0f}    {result.views_per_second:10.2f}    "
        f"{rps / max(result.views_per_second, 1e-9):8,.0f}x (edition / live)"
    )


# -- 5b. Charts drawn at build time against plotly.js alone ------------------------------


def bench_first_chart(settings: Settings, runs: int) -> None:
    """Charts drawn at build time against plotly.js alone, in the same run (issue 21)."""
    from netralitas.edition import build

    print("\n== 5b. First chart on a phone: SVG drawn at build time vs plotly.js only ==")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = replace(settings, history_file=Path(tmp) / "editions.jsonl")
        sites = {"plotly only": Path(tmp) / "plain", "SVG first": Path(tmp) / "svg"}
        build.build(sites["plotly only"], settings=scratch, say=_quiet, static_charts=False)
        build.build(sites["SVG first"], settings=scratch, say=_quiet)
        results = _time_sites_on_phone(sites, Path(tmp), runs)
        _print_phone_table(results)


def _time_sites_on_phone(sites: dict[str, Path], tmp: Path, runs: int) -> PhoneResults:
    """(site, page, throttled) -> median seconds to the first visible and first interactive chart,
    each site served by its own nginx; prints each site's region page sizes."""
    from netralitas.edition import serve

    results: PhoneResults = {}
    for name, root in sites.items():
        sizes = [p.stat().st_size for p in (root / "wilayah").glob("*/index.html.gz")]
        with serve.running(root, tmp / f"nginx-{len(results)}") as url:
            for path in PHONE_PAGES:
                for throttled in (False, True):
                    shown, drawn = first_chart_times(url + path, runs, throttled)
                    results[(name, path, throttled)] = (statistics.median(shown), statistics.median(drawn))
        median = statistics.median(sizes) / 1000
        print(
            f"{name}: region page HTML gzipped median {median:.1f} KB, max {max(sizes) / 1000:.0f} KB "
            f"({len(sizes)} pages)  target median < {EDITION_TARGETS['page_kb_median']:.0f} KB  "
            f"{verdict(median, EDITION_TARGETS['page_kb_median'])}"
        )
    return results


def _print_phone_table(results: PhoneResults) -> None:
    print(
        "\n  page               network      first chart visible (s)          interactive (s)\n"
        "                                  plotly only  SVG first  ratio    plotly only  SVG first"
    )
    for path in PHONE_PAGES:
        for throttled in (False, True):
            plain, svg = results[("plotly only", path, throttled)], results[("SVG first", path, throttled)]
            target = EDITION_TARGETS["first_chart_slow" if throttled else "first_chart_svg"]
            print(
                f"  {path:18} {'slow phone' if throttled else 'local':10}   {plain[0]:8.2f}   {svg[0]:8.2f}  "
                f"{plain[0] / max(svg[0], 1e-6):5.1f}x   {plain[1]:8.2f}   {svg[1]:8.2f}   "
                f"{verdict(svg[0], target)}"
            )
