"""The audit log: logins, imports and every export of case-level data.

One JSON object per line in ``audit.jsonl`` (who, when, what, scope),
appended with fsync. Viewable by ``admin`` in the app and with
``python -m netralitas audit``.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from netralitas.settings import Settings, get_settings


def record(action: str, *, who: str = "", scope: str = "", settings: Settings | None = None, **what: Any) -> None:
    settings = settings or get_settings()
    settings.audit_log.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "action": action,
        "who": who,
        "scope": scope,
        **what,
    }
    line = json.dumps(entry, ensure_ascii=False, default=str)
    fd = os.open(settings.audit_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)  # who signed in, from where, what was exported: the owner's only
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def read(settings: Settings | None = None, limit: int = 5000) -> pd.DataFrame:
    """The newest ``limit`` entries, newest first."""
    settings = settings or get_settings()
    columns = ["time", "action", "who", "scope", "details"]
    if not settings.audit_log.exists():
        return pd.DataFrame(columns=columns)
    rows = []
    for line in settings.audit_log.read_text(encoding="utf-8").splitlines()[-limit:]:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        details = {k: v for k, v in entry.items() if k not in ("time", "action", "who", "scope")}
        rows.append(
            {
                "time": entry.get("time", ""),
                "action": entry.get("action", ""),
                "who": entry.get("who", ""),
                "scope": entry.get("scope", ""),
                "details": json.dumps(details, ensure_ascii=False),
            }
        )
    return pd.DataFrame(rows[::-1], columns=columns)
