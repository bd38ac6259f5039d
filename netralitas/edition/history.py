"""The data changelog: one line per edition in ``editions.jsonl`` (data dir), with what it added.

An edition is named by its publication date and the hash of its content, so rebuilding
unchanged content gives the same edition (and the same files); new content gives a new line
that lists the events and figures added and removed since the edition before.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import Any

from netralitas.edition.record import Record
from netralitas.settings import Settings


def entries(settings: Settings) -> list[dict[str, Any]]:
    path = settings.edition_history
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
    return out


def current(settings: Settings, record: Record, content_hash: str) -> dict[str, Any]:
    """The edition this content makes: the last one again when nothing changed, else a new one."""
    past = entries(settings)
    if past and past[-1].get("content") == content_hash:
        return {**past[-1], "history": past}
    events, figures = set(record.events["event_id"]), set(record.figures["figure_id"])
    before_events = set(past[-1].get("event_ids", [])) if past else set()
    before_figures = set(past[-1].get("figure_ids", [])) if past else set()
    today = datetime.now(UTC).date().isoformat()
    entry = {
        "id": f"{today}.{content_hash[:8]}",
        "date": today,
        "content": content_hash,
        "as_of": record.as_of.isoformat() if record.as_of else "",
        "events": len(events),
        "figures": len(figures),
        "added_events": sorted(events - before_events),
        "removed_events": sorted(before_events - events),
        "added_figures": sorted(figures - before_figures),
        "removed_figures": sorted(before_figures - figures),
        "first": not past,
        "event_ids": sorted(events),
        "figure_ids": sorted(figures),
    }
    return {**entry, "history": [*past, entry], "new": True}


def commit(settings: Settings, edition: dict[str, Any]) -> None:
    """Append a new edition once it is published (an unchanged rebuild appends nothing)."""
    if not edition.get("new"):
        return
    line = {k: v for k, v in edition.items() if k not in ("history", "new")}
    settings.edition_history.parent.mkdir(parents=True, exist_ok=True)
    with settings.edition_history.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
