"""``make bench``: measured speed, printed as figures and ratios (never a pass/fail test).

1. Warehouse build and warm report latency on the current data dir.
2. The real server on a data dir with a ``--rows`` synthetic register
   (default 1,000,000), driven by Debian's Chromium through Playwright:
   server start to first chart, filter changes (map drill-down into
   provinces not yet cached), page switches, and the server's RSS.
3. DuckDB versus pandas on the core aggregations at ``--rows`` and
   ``--ratio-rows`` (default 10,000,000).
4. Hearing briefs (issue #5): assemble and render a PDF for a region with
   rich data, one with almost none, and a Papua regency (target < 10 s each).
5. The public edition (issue #10) against the live app, in the same run: the
   site's full and unchanged build, first chart in a cold Chromium from nginx
   (home, a province, the election page) beside the live app's first chart
   (warm server, cold browser), requests per second through nginx (wrk) beside
   the live app's page views per second (10 websocket sessions), and page sizes.
5b. First chart on a phone (issue 21): charts drawn at build time against
   plotly.js alone, locally and on a slow phone, and the sizes of both sites.
6. Build time as the record grows (issue 19): the warehouse, the full edition and an
   unchanged rebuild at 1x, 2x, 5x and 10x the curated record (a generated record,
   written to a temporary data dir and never published).

The targets of issue #3 are printed beside each figure; docs/performance.md
records a run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from netralitas.access.viewer import Viewer
from netralitas.pipeline import demo, warehouse
from netralitas.serving.bench_edition import EDITION_TARGETS, bench_edition, bench_first_chart
from netralitas.serving.measure import TARGETS, pct, timed, verdict
from netralitas.settings import Settings, get_settings

if TYPE_CHECKING:
    from netralitas.pipeline.regions import Region

# Here: the entry point, the order of the sections, their data dirs, and the sections that need no
# browser. Section 2's browser run is in bench_live, sections 5 and 5b in bench_edition; both time
# pages through browser, and every section reads its figures through measure.

SAMPLE_PARAMS = {
    "election": "pilkada_2024",
    "region": "",
    "province": "74",
    "level": "1",
    "scope": "74",
    "stage": "",
    "by": "region",
    "limit_days": "30",
    "metric": "forwarded_to_kasn_bkn",
    "edition": "ikp_tematik_netralitas_asn_2023_09_21",
}
ADMIN = Viewer("admin", "", "bench")  # every report, the case-level ones included
BRIEF_REGIONS = ("64.71", "16.01", "93.01")
RECORD_FACTORS = (1, 2, 5, 10)


def copy_inputs(src: Settings, dst: Settings, register: bool = False) -> None:
    """Seed the scratch data dir of ``dst`` with the curated sources and ``src``'s reference files
    (and its demo register when ``register``)."""
    warehouse.seed_curated(dst)
    if register and src.demo_register.exists():
        dst.demo_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src.demo_register, dst.demo_register)
    if src.reference_dir.exists():
        shutil.copytree(src.reference_dir, dst.reference_dir, dirs_exist_ok=True)


def _quiet(_: str) -> None:
    """The edition build's progress, not printed here."""


# -- 1. the current data dir ----------------------------------------------------------


def bench_reports(settings: Settings, repeat: int) -> None:
    print("== 1. Warehouse build and report queries (current data dir) ==")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = replace(settings, data_dir=Path(tmp))
        copy_inputs(settings, scratch, register=True)
        report = warehouse.build(scratch)
    print(f"build {report.seconds * 1000:8.1f} ms  ({report.rows.get('fct_case_subjects', 0):,} case rows)")
    con = warehouse.connect(settings)
    try:
        for name in warehouse.report_names():
            params = {k: SAMPLE_PARAMS[k] for k in warehouse.report_params(name)}
            runs = timed(partial(warehouse.run_report, name, params, con, viewer=ADMIN), repeat)
            print(f"  {name:24} p50 {pct(runs, 50):7.1f} ms   p95 {pct(runs, 95):7.1f} ms")
    finally:
        con.close()


# -- 2. the real server with a large register -------------------------------------------


def bench_server(rows: int, switches: int, filters: int, reuse: Path | None = None) -> None:
    """Section 2: a data dir with a ``rows``-row synthetic register (``reuse``: kept there and
    reused once built), then the live server's timings on it (``bench_live``)."""
    # First, so that a missing Playwright stops the section before the register is written.
    from netralitas.serving import bench_live

    print(f"\n== 2. The real server with a {rows:,}-row synthetic register ==")
    base = get_settings()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(reuse or scratch)
        settings = replace(base, data_dir=Path(tmp), demo_cases=rows)
        if reuse is None or not settings.warehouse_path.exists():
            _write_register(base, settings, rows)
        else:
            print(f"reusing {tmp}")
        bench_live.time_live_server(tmp, switches, filters)


def _write_register(base: Settings, settings: Settings, rows: int) -> None:
    """A synthetic register of ``rows`` rows in ``settings``' data dir, built into its warehouse."""
    copy_inputs(base, settings)
    t0 = time.perf_counter()
    demo.write(settings.demo_register, rows, base.demo_seed)
    print(f"register written in {time.perf_counter() - t0:.1f} s")
    report = warehouse.build(settings)
    print(f"warehouse built in {report.seconds:.1f} s")


# -- 3. DuckDB versus pandas -----------------------------------------------------------


def aggregations_pandas(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """The core aggregations as a notebook would write them."""
    rec = frame["recommendation_date"] != ""
    san = frame["sanction_date"] != ""
    funnel = (
        frame.assign(
            registered=frame["registered_date"] != "",
            violation=frame["outcome"] == "pelanggaran",
            recommended=rec,
            sanctioned=san,
        )
        .groupby("election")[["registered", "violation", "recommended", "sanctioned"]]
        .sum()
    )
    by_region = frame.assign(recommended=rec, sanctioned=san).groupby("region")[["recommended", "sanctioned"]].sum()
    by_region["followup_rate"] = by_region["sanctioned"] / by_region["recommended"]
    days = pd.to_datetime(frame.loc[san, "sanction_date"]) - pd.to_datetime(frame.loc[san, "recommendation_date"])
    median_days = days.dt.days.groupby(frame.loc[san, "region"]).median()
    return [funnel, by_region, median_days.to_frame()]


AGG_SQL = [
    """select election, count(*) filter (where registered_date <> '') as registered,
        count(*) filter (where outcome = 'pelanggaran') as violation,
        count(*) filter (where recommendation_date <> '') as recommended,
        count(*) filter (where sanction_date <> '') as sanctioned
       from register group by election""",
    """select region, count(*) filter (where recommendation_date <> '') as recommended,
        count(*) filter (where sanction_date <> '') as sanctioned,
        sanctioned / nullif(recommended, 0) as followup_rate
       from register group by region""",
    """select region, median(date_diff('day', recommendation_date::date, sanction_date::date)) as median_days
       from register where sanction_date <> '' group by region""",
]


def run_sql(con: duckdb.DuckDBPyConnection) -> None:
    for sql in AGG_SQL:
        con.execute(sql).fetchall()


def bench_ratio(rows_list: list[int]) -> None:
    print("\n== 3. Core aggregations: DuckDB vs pandas (funnel, follow-up by region, median days) ==")
    base_rows = min(rows_list[0], 1_000_000)
    t0 = time.perf_counter()
    base = demo.generate(base_rows, 7)
    print(f"synthetic register of {base_rows:,} rows generated in {time.perf_counter() - t0:.1f} s")
    for rows in rows_list:
        frame = base if rows == base_rows else pd.concat([base] * (rows // base_rows), ignore_index=True)
        con = duckdb.connect()
        con.execute("set enable_progress_bar = false")
        con.register("register", frame)
        scan = statistics.median(timed(partial(run_sql, con), 3))
        # The warehouse holds the register as a native DuckDB table: that is what pages query.
        con.execute("create table native as select * from register")
        con.unregister("register")
        con.execute("create view register as select * from native")
        native = statistics.median(timed(partial(run_sql, con), 3))
        pand = statistics.median(timed(partial(aggregations_pandas, frame), 3))
        print(
            f"{rows:>12,} rows   duckdb table {native:7.0f} ms   duckdb on the pandas frame {scan:7.0f} ms   "
            f"pandas {pand:7.0f} ms   pandas/duckdb = {pand / native:5.1f}x (table), {pand / scan:4.1f}x (frame)"
        )
        con.close()


def bench_briefs(settings: Settings) -> None:
    from netralitas import briefs

    print("\n== 4. Hearing briefs: assemble + render PDF (current data dir) ==")
    con = warehouse.connect(settings)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for code in BRIEF_REGIONS:
                t0 = time.perf_counter()
                brief = briefs.build(con, code, "pilkada_2024")
                built = time.perf_counter() - t0
                done = briefs.write(brief, Path(tmp) / f"{code}.pdf")
                total = (time.perf_counter() - t0) * 1000
                print(
                    f"  {code:6} {brief.region_name:32} assemble {built * 1000:6.0f} ms"
                    f"  render {done.seconds * 1000:6.0f} ms"
                    f"  {done.pages} page(s)  total {total:6.0f} ms  {verdict(total, TARGETS['brief'])}"
                )
    finally:
        con.close()


# -- 6. The edition's build time as the record grows ------------------------------------------


def scaled_record(curated: Path, out: Path, factor: int) -> tuple[int, int]:
    """A generated record ``factor`` times the size of the curated one, for timing only (never
    published): copy k of each event and figure moves to another region of the same level
    (the gazetteer's order, so the record spreads over the country), a day later, with its own id
    and an address under ``bench.invalid``. Returns (events, figures)."""
    from netralitas.pipeline.regions import gazetteer

    regions = gazetteer().regions
    by_level = {lvl: sorted(c for c, r in regions.items() if r.level == lvl) for lvl in (1, 2)}
    counts = []
    for name, key, date_col in (("events", "event_id", "event_date"), ("figures", "figure_id", "as_of_date")):
        frame = pd.read_csv(curated / f"{name}.csv", dtype="string", keep_default_na=False)
        copies = [frame] + [_moved_copy(frame, k, key, date_col, regions, by_level) for k in range(1, factor)]
        grown = pd.concat(copies, ignore_index=True)
        grown.to_csv(out / f"{name}.csv", index=False)
        counts.append(len(grown))
    return counts[0], counts[1]


def _moved_copy(
    frame: pd.DataFrame, k: int, key: str, date_col: str, regions: dict[str, Region], by_level: dict[int, list[str]]
) -> pd.DataFrame:
    """Copy ``k`` of ``frame`` for ``scaled_record``: its own ids and addresses, a day later per
    copy, each row moved 37 * k places on in the gazetteer's list of its level's regions."""
    copy = frame.copy()
    copy[key] = copy[key] + f"_x{k}"
    copy["source_url"] = [f"https://bench.invalid/{k}/{i}" for i in range(len(copy))]
    copy["note"] = "generated for the build benchmark"
    dates = pd.to_datetime(copy[date_col], errors="coerce") + pd.Timedelta(days=k)
    copy[date_col] = dates.dt.strftime("%Y-%m-%d").fillna("")
    for i, row in copy.iterrows():
        code = row["regency_code"] or row["province_code"]
        if not code:
            continue
        pool = by_level[2 if row["regency_code"] else 1]
        moved = pool[(pool.index(code) + 37 * k) % len(pool)] if code in pool else code
        province = regions[moved].province_code
        copy.loc[i, ["province_code", "region_code"]] = [province, moved]
        if row["regency_code"]:
            copy.loc[i, "regency_code"] = moved
        else:
            copy.loc[i, "region_code"] = moved
    return copy


def bench_record_scale(settings: Settings, factors: tuple[int, ...] = RECORD_FACTORS) -> None:
    """Warehouse build, full edition build and unchanged rebuild at 1x, 2x, 5x and 10x the record."""
    from netralitas.edition import build

    print("\n== 6. Build time as the record grows (generated record, never published) ==")
    print("  size   events  figures   warehouse    edition   unchanged   pages   edition / 1x")
    base = 0.0
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            scratch = replace(settings, data_dir=Path(tmp) / "data", history_file=Path(tmp) / "editions.jsonl")
            copy_inputs(settings, scratch)
            events, figures = scaled_record(warehouse.curated_dir(settings), scratch.curated_dir, factor)
            report = warehouse.build(scratch)
            full = build.build(Path(tmp) / "site", settings=scratch, say=_quiet)
            again = build.build(Path(tmp) / "site", settings=scratch, say=_quiet)
        base = base or full.seconds
        print(
            f"  {factor:3}x  {events:7,}  {figures:7,}   {report.seconds:7.1f} s  {full.seconds:7.1f} s  "
            f"{again.seconds:8.1f} s  {full.pages:6,}   {full.seconds / base:6.2f}x"
        )
    print(
        f"  targets at the curated record (1x): edition < {EDITION_TARGETS['build']:.0f} s, "
        f"unchanged rebuild < {EDITION_TARGETS['rebuild']:.0f} s"
    )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m netralitas.serving.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--rows", type=int, default=1_000_000, help="synthetic register rows for the server run")
    ap.add_argument("--ratio-rows", type=int, default=10_000_000, help="largest size for the DuckDB/pandas ratio")
    ap.add_argument("--repeat", type=int, default=30, help="runs per report query")
    ap.add_argument("--switches", type=int, default=20, help="page switches to time")
    ap.add_argument("--filters", type=int, default=20, help="filter changes to time")
    ap.add_argument("--skip-server", action="store_true", help="skip the browser runs and the record-size builds")
    ap.add_argument("--reuse", type=Path, help="data dir to reuse for the server run (built there if missing)")
    ap.add_argument("--edition-runs", type=int, default=5, help="cold-browser runs per first-chart figure")
    ap.add_argument("--sessions", type=int, default=10, help="websocket sessions against the live app")
    ap.add_argument("--record-factors", type=int, nargs="+", default=list(RECORD_FACTORS), help="record sizes to build")
    ap.add_argument("--only-record", action="store_true", help="only the build-time-by-record-size section")
    ap.add_argument("--only-first-chart", action="store_true", help="only the SVG-first vs plotly-only section")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.only_first_chart:
        bench_first_chart(get_settings(), args.edition_runs)
        return 0
    if args.only_record:
        bench_record_scale(get_settings(), tuple(args.record_factors))
        return 0
    bench_reports(get_settings(), args.repeat)
    if not args.skip_server:
        bench_server(args.rows, args.switches, args.filters, args.reuse)
    bench_ratio(sorted({args.rows, args.ratio_rows}))
    bench_briefs(get_settings())
    if not args.skip_server:  # the two heaviest sections: the full `make bench` only
        bench_edition(get_settings(), args.edition_runs, args.sessions)
        bench_first_chart(get_settings(), args.edition_runs)
        bench_record_scale(get_settings(), tuple(args.record_factors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
