"""Find a region by typing on the public edition: the index (netralitas/edition/search.py) holds
every region under the resolver's own keys; the script (static/search.js) normalises as the
resolver does and finds each of the 552 regions by name, alias and code, run in Chromium against
the built index; the box works with the keyboard alone, on a phone, from file:// and without
JavaScript (the form opens the region index)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from netralitas.edition import assets, search, serve
from netralitas.pipeline import regions
from netralitas.pipeline.regions import gazetteer, normalise, split_prefix


def _frame() -> pd.DataFrame:
    """The gazetteer as the record's ``regions`` frame (the columns the index reads)."""
    rows = [
        {"region_code": r.code, "region_name": r.name, "region_type": r.type, "province_code": r.province_code}
        for r in gazetteer().regions.values()
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def index() -> dict[str, Any]:
    return search.index(_frame())


def _other_names() -> dict[str, str]:
    return {**regions.load_aliases(), **search.search_names()}


# -- the index ---------------------------------------------------------------------------------------


def test_the_index_holds_every_region_under_the_resolvers_keys(index: dict[str, Any]) -> None:
    rows = {r[0]: r for r in index["regions"]}
    assert len(rows) == 552
    gaz = gazetteer()
    for code, region in gaz.regions.items():
        _, name, kind, province, keys, *old = rows[code]
        assert (name, kind, province) == (region.name, region.type, region.province_code)
        assert keys[0] == normalise(region.name), code
    for name, code in _other_names().items():
        assert normalise(name) in rows[code][4], (name, code)
    for old, new in gaz.crosswalk.items():
        assert old in rows[new][5], (old, new)
    assert index["prefixes"] == [list(p) for p in regions.prefix_table()]


def test_search_names_agree_with_the_resolver() -> None:
    gaz = gazetteer()
    aliases = {normalise(a) for a in regions.load_aliases()}
    names = {normalise(r.name): r.code for r in gaz.regions.values()}
    for name, code in search.search_names().items():
        assert code in gaz.regions, (name, code)
        found = gaz.resolve(name).region
        assert found is None or found.code == code, (name, code, found)  # never another region's name
        assert normalise(name) not in aliases, f"{name}: already in region_aliases.csv"
        assert names.get(normalise(name), code) == code, name


def test_the_resolver_reads_kota_adm() -> None:
    assert gazetteer().resolve("Kota Adm. Jakarta Selatan").region.code == "31.74"  # type: ignore[union-attr]
    assert gazetteer().resolve("Kab. Adm. Kepulauan Seribu").region.code == "31.01"  # type: ignore[union-attr]


def test_the_index_is_small(index: dict[str, Any]) -> None:
    script = search.script(index)
    packed = len(gzip.compress(script, compresslevel=9, mtime=0))
    assert len(script) < 60_000 and packed < 15_000, (len(script), packed)
    assert script.startswith(b"window.NetralitasSearchIndex={") and b"<" not in script


# -- the script, in Chromium, against the index of the default build ----------------------------------

TRICKY = [
    "Kab. Bima",
    "KAB.BIMA",
    "  kab   bima ",
    "Pemkab Bima",
    "Kota  Bau-Bau",
    "kota",
    "Kota ",
    "kotabaru",
    "Kabupaten Kep. Siau Tagulandang Biaro",
    "kep.seribu",
    "Kota Adm. Jakarta Selatan",
    "kab. adm. kepulauan seribu",
    "Provinsi\u00a0Sultra",
    "prov.sultra",
    "Pemprov Sulbar",
    "Daerah Istimewa Yogyakarta",
    "Bau\u2013Bau",
    "Kotamobagu",
    "74.71",
    "İnhil",
    "\u00c9\u00e9 k\u00f6ta",
    "",
]


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    if not assets.BUNDLE.exists():
        pytest.skip("plotly.js bundle not installed (npm ci)")
    built: Path = request.getfixturevalue("real_site")
    return built


@pytest.fixture(scope="module")
def site_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve.running(site, tmp_path_factory.mktemp("nginx-search")) as url:
        yield url


def _page(browser: Any, url: str, **options: Any) -> tuple[Any, list[str]]:
    page = browser.new_page(**options)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, errors


@pytest.fixture(scope="module")
def finder(site_url: str, browser: Any) -> Iterator[Any]:
    """A page of the edition served by nginx, with the search script started."""
    page, errors = _page(browser, site_url + "/wilayah/")
    page.wait_for_function("window.NetralitasSearch !== undefined")
    yield page
    assert not errors, errors
    page.close()


@pytest.mark.browser
def test_the_script_normalises_as_the_resolver(finder: Any) -> None:
    texts = [*(r.name for r in gazetteer().regions.values()), *_other_names(), *TRICKY]
    got = finder.evaluate(
        "texts => texts.map(t => [NetralitasSearch.normalise(t), NetralitasSearch.splitPrefix(t)[0]])", texts
    )
    want = [[normalise(t), split_prefix(t)[0]] for t in texts]
    wrong = [(t, g, w) for t, g, w in zip(texts, got, want, strict=True) if g != w]
    assert not wrong, wrong[:10]


_FIND_ALL = """
([queries, limit]) => queries
  .map(([text, code]) => [text, code, NetralitasSearch.search(text).slice(0, limit).map(r => r.code)])
  .filter(([text, code, found]) => !found.includes(code))
"""


@pytest.mark.browser
def test_every_region_is_found_by_name_alias_and_code(finder: Any) -> None:
    gaz = gazetteer()
    by_name = [[r.name, r.code] for r in gaz.regions.values()]
    by_code = [[t, r.code] for r in gaz.regions.values() for t in {r.code, r.code.replace(".", "")}]
    by_old = [[old, new] for old, new in gaz.crosswalk.items()]
    by_alias = [[name, code] for name, code in _other_names().items()]
    assert len(by_name) == 552
    missed = finder.evaluate(_FIND_ALL, [[*by_name, *by_code], 5])
    missed += finder.evaluate(_FIND_ALL, [[*by_alias, *by_old], 8])
    assert not missed, missed[:10]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("purbal", "33.03"),  # Kabupaten Purbalingga, by the start of its name
        ("kendari", "74.71"),
        ("Kab. Bima", "52.06"),  # the kabupaten before Kota Bima
        ("kota bima", "52.72"),
        ("Sultra", "74"),
        ("sulawesi tenggara", "74"),
        ("74.71", "74.71"),
        ("7471", "74.71"),
        ("74", "74"),
        ("91.09", "94.04"),  # Mimika under its code before the 2022 split
        ("Toba Samosir", "12.12"),  # an old name
        ("Kota Adm. Jakarta Selatan", "31.74"),
        ("jaksel", "31.74"),
        ("Southeast Sulawesi", "74"),
        ("baubau", "74.72"),
        ("Bau-Bau", "74.72"),
    ],
)
@pytest.mark.browser
def test_what_readers_type(finder: Any, text: str, first: str) -> None:
    found = finder.evaluate("t => NetralitasSearch.search(t).map(r => r.code + ' ' + r.province)", text)
    assert found and found[0].split(" ")[0] == first, found


@pytest.mark.browser
def test_a_word_inside_a_name_and_nothing_for_nonsense(finder: Any) -> None:
    tenggara = finder.evaluate("NetralitasSearch.search('tenggara').map(r => r.code)")
    assert tenggara[:3] == ["52", "53", "74"]  # provinces before the regencies of the same standing
    kendari = finder.evaluate("NetralitasSearch.search('kendari')[0]")
    assert kendari == {"code": "74.71", "name": "Kota Kendari", "type": "kota", "province": "Sulawesi Tenggara"}
    assert finder.evaluate("NetralitasSearch.search('qqqzz')") == []
    assert finder.evaluate("NetralitasSearch.search('kab.')") == []
    assert finder.evaluate("NetralitasSearch.search('123456')") == []


# -- the box, with the keyboard alone -------------------------------------------------------------


def _tab_to_box(page: Any) -> None:
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == "region-search":
            return
    raise AssertionError("the search box is not reachable with Tab")


@pytest.mark.browser
def test_keyboard_only_from_a_region_page(site_url: str, browser: Any) -> None:
    page, errors = _page(browser, site_url + "/metodologi/", viewport={"width": 1366, "height": 800})
    page.wait_for_function("window.NetralitasSearch !== undefined")
    box = page.locator("#region-search")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "false"
    _tab_to_box(page)
    page.keyboard.type("kendari")
    assert box.get_attribute("aria-expanded") == "true"
    listbox = page.locator("#" + str(box.get_attribute("aria-controls")))
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.locator("[role=option]")
    assert options.first.inner_text() == "Kota Kendari \u2014 Sulawesi Tenggara"
    assert page.locator("[role=status]").inner_text() == "1 wilayah cocok"
    # the list overlays the page: what sits at its middle is the list itself
    rect = listbox.bounding_box()
    assert rect is not None and rect["height"] > 20
    on_top = page.evaluate(
        "([x, y]) => document.getElementById('region-search-list').contains(document.elementFromPoint(x, y))",
        [rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2],
    )
    assert on_top
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and box.input_value() == "kendari"
    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    first = options.first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/wilayah/74\.71/index\.html$"), timeout=10_000)
    assert "Kota Kendari" in page.locator("h1").inner_text()
    assert not errors, errors  # nothing blocked by the Content-Security-Policy
    page.close()


@pytest.mark.browser
def test_on_a_phone_in_english(site_url: str, browser: Any) -> None:
    page, errors = _page(browser, site_url + "/en/metodologi/", viewport={"width": 390, "height": 800})
    page.wait_for_function("window.NetralitasSearch !== undefined")
    _tab_to_box(page)
    page.keyboard.type("Kab. Bima")
    listbox = page.locator("#region-search-list")
    texts = listbox.locator("[role=option]").all_inner_texts()
    assert texts[:2] == ["Kabupaten Bima \u2014 Nusa Tenggara Barat", "Kota Bima \u2014 Nusa Tenggara Barat"]
    rect = listbox.bounding_box()
    assert rect is not None and rect["x"] >= 0 and rect["x"] + rect["width"] <= 390
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, overflow
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")  # the highlighted one: the first again
    page.wait_for_url(re.compile(r"/en/wilayah/52\.06/index\.html$"), timeout=10_000)
    assert not errors, errors
    page.close()


@pytest.mark.browser
def test_without_javascript_the_form_opens_the_region_index(site_url: str, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/wilayah/74/")
    form = page.locator("form[role=search]")
    assert page.locator("label[for=region-search]").is_visible()
    assert page.locator("#region-search").get_attribute("role") is None  # a plain search field
    page.locator("#region-search").fill("kendari")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/wilayah/index\.html\?q=kendari$"), timeout=10_000)
    assert "Kota Kendari" in page.content() and form.count() == 1
    context.close()


@pytest.mark.browser
def test_the_region_index_carries_on_the_search(site_url: str, browser: Any) -> None:
    page, errors = _page(browser, site_url + "/wilayah/index.html?q=purbal")
    page.wait_for_selector("#region-search-list [role=option]")
    assert page.locator("#region-search").input_value() == "purbal"
    assert page.locator("#region-search-list [role=option]").first.inner_text().startswith("Kabupaten Purbalingga")
    assert not errors, errors
    page.close()


@pytest.mark.browser
def test_the_box_works_from_the_folder(site: Path, browser: Any) -> None:
    requests: list[str] = []
    page = browser.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.goto((site / "data" / "index.html").as_uri())
    page.wait_for_function("window.NetralitasSearch !== undefined")
    page.locator("#region-search").focus()
    page.keyboard.type("sultra")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/wilayah/74/index\.html$"), timeout=10_000)
    assert all(r.startswith(("file://", "data:")) for r in requests), requests
    page.close()


def test_every_page_but_embeds_has_the_box(site: Path) -> None:
    search_js = next((site / "assets").glob("search.*.js")).name
    index_js = next((site / "assets").glob("search-index.*.js")).name
    for rel in ("index.html", "en/wilayah/74.71/index.html", "wilayah/index.html", "peta/index.html"):
        html = (site / rel).read_text(encoding="utf-8")
        assert html.count('role="search"') == 1 and search_js in html and index_js in html, rel
        assert re.search(r'<script defer src="[^"]*search-index\.[0-9a-f]{10}\.js"></script>', html), rel
    embed = next(site.glob("embed/**/index.html")).read_text(encoding="utf-8")
    assert 'role="search"' not in embed and search_js not in embed
    english = (site / "en" / "wilayah" / "74.71" / "index.html").read_text(encoding="utf-8")
    assert 'action="../../../en/wilayah/index.html"' in english
    assert 'data-regions-root="../../../en/wilayah/"' in english
    assert assets.STATIC.joinpath("search.js").exists()
