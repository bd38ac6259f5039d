"""Sign-in that officials can live with and attackers cannot grind: sessions that survive a reload
and a new tab and end when they should, throttling and lockout, and scope that nothing a client
sends can widen. Against a real server (``python -m netralitas serve``) where it matters."""

from __future__ import annotations

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


def asgi_request(
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
        _, _, page = asgi_request(app, "GET", "/auth/masuk", {"x-forwarded-for": address})
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
        return asgi_request(app, "POST", "/auth/masuk", request_headers, form)[0]

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
