"""The sign-in routes served beside the dashboard (``server.py``: ``st.App`` with Starlette routes).

A local sign-in is a plain HTML form posted to ``/auth/masuk``: the password never passes
through a Streamlit widget, and the answer sets an HttpOnly, SameSite=Lax cookie holding a
signed session id (``sessions.py``; Secure when the request came over https). Every page run
reads the cookie server-side (``app.account.viewer``), so a reload or a new tab stays signed in.

- ``GET /auth/masuk?next=/peta&lang=en``: the form, with a CSRF token (double-submit cookie).
- ``POST /auth/masuk``: throttled per client, refused while the account is locked for this
  client (with the time it unlocks), audited; on success a 303 back to ``next`` (a local path
  only). The password hash is checked in a worker thread, off the event loop.
- ``POST /auth/keluar``: ends the session server-side and clears the cookie.
"""

from __future__ import annotations

import html
import secrets
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from netralitas.access import audit, auth, sessions
from netralitas.i18n import Lang, t
from netralitas.settings import get_settings

SIGN_IN = "/auth/masuk"
SIGN_OUT = "/auth/keluar"
CSRF_COOKIE = "netralitas_csrf"

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "Source Sans Pro", Arial, sans-serif; color: #1f2937; margin: 0; background: #f5f7fa; }}
main {{ max-width: 24rem; margin: 8vh auto; background: #fff; padding: 2rem; border: 1px solid #e3e6ea; }}
h1 {{ font-size: 1.4rem; margin-top: 0; }}
label {{ display: block; margin: 1rem 0 .3rem; }}
input {{ width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }}
button {{ margin-top: 1.2rem; padding: .6rem 1.2rem; font-size: 1rem; background: #08519c; color: #fff; border: 0; }}
.error {{ border-left: 4px solid #b35806; background: #fff4e6; padding: .6rem .8rem; }}
a {{ color: #08519c; }}
</style></head>
<body><main>
<h1>{title}</h1>
{message}
<form method="post" action="{action}">
<input type="hidden" name="csrf" value="{csrf}">
<input type="hidden" name="next" value="{next}">
<input type="hidden" name="lang" value="{lang}">
<label for="user">{user_label}</label>
<input id="user" name="user" autocomplete="username" required value="{user}">
<label for="password">{password_label}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">{submit}</button>
</form>
<p><a href="{back}">{back_label}</a></p>
</main></body></html>"""


def _lang(value: object) -> Lang:
    return "en" if value == "en" else "id"


def safe_next(value: object) -> str:
    """Only a path on this site: ``/peta?region=74``, never ``//evil.example`` or ``https://...``."""
    text = str(value or "/")
    if not text.startswith("/") or text.startswith("//") or "\\" in text or any(ord(c) < 32 for c in text):
        return "/"
    return text


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


def client_address(request: Request) -> str:
    """The client as the balancer saw it when one is in front, else the socket's peer.

    Behind the shipped HAProxy (deploy/haproxy) the balancer deletes any ``X-Forwarded-For`` the
    client sent and sets its own; should another proxy append instead, the address the nearest
    proxy added is the last value of the last header line, never one the client wrote first."""
    lines = request.headers.getlist("x-forwarded-for")
    if lines and get_settings().behind_proxy:
        return lines[-1].split(",")[-1].strip() or "-"
    return request.client.host if request.client else "-"


def _form(
    request: Request, lang: Lang, next_path: str, message: str = "", user: str = "", status: int = 200
) -> Response:
    token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
    body = _PAGE.format(
        lang=lang,
        title=html.escape(t("auth.page.title", lang)),
        message=f'<p class="error" role="alert">{html.escape(message)}</p>' if message else "",
        action=SIGN_IN,
        csrf=html.escape(token),
        next=html.escape(next_path),
        user_label=html.escape(t("auth.user", lang)),
        password_label=html.escape(t("auth.password", lang)),
        user=html.escape(user),
        submit=html.escape(t("auth.signin", lang)),
        back=html.escape(next_path),
        back_label=html.escape(t("auth.page.back", lang)),
    )
    response = HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store"})
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/auth")
    return response


def _same_origin(request: Request) -> bool:
    """A sign-in or sign-out posted from this site (Origin, else Referer, names our host)."""
    source = request.headers.get("origin") or request.headers.get("referer") or ""
    host = request.headers.get("host", "")
    return bool(host) and (source.split("://", 1)[-1].split("/", 1)[0] == host)


async def sign_in_page(request: Request) -> Response:
    lang = _lang(request.query_params.get("lang"))
    return _form(request, lang, safe_next(request.query_params.get("next")))


def _when(timestamp: float, lang: Lang) -> str:
    local = datetime.fromtimestamp(timestamp, UTC).astimezone()
    return local.strftime("%H:%M") + (" WIB" if local.utcoffset() and local.strftime("%z") == "+0700" else "")


def _audit_refusal(action: str, name: str, client: str, **what: Any) -> None:
    """Refusals are audited per client up to a budget (sessions.audit_refusal), then summarised."""
    budget = sessions.audit_refusal(client)
    if budget == "log":
        audit.record(action, who=name, client=client, **what)
    elif budget == "summary":
        audit.record("audit_rate_limited", client=client, refused=action, limit=sessions.REFUSALS_AUDITED)


async def sign_in(request: Request) -> Response:
    form: Any = await request.form()
    lang = _lang(form.get("lang"))
    next_path = safe_next(form.get("next"))
    name = str(form.get("user", "")).strip()[:200]
    password = str(form.get("password", ""))[:1000]
    csrf = str(form.get("csrf", ""))
    client = sessions.client_key(client_address(request))
    if not _same_origin(request) or not csrf or csrf != request.cookies.get(CSRF_COOKIE):
        _audit_refusal("login_refused_csrf", name, client)
        return _form(request, lang, next_path, t("auth.csrf", lang), name, status=403)
    wait = sessions.client_wait(client)
    if wait > 0:
        _audit_refusal("login_throttled", name, client, wait_seconds=round(wait))
        response = _form(request, lang, next_path, t("auth.slow_down", lang, n=int(wait) + 1), name, status=429)
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response
    until = sessions.locked_until(name, client)
    if until is not None:  # the right password is refused too, from this client
        audit.record("login_refused_locked", who=name, client=client)
        locked_text = t("auth.locked", lang, until=_when(until, lang), failures=sessions.LOCK_AFTER)
        return _form(request, lang, next_path, locked_text, name, status=423)
    # Argon2 (64 MiB, ~50 ms) runs in a worker thread: the replica's event loop keeps serving pages.
    found = await run_in_threadpool(auth.authenticate, name, password)
    if found is None:
        locked = sessions.record_failure(name, client)
        audit.record("login_failed", who=name, client=client)
        if locked is not None:
            audit.record("account_locked", who=name, client=client, minutes=sessions.LOCK_SECONDS // 60)
            locked_text = t("auth.locked", lang, until=_when(locked, lang), failures=sessions.LOCK_AFTER)
            return _form(request, lang, next_path, locked_text, name, status=423)
        return _form(request, lang, next_path, t("auth.failed", lang), name, status=401)
    sessions.clear_failures(found.user, client)
    token = sessions.issue(found.user, auth.token_versions().get(found.user, 0))
    audit.record("login", who=found.user, scope=found.describe(), client=client)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        sessions.COOKIE,
        token,
        max_age=sessions.ABSOLUTE_SECONDS,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    response.delete_cookie(CSRF_COOKIE, path="/auth")
    return response


async def sign_out(request: Request) -> Response:
    if not _same_origin(request):
        return Response(status_code=403)
    user = sessions.revoke(request.cookies.get(sessions.COOKIE, ""))
    if user:
        audit.record("logout", who=user)
    form: Any = await request.form()
    response = RedirectResponse(safe_next(form.get("next")), status_code=303)
    response.delete_cookie(sessions.COOKIE, path="/")
    return response


def sign_in_url(next_path: str, lang: Lang) -> str:
    query = {"next": safe_next(next_path)} | ({"lang": "en"} if lang == "en" else {})
    return f"{SIGN_IN}?{urlencode(query)}"


def routes() -> list[Route]:
    return [
        Route(SIGN_IN, sign_in_page, methods=["GET"]),
        Route(SIGN_IN, sign_in, methods=["POST"]),
        Route(SIGN_OUT, sign_out, methods=["POST"]),
    ]
