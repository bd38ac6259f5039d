"""Warehouse swaps under load: builds are immutable files behind a pointer, queries lease the
build they run on, a script run pins one build. Rebuilding while pages are being read breaks
nothing and never mixes two builds on one page."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from netralitas.access.viewer import PUBLIC
from netralitas.app import cache
from netralitas.pipeline import warehouse
from netralitas.serving import loadtest
from netralitas.settings import get_settings


def _variants(events: Path) -> tuple[str, str]:
    full = events.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    return full, "".join(lines[:-1])  # one event fewer: each build is told apart by its count


def test_builds_are_files_behind_a_pointer(data_dir: Path) -> None:
    settings = get_settings()
    first = warehouse.build(settings)
    second = warehouse.build(settings)
    third = warehouse.build(settings)
    folder = warehouse.builds_dir(settings)
    assert warehouse.current_build(settings) == third.build_id
    assert sorted(p.stem for p in folder.glob("*.duckdb")) == [second.build_id, third.build_id]  # the last two
    assert not (folder / f"{first.build_id}.duckdb").exists()
    # analysts open one documented path: it always names the current build
    assert settings.warehouse_path.is_symlink()
    assert settings.warehouse_path.resolve() == (folder / f"{third.build_id}.duckdb").resolve()


def test_rebuilds_under_load_break_no_query_and_mix_no_builds(data_dir: Path) -> None:
    settings = get_settings()
    events = settings.curated_dir / "events.csv"
    full, short = _variants(events)
    stop = threading.Event()
    errors: list[str] = []
    mixed: list[str] = []
    seen: set[str] = set()
    views = [0]

    def page() -> None:
        while not stop.is_set():
            try:
                with cache.pinned():  # as dashboard.py does for every script run
                    summary = cache.warehouse_summary()
                    rows = cache.curated_events()
                    timeline = cache.timeline_events("pilkada_2024", "")
                    cache.region_measures("pilkada_2024", "1", "", PUBLIC)
                    if summary.events != len(rows) or len(timeline) > len(rows):
                        mixed.append(f"{summary.build_id}: {summary.events} vs {len(rows)}")
                    seen.add(summary.build_id)
                    views[0] += 1
            except Exception as exc:  # any exception is a broken page
                errors.append(repr(exc))

    threads = [threading.Thread(target=page) for _ in range(4)]
    for th in threads:
        th.start()
    try:
        for i in range(10):
            events.write_text(short if i % 2 == 0 else full, encoding="utf-8")
            warehouse.build(settings)
            time.sleep(0.05)
    finally:
        stop.set()
        for th in threads:
            th.join(timeout=60)
    assert not errors, errors[:3]
    assert not mixed, mixed[:3]
    assert views[0] > 20 and len(seen) >= 4
    # old builds are closed once nothing reads them (at most the current one stays open; other
    # tests in this process may hold builds of their own data dirs)
    assert len([b for b in cache._open if b in seen]) <= 1


@pytest.mark.browser
def test_the_server_keeps_serving_while_the_warehouse_is_rebuilt(data_dir: Path) -> None:
    server = loadtest.Server(str(data_dir))
    url = server.url
    try:
        settings = get_settings()
        events = settings.curated_dir / "events.csv"
        full, short = _variants(events)
        result: list[loadtest.Result] = []
        sessions = threading.Thread(
            target=lambda: result.append(
                loadtest.run(url, ["ringkasan", "peta", "linimasa", "perbandingan"], sessions=4, rounds=3, think=0.2)
            )
        )
        sessions.start()
        for i in range(10):
            events.write_text(short if i % 2 == 0 else full, encoding="utf-8")
            warehouse.build(settings)
        sessions.join(timeout=300)
        done = result[0]
        assert not done.page_errors, done.page_errors[:3]
        assert not done.dropped, done.dropped[:3]
        assert len(done.views) == 4 * 3 * 4
    finally:
        server.stop()
