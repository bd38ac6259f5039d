"""Accessibility checked, not assumed: axe-core (pinned in package.json, installed by `npm ci`,
injected here only and never published) on every page of the live dashboard and on every page type
of the public edition (at desktop and phone width); no violation of serious or critical impact
passes. Also: every chart of the edition carries its text alternative (a caption, the data table
one click away, a named image).

One dashboard and one edition for the module; the edition builds in the background while the
dashboard's pages are checked (the dashboard's tests come first)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from netralitas.edition import assets, build, serve
from netralitas.i18n import t
from netralitas.settings import REPO_ROOT, Settings, get_settings
from tests.conftest import CHROMIUM, served
from tests.edition.test_edition_browser import PAGE_TYPES

AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make test installs it)"),
    pytest.mark.skipif(not (AXE.exists() and assets.BUNDLE.exists()), reason="axe-core, plotly.js: npm ci"),
]
BLOCKING = ("serious", "critical")
DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}

# Every violation of serious or critical impact, as "rule (impact): help -> first target nodes".
# ``allowed`` maps a rule id to one CSS selector whose nodes are left out for that rule only: markup
# that is Streamlit's own and that nothing we pass changes (each entry says which and why).
AXE_RUN = """async ([blocking, allowed]) => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  const element = (target) => {
    try { return typeof target[0] === 'string' ? document.querySelector(target[0]) : null; } catch (e) { return null; }
  };
  const excused = (rule, node) => {
    const el = allowed[rule] ? element(node.target) : null;
    return el !== null && el.matches(allowed[rule]);
  };
  return result.violations
    .filter(v => blocking.includes(v.impact))
    .map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.filter(n => !excused(v.id, n)).map(n => n.target.join(' >>> ')),
    }))
    .filter(v => v.nodes.length > 0);
}"""


def axe_violations(page: Any, allowed: dict[str, str] | None = None) -> list[str]:
    """axe-core in the page and its frames (the hearing brief is an iframe: its content counts too).
    The page's context bypasses CSP: the edition's (script-src 'self') admits no injected script."""
    for frame in page.frames:
        if frame.url.startswith(("http", "about:srcdoc")):
            frame.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(AXE_RUN, [list(BLOCKING), allowed or {}])
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {'; '.join(v['nodes'][:4])}" for v in found]


@pytest.fixture(scope="module")
def edition_site(real_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Future[Path]]:
    """The edition of the default build, building in a thread from the module's first test on."""
    root = tmp_path_factory.mktemp("a11y-edition")
    settings = replace(real_settings, history_file=root / "editions.jsonl")  # the changelog beside the site

    def make() -> Path:
        build.build(root / "site", "https://netralitas.example", settings=settings, say=lambda _: None)
        return root / "site"

    with ThreadPoolExecutor(1, thread_name_prefix="a11y-edition") as pool:
        yield pool.submit(make)


# -- the live dashboard ---------------------------------------------------------------------------------


def dashboard_pages() -> dict[str, str]:
    """Every page of dashboard.py (its url_path) and the catalogue key of its title."""
    routes = (REPO_ROOT / "dashboard.py").read_text(encoding="utf-8")
    titles = {}
    for name, path in re.findall(r'st\.Page\(\s*"pages/(\w+)\.py".*?url_path="([\w-]+)"', routes, flags=re.S):
        source = (REPO_ROOT / "pages" / f"{name}.py").read_text(encoding="utf-8")
        key = re.search(r'(?:page_start|st\.title)\(\s*(?:t\()?"([\w.]+)"', source)
        assert key, name
        titles[path] = key.group(1)
    return titles


PAGES = dashboard_pages()
STAFF = ("kasus", "audit", "tambah-berita", "impor")  # shown to signed-in staff only
# Signed-in staff see two navigation sections (public, internal). Streamlit draws sections as
# <ul data-testid="stSidebarNavItems"><div><header/><li>…</li></div>…</ul>: the <div> between the list
# and its items is its own SidebarNav markup, which no argument of st.navigation changes. The
# public's navigation (one section) is passed as a plain list, a valid <ul><li>: checked with no
# exception in the public pages' test.
STAFF_ALLOWED = {
    "list": '[data-testid="stSidebarNavItems"]',
    "listitem": '[data-testid="stSidebarNavItems"] > div > li',
}
# The page has run (its title shows, the script is not running, no spinner) and nothing more has
# arrived for two polls (charts and tables render after the script's last message).
SETTLED = """([title, state]) => {
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main || ![...main.querySelectorAll('h1')].some(h => h.textContent.includes(title))) { return false; }
  const busy = !document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    || document.querySelector('[data-testid="stStatusWidget"], [data-testid="stSpinner"], [data-testid="stSkeleton"]');
  if (busy) { state.same = 0; return false; }
  const size = main.innerHTML.length;
  state.same = size === state.size ? state.same + 1 : 0;
  state.size = size;
  return state.same >= 2;
}"""


def open_dashboard_page(context: Any, url: str, title: str) -> Any:
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stAppViewContainer"]')
    page.wait_for_function(SETTLED, arg=[title, {"same": 0, "size": -1}], polling=200, timeout=45_000)
    return page


@pytest.fixture(scope="module")
def dashboard(small_data_dir: Path, edition_site: Future[Path]) -> Iterator[str]:
    """The dashboard as `make run` starts it, with an admin account (the edition builds meanwhile)."""
    from netralitas.access import auth

    settings = replace(get_settings(), data_dir=small_data_dir)
    if "a11y" not in {a.name for a in auth.accounts(settings)}:
        auth.add("a11y", "admin", "", "kata-sandi-aksesibilitas", settings=settings)
    with served(small_data_dir) as base:
        yield base


@pytest.fixture(scope="module")
def public_context(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    yield context
    context.close()


@pytest.fixture(scope="module")
def staff_context(browser: Any, dashboard: str) -> Iterator[Any]:
    """Signed in as an admin on the sign-in form (a page of the dashboard too: checked here)."""
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{dashboard}/auth/masuk?next=/", wait_until="domcontentloaded")
    violations = axe_violations(page)
    assert not violations, "\n".join(["/auth/masuk", *violations])
    page.fill("#user", "a11y")
    page.fill("#password", "kata-sandi-aksesibilitas")
    page.press("#password", "Enter")
    page.wait_for_url(lambda url: "/auth/" not in url)
    page.close()
    yield context
    context.close()


def test_every_dashboard_page_is_checked() -> None:
    assert len(PAGES) == len(list((REPO_ROOT / "pages").glob("*.py"))) == 11
    assert set(STAFF) < set(PAGES)


@pytest.mark.parametrize("path", [p for p in PAGES if p not in STAFF])
def test_every_public_dashboard_page_has_no_serious_violation(dashboard: str, public_context: Any, path: str) -> None:
    page = open_dashboard_page(public_context, f"{dashboard}/{path}", t(PAGES[path]))
    try:
        violations = axe_violations(page)
        assert not violations, "\n".join([path, *violations])
    finally:
        page.close()


@pytest.mark.parametrize("path", STAFF)
def test_every_staff_dashboard_page_has_no_serious_violation(dashboard: str, staff_context: Any, path: str) -> None:
    page = open_dashboard_page(staff_context, f"{dashboard}/{path}", t(PAGES[path]))
    try:
        shown = page.inner_text('[data-testid="stMain"]')
        assert not any(t(key) in shown for key in ("cases.internal_only", "audit.admin_only", "news.admin_only"))
        violations = axe_violations(page, STAFF_ALLOWED)
        assert not violations, "\n".join([path, *violations])
    finally:
        page.close()


# -- the public edition -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edition(edition_site: Future[Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The edition served by nginx, as in production."""
    with serve.running(edition_site.result(), tmp_path_factory.mktemp("a11y-nginx")) as url:
        yield url


def open_edition_page(browser: Any, url: str, viewport: dict[str, int]) -> Any:
    """The page with every chart drawn (charts further down draw as they come near the screen)."""
    page = browser.new_page(viewport=viewport, bypass_csp=True)
    page.goto(url)
    plots = page.locator(".plot")
    for i in range(plots.count()):
        plots.nth(i).scroll_into_view_if_needed()
        page.wait_for_function(
            "i => document.querySelectorAll('.plot')[i].classList.contains('drawn')", arg=i, timeout=20_000
        )
    page.evaluate("window.scrollTo(0, 0)")
    return page


def assert_no_serious_violation(browser: Any, url: str, path: str, viewport: dict[str, int]) -> None:
    page = open_edition_page(browser, url + path, viewport)
    try:
        violations = axe_violations(page)
        assert not violations, "\n".join([path, *violations])
    finally:
        page.close()


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_edition_page_type_has_no_serious_violation(edition: str, browser: Any, path: str) -> None:
    assert_no_serious_violation(browser, edition, path, DESKTOP)


@pytest.mark.parametrize("path", ["/", "/wilayah/74.71/"])
def test_the_edition_on_a_phone_has_no_serious_violation(edition: str, browser: Any, path: str) -> None:
    assert_no_serious_violation(browser, edition, path, PHONE)


FIGURES = """() => [...document.querySelectorAll('figure.chart')].map(f => {
  const plot = f.querySelector('.plot');
  const caption = f.querySelector('figcaption');
  const linked = [...f.querySelectorAll('a[href^="#"]')].some(a => {
    const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    return target !== null && (target.matches('table') || target.querySelector('table') !== null);
  });
  return {
    id: f.id,
    caption: caption ? caption.textContent.trim() : '',
    table: f.querySelector('table') !== null || linked,
    role: plot ? plot.getAttribute('role') : null,
    label: plot ? (plot.getAttribute('aria-label') || '').trim() : '',
    described: plot && plot.getAttribute('aria-describedby')
      ? (document.getElementById(plot.getAttribute('aria-describedby')) || {textContent: ''}).textContent.trim()
      : '',
  };
})"""


def test_every_edition_chart_has_a_text_alternative(edition: str, browser: Any) -> None:
    """A sentence of what it shows (the figcaption), the data table in the figure or a link from
    there to it, and the plot a named group (role="group": it holds plotly's toolbar and the map's
    region links) described by the caption."""
    context = browser.new_context(java_script_enabled=False)  # the markup as built (and fast)
    page = context.new_page()
    gaps: list[str] = []
    seen = 0
    try:
        for path in PAGE_TYPES:
            page.goto(edition + path, wait_until="domcontentloaded")
            for fig in page.evaluate(FIGURES):
                seen += 1
                checks = (
                    ("figcaption", bool(fig["caption"])),
                    ("data table or a link to it", fig["table"]),
                    ('role="group"', fig["role"] == "group"),
                    ("aria-describedby", bool(fig["described"])),
                    ("aria-label", bool(fig["label"])),
                )
                missing = [what for what, ok in checks if not ok]
                if missing:
                    gaps.append(f"{path} #{fig['id']}: no {', '.join(missing)}")
    finally:
        context.close()
    assert seen >= 15  # home, elections, maps, regions and embeds all draw charts
    assert not gaps, "\n".join(gaps)


def test_axe_is_never_published(edition_site: Future[Path]) -> None:
    """axe-core is for these tests only: no file of the edition carries it."""
    site = edition_site.result()
    shipped = [p for p in site.rglob("*.js") if b"Deque Systems" in p.read_bytes()]  # axe.min.js's banner
    assert shipped == []
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "axe.min" not in home and "axe-core" not in home
