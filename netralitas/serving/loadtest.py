"""Load the live dashboard the way browsers do: concurrent websocket sessions speaking
Streamlit's protocol. ``make loadtest`` (``python -m netralitas.serving.loadtest``) runs it against one
process, ``--replicas 2`` and ``--replicas 4`` behind HAProxy, and a trivial Streamlit page (the
floor), on a copy of the data dir, with a register import during the large run.

Each session opens ``/_stcore/stream`` (subprotocol ``streamlit``), learns the app's pages from
``new_session``, then asks for pages with ``BackMsg.rerun_script`` and reads ``ForwardMsg``
deltas until ``script_finished``: one page view. Exceptions drawn by a page count as page
errors, a socket that closes early as a dropped session. Loopback addresses only.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from netralitas.machine import free_port

LOOPBACK = ("127.0.0.1", "localhost", "::1")
FINISHED = (0, 3)  # ScriptFinishedStatus: FINISHED_SUCCESSFULLY, FINISHED_EARLY_FOR_RERUN


@dataclass
class Result:
    sessions: int
    views: list[tuple[str, float]] = field(default_factory=list)  # (page, seconds)
    page_errors: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    wall: float = 0.0

    def by_page(self) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for page, seconds in self.views:
            out.setdefault(page, []).append(seconds)
        return out

    @property
    def views_per_second(self) -> float:
        return len(self.views) / self.wall if self.wall else 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


class _Session:
    def __init__(self, url: str, result: Result, timeout: float):
        parts = urlsplit(url)
        if parts.hostname not in LOOPBACK:
            raise ValueError(f"{url}: loopback addresses only")
        self.stream = f"ws://{parts.hostname}:{parts.port}/_stcore/stream"
        self.result = result
        self.timeout = timeout
        self.pages: dict[str, str] = {}  # url path -> page script hash

    async def view(self, ws: websockets.ClientConnection, page: str, record: bool = True) -> None:
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_script_hash = self.pages.get(page, "")
        t0 = time.perf_counter()
        await ws.send(msg.SerializeToString())
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout=self.timeout)
            fm = ForwardMsg()
            fm.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
            kind = fm.WhichOneof("type")
            if kind in ("new_session", "navigation"):
                for p in getattr(fm, kind).app_pages:
                    self.pages[p.url_pathname or ""] = p.page_script_hash
            elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                element = fm.delta.new_element
                if element.WhichOneof("type") == "exception":
                    self.result.page_errors.append(f"{page}: {element.exception.type}: {element.exception.message}")
            elif kind == "script_finished":
                if record:
                    self.result.views.append((page or "(home)", time.perf_counter() - t0))
                if fm.script_finished not in FINISHED:
                    self.result.page_errors.append(f"{page}: script_finished {fm.script_finished}")
                return

    async def run(self, pages: list[str], rounds: int, think: float, start_delay: float) -> None:
        await asyncio.sleep(start_delay)
        try:
            async with websockets.connect(
                self.stream, subprotocols=[websockets.Subprotocol("streamlit")], max_size=None
            ) as ws:
                await self.view(ws, "", record=False)  # the first run: learns the pages
                for _ in range(rounds):
                    order = pages[:]
                    random.shuffle(order)
                    for page in order:
                        await asyncio.sleep(random.uniform(0, 2 * think))  # noqa: S311 think time, not a secret
                        await self.view(ws, page)
        except (OSError, TimeoutError, websockets.ConnectionClosed) as exc:
            self.result.dropped.append(f"{type(exc).__name__}: {exc}")


async def _run(
    url: str, pages: list[str], sessions: int, rounds: int, think: float, ramp: float, timeout: float
) -> Result:
    result = Result(sessions)
    started = time.perf_counter()
    await asyncio.gather(
        *(_Session(url, result, timeout).run(pages, rounds, think, ramp * i / sessions) for i in range(sessions))
    )
    result.wall = time.perf_counter() - started
    return result


def run(
    url: str,
    pages: list[str],
    sessions: int = 10,
    rounds: int = 2,
    think: float = 0.5,
    ramp: float = 2.0,
    timeout: float = 120.0,
) -> Result:
    """``sessions`` concurrent sessions, each viewing every page ``rounds`` times in random order,
    with a think time around ``think`` seconds between views."""
    return asyncio.run(_run(url, pages, sessions, rounds, think, ramp, timeout))


def summary(result: Result) -> str:
    times = [s for _, s in result.views]
    lines = [
        f"{result.sessions} sessions: {len(times)} page views in {result.wall:.1f} s = "
        f"{result.views_per_second:.2f} views/s; median {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {percentile(times, 95) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; "
        f"{len(result.page_errors)} page errors, {len(result.dropped)} dropped sessions"
        if times
        else f"{result.sessions} sessions: no page view ({len(result.dropped)} dropped)"
    ]
    for page, values in sorted(result.by_page().items()):
        lines.append(
            f"  {page:16} median {statistics.median(values) * 1000:6.0f} ms  "
            f"p95 {percentile(values, 95) * 1000:6.0f} ms  max {max(values) * 1000:6.0f} ms  n={len(values)}"
        )
    lines += [f"  error: {e}" for e in result.page_errors[:5]] + [f"  dropped: {d}" for d in result.dropped[:5]]
    return "\n".join(lines)


# -- make loadtest -----------------------------------------------------------------------------

PUBLIC_PAGES = ["ringkasan", "peta", "linimasa", "perbandingan", "tindak-lanjut", "bahan-rapat", "metodologi"]
TARGETS = {"p95_cluster_s": 5.0, "p95_single_s": 1.5, "rss_mb": 500.0}


def wait_healthy(url: str, timeout: float = 180) -> None:
    """Until ``url``/_stcore/health answers 200 (a Streamlit server, or HAProxy in front of one)."""
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):  # noqa: S310 our own http URL
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Server:
    """One process (``replicas`` 1), N replicas behind HAProxy, or the floor page, on loopback."""

    def __init__(self, data_dir: str, replicas: int = 1, floor: bool = False, streamlit_defaults: bool = False):
        import os
        import subprocess
        import sys

        from netralitas.settings import REPO_ROOT

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.replicas = replicas
        self.state = REPO_ROOT / ".run" / f"cluster-{self.port}" / "cluster.json"
        env = {**os.environ, "NETRALITAS_DATA_DIR": data_dir, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        if floor:
            command = [sys.executable, "-m", "streamlit", "run", str(Path(__file__).with_name("floor_page.py"))]
            command += ["--server.port", str(self.port), "--server.address", "127.0.0.1", "--server.headless", "true"]
            # Streamlit's own default (a full collection after every run) or the project's (none).
            command += ["--runner.postScriptGC", "true" if streamlit_defaults else "false"]
        else:
            command = [sys.executable, "-m", "netralitas", "serve", "--port", str(self.port)]
            command += ["--replicas", str(replicas)]
        self.proc = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_healthy(self.url)
        if replicas > 1:  # every replica up on its own port, then a moment for HAProxy's checks to see it
            import json

            deadline = time.monotonic() + 180
            while not self.state.exists() and time.monotonic() < deadline:
                time.sleep(0.2)
            for replica in json.loads(self.state.read_text())["replicas"]:
                wait_healthy(f"http://127.0.0.1:{replica['port']}")
            time.sleep(3)

    def pids(self) -> list[int]:
        import json

        if self.replicas > 1 and self.state.exists():
            return [int(r["pid"]) for r in json.loads(self.state.read_text())["replicas"]]
        return [self.proc.pid]

    def stop(self) -> None:
        import signal
        import subprocess

        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _warm(url: str, pages: list[str]) -> None:
    """One session over every page first: start-up and first-visit costs are not the steady state."""
    run(url, pages, sessions=1, rounds=1, think=0.0, ramp=0.0)


def _row(label: str, result: Result, rss: list[float]) -> str:
    times = [s for _, s in result.views] or [float("nan")]
    return (
        f"  {label:44} {result.views_per_second:7.2f} {statistics.median(times):8.2f} "
        f"{percentile(times, 95):7.2f} {max(times):7.2f} {len(result.page_errors):6d} {len(result.dropped):7d} "
        f"{max(rss) if rss else float('nan'):7.0f}"
    )


# The columns of each ``_row``.
HEADER = (
    f"  {'run':44} {'views/s':>7} {'median s':>8} {'p95 s':>7} {'max s':>7} {'errors':>6} {'dropped':>7} {'RSS MB':>7}"
)
BEFORE = (
    "  before (issue #11, same machine): 1 process, 10 sessions 2.45 views/s, median 3.1 s, p95 5.7 s; "
    "50 sessions median 24 s, p95 67 s, 15 of 50 dropped; trivial page 0.22 s median, 4.3 views/s"
)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m netralitas.serving.loadtest", description=__doc__)
    ap.add_argument("--sessions", type=int, default=50, help="sessions in the large runs")
    ap.add_argument("--think", type=float, default=1.0, help="mean think time between page views, seconds")
    ap.add_argument("--rounds", type=int, default=1, help="times each session views every public page")
    ap.add_argument("--replicas", default="1,2,4", help="replica counts for the large run")
    ap.add_argument("--small", type=int, default=10, help="sessions in the single-process run (0.5 s think)")
    return ap


def main(argv: list[str] | None = None) -> int:
    import shutil
    import tempfile

    from netralitas.settings import get_settings

    args = _parser().parse_args(argv)
    counts = [int(c) for c in args.replicas.split(",") if c]
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(get_settings().data_dir, data, symlinks=True, ignore=shutil.ignore_patterns("editions.jsonl"))
        print(f"data: a copy of {get_settings().data_dir} in {data}; pages: {', '.join(PUBLIC_PAGES)}", flush=True)
        floors = _floor_runs(data, args.small, rows)
        single = _single_run(data, args.small, args.rounds, rows)
        big = {n: _replica_run(data, n, args.sessions, args.rounds, args.think, rows) for n in counts}
    print("\n" + HEADER + "\n" + "\n".join(rows))
    print(BEFORE)
    _print_against_targets(args.small, args.sessions, floors, single, big)
    return 0


def _floor_runs(data: Path, small: int, rows: list[str]) -> dict[str, float]:
    """The trivial page with our runner settings, then with Streamlit's defaults: a row each (added
    to ``rows`` and printed), and the median page view by label."""
    floors: dict[str, float] = {}
    for defaults in (False, True):
        floor = Server(str(data), floor=True, streamlit_defaults=defaults)
        try:
            _warm(floor.url, [""])
            result = run(floor.url, [""], sessions=small, rounds=len(PUBLIC_PAGES), think=0.5)
            label = "Streamlit's defaults" if defaults else "our runner settings"
            rows.append(_row(f"floor ({label}), {small} sessions", result, [rss_mb(floor.proc.pid)]))
            floors[label] = statistics.median([s for _, s in result.views])
        finally:
            floor.stop()
        print(rows[-1], flush=True)
    return floors


def _single_run(data: Path, small: int, rounds: int, rows: list[str]) -> Result:
    """One process, ``small`` sessions with a 0.5 s think time: its row (added and printed)."""
    single = Server(str(data))
    try:
        _warm(single.url, PUBLIC_PAGES)
        result = run(single.url, PUBLIC_PAGES, sessions=small, rounds=rounds, think=0.5)
        rows.append(_row(f"1 process, {small} sessions", result, [rss_mb(single.proc.pid)]))
    finally:
        single.stop()
    print(rows[-1], flush=True)
    return result


def _replica_run(data: Path, n: int, sessions: int, rounds: int, think: float, rows: list[str]) -> Result:
    """``n`` replicas (one process when 1) under the large crowd, with a register import during
    the run on 2 replicas: its row (added and printed)."""
    server = Server(str(data), replicas=n)
    try:
        _warm(server.url, PUBLIC_PAGES)
        importer = _start_import(data) if n == 2 else None  # a register import while the crowd is on the replicas
        result = run(server.url, PUBLIC_PAGES, sessions=sessions, rounds=rounds, think=think)
        if importer:
            importer.join()
        rss = [rss_mb(p) for p in server.pids()]
        label = f"{n} process" if n == 1 else f"{n} replicas (HAProxy)"
        rows.append(_row(f"{label}, {sessions} sessions" + (", import" if importer else ""), result, rss))
    finally:
        server.stop()
    print(rows[-1], flush=True)
    return result


def _start_import(data: Path) -> threading.Thread:
    """A thread that imports the example cases into ``data`` five seconds from now."""
    from dataclasses import replace

    from netralitas.pipeline import ingest
    from netralitas.settings import REPO_ROOT, Settings, get_settings

    cases = REPO_ROOT / "docs" / "examples" / "cases.csv"
    settings = replace(get_settings(), data_dir=data)

    def do_import(cases: Path = cases, settings: Settings = settings) -> None:
        time.sleep(5)
        ingest.import_file("cases", cases, settings=settings, user="loadtest")

    importer = threading.Thread(target=do_import)
    importer.start()
    return importer


def _print_against_targets(
    small: int, sessions: int, floors: dict[str, float], single: Result, big: dict[int, Result]
) -> None:
    """The runs against their targets, then a few of the large runs' page errors and dropped sessions."""
    single_times = [s for _, s in single.views]
    median = statistics.median(single_times)
    print(
        f"\n  single process, {small} sessions: p95 {percentile(single_times, 95):.2f} s "
        f"(target < {TARGETS['p95_single_s']} s); median page view {median:.2f} s = "
        + ", ".join(f"{median / m:.2f}x the trivial page with {k}" for k, m in floors.items())
        + " (target <= 1.2x)"
    )
    if 2 in big:
        r = big[2]
        times = [s for _, s in r.views]
        print(
            f"  2 replicas, {sessions} sessions, import during the run: p95 {percentile(times, 95):.2f} s "
            f"(target < {TARGETS['p95_cluster_s']} s), {len(r.page_errors)} page errors, {len(r.dropped)} dropped "
            "(target 0 and 0)"
        )
    if len(big) > 1:
        base = big[min(big)].views_per_second
        print(
            "  throughput by replicas: "
            + ", ".join(
                f"{n}: {r.views_per_second:.2f} views/s ({r.views_per_second / base:.2f}x)" for n, r in big.items()
            )
        )
    for r in big.values():
        for line in (r.page_errors + r.dropped)[:3]:
            print(f"  example: {line}")


if __name__ == "__main__":
    raise SystemExit(main())
