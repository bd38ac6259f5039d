"""Load the live dashboard the way browsers do: concurrent websocket sessions speaking
Streamlit's protocol.

Each session opens ``/_stcore/stream`` (subprotocol ``streamlit``), learns the app's pages from
``new_session``, then asks for pages with ``BackMsg.rerun_script`` and reads ``ForwardMsg``
deltas until ``script_finished``: one page view. Exceptions drawn by a page count as page
errors, a socket that closes early as a dropped session. Loopback addresses only.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

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
                        await asyncio.sleep(random.uniform(0, 2 * think))
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
