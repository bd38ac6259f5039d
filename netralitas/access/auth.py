"""Accounts: a local store for the embedded default, and a role table for OIDC.

The store is ``users.json`` in the data dir (git-ignored), written
atomically. Passwords are hashed with Argon2id (argon2-cffi). OIDC users
(``st.login``) are mapped to a role by their e-mail or a group claim through
entries of kind ``oidc`` in the same store. Nobody is anything but public
until an entry says so.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from netralitas.access.viewer import PUBLIC, ROLES, Viewer
from netralitas.settings import Settings, get_settings

_hasher = PasswordHasher()


class AccountError(Exception):
    """A user-store operation was refused."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    scope: str
    kind: str  # "local" (password) or "oidc" (e-mail or group claim)
    created: str

    def viewer(self) -> Viewer:
        return Viewer(role=self.role, scope=self.scope, user=self.name)  # type: ignore[arg-type]


def store_path(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "users.json"


def _load(settings: Settings | None) -> dict[str, dict[str, Any]]:
    path = store_path(settings)
    if not path.exists():
        return {}
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8")).get("users", {})
    return data


def _retired(settings: Settings | None) -> dict[str, int]:
    """Removed accounts' next token version (names only, no role or hash): versions only grow."""
    path = store_path(settings)
    if not path.exists():
        return {}
    data: dict[str, int] = json.loads(path.read_text(encoding="utf-8")).get("retired_versions", {})
    return data


def _save(users: dict[str, dict[str, Any]], settings: Settings | None, retired: dict[str, int] | None = None) -> None:
    path = store_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"users": users, "retired_versions": _retired(settings) if retired is None else retired}
    fd = os.open(path.with_suffix(".json.tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(body, indent=2, ensure_ascii=False))
    os.chmod(path.with_suffix(".json.tmp"), 0o600)
    path.with_suffix(".json.tmp").replace(path)


def add(
    name: str,
    role: str,
    scope: str = "",
    password: str | None = None,
    *,
    oidc: bool = False,
    settings: Settings | None = None,
) -> Account:
    name = name.strip().lower() if oidc else name.strip()
    if not name:
        raise AccountError("nama kosong / empty name")
    if role not in ROLES or role == "public":
        raise AccountError(f"peran tidak dikenal / unknown role {role!r}; pilih / choose: komisi, provinsi, admin")
    try:
        Viewer(role=role, scope=scope, user=name)  # type: ignore[arg-type]
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    if not oidc and (not password or len(password) < 10):
        raise AccountError("kata sandi minimal 10 karakter / password needs at least 10 characters")
    users = _load(settings)
    if name in users:
        raise AccountError(f"{name}: sudah ada / already exists")
    entry: dict[str, Any] = {
        "role": role,
        "scope": scope,
        "kind": "oidc" if oidc else "local",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if not oidc:
        entry["hash"] = _hasher.hash(password or "")
        # A name used before starts above every version it ever had: its old sessions stay void.
        entry["token_version"] = _retired(settings).get(name, 0)
    users[name] = entry
    _save(users, settings)
    return Account(name, role, scope, entry["kind"], entry["created"])


def remove(name: str, settings: Settings | None = None) -> int:
    """Delete an account and end its sessions; returns how many sessions were ended."""
    from netralitas.access import sessions

    users = _load(settings)
    if name not in users and name.lower() not in users:
        raise AccountError(f"{name}: tidak ada / no such user")
    key = name if name in users else name.lower()
    entry = users.pop(key)
    retired = _retired(settings)
    retired[key] = max(retired.get(key, 0), int(entry.get("token_version", 0)) + 1)
    _save(users, settings, retired)
    return sessions.revoke_user(name, settings)


def change(name: str, role: str | None = None, scope: str | None = None, settings: Settings | None = None) -> Account:
    """A new role or scope; the account's token version moves on, so its sessions end."""
    from netralitas.access import sessions

    users = _load(settings)
    entry = users.get(name)
    if entry is None:
        raise AccountError(f"{name}: tidak ada / no such user")
    new_role = role or entry["role"]
    new_scope = entry.get("scope", "") if scope is None else scope
    try:
        Viewer(role=new_role, scope=new_scope, user=name)  # type: ignore[arg-type]
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    entry.update(role=new_role, scope=new_scope, token_version=int(entry.get("token_version", 0)) + 1)
    _save(users, settings)
    sessions.revoke_user(name, settings)
    return Account(name, new_role, new_scope, entry.get("kind", "local"), entry.get("created", ""))


def token_versions(settings: Settings | None = None) -> dict[str, int]:
    """Each local account's token version: a session issued under another version is void."""
    return {n: int(u.get("token_version", 0)) for n, u in _load(settings).items() if u.get("kind") == "local"}


def account_viewer(name: str, settings: Settings | None = None) -> Viewer | None:
    """The viewer of a local account as it is now (role and scope from the store)."""
    entry = _load(settings).get(name)
    if not entry or entry.get("kind") != "local":
        return None
    return Viewer(role=entry["role"], scope=entry.get("scope", ""), user=name)


def accounts(settings: Settings | None = None) -> list[Account]:
    return [
        Account(n, u["role"], u.get("scope", ""), u.get("kind", "local"), u.get("created", ""))
        for n, u in sorted(_load(settings).items())
    ]


def authenticate(name: str, password: str, settings: Settings | None = None) -> Viewer | None:
    """The viewer for a local account, or ``None`` (same answer for unknown user and wrong password)."""
    entry = _load(settings).get(name.strip())
    if not entry or entry.get("kind") != "local":
        _hasher.hash("timing-equaliser")  # do similar work for unknown users
        return None
    try:
        _hasher.verify(entry["hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    return Viewer(role=entry["role"], scope=entry.get("scope", ""), user=name.strip())


def viewer_for_claims(email: str | None, groups: Iterable[str] = (), settings: Settings | None = None) -> Viewer:
    """Map an OIDC identity to a viewer through the role table; unknown identities are public."""
    users = _load(settings)
    keys = [email.lower()] if email else []
    keys += [f"group:{g}".lower() for g in groups]
    for key in keys:
        entry = users.get(key)
        if entry and entry.get("kind") == "oidc":
            return Viewer(role=entry["role"], scope=entry.get("scope", ""), user=email or key)
    return PUBLIC
