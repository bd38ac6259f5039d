"""Sign-in sessions that survive a reload and a new tab, and sign-in attempts that are throttled.

After a local sign-in the browser holds an HttpOnly cookie with a signed session id
(itsdangerous, keyed by the server's cookie secret). The session itself lives server-side in
SQLite in the data dir, shared by every replica: it expires 8 hours after its last use and 24
hours after it was issued, and it is void once revoked (sign-out), once the account is removed,
or once the account's ``token_version`` changes (a role or scope change bumps it).

The same database counts failed sign-ins, per account and per client apart (OWASP's
authentication guidance: throttle the attacker, not the account's owner):

- five failures against one account from one client within 15 minutes lock that account *for
  that client* for 15 minutes (the right password is refused too, and the message says until
  when); another client that has not failed against the account signs in at once, so nobody can
  lock an official out by typing wrong passwords at their name;
- a client that keeps failing, against any account, waits 2, 4, 8 ... seconds (at most 5
  minutes) before each new attempt; a lock never resets that count, so one address cannot cycle
  through accounts to try more passwords;
- a good sign-in clears the failures of that account from that client only.

Every failure, lock and unlock goes to the audit log (``auth.py`` and ``web.py`` call
:mod:`netralitas.access.audit`).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer

from netralitas.settings import Settings, get_settings

COOKIE = "netralitas_session"
IDLE_SECONDS = 8 * 3600
ABSOLUTE_SECONDS = 24 * 3600
TOUCH_EVERY = 60  # write last_seen at most once a minute per session
LOCK_AFTER = 5  # failures for one account from one client ...
LOCK_WINDOW = 15 * 60  # ... within this window lock it for that client ...
LOCK_SECONDS = 15 * 60  # ... for this long
CLIENT_FREE = 3  # failures from one client before it has to wait
CLIENT_MAX_WAIT = 300.0
CLIENT_WINDOW = 24 * 3600  # a client's failures count this long: its wait only grows within a day
REFUSALS_AUDITED = 20  # refused or throttled attempts of one client written to the audit log per window

_SCHEMA = """
create table if not exists sessions (
    id text primary key,
    user text not null,
    version integer not null,
    created real not null,
    last_seen real not null,
    revoked real
);
create table if not exists failures (
    user text not null,
    client text not null,
    at real not null
);
create index if not exists failures_user on failures (user, at);
create index if not exists failures_client on failures (client, at);
create table if not exists refusals (
    client text not null,
    at real not null
);
create index if not exists refusals_client on refusals (client, at);
create table if not exists client_locks (
    user text not null,
    client text not null,
    until real not null,
    primary key (user, client)
);
"""


def db_path(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).state_dir / "sessions.sqlite3"


@contextmanager
def _db(settings: Settings | None = None) -> Iterator[sqlite3.Connection]:
    path = db_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        con.execute("pragma journal_mode=wal")
        con.executescript(_SCHEMA)
        for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):  # the WAL holds sessions too
            if part.exists():
                part.chmod(0o600)
        yield con
    finally:
        con.close()


class CookieSecretError(ValueError):
    """A cookie secret that anyone could know or guess: the server refuses to start with it."""


# A secret shorter than this, or one that reads like a template's placeholder, is refused.
MIN_SECRET_CHARS = 32
_PLACEHOLDER = re.compile(r"(?i)change[-_ ]?me|placeholder|your[-_ ]?secret|^(?:secret|password|x+)$")


def checked_secret(secret: str, where: str) -> str:
    """``secret`` if it is long and not a placeholder; else a refusal that says where it came from."""
    if len(secret) < MIN_SECRET_CHARS or _PLACEHOLDER.search(secret):
        raise CookieSecretError(
            f"{where}: rahasia cookie ditolak (placeholder atau kurang dari {MIN_SECRET_CHARS} karakter); "
            f"buat dengan `python -c 'import secrets; print(secrets.token_urlsafe(48))'` / "
            f"cookie secret refused (a placeholder or shorter than {MIN_SECRET_CHARS} characters)"
        )
    return secret


def cookie_secret(settings: Settings) -> str:
    """The one ``server.cookieSecret`` every replica shares: from settings, else generated once
    into the data dir (mode 0600) and reused by every later start. A configured secret that is a
    placeholder (the Kubernetes manifest's "change-me-...") or short is refused, not used."""
    if settings.cookie_secret:
        return checked_secret(settings.cookie_secret, "NETRALITAS_COOKIE_SECRET")
    if os.environ.get("STREAMLIT_SERVER_COOKIE_SECRET"):  # set by a deployment (Kubernetes secret)
        return checked_secret(os.environ["STREAMLIT_SERVER_COOKIE_SECRET"], "STREAMLIT_SERVER_COOKIE_SECRET")
    path = settings.state_dir / "cookie_secret"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".cookie_secret.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_urlsafe(48))
    try:
        os.link(tmp, path)  # the first of two starts wins; the other reads its secret
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_text(encoding="utf-8").strip()


def _serializer(settings: Settings | None = None) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(cookie_secret(settings or get_settings()), salt="netralitas-session")


@dataclass(frozen=True)
class Session:
    id: str
    user: str
    version: int
    created: float
    last_seen: float


def issue(user: str, version: int, settings: Settings | None = None, now: float | None = None) -> str:
    """A new session for ``user``; returns the signed cookie value."""
    now = time.time() if now is None else now
    sid = secrets.token_urlsafe(32)
    with _db(settings) as con:
        con.execute(
            "insert into sessions (id, user, version, created, last_seen) values (?, ?, ?, ?, ?)",
            (sid, user, version, now, now),
        )
    return _serializer(settings).dumps(sid)


def _sid(token: str, settings: Settings | None) -> str | None:
    try:
        sid = _serializer(settings).loads(token, max_age=ABSOLUTE_SECONDS)
    except BadSignature:  # also SignatureExpired: older than the absolute limit
        return None
    return sid if isinstance(sid, str) else None


def verify(token: str, current_version: dict[str, int], settings: Settings | None = None) -> Session | None:
    """The live session behind a cookie value, or ``None`` (bad signature, unknown, revoked,
    idle for 8 hours, older than 24 hours, or the account changed or is gone).
    ``current_version``: each local account's token version now."""
    sid = _sid(token, settings) if token else None
    if sid is None:
        return None
    now = time.time()
    with _db(settings) as con:
        row = con.execute(
            "select id, user, version, created, last_seen, revoked from sessions where id = ?", (sid,)
        ).fetchone()
        if row is None or row[5] is not None:
            return None
        session = Session(*row[:5])
        if now - session.created > ABSOLUTE_SECONDS or now - session.last_seen > IDLE_SECONDS:
            return None
        if current_version.get(session.user) != session.version:
            return None
        if now - session.last_seen > TOUCH_EVERY:
            con.execute("update sessions set last_seen = ? where id = ?", (now, sid))
    return session


def revoke(token: str, settings: Settings | None = None) -> str | None:
    """End the session behind a cookie value (sign-out); returns its user."""
    sid = _sid(token, settings) if token else None
    if sid is None:
        return None
    with _db(settings) as con:
        row = con.execute("select user from sessions where id = ?", (sid,)).fetchone()
        con.execute("update sessions set revoked = ? where id = ? and revoked is null", (time.time(), sid))
    return str(row[0]) if row else None


def revoke_user(user: str, settings: Settings | None = None) -> int:
    """End every session of ``user`` (account removed or changed); returns how many."""
    with _db(settings) as con:
        cur = con.execute("update sessions set revoked = ? where user = ? and revoked is null", (time.time(), user))
        return cur.rowcount


# -- throttling ------------------------------------------------------------------------------------


def client_key(address: str) -> str:
    """Clients are counted by a hash of their address (the audit log need not hold addresses)."""
    return hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]


def locked_until(user: str, client: str, settings: Settings | None = None, now: float | None = None) -> float | None:
    """When the account stops refusing this client (None: not locked for it)."""
    now = time.time() if now is None else now
    with _db(settings) as con:
        row = con.execute("select until from client_locks where user = ? and client = ?", (user, client)).fetchone()
    return float(row[0]) if row and row[0] > now else None


def client_wait(client: str, settings: Settings | None = None, now: float | None = None) -> float:
    """Seconds this client must wait before its next attempt: 0 for the first few failures
    within a day, then 2, 4, 8, ... seconds after its latest failure (at most 5 minutes)."""
    now = time.time() if now is None else now
    with _db(settings) as con:
        rows = con.execute(
            "select count(*), max(at) from failures where client = ? and at > ?", (client, now - CLIENT_WINDOW)
        ).fetchone()
    count, latest = int(rows[0] or 0), rows[1]
    if count < CLIENT_FREE or latest is None:
        return 0.0
    wait = min(CLIENT_MAX_WAIT, 2.0 ** (count - CLIENT_FREE + 1))
    return max(0.0, float(latest) + wait - now)


def record_failure(user: str, client: str, settings: Settings | None = None, now: float | None = None) -> float | None:
    """Count a failed sign-in; returns the lock's end when this failure locks the account for
    this client. The client's failures stay counted (its backoff goes on growing)."""
    now = time.time() if now is None else now
    with _db(settings) as con:
        con.execute("insert into failures (user, client, at) values (?, ?, ?)", (user, client, now))
        (count,) = con.execute(
            "select count(*) from failures where user = ? and client = ? and at > ?",
            (user, client, now - LOCK_WINDOW),
        ).fetchone()
        if count >= LOCK_AFTER:
            until = now + LOCK_SECONDS
            con.execute(
                "insert or replace into client_locks (user, client, until) values (?, ?, ?)", (user, client, until)
            )
            return until
    return None


def audit_refusal(client: str, settings: Settings | None = None, now: float | None = None) -> str:
    """Whether a refused or throttled attempt (no account involved: a forged form, a client told
    to wait) goes to the audit log: ``log`` for a client's first ``REFUSALS_AUDITED`` within the
    window, ``summary`` once after that (one line saying the rest are not written), then ``skip``.
    A flood of anonymous posts cannot push real entries out of the admin page's view."""
    now = time.time() if now is None else now
    with _db(settings) as con:
        con.execute("delete from refusals where at <= ?", (now - LOCK_WINDOW,))
        (count,) = con.execute("select count(*) from refusals where client = ?", (client,)).fetchone()
        con.execute("insert into refusals (client, at) values (?, ?)", (client, now))
    if count < REFUSALS_AUDITED:
        return "log"
    return "summary" if count == REFUSALS_AUDITED else "skip"


def clear_failures(user: str, client: str, settings: Settings | None = None) -> None:
    """After a good sign-in, this client's failures against this account are forgotten (its
    failures against other accounts still count)."""
    with _db(settings) as con:
        con.execute("delete from failures where user = ? and client = ?", (user, client))


def unlock(user: str, settings: Settings | None = None) -> bool:
    """Lift every lock on an account (``users unlock NAME``); returns whether there was one."""
    with _db(settings) as con:
        cur = con.execute("delete from client_locks where user = ? and until > ?", (user, time.time()))
        con.execute("delete from failures where user = ?", (user,))
        return cur.rowcount > 0
