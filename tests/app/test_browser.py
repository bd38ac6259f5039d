"""The real app in Debian's headless Chromium: what a person sees, and that
every request stays on the local server."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from netralitas.settings import REPO_ROOT
from tests.conftest import served

CHROMIUM = "/usr/bin/chromium"  # Debian's Chromium, never a browser downloaded by playwright
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make test installs it)"),
]


@pytest.fixture(scope="module")
def server(small_data_dir: Path) -> Iterator[str]:
    with served(small_data_dir) as base:  # the same launcher as `make run` (see docs/adr/0003)
        yield base


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


def sign_in(page: object, user: str, password: str) -> None:
    """As an official does: the sidebar's sign-in link, the form, back to the page."""
    page.locator('[data-testid="stSidebar"] [data-testid="stExpander"] summary').click()  # type: ignore[attr-defined]
    page.get_by_role("link", name="Masuk dengan akun lokal").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/auth/masuk*")  # type: ignore[attr-defined]
    page.fill("#user", user)  # type: ignore[attr-defined]
    page.fill("#password", password)  # type: ignore[attr-defined]
    page.press("#password", "Enter")  # type: ignore[attr-defined]
    page.wait_for_url(lambda url: "/auth/" not in url)  # type: ignore[attr-defined]


PAGES = {
    # The overview is the default page, served at the root.
    "": ("Angka utama yang dipublikasikan, per lembaga", "Headline published figures, per body"),
    # The public map opens on a measure of the real record: no synthetic banner.
    "peta": ("Telusuri provinsi", "Drill into a province"),
    "linimasa": ("Peristiwa tercatat", "Recorded events"),
    "perbandingan": ("Peringkat dalam kelompok sebanding", "Ranking within a peer group"),
    "metodologi": ("Rantai penegakan", "The enforcement chain"),
    "bahan-rapat": ("Satu wilayah dalam satu atau dua halaman A4", "One region on one or two A4 pages"),
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
    # The synthetic banner comes below the first section: wait for it too (the status widget
    # shows only after a moment, so "not running" alone can be seen too early).
    real_only = path == "peta"
    body = settle(page, label_id, *([] if real_only else ["sintetis"]))
    assert "Traceback" not in body
    assert ("Data kasus di dasbor ini" in body) is not real_only
    page.goto(f"{server}/{path}?lang=en", wait_until="networkidle")  # type: ignore[attr-defined]
    body = settle(page, label_en, *([] if real_only else ["synthetic"]))
    assert "Traceback" not in body
    assert "lang=en" in page.url  # type: ignore[attr-defined]


def map_paths(page: object) -> int:
    count: int = page.locator("path.choroplethlocation").count()  # type: ignore[attr-defined]
    return count


def test_province_map_click_drills_down_and_downloads(server: str, page: object) -> None:
    page.goto(f"{server}/peta?measure=followup_rate", wait_until="networkidle")  # type: ignore[attr-defined]
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
    assert "ASN reported (persons) · synthetic" in values and "Sulawesi Tenggara" in values
    assert "region=74" in page.url and "measure=persons" in page.url  # type: ignore[attr-defined]


def test_phone_width(server: str, browser: object) -> None:
    pg = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    pg.goto(f"{server}/", wait_until="networkidle")
    settle(pg, "Angka utama yang dipublikasikan, per lembaga")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    pg.close()


NAME_RE = re.compile(rb"[A-Z][a-z]+ Sintetis \d{5}")
NIP_RE = re.compile(rb"(?<!\d)(19|20)\d{16}(?!\d)")


def _download_texts(page: object) -> list[bytes]:
    """Click every download button on the page; return each file's text."""
    out = []
    buttons = page.locator('[data-testid="stDownloadButton"] button')  # type: ignore[attr-defined]
    buttons.first.wait_for()
    for i in range(buttons.count()):
        page.wait_for_timeout(800)  # type: ignore[attr-defined]  # one click at a time, like a person
        for attempt in range(3):  # a rerun racing the click cancels the download; a person clicks again
            with page.expect_download() as info:  # type: ignore[attr-defined]
                buttons.nth(i).click()
            try:
                path = Path(info.value.path())
                break
            except Exception:
                if attempt == 2:
                    raise
                page.wait_for_timeout(500)  # type: ignore[attr-defined]
        if info.value.suggested_filename.endswith(".xlsx"):
            wb = load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
            cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row]
            out.append("\n".join(cells).encode())
        else:
            out.append(path.read_bytes())
    return out


def test_public_mode_never_shows_names_or_nips(server: str, browser: object) -> None:
    frames: list[bytes] = []
    page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)  # type: ignore[attr-defined]
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda p: frames.append(p if isinstance(p, bytes) else p.encode())),
    )
    seen: list[bytes] = []
    labels = {**{path: ids[0] for path, ids in PAGES.items()}, "tindak-lanjut": "Kepatuhan PPK per kabupaten/kota"}
    for path, label in labels.items():
        page.goto(f"{server}/{path}", wait_until="networkidle")
        settle(page, label)
        seen.append(page.content().encode())
        seen += _download_texts(page)
    page.goto(f"{server}/kasus", wait_until="networkidle")  # not in the public navigation
    page.wait_for_timeout(1500)
    seen.append(page.content().encode())
    assert len(frames) > 20 and len(seen) > 20
    for blob in [*seen, *frames]:
        assert not NAME_RE.search(blob), NAME_RE.search(blob)
        assert not NIP_RE.search(blob), NIP_RE.search(blob)
    page.close()


def test_provincial_user_signs_in_and_sees_only_their_province(
    server: str, browser: object, small_data_dir: Path
) -> None:
    from dataclasses import replace

    from netralitas.access import auth
    from netralitas.settings import get_settings

    settings = replace(get_settings(), data_dir=small_data_dir)
    if "gub.sultra" not in {a.name for a in auth.accounts(settings)}:
        auth.add("gub.sultra", "provinsi", "74", "kata-sandi-panjang", settings=settings)
    page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)  # type: ignore[attr-defined]
    page.goto(f"{server}/", wait_until="networkidle")
    settle(page, "Angka utama yang dipublikasikan, per lembaga")
    sign_in(page, "gub.sultra", "kata-sandi-panjang")
    settle(page, "Masuk sebagai", "Kasus / Cases")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Kasus").first.click()
    settle(page, "Tahap terakhir", "Wilayah (dalam cakupan Anda)")
    csv_text = _download_texts(page)[0].decode("utf-8-sig")
    lines = csv_text.splitlines()
    header = lines[0].split(",")
    assert len(lines) > 1
    province = header.index("province_code")
    assert {line.split(",")[province] for line in lines[1:]} == {"74"}
    assert NAME_RE.search(csv_text.encode())  # provinsi sees names inside its province
    # Editing the URL cannot widen the scope: a typed URL keeps the sign-in (the session cookie),
    # and the region in the URL (DKI Jakarta) is not one the viewer may choose.
    page.goto(f"{server}/kasus?region=31", wait_until="networkidle")
    settle(page, "Masuk sebagai", "Wilayah (dalam cakupan Anda)")
    assert "Jakarta" not in page.inner_text("main")
    csv_text = _download_texts(page)[0].decode("utf-8-sig")
    assert {line.split(",")[province] for line in csv_text.splitlines()[1:]} == {"74"}
    page.close()


def test_curator_adds_an_event_from_a_news_article(server: str, browser: object, small_data_dir: Path) -> None:
    """The news intake end to end: sign in as admin, paste an article, review,
    save; the event is in the timeline's download afterwards."""
    from dataclasses import replace

    from netralitas.access import auth
    from netralitas.pipeline import warehouse
    from netralitas.settings import get_settings

    settings = replace(get_settings(), data_dir=small_data_dir)
    if "kurator" not in {a.name for a in auth.accounts(settings)}:
        auth.add("kurator", "admin", "", "kata-sandi-kurator", settings=settings)
    article = (REPO_ROOT / "tests" / "fixtures" / "articles" / "01-deklarasi-bima-2024-09-12.txt").read_text()
    page = browser.new_page(viewport={"width": 1280, "height": 1100}, accept_downloads=True)  # type: ignore[attr-defined]
    try:
        page.goto(f"{server}/", wait_until="networkidle")
        settle(page, "Angka utama yang dipublikasikan, per lembaga")
        sign_in(page, "kurator", "kata-sandi-kurator")
        settle(page, "Masuk sebagai", "Tambah dari berita")
        page.locator('[data-testid="stSidebarNav"] a', has_text="Tambah dari berita").first.click()
        settle(page, "Tempel teks berita")
        page.get_by_label("Teks berita").fill(article)
        page.get_by_label("URL sumber").fill("https://contoh.example/berita/bima-deklarasi")
        page.get_by_role("button", name="Ekstrak").click()
        settle(page, "Kalimat sumber", "Rabu (11/9/2024)")
        assert page.get_by_label("Pelaku").input_value() == "Pemkab Bima"
        assert page.get_by_label("Wilayah").input_value() == "Kabupaten Bima (52.06)"
        page.get_by_role("button", name="Simpan ke data kurasi").click()
        settle(page, "Tersimpan", "1 baris diimpor")
        page.goto(f"{server}/linimasa?election=pilkada_2024&region=52.06", wait_until="networkidle")
        settle(page, "Peristiwa tercatat")
        files = [blob.decode("utf-8-sig", errors="replace") for blob in _download_texts(page)]
        events_csv = next(f for f in files if "event_id" in f or "title_id" in f)
        assert "Deklarasi netralitas ASN oleh Pemkab Bima" in events_csv
        assert "https://contoh.example/berita/bima-deklarasi" in events_csv
    finally:
        page.close()
        # Leave the shared data folder as the other tests expect it.
        for batch in (small_data_dir / "imports" / "events").glob("*.parquet"):
            batch.unlink()
        warehouse.build(settings)


def test_zz_every_request_stayed_on_the_local_server(server: str, requests_seen: list[str]) -> None:
    assert len(requests_seen) > 50
    outside = [u for u in requests_seen if not u.startswith(server) and not u.startswith(("data:", "blob:"))]
    assert outside == []


CUT_LABELS = """() => {
  const cut = [];
  for (const box of document.querySelectorAll('.js-plotly-plot')) {
    const r = box.getBoundingClientRect();
    if (!r.width) continue;
    for (const t of box.querySelectorAll('.xtick text, .ytick text, .annotation-text, .legendtext, .gtitle')) {
      const b = t.getBoundingClientRect();
      if (!b.width) continue;
      if (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1) {
        const where = `${Math.round(b.left)}-${Math.round(b.right)} of ${Math.round(r.left)}-${Math.round(r.right)}`;
        cut.push(`"${t.textContent}" ${where}`);
      }
    }
  }
  return cut;
}"""


@pytest.mark.parametrize("width", [1366, 390])
def test_every_chart_label_fits_on_the_dashboard(server: str, browser: object, width: int) -> None:
    """Issue 21: no tick label, note or legend entry of a dashboard chart cut at its edge, at a
    desktop and a phone width (the edition's charts have the same test in test_edition)."""
    pg = browser.new_page(viewport={"width": width, "height": 1000})  # type: ignore[attr-defined]
    try:
        for path, text in (("", "Angka utama"), ("linimasa", "Peristiwa tercatat"), ("tindak-lanjut", "Kepatuhan PPK")):
            pg.goto(f"{server}/{path}", wait_until="networkidle")
            settle(pg, text)
            pg.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
            for box in pg.query_selector_all(".js-plotly-plot"):
                box.scroll_into_view_if_needed()
            pg.wait_for_timeout(500)
            assert not pg.evaluate(CUT_LABELS), (path, width, pg.evaluate(CUT_LABELS))
    finally:
        pg.close()
