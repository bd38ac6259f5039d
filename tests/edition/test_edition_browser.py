"""The public edition opened in headless Chromium, from nginx and from the folder itself
(file://): every page type clean, the map's clicks, a phone, chart labels that fit, JavaScript off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from netralitas.edition import serve

# -- in the browser ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nginx_site(real_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve.running(real_site, tmp_path_factory.mktemp("nginx")) as url:
        yield url


def _open(browser, url: str) -> tuple[list[str], list[str], object]:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    if page.query_selector(".plot"):
        page.wait_for_selector(".plot.drawn", timeout=20_000)
    return errors, requests, page


PAGE_TYPES = (
    "/",
    "/en/",
    "/pemilihan/pilkada_2024/",
    "/peta/",
    "/peta/pilkada_2024/coverage/",
    "/peta/pilkada_2024/prevention/",
    "/peta/pemilu_2024/ikp-ikp_tematik_netralitas_asn_2023_09_21/",
    "/en/peta/semua/coverage/",
    "/wilayah/",
    "/wilayah/74/",
    "/wilayah/74.71/",
    "/en/wilayah/93.01/",
    "/metodologi/",
    "/data/",
    "/embed/peta/pilkada_2024/coverage/1/",
    "/embed/wilayah/74/pilkada_2024/",
    "/no/such/page/",
)


@pytest.mark.browser
def test_every_page_type_opens_clean_from_nginx(nginx_site: str, browser) -> None:  # type: ignore[no-untyped-def]
    for path in PAGE_TYPES:
        errors, requests, page = _open(browser, nginx_site + path)
        outside = [r for r in requests if not r.startswith(nginx_site)]
        if path == "/no/such/page/":
            errors = [e for e in errors if "404" not in e]  # the 404 itself is logged by Chromium
            assert "Halaman tidak ditemukan" in page.content()  # type: ignore[attr-defined]
        assert not errors, (path, errors)
        assert not outside, (path, outside)
        page.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_a_click_on_the_map_opens_the_region(nginx_site: str, browser) -> None:  # type: ignore[no-untyped-def]
    _, _, page = _open(browser, nginx_site + "/peta/pilkada_2024/coverage/")
    box = page.query_selector("#map-1 .choroplethlayer path")  # type: ignore[attr-defined]
    assert box is not None
    box.click(force=True)
    page.wait_for_url(re.compile(r"/wilayah/\d{2}/index\.html$"), timeout=10_000)  # type: ignore[attr-defined]
    assert page.query_selector("h1") is not None  # type: ignore[attr-defined]


@pytest.mark.browser
def test_the_folder_works_without_a_server(real_site: Path, browser) -> None:  # type: ignore[no-untyped-def]
    for rel in ("index.html", "wilayah/74/index.html", "peta/pilkada_2024/coverage/index.html"):
        errors, requests, page = _open(browser, (real_site / rel).as_uri())
        assert not errors, (rel, errors)
        assert all(r.startswith(("file://", "data:")) for r in requests), (rel, requests)
        page.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_pages_read_on_a_phone(nginx_site: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(nginx_site + "/wilayah/74/")
    page.wait_for_selector(".plot.drawn", timeout=20_000)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, overflow  # nothing wider than the screen
    page.close()


# Every label drawn in a chart (the static one, and plotly's once it has drawn) inside its chart's box.
CUT_LABELS = """() => {
  const cut = [];
  for (const box of document.querySelectorAll('.plot')) {
    const r = box.getBoundingClientRect();
    if (!r.width) continue;
    const drawn = box.classList.contains('drawn');
    const texts = box.querySelectorAll(
      drawn ? '.xtick text, .ytick text, .annotation-text, .legendtext' : '.static text, .static li');
    for (const t of texts) {
      const b = t.getBoundingClientRect();
      if (!b.width) continue;
      if (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1) {
        const where = `${Math.round(b.left)}-${Math.round(b.right)} of ${Math.round(r.left)}-${Math.round(r.right)}`;
        cut.push(`${box.id} (${drawn ? 'plotly' : 'static'}): "${t.textContent}" ${where}`);
      }
    }
  }
  return cut;
}"""

LABEL_PAGES = ("/", "/pemilihan/pilkada_2024/", "/peta/pilkada_2024/coverage/", "/wilayah/74/", "/en/wilayah/74/")


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_every_chart_label_fits_static_and_interactive(nginx_site: str, browser, width: int) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: no tick label, note or legend entry cut at the edge of its chart, in the chart drawn
    at build time (JavaScript off) and in plotly's once it has drawn, at a desktop and a phone width."""
    for js in (False, True):
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=js)
        for path in LABEL_PAGES:
            page = context.new_page()
            page.goto(nginx_site + path)
            if js:  # charts are drawn as they come near the screen: scroll to each
                for box in page.query_selector_all(".plot"):
                    box.scroll_into_view_if_needed()
                    page.wait_for_function("b => b.classList.contains('drawn')", arg=box, timeout=20_000)
            assert page.query_selector_all(".plot"), path
            assert not page.evaluate(CUT_LABELS), (path, width, js, page.evaluate(CUT_LABELS))
            page.close()
        context.close()


@pytest.mark.browser
def test_with_javascript_off_every_chart_is_drawn(nginx_site: str, browser) -> None:  # type: ignore[no-untyped-def]
    """The chart is in the HTML: visible in the first paint, without a script, in print."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, java_script_enabled=False)
    for path in PAGE_TYPES:
        page = context.new_page()
        page.goto(nginx_site + path)
        for box in page.query_selector_all(".plot"):
            shown = box.query_selector(".static svg, .static p")
            assert shown is not None and shown.bounding_box()["height"] > 40, (path, box.get_attribute("id"))
        maps = page.query_selector_all(".static-map path")
        if "/peta/" in path and "ikp" not in path and page.query_selector(".plot"):
            assert len(maps) > 30, path  # the regions themselves, not an empty frame
        page.close()
    context.close()
