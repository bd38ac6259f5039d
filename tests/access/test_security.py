"""Sign-in that officials can live with and attackers cannot grind: sessions that survive a reload
and a new tab and end when they should, throttling and lockout, and scope that nothing a client
sends can widen. Against a real server (``python -m netralitas serve``) where it matters."""

from __future__ import annotations

import html
import http.cookiejar
import re
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from netralitas.access import auth, sessions
from netralitas.access.viewer import Viewer
from netralitas.settings import REPO_ROOT, Settings, get_settings
from tests.app.test_browser import settle
from tests.cli.test_cli import cli
from tests.conftest import CHROMIUM, served

PASSWORD = "kata-sandi-uji-123"


@pytest.fixture(scope="module")
def secured(small_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A served dashboard on its own copy of the data dir, with two local accounts."""
    root = tmp_path_factory.mktemp("secured") / "data"
    shutil.copytree(small_data_dir, root, symlinks=True)
    settings = replace(get_settings(), data_dir=root)
    auth.add("pejabat", "provinsi", "74", PASSWORD, settings=settings)
    auth.add("anggota", "komisi", "74.71", PASSWORD, settings=settings)
    with served(root) as base:
        yield base, root


class Browser:
    """A cookie-keeping HTTP client that does not follow redirects (we check them)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        return self._open(urllib.request.Request(self.base + path))

    def sign_in(
        self, user: str, password: str, origin: str | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        status, _, page = self.get("/auth/masuk?next=/peta")
        assert status == 200
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf
        body = urllib.parse.urlencode(
            {"user": user, "password": password, "csrf": csrf[1], "next": "/peta", "lang": "id"}
        ).encode()
        request = urllib.request.Request(self.base + "/auth/masuk", data=body, method="POST")
        request.add_header("Origin", origin or self.base)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> tuple[int, dict[str, str], str]:
        def headers(raw: object) -> dict[str, str]:
            found = {k.lower(): v for k, v in raw.items()}  # type: ignore[attr-defined]
            found["set-cookie"] = "\n".join(raw.get_all("Set-Cookie") or [])  # type: ignore[attr-defined]
            return found

        try:
            with self.opener.open(request, timeout=20) as resp:
                return resp.status, headers(resp.headers), resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            return err.code, headers(err.headers), err.read().decode("utf-8", "replace")


def gone(page: object, text: str) -> None:
    """Wait until the page has finished a run and ``text`` is not on it."""
    settle(page)
    page.wait_for_function(  # type: ignore[attr-defined]
        "t => !document.body.innerText.includes(t)", arg=text, timeout=30_000
    )


def sign_in_patiently(browser: Browser, user: str, password: str) -> tuple[int, dict[str, str], str]:
    """As a person would: after a 429 wait what Retry-After says, then try again."""
    for _ in range(6):
        status, headers, page = browser.sign_in(user, password)
        if status != 429:
            return status, headers, page
        time.sleep(float(headers.get("retry-after", "1")))
    raise AssertionError("still throttled")


def test_a_good_sign_in_sets_a_signed_httponly_cookie(secured: tuple[str, Path]) -> None:
    base, _ = secured
    browser = Browser(base)
    status, headers, _ = browser.sign_in("pejabat", PASSWORD)
    assert status == 303 and headers["location"] == "/peta"
    cookie = next(c for c in headers["set-cookie"].splitlines() if c.startswith(f"{sessions.COOKIE}="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Max-Age=86400" in cookie
    assert "Secure" not in cookie  # plain http here; over https (or X-Forwarded-Proto: https) it is Secure


def test_a_forged_or_foreign_form_is_refused(secured: tuple[str, Path]) -> None:
    base, _ = secured
    status, _, page = Browser(base).sign_in("pejabat", PASSWORD, origin="https://evil.example")
    assert status == 403 and "tidak berasal dari situs ini" in page
    open_redirect = Browser(base)
    _, _, page = open_redirect.get("/auth/masuk?next=//evil.example/x")
    assert 'name="next" value="/"' in page


def test_five_failures_lock_the_account_even_for_the_right_password(secured: tuple[str, Path]) -> None:
    base, root = secured
    browser = Browser(base)
    for attempt in range(1, 6):
        status, _, page = sign_in_patiently(browser, "anggota", "salah-salah-salah")
        assert status == (423 if attempt == 5 else 401), (attempt, page)
    assert "terkunci" in page and re.search(r"sampai pukul \d\d:\d\d", page)
    status, _, page = sign_in_patiently(browser, "anggota", PASSWORD)
    assert status == 423 and "Kata sandi yang benar pun ditolak" in page
    unlock = cli("users", "unlock", "anggota", env={"NETRALITAS_DATA_DIR": str(root)})
    assert unlock.returncode == 0 and "dibuka" in unlock.stdout
    status, headers, _ = sign_in_patiently(browser, "anggota", PASSWORD)
    assert status == 303 and sessions.COOKIE in headers["set-cookie"]
    log = (root / "audit.jsonl").read_text(encoding="utf-8")
    for action in ("login_failed", "account_locked", "login_refused_locked", "account_unlocked", "login"):
        assert f'"action": "{action}"' in log, action


def test_a_client_that_keeps_failing_waits_longer(tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path)
    client = sessions.client_key("203.0.113.9")
    now = 1_000_000.0
    waits = []
    for i in range(8):
        sessions.record_failure(f"user{i}", client, settings, now=now)  # a different account each time
        waits.append(sessions.client_wait(client, settings, now=now))
    assert waits[: sessions.CLIENT_FREE - 1] == [0.0] * (sessions.CLIENT_FREE - 1)
    assert waits[sessions.CLIENT_FREE - 1 :] == sorted(waits[sessions.CLIENT_FREE - 1 :]) and waits[-1] >= 16
    assert sessions.client_wait(client, settings, now=now + sessions.CLIENT_WINDOW + 1) == 0.0


def test_a_lock_ends_by_itself_after_fifteen_minutes(tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path)
    now = 2_000_000.0
    until = None
    for _ in range(sessions.LOCK_AFTER):
        until = sessions.record_failure("a", "c", settings, now=now)
    assert until == now + sessions.LOCK_SECONDS
    assert sessions.locked_until("a", "c", settings, now=now + 60) == until
    assert sessions.locked_until("a", "c", settings, now=until + 1) is None


def test_one_address_cannot_lock_officials_out_nor_reset_its_own_wait(tmp_path: Path) -> None:
    """The attack: one address types five wrong passwords at each of 20 known accounts. Its wait
    grows with every failure and no lock resets it; a second address signs in to every account."""
    settings = replace(get_settings(), data_dir=tmp_path)
    attacker, official = sessions.client_key("203.0.113.66"), sessions.client_key("198.51.100.7")
    now = 4_000_000.0
    waits: list[float] = []
    for n in range(20):
        for _ in range(sessions.LOCK_AFTER):
            now += sessions.client_wait(attacker, settings, now=now)  # it waits as told, then tries again
            locked = sessions.record_failure(f"pejabat{n}", attacker, settings, now=now)
            waits.append(sessions.client_wait(attacker, settings, now=now))
        if n == 0:  # five quick failures lock the account ... for this address only
            assert locked is not None and sessions.locked_until("pejabat0", attacker, settings, now=now) == locked
    later = waits[sessions.CLIENT_FREE :]
    assert later == sorted(later) and later[-1] == sessions.CLIENT_MAX_WAIT  # longer and longer, never reset
    for n in range(20):
        assert sessions.locked_until(f"pejabat{n}", official, settings, now=now) is None
    assert sessions.client_wait(official, settings, now=now) == 0.0


def _asgi(
    app: object, method: str, path: str, headers: dict[str, str], body: bytes = b""
) -> tuple[int, dict[str, str], str]:
    """One request to an ASGI app in this process (the sign-in routes, with the clock injected)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "scheme": "http",
        "http_version": "1.1",
        "server": ("dasbor.test", 80),
        "client": ("127.0.0.1", 40000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in {"host": "dasbor.test", **headers}.items()],
    }
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    # In a thread of its own: a browser test's event loop may be running in this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()  # type: ignore[operator]
    start = next(m for m in sent if m["type"] == "http.response.start")
    out: dict[str, str] = {}
    for k, v in start["headers"]:  # type: ignore[attr-defined]
        out[k.decode().lower()] = (out.get(k.decode().lower(), "") + "\n" + v.decode()).strip()
    text = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")  # type: ignore[misc]
    return int(start["status"]), out, text.decode()  # type: ignore[call-overload]


def test_the_second_address_signs_in_while_the_first_is_locked_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the sign-in route itself, the client address taken from the balancer's header."""
    from starlette.applications import Starlette

    from netralitas.access import web

    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NETRALITAS_BEHIND_PROXY", "1")
    settings = get_settings()
    for n in range(3):
        auth.add(f"pejabat{n}", "provinsi", "74", PASSWORD, settings=settings)
    app = Starlette(routes=web.routes())

    def attempt(user: str, password: str, address: str) -> int:
        _, _, page = _asgi(app, "GET", "/auth/masuk", {"x-forwarded-for": address})
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf
        form = urllib.parse.urlencode(
            {"user": user, "password": password, "csrf": csrf[1], "next": "/peta", "lang": "id"}
        ).encode()
        request_headers = {
            "origin": "http://dasbor.test",
            "x-forwarded-for": address,
            "content-type": "application/x-www-form-urlencoded",
            "cookie": f"{web.CSRF_COOKIE}={csrf[1]}",
        }
        return _asgi(app, "POST", "/auth/masuk", request_headers, form)[0]

    clock = [5_000_000.0]
    monkeypatch.setattr(sessions.time, "time", lambda: clock[0])
    attacker = sessions.client_key("203.0.113.66")
    for n in range(2):
        for attempt_no in range(1, sessions.LOCK_AFTER + 1):
            clock[0] += sessions.client_wait(attacker, settings)  # the attacker waits exactly as told
            status = attempt(f"pejabat{n}", "salah-salah-salah", "203.0.113.66")
            assert status == (423 if attempt_no == sessions.LOCK_AFTER else 401), (n, attempt_no, status)
        clock[0] += sessions.client_wait(attacker, settings)
        assert attempt(f"pejabat{n}", PASSWORD, "203.0.113.66") == 423  # its own lock holds
        assert attempt(f"pejabat{n}", PASSWORD, "198.51.100.7") == 303  # the official is not locked out
    assert attempt("pejabat2", "salah", "203.0.113.66") == 401  # a fresh account: one more failure ...
    assert attempt("pejabat2", "salah", "203.0.113.66") == 429  # ... and it has to wait again, at once
    assert attempt("pejabat2", PASSWORD, "198.51.100.7") == 303


def test_sessions_end_when_idle_old_revoked_or_the_account_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings: Settings = replace(get_settings(), data_dir=tmp_path, cookie_secret="uji-" * 12)
    clock = [3_000_000.0]
    monkeypatch.setattr(sessions.time, "time", lambda: clock[0])
    monkeypatch.setattr(
        "itsdangerous.timed.TimestampSigner.get_timestamp", lambda self: int(clock[0])
    )  # the signature's own clock
    token = sessions.issue("u", 0, settings)
    assert sessions.verify(token, {"u": 0}, settings) is not None
    assert sessions.verify(token + "x", {"u": 0}, settings) is None  # tampered
    assert sessions.verify(token, {"u": 1}, settings) is None  # role or scope changed since
    assert sessions.verify(token, {}, settings) is None  # account removed
    clock[0] += 7 * 3600  # used within 8 hours: still valid, and the use counts
    assert sessions.verify(token, {"u": 0}, settings) is not None
    clock[0] += 7 * 3600
    assert sessions.verify(token, {"u": 0}, settings) is not None
    clock[0] += 8 * 3600 + 1  # idle for more than 8 hours
    assert sessions.verify(token, {"u": 0}, settings) is None
    fresh = sessions.issue("u", 0, settings)
    for _ in range(5):  # in constant use, still over after 24 hours
        clock[0] += 5 * 3600
        alive = sessions.verify(fresh, {"u": 0}, settings)
    assert alive is None
    other = sessions.issue("u", 0, settings)
    assert sessions.revoke(other, settings) == "u" and sessions.verify(other, {"u": 0}, settings) is None


@pytest.mark.browser
def test_a_signed_in_official_stays_signed_in_across_reload_and_tabs(
    secured: tuple[str, Path], browser: object
) -> None:
    """Sign in once; a reload and a new tab are still signed in; sign-out ends it; a removed
    account's session ends at its next page."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed")
    base, root = secured
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{base}/auth/masuk?next=/peta")
    page.fill("#user", "pejabat")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/peta*")
    settle(page, "Masuk sebagai pejabat")
    page.reload(wait_until="networkidle")
    settle(page, "Masuk sebagai pejabat")
    tab = context.new_page()
    tab.goto(f"{base}/kasus", wait_until="networkidle")
    settle(tab, "Masuk sebagai pejabat")
    assert "internal" not in tab.inner_text("body")  # the case explorer opens for a signed-in role
    tab.get_by_role("button", name="Keluar").click()
    gone(tab, "Masuk sebagai pejabat")
    page.reload(wait_until="networkidle")
    gone(page, "Masuk sebagai pejabat")  # signed out everywhere: the session ended server-side
    # Signed in again, then the account is removed from the command line.
    page.goto(f"{base}/auth/masuk?next=/peta")
    page.fill("#user", "pejabat")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/peta*")
    settle(page, "Masuk sebagai pejabat")
    removed = cli("users", "remove", "pejabat", env={"NETRALITAS_DATA_DIR": str(root)})
    assert removed.returncode == 0, removed.stderr
    page.reload(wait_until="networkidle")
    gone(page, "Masuk sebagai pejabat")
    context.close()


def test_scope_cannot_be_widened_by_what_the_page_is_sent(data_dir: Path) -> None:
    """URL parameters and widget states naming regions outside the viewer's scope, and case-level
    pages without a role, give public or scoped data only."""
    from streamlit.testing.v1 import AppTest

    def run(page: str, viewer: Viewer | None = None, **params: str) -> AppTest:
        at = AppTest.from_file(str(REPO_ROOT / "pages" / page), default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        if viewer is not None:
            at.session_state["_viewer"] = {"viewer": viewer.__dict__, "at": time.time()}
        return at.run()

    from netralitas import data
    from netralitas.pipeline import warehouse

    # A komisi member scoped to the regency with most cases, and a region elsewhere with cases too.
    con = warehouse.connect()
    try:
        election = str(data.election_list(con)["election_id"].iloc[0])
        rows = data.case_subjects(con, election, "", Viewer(role="admin", user="root"))
    finally:
        con.close()
    counts = rows[rows["region_code"].str.contains(".", regex=False)]["region_code"].value_counts()
    scope = str(counts.index[0])
    elsewhere = next(str(c) for c in counts.index if not str(c).startswith(scope.split(".")[0] + "."))
    names = dict(zip(rows["region_code"], rows["region_name"], strict=False))
    komisi = Viewer(role="komisi", scope=scope, user="anggota")
    # A URL naming another province's region: only the scope's rows.
    at = run("kasus.py", komisi, region=elsewhere)
    assert not at.exception

    def regions_shown() -> set[str]:
        shown = [tb.value for tb in at.dataframe if "Wilayah" in tb.value.columns]
        assert shown, "the case table is there"
        return set().union(*(set(tb["Wilayah"]) for tb in shown))

    assert regions_shown() == {names[scope]}
    # ... and a widget value outside the scope: not an option, and a forged widget state falls back.
    box = at.selectbox(key="region")
    assert names[elsewhere] not in box.options and names[scope] in box.options
    at = AppTest.from_file(str(REPO_ROOT / "pages" / "kasus.py"), default_timeout=60)
    at.session_state["_viewer"] = {"viewer": komisi.__dict__, "at": time.time()}
    at.session_state["region"] = elsewhere  # the widget's state arrives naming another region
    at.run()
    assert not at.exception and at.session_state["region"] in ("", scope)  # the page reset it
    assert regions_shown() == {names[scope]}
    # The public asks for the case explorer and the audit log directly: refused, nothing shown.
    for page in ("kasus.py", "audit.py", "impor.py", "tambah_berita.py"):
        public = run(page, region="74.71", stage="sanctioned")
        assert public.warning and not public.dataframe, page
    # A viewer claimed in the URL is just an unknown parameter.
    claimed = run("kasus.py", role="admin", user="root", scope="")
    assert claimed.warning and not claimed.dataframe


def test_uploads_are_capped_and_binary_text_is_refused(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    from netralitas import news

    monkeypatch.setenv("NETRALITAS_MAX_UPLOAD_MB", "1")
    at = AppTest.from_file(str(REPO_ROOT / "pages" / "impor.py"), default_timeout=60)
    at.session_state["_viewer"] = {"viewer": Viewer(role="admin", user="root").__dict__, "at": time.time()}
    at.run()
    before = sorted(p.name for p in (data_dir / "imports").rglob("*")) if (data_dir / "imports").exists() else []
    big = b"case_id,subject_seq\n" + b"X,1\n" * 400_000  # 1.6 MB
    at.file_uploader(key="import_file").set_value(("besar.csv", big, "text/csv"))
    at.run()
    assert any("lebih dari 1 MB ditolak" in e.value for e in at.error)
    after = sorted(p.name for p in (data_dir / "imports").rglob("*")) if (data_dir / "imports").exists() else []
    assert after == before  # nothing written
    assert news.refuse_text("x" * (news.MAX_ARTICLE_CHARS + 1)) == "news.too_long"
    assert news.refuse_text("PK\x03\x04\x00\x00binary") == "news.binary"
    assert news.refuse_text("Kamis (5/9/2024), Pemkot Kendari menggelar deklarasi netralitas ASN.") == ""
    config = (REPO_ROOT / ".streamlit" / "config.toml").read_text()
    assert "maxUploadSize = 25" in config


@pytest.mark.browser
def test_the_intranet_pattern_maps_a_trusted_header_through_the_role_table(
    small_data_dir: Path, tmp_path: Path, browser: object
) -> None:
    """Behind a proxy that authenticates staff, the user in its header (server.trustedUserHeaders)
    gets the role the table gives that identity; an unknown identity stays public."""
    root = tmp_path / "data"
    shutil.copytree(small_data_dir, root, symlinks=True)
    settings = replace(get_settings(), data_dir=root)
    auth.add("komisi@dprd.example", "komisi", "74.71", oidc=True, settings=settings)
    with served(root, NETRALITAS_TRUSTED_USER_HEADER="X-Forwarded-User") as base:
        known = browser.new_context(extra_http_headers={"X-Forwarded-User": "komisi@dprd.example"})  # type: ignore[attr-defined]
        page = known.new_page()
        page.goto(f"{base}/", wait_until="networkidle")
        settle(page, "Masuk sebagai komisi@dprd.example")
        known.close()
        stranger = browser.new_context(extra_http_headers={"X-Forwarded-User": "orang@luar.example"})  # type: ignore[attr-defined]
        page = stranger.new_page()
        page.goto(f"{base}/", wait_until="networkidle")
        settle(page, "Angka utama yang dipublikasikan, per lembaga")
        assert "Masuk sebagai" not in page.inner_text("body")
        stranger.close()


def test_state_can_live_outside_a_read_only_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Replicas that mount the data read-only write sessions and the audit log to NETRALITAS_STATE_DIR,
    and take the cookie secret from the deployment's secret."""
    from netralitas.access import audit
    from netralitas.access.sessions import cookie_secret

    monkeypatch.setenv("NETRALITAS_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", "dari-secret-kubernetes-" * 3)
    settings = get_settings()
    assert settings.state_dir == tmp_path / "state"
    assert cookie_secret(settings) == "dari-secret-kubernetes-" * 3
    token = sessions.issue("u", 0)
    assert sessions.verify(token, {"u": 0}) is not None
    assert (tmp_path / "state" / "sessions.sqlite3").exists()
    audit.record("login", who="u")
    assert (tmp_path / "state" / "audit.jsonl").exists()


# -- the other gaps of issue 20 ---------------------------------------------------------------------


def test_only_web_addresses_are_accepted_as_sources(data_dir: Path, tmp_path: Path) -> None:
    from netralitas.edition.site.common import Link, source_cell
    from netralitas.pipeline import ingest
    from netralitas.pipeline.curation import is_web_url

    events = tmp_path / "events.csv"
    events.write_text(
        "event_date,date_precision,event_type,election,region,actor,title,reference_no,source_url,source_published,note\n"
        "2024-10-02,day,circular,pilkada_2024,74.71,Pj Wali Kota,Edaran,,javascript:alert(document.cookie),,\n"
        "2024-10-03,day,circular,pilkada_2024,74.71,Pj Wali Kota,Edaran 2,,vbscript:msgbox(1),,\n",
        encoding="utf-8",
    )
    with pytest.raises(ingest.ImportFailed) as refused:
        ingest.import_file("events", events)
    assert [str(p).split(": ")[0] for p in refused.value.problems] == [
        "events.csv:2:source_url",
        "events.csv:3:source_url",
    ]
    assert not (data_dir / "imports" / "events").exists()  # nothing written
    for table in ("events.csv", "figures.csv", "ikp.csv"):  # and nothing already in the record
        with (data_dir / "curated" / table).open(encoding="utf-8") as fh:
            assert all(is_web_url(r["source_url"]) for r in __import__("csv").DictReader(fh) if r["source_url"])
    assert not isinstance(source_cell("javascript:alert(1)", "id"), Link)  # and none would be drawn


def test_a_spreadsheet_declaring_a_huge_range_is_read_by_its_cells(tmp_path: Path) -> None:
    import io
    import zipfile

    from openpyxl import Workbook

    from netralitas.pipeline import tables

    wb = Workbook()
    wb.active.append(["event_date", "title"])
    wb.active.append(["2024-01-01", "x"])
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:XFD1048576"/>', data)
            dst.writestr(item, data)
    path = tmp_path / "rekap.xlsx"
    path.write_bytes(out.getvalue())
    assert len(out.getvalue()) < 10_000
    started = time.monotonic()
    assert tables.grid(path) == [(1, ["event_date", "title"]), (2, ["2024-01-01", "x"])]
    assert time.monotonic() - started < 2  # not billions of padded cells


def test_a_parquet_file_too_large_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from netralitas.pipeline import tables

    path = tmp_path / "besar.parquet"
    pd.DataFrame({"a": range(50), "b": range(50)}).to_parquet(path)
    monkeypatch.setattr(tables, "MAX_ROWS", 40)
    monkeypatch.setattr(pd, "read_parquet", lambda *a, **k: pytest.fail("read before its size was checked"))
    with pytest.raises(tables.Unreadable) as refused:
        tables.grid(path)
    assert "terlalu besar" in refused.value.issues[0].reason_id


def test_anonymous_refusals_cannot_flood_the_audit_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.applications import Starlette

    from netralitas.access import audit, web

    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path))
    app = Starlette(routes=web.routes())
    body = urllib.parse.urlencode({"user": "siapa", "password": "x", "csrf": "palsu"}).encode()
    headers = {"origin": "https://evil.example", "content-type": "application/x-www-form-urlencoded"}
    for _ in range(60):
        assert _asgi(app, "POST", "/auth/masuk", headers, body)[0] == 403
    log = audit.read(get_settings())
    assert (log["action"] == "login_refused_csrf").sum() == sessions.REFUSALS_AUDITED
    assert (log["action"] == "audit_rate_limited").sum() == 1


def test_tables_offer_no_unaudited_download() -> None:
    import tomllib

    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
    assert '"--client.disableDataExport", "true"' in (REPO_ROOT / "netralitas" / "cli" / "dashboard.py").read_text()


def test_the_audit_csv_escapes_formulas(data_dir: Path) -> None:
    from netralitas.access import audit

    audit.record("login_failed", who='=HYPERLINK("https://evil.example","klik")')
    out = cli("audit", env={"NETRALITAS_DATA_DIR": str(data_dir)})
    assert out.returncode == 0
    assert "'=HYPERLINK" in out.stdout and "\n=HYPERLINK" not in out.stdout and ",=HYPERLINK" not in out.stdout


def test_files_holding_sessions_identities_imports_or_the_audit_are_the_owners_only(data_dir: Path) -> None:
    import stat

    from netralitas.access import audit
    from netralitas.pipeline import ingest, warehouse

    settings = get_settings()
    sessions.issue("pejabat", 0, replace(settings, cookie_secret="uji-" * 12))
    audit.record("login", who="pejabat")
    shutil.copyfile(REPO_ROOT / "docs" / "examples" / "cases.csv", data_dir / "cases.csv")
    ingest.import_file("cases", data_dir / "cases.csv")
    report = warehouse.build(settings)
    with sessions._db(settings) as con:  # while a replica holds the store open, its WAL exists
        con.execute("insert into refusals (client, at) values ('uji', 1)")
        with sessions._db(settings):
            wal = Path(f"{sessions.db_path(settings)}-wal")
            assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
    files = [
        sessions.db_path(settings),
        settings.audit_log,
        *(settings.imports_dir / "cases").glob("*.parquet"),
        report.path.resolve(),
    ]
    for path in files:
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (path, oct(path.stat().st_mode))


def test_a_removed_and_re_added_account_does_not_revive_old_sessions(tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path, cookie_secret="uji-" * 12)
    auth.add("pejabat", "provinsi", "74", PASSWORD, settings=settings)
    old = sessions.issue("pejabat", auth.token_versions(settings)["pejabat"], settings)
    auth.remove("pejabat", settings)
    auth.add("pejabat", "provinsi", "74", PASSWORD, settings=settings)
    assert auth.token_versions(settings)["pejabat"] == 1  # versions only grow
    assert sessions.verify(old, auth.token_versions(settings), settings) is None
    new = sessions.issue("pejabat", auth.token_versions(settings)["pejabat"], settings)
    assert sessions.verify(new, auth.token_versions(settings), settings) is not None


@pytest.mark.parametrize("secret", ["change-me-to-48-random-characters", "pendek", "x" * 31])
def test_a_placeholder_or_short_cookie_secret_is_refused_at_start(secret: str, tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path, cookie_secret=secret)
    with pytest.raises(sessions.CookieSecretError):
        sessions.cookie_secret(settings)
    out = cli("serve", "--port", "1", env={"NETRALITAS_DATA_DIR": str(tmp_path), "NETRALITAS_COOKIE_SECRET": secret})
    assert out.returncode == 2 and "rahasia cookie ditolak" in out.stderr
    assert sessions.cookie_secret(replace(settings, cookie_secret="k" * 8 + secrets_token())) != ""


def secrets_token() -> str:
    import secrets

    return secrets.token_urlsafe(32)


# -- small counts under subtraction (attacks a and f of issue 20) ----------------------------------


def test_reports_and_findings_do_not_give_away_a_hidden_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """persons 9 and reports 7 shown would make a hidden findings exactly 2."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC
    from netralitas.data import register

    row: dict[str, list[object]] = {c: [0] for c in data.SUMMARY_COUNTS}
    row |= {"persons": [9], "cases": [9], "reports": [7], "findings": [2]}
    row |= {"followup_rate": [None], "median_days_to_sanction": [None], "median_days_to_recommendation": [None]}
    monkeypatch.setattr(register, "run_report", lambda *a, **k: pd.DataFrame(row))
    # One region's summary as the release protects it (findings 2 small, and one more of the three).
    monkeypatch.setattr(register, "public_release", lambda *a: {"74.71": frozenset({"findings", "reports"})})
    shown = data.enforcement_summary(None, "pilkada_2024", "74.71", PUBLIC)  # type: ignore[arg-type]
    visible = {c: shown[c] for c in ("persons", "reports", "findings") if not pd.isna(shown[c])}
    assert "findings" not in visible
    assert len(visible) <= 1, visible  # with two of the three, the third follows by subtraction


def test_the_public_cannot_difference_two_waiting_limits(real_con: duckdb.DuckDBPyConnection) -> None:
    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    at_30 = data.followup_ageing(real_con, "pilkada_2024", "", 30, PUBLIC)
    at_31 = data.followup_ageing(real_con, "pilkada_2024", "", 31, PUBLIC)
    assert at_30["breaches"].equals(at_31["breaches"])  # one published limit, whatever is asked
    admin = Viewer("admin", "", "root")
    inside_30 = data.followup_ageing(real_con, "pilkada_2024", "", 30, admin)["breaches"].sum()
    inside_90 = data.followup_ageing(real_con, "pilkada_2024", "", 90, admin)["breaches"].sum()
    assert inside_90 < inside_30  # inside its scope a viewer still chooses the limit


def test_no_hidden_count_follows_from_every_public_view_combined(real_con: duckdb.DuckDBPyConnection) -> None:
    """The attack suite's generic check (b, d, e of issue 20): take what the public sees on the map
    at both levels, on every region's summary (the comparison and the brief) and for the nation,
    write down every sum a reader knows (the nation of its provinces, a province of its regencies,
    persons of reports and findings), and solve: no hidden small count may come out exactly."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.release import Relation, determined
    from netralitas.access.viewer import PUBLIC

    election, admin = "pilkada_2024", Viewer("admin", "", "root")
    regions = data.region_list(real_con, "")
    truth: dict[str, float] = {}
    shown: dict[str, bool] = {}
    codes = ["", *regions["region_code"]]
    for code in codes:
        true = data.enforcement_summary(real_con, election, code, admin)
        seen = data.enforcement_summary(real_con, election, code, PUBLIC)
        for m in ("persons", "reports", "findings", "recommended", "sanctioned"):
            truth[f"{code}|{m}"] = float(true[m])
            shown[f"{code}|{m}"] = not pd.isna(seen[m])
    for level in ("1", "2"):  # the map shows the same cells as the summaries
        seen_map = data.region_measures(real_con, election, level, "", PUBLIC).set_index("region_code")
        for code, row in seen_map.iterrows():
            for m in ("persons", "recommended", "sanctioned"):
                assert shown[f"{code}|{m}"] == (not pd.isna(row[m])), (code, m)
    relations: list[Relation] = []
    provinces = regions[regions["region_level"] == 1]["region_code"].tolist()
    for m in ("persons", "reports", "findings", "recommended", "sanctioned"):
        relations.append(Relation(f"|{m}", tuple(f"{p}|{m}" for p in provinces)))
        for p in provinces:
            kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
            own = truth[f"{p}|{m}"] - sum(truth[f"{k}|{m}"] for k in kids)
            parts = tuple(f"{k}|{m}" for k in kids) + ((f"{p}~own|{m}",) if own else ())
            truth[f"{p}~own|{m}"] = own
            relations.append(Relation(f"{p}|{m}", parts))
    relations += [Relation(f"{c}|persons", (f"{c}|reports", f"{c}|findings")) for c in codes]
    unknown = {c for c, visible in shown.items() if not visible} | {c for c in truth if "~own" in c and truth[c]}
    small = {c for c, v in truth.items() if 1 <= v < 5}
    assert small & set(shown) <= unknown  # every small count is hidden ...
    assert not determined(unknown, relations) & small  # ... and stays hidden when everything is combined


def test_a_peer_pool_hides_what_a_hidden_member_would_give_away(real_con: duckdb.DuckDBPyConnection) -> None:
    """Attack b: the pool of peers minus its shown members gives the hidden one."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    measures = data.region_measures(real_con, "pilkada_2024", "2", "", PUBLIC)
    hidden = measures[measures["persons__suppressed"]]["region_code"].tolist()
    visible = measures[~measures["persons__suppressed"] & (measures["persons"] > 0)]["region_code"].tolist()
    pool = data.enforcement_summary(real_con, "pilkada_2024", ",".join([hidden[0], *visible[:9]]), PUBLIC)
    assert pd.isna(pool["persons"])  # not the pool as a whole: it would give the member away


def test_the_ppk_league_gives_no_hidden_agency_or_region_away(real_con: duckdb.DuckDBPyConnection) -> None:
    """Attack c: a region's total minus its shown agencies. Outside its scope a viewer gets the league
    per regency/city, hidden exactly as the map hides it."""
    import pandas as pd

    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    by_agency = data.ppk_league(real_con, "pilkada_2024", "", "agency", PUBLIC)
    assert set(by_agency["agency"]) <= {""}  # no agency rows for the public
    league = data.ppk_league(real_con, "pilkada_2024", "", "region", PUBLIC).set_index("region_code")
    shown_map = data.region_measures(real_con, "pilkada_2024", "2", "", PUBLIC).set_index("region_code")
    regencies = league.index.intersection(shown_map.index)
    assert len(regencies) > 100
    for m in ("recommended", "sanctioned"):
        assert (league.loc[regencies, m].isna() == shown_map.loc[regencies, m].isna()).all(), m
    inside = data.ppk_league(real_con, "pilkada_2024", "74", "agency", Viewer("provinsi", "74", "gub"))
    assert (inside["agency"] != "").any() and not pd.isna(inside["recommended"]).all()


def test_no_hidden_count_follows_from_the_funnel_the_waiting_table_and_the_weeks(
    real_con: duckdb.DuckDBPyConnection,
) -> None:
    """The attack suite over every public register view at once: the summary (comparison, brief),
    the funnel, the waiting table and the weekly intake of every area. A cell shown in two views is
    shown or hidden in both; then every sum a reader knows (the regions, the weeks, reports +
    findings, the funnel's stage arithmetic where the register obeys it) is solved, and no hidden
    small count may come out exactly."""
    import pandas as pd

    from netralitas import data, disclosure
    from netralitas.access.release import Relation, determined
    from netralitas.access.viewer import PUBLIC

    election = "pilkada_2024"
    truth = dict(data.release_of(real_con, election).values)
    regions = data.region_list(real_con, "")
    shown: dict[str, bool] = {}

    def seen(cell: str, value: object) -> None:
        visible = not pd.isna(value)
        assert shown.setdefault(cell, visible) == visible, f"{cell} is hidden in one view and shown in another"
        if visible:
            assert float(value) == truth.get(cell, 0.0), cell  # type: ignore[arg-type]

    codes = ["", *regions["region_code"]]
    for code in codes:
        summary = data.enforcement_summary(real_con, election, code, PUBLIC)
        for m in ("persons", "reports", "findings", "violations", "recommended", "sanctioned", "waiting_over_limit"):
            seen(f"{code}|{m}", summary[m])
        funnel = data.case_funnel(real_con, election, code, PUBLIC)
        for row, (_, persons, cases) in zip(funnel.to_dict(orient="records"), disclosure.FUNNEL, strict=True):
            seen(f"{code}|{persons}", row["persons"])
            seen(f"{code}|{cases}", row["cases"])
        waiting = data.followup_ageing(real_con, election, code, 7, PUBLIC)  # the public limit, whatever is asked
        assert "age_band" not in waiting.columns
        for row in waiting.to_dict(orient="records"):
            seen(f"{code}|waiting_{row['waiting_for']}", row["persons"])
            seen(f"{code}|breaches_{row['waiting_for']}", row["breaches"])
        weeks = data.weekly_intake(real_con, election, code, PUBLIC)
        assert "." not in code or weeks.empty  # a regency/city's weeks are not released
        for row in weeks.to_dict(orient="records"):
            seen(f"{code}|{disclosure.WEEK}{row['week_start_date'].isoformat()}", row["persons"])

    measures = sorted({c.split("|", 1)[1] for c in shown if disclosure.WEEK not in c})
    provinces = regions[regions["region_level"] == 1]["region_code"].tolist()
    relations: list[Relation] = []
    for m in measures:
        relations.append(Relation(f"|{m}", tuple(f"{p}|{m}" for p in provinces)))
        for p in provinces:
            kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
            relations.append(Relation(f"{p}|{m}", (*(f"{k}|{m}" for k in kids), f"{p}~own|{m}")))
    weeks_of: dict[str, list[str]] = {}
    for cell in shown:
        if disclosure.WEEK in cell:
            area, week = cell.split("|", 1)
            weeks_of.setdefault(area, []).append(week)
    for area, ws in weeks_of.items():
        relations.append(Relation(f"{area}|persons", tuple(f"{area}|{w}" for w in ws)))
    for w in weeks_of.get("", []):
        relations.append(Relation(f"|{w}", tuple(f"{p}|{w}" for p in provinces if w in weeks_of.get(p, []))))
    cells = data.release_cells(real_con, election, data.public_limit_days())
    within = [r for r in (*disclosure.KNOWN_RELATIONS, *disclosure.STAGE_RELATIONS) if disclosure.holds(cells, *r)]
    assert len(within) >= 4  # the synthetic register obeys the funnel's arithmetic
    for total, parts in within:
        relations += [Relation(f"{c}|{total}", tuple(f"{c}|{p}" for p in parts)) for c in codes]
    unknown = {c for c, visible in shown.items() if not visible} | {c for c in truth if "~own" in c and truth[c]}
    small = {c for c, v in truth.items() if 1 <= v < 5}
    assert small & set(shown) <= unknown  # every small count is hidden ...
    assert small & set(shown)  # (the fixture has small counts to hide)
    assert not determined(unknown, relations) & small  # ... and stays hidden when everything is combined


def test_completeness_gives_the_public_no_register_count(real_con: duckdb.DuckDBPyConnection) -> None:
    """A count over every election beside the per-election counts would give a hidden one away."""
    from netralitas import data
    from netralitas.access.viewer import PUBLIC

    public = data.region_completeness(real_con, PUBLIC)
    assert public["case_rows"].isna().all() and public["has_cases"].any()
    inside = data.region_completeness(real_con, Viewer("provinsi", "74", "gub"))
    mine = inside["province_code"] == "74"
    assert inside.loc[mine, "case_rows"].notna().all() and inside.loc[~mine, "case_rows"].isna().all()


def test_the_edition_gives_no_hidden_register_count_away(data_dir: Path, tmp_path: Path) -> None:
    """The attack suite on the published edition: import a register with small counts everywhere,
    publish, read every region page's register table back (what a scraper gets), and solve the
    regions' sums for every hidden count."""
    from netralitas import data
    from netralitas.access.release import Relation, determined
    from netralitas.edition import build
    from netralitas.i18n import t
    from netralitas.pipeline import demo, ingest, warehouse

    settings = get_settings()
    demo.generate(rows=600, seed=11).to_csv(tmp_path / "cases.csv", index=False)
    ingest.import_file("cases", tmp_path / "cases.csv", settings=settings)
    site = tmp_path / "site"
    build.build(site, "", settings=settings, say=lambda _: None)

    block = re.compile(r'<section class="election-block" id="pemilihan-([^"]+)">(.*?)</section>', re.S)
    row = re.compile(r'<tr><th scope="row">([^<]+)</th><td class="num">([^<]+)</td></tr>')
    measures = {t(f"site.register.{m}", "id"): m for m in ("persons", "recommended", "sanctioned")}
    caption = html.escape(t("site.register.title", "id"), quote=False)
    shown: dict[str, float | None] = {}
    for page in (site / "wilayah").glob("*/index.html"):
        code = page.parent.name
        for election, body in block.findall(page.read_text(encoding="utf-8")):
            if caption not in body:
                continue
            for label, value in row.findall(body.split(caption, 1)[1]):
                if label in measures:
                    hidden = value == "disembunyikan"
                    shown[f"{election}:{code}|{measures[label]}"] = None if hidden else float(value.replace(".", ""))
    assert len(shown) > 1000

    con = warehouse.connect(settings)
    try:
        regions = data.region_list(con, "")
        truth: dict[str, float] = {}
        relations: list[Relation] = []
        for election in sorted({c.split(":")[0] for c in shown}):
            values = data.release_of(con, election).values
            for code in regions["region_code"]:
                for m in measures.values():
                    truth[f"{election}:{code}|{m}"] = float(values.get(f"{code}|{m}", 0.0))
            for p in regions[regions["region_level"] == 1]["region_code"]:
                kids = regions[(regions["province_code"] == p) & (regions["region_level"] == 2)]["region_code"]
                for m in measures.values():
                    own = f"{election}:{p}~own|{m}"
                    truth[own] = float(values.get(f"{p}~own|{m}", 0.0))
                    parts = (*(f"{election}:{k}|{m}" for k in kids), own)
                    relations.append(Relation(f"{election}:{p}|{m}", parts))
    finally:
        con.close()
    for cell, value in shown.items():
        assert value is None or value == truth[cell], cell  # what is shown is the register's count
    small = {c for c, v in truth.items() if 1 <= v < 5}
    unknown = {c for c, v in shown.items() if v is None} | {c for c in truth if c not in shown and truth[c]}
    assert small & set(shown) and small & set(shown) <= unknown  # small counts are there, and hidden
    assert not determined(unknown, relations) & small  # and no sum of the pages gives one back
