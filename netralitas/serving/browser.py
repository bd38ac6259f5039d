"""Timing pages in Debian's Chromium through Playwright, for ``make bench``: waiting for a
Streamlit page to settle, the first drawn chart in a cold browser, and the first visible and
first interactive chart on a phone (optionally a slow one). Figures only; the sections print them."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# Paint of the first chart: a static chart is in the HTML (visible at the first paint after it is
# parsed); a plotly-only one when plotly.js has drawn it. Recorded in the page at the next frame.
FIRST_CHART_PROBE = """
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


def settle(page: Page, *texts: str, timeout: int = 60_000) -> None:
    """Until the page shows every one of ``texts`` and Streamlit's running indicator is gone."""
    page.wait_for_function(
        "texts => texts.every(t => document.body.innerText.includes(t))"
        " && !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        arg=list(texts),
        timeout=timeout,
    )


def cold_first_chart(url: str, selector: str, runs: int) -> list[float]:
    """Seconds from navigation to the first drawn chart, each run in a new (cold) browser."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        for _ in range(runs):
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(selector, timeout=60_000)
                out.append(time.perf_counter() - t0)
            finally:
                browser.close()
    return out


def first_chart_times(url: str, runs: int, throttled: bool) -> tuple[list[float], list[float]]:
    """Seconds from navigation start to the first visible chart and to the first interactive
    one, each run in a cold browser at a phone's width (throttled: ``SLOW_PHONE``)."""
    from playwright.sync_api import sync_playwright

    visible, interactive = [], []
    with sync_playwright() as pw:
        for _ in range(runs):
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                shown, drawn = _first_chart_on_phone(browser, url, throttled)
            finally:
                browser.close()
            visible.append(shown)
            interactive.append(drawn)
    return visible, interactive


def _first_chart_on_phone(browser: Browser, url: str, throttled: bool) -> tuple[float, float]:
    """One run of ``first_chart_times``: seconds to the first visible and first interactive chart;
    a page without a chart gives its first paint for both."""
    # bypass_csp: the probe below polls with an evaluated expression, which nginx's CSP forbids.
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True
    )
    page = context.new_page()
    page.add_init_script(FIRST_CHART_PROBE)
    if throttled:
        _slow_phone(page)
    page.goto(url, wait_until="commit")
    page.wait_for_function(
        "window.__interactive || (document.readyState === 'complete' && window.__fcp"
        " && !document.querySelector('.plot'))",
        timeout=90_000,
    )
    shown, drawn, fcp = page.evaluate("[window.__visible, window.__interactive, window.__fcp]")
    return (shown or fcp) / 1000, (drawn or fcp) / 1000


def _slow_phone(page: Page) -> None:
    """Throttle the page's network and CPU to ``SLOW_PHONE`` (through the DevTools protocol)."""
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
