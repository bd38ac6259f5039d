"""How ``make bench`` turns runs into figures: repeated timings in milliseconds, percentiles, and a
figure printed beside its target. The targets of the live server (issue #3) and the hearing briefs
(issue #5) are here, the public edition's in ``bench_edition``."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

# Milliseconds, except "rss" (MB).
TARGETS = {"filter": 400.0, "switch": 600.0, "start": 4000.0, "rss": 600.0, "brief": 10_000.0}


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` calls of ``fn``."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], q: int) -> float:
    """The ``q``th percentile (inclusive method); the value itself for a single run."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def verdict(value: float, target: float) -> str:
    """``value`` beside a lower-is-better ``target``: met or not, and their ratio."""
    shown = f"{target:,.0f}" if target >= 10 else f"{target:g}"
    return f"(target < {shown}: {'met' if value < target else 'NOT met'}; ratio {value / target:.2f})"
