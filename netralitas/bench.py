"""``make bench``: measured speed of the data layer, printed as figures and ratios.

Not a test: it never fails a build. It reports
- the warehouse build time on the current data dir,
- p50/p95 latency of every report query on the built warehouse (warm cache),
- the DuckDB-versus-pandas ratio for the core funnel aggregation on a
  synthetic register of ``--rows`` rows (default 1,000,000),
so that performance claims in docs/performance.md come from a run, not a guess.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd

from netralitas import demo, warehouse
from netralitas.settings import get_settings

SAMPLE_PARAMS = {"election": "pilkada_2024", "region": "", "province": "74"}


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def funnel_pandas(frame: pd.DataFrame) -> pd.Series:
    """The funnel aggregation the way a notebook would write it in pandas."""
    g = frame.groupby("election")
    return pd.DataFrame(
        {
            "intake": g.size(),
            "registered": g["registered_date"].apply(lambda s: (s != "").sum()),
            "violation": g["outcome"].apply(lambda s: (s == "pelanggaran").sum()),
            "recommended": g["recommendation_date"].apply(lambda s: (s != "").sum()),
            "sanctioned": g["sanction_date"].apply(lambda s: (s != "").sum()),
        }
    ).stack()


FUNNEL_SQL = """
select election, count(*) as intake,
    count(*) filter (where registered_date <> '') as registered,
    count(*) filter (where outcome = 'pelanggaran') as violation,
    count(*) filter (where recommendation_date <> '') as recommended,
    count(*) filter (where sanction_date <> '') as sanctioned
from register group by election
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m netralitas.bench", description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000, help="synthetic rows for the DuckDB/pandas ratio")
    ap.add_argument("--repeat", type=int, default=30, help="runs per report query")
    args = ap.parse_args(argv)
    settings = get_settings()

    print("== Warehouse build (current data dir) ==")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = replace(settings, data_dir=Path(tmp))
        warehouse.seed_curated(scratch)
        scratch.demo_dir.mkdir(parents=True)
        if settings.demo_register.exists():
            scratch.demo_register.write_bytes(settings.demo_register.read_bytes())
        if settings.reference_dir.exists():
            import shutil

            shutil.copytree(settings.reference_dir, scratch.reference_dir)
        report = warehouse.build(scratch)
    print(f"build: {report.seconds * 1000:8.1f} ms  ({report.rows.get('fct_case_subjects', 0):,} case rows)")

    print(f"\n== Report queries, {args.repeat} warm runs each (ms) ==")
    con = warehouse.connect(settings)
    try:
        for name in warehouse.report_names():
            params = {k: SAMPLE_PARAMS[k] for k in warehouse.report_params(name)}
            runs = _timed(partial(warehouse.run_report, name, params, con), args.repeat)
            print(f"{name:24} p50 {_p(runs, 50):7.1f}   p95 {_p(runs, 95):7.1f}")
    finally:
        con.close()

    print(f"\n== Funnel aggregation, DuckDB vs pandas, {args.rows:,} rows ==")
    t0 = time.perf_counter()
    frame = demo.generate(args.rows, 1)
    print(f"synthetic register generated in {time.perf_counter() - t0:.1f} s")
    mem = duckdb.connect()
    mem.register("register", frame)
    duck = _timed(lambda: mem.execute(FUNNEL_SQL).fetchall(), 5)
    pand = _timed(lambda: funnel_pandas(frame), 5)
    print(f"duckdb  median {statistics.median(duck):8.1f} ms")
    print(f"pandas  median {statistics.median(pand):8.1f} ms")
    print(f"ratio   pandas/duckdb = {statistics.median(pand) / statistics.median(duck):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
