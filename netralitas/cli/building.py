"""Commands that build the record: ``setup``, ``reference``, ``curate``, ``demo``, ``build``."""

from __future__ import annotations

import argparse
from pathlib import Path

from netralitas.cli.command import Subcommands


def add_setup(sub: Subcommands) -> None:
    s = sub.add_parser(
        "setup", help="install reference data, build boundaries, demo register and warehouse (idempotent)"
    )
    s.set_defaults(func=_cmd_setup)


def _cmd_setup(args: argparse.Namespace) -> int:
    from netralitas.pipeline import setup

    setup.run()
    return 0


def add_reference(sub: Subcommands) -> None:
    s = sub.add_parser("reference", help="reference files (boundaries, population, area)")
    s.add_argument("action", choices=["install", "status"], help="install: fetch, verify sha256, build boundaries")
    s.set_defaults(func=_cmd_reference)


def _cmd_reference(args: argparse.Namespace) -> int:
    from netralitas.pipeline import geo, reference

    if args.action == "status":
        for ref in reference.FILES:
            state = "terpasang / installed" if reference.is_installed(ref) else "belum / missing"
            print(f"{ref.filename:32} {state:24} {ref.licence:4} {ref.description}")
        print(f"batas wilayah dibangun / boundaries built: {geo.boundaries_available()}")
        return 0
    for line in reference.install():
        print(line)
    built = geo.build()
    if built:
        print(f"boundaries: {built.provinces} provinces, {built.regencies} regencies/cities")
        for code, name in built.missing:
            print(f"  tanpa poligon / no polygon: {code} {name}")
    return 0


def add_curate(sub: Subcommands) -> None:
    s = sub.add_parser("curate", help="rebuild data/curated/ from the shared public record")
    s.add_argument("--source", required=True, help="folder with the published events.csv and figures.csv")
    s.add_argument("--out", help="output folder (default: the repository's data/curated)")
    s.set_defaults(func=_cmd_curate)


def _cmd_curate(args: argparse.Namespace) -> int:
    from netralitas.pipeline import curation
    from netralitas.settings import PACKAGED_CURATED

    out = Path(args.out) if args.out else PACKAGED_CURATED
    counts = curation.curate(Path(args.source), out)
    for line in counts.pop("duplicates_dropped", []):  # type: ignore[attr-defined]
        print(f"catatan / note: {line}")
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def add_demo(sub: Subcommands) -> None:
    s = sub.add_parser("demo", help="write a synthetic case register in the cases import format")
    s.add_argument(
        "--cases", type=int, default=0, help="about this many rows (default: calibrated to the published totals)"
    )
    s.add_argument("--seed", type=int, default=20241127, help="random seed (same seed, same file)")
    s.add_argument("--out", required=True, help="CSV file to write")
    s.set_defaults(func=_cmd_demo)


def _cmd_demo(args: argparse.Namespace) -> int:
    from netralitas.pipeline import demo

    n = demo.write(Path(args.out), args.cases or None, args.seed)
    print(f"{n} baris sintetis ditulis ke / synthetic rows written to {args.out}")
    return 0


def add_build(sub: Subcommands) -> None:
    s = sub.add_parser("build", help="build data/warehouse.duckdb and check the contracts")
    s.set_defaults(func=_cmd_build)


def _cmd_build(args: argparse.Namespace) -> int:
    from netralitas.pipeline import warehouse

    report = warehouse.build()
    for name, seconds in report.timings.items():
        rows = report.rows.get(name)
        print(f"  {name:40} {seconds * 1000:8.1f} ms" + (f"  {rows:>8} rows" if rows is not None else ""))
    print(f"{report.path} dibangun dalam / built in {report.seconds:.2f} s (register: {report.register})")
    return 0
