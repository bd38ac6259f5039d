"""Commands that read the record: ``query`` (a report, as the dashboard shows it) and ``regions``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from netralitas.cli.command import EXIT_USER_ERROR, Subcommands

if TYPE_CHECKING:
    import pandas as pd

    from netralitas.access.viewer import Viewer


def add_query(sub: Subcommands) -> None:
    s = sub.add_parser("query", help="run a report query from queries/reports")
    s.add_argument("name", nargs="?", help="report name (file name without .sql)")
    s.add_argument("--param", action="append", default=[], metavar="K=V", help="bind $K to V (repeatable)")
    s.add_argument("--format", choices=["csv", "json"], default="csv")
    s.add_argument("--list", action="store_true", help="list the reports and their parameters")
    s.add_argument(
        "--role",
        choices=["public", "komisi", "provinsi", "admin"],
        default="public",
        help="whose view to produce (default public: small counts suppressed, no case rows)",
    )
    s.add_argument("--scope", help="region code for komisi/provinsi")
    s.set_defaults(func=_cmd_query)


def _cmd_query(args: argparse.Namespace) -> int:
    import inspect

    from netralitas.pipeline import warehouse

    if args.list:
        for name in warehouse.report_names():
            listed = ", ".join(f"${p}" for p in warehouse.report_params(name)) or "-"
            print(f"{name:28} {listed}")
        return 0
    if not args.name:
        raise ValueError("nama laporan wajib / a report name is required (see --list)")
    viewer = _viewer_from(args)
    params = _parse_params(args.param)
    # Through the data function, never the raw report: it applies the role's scope,
    # masking and small-count suppression exactly as the dashboard does.
    fn = _data_function(args.name, params)
    con = warehouse.connect()
    try:
        kwargs: dict[str, object] = {"viewer": viewer} if "viewer" in inspect.signature(fn).parameters else {}
        result = fn(con, **params, **kwargs)
    finally:
        con.close()
    frame = _as_frame(result)
    if warehouse.report_access(args.name) != "public":
        from netralitas.access import audit

        audit.record(
            "export_cases", who=f"cli:{viewer.describe()}", scope=viewer.describe(), report=args.name, rows=len(frame)
        )
    if args.format == "json":
        print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    else:
        frame.to_csv(sys.stdout, index=False)
    return 0


def _viewer_from(args: argparse.Namespace) -> Viewer:
    from netralitas.access.viewer import Viewer

    return Viewer(role=args.role, scope=args.scope or "", user="cli")


def _parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"--param {pair!r}: pakai / use k=v")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


def _data_function(name: str, params: dict[str, str]) -> Callable[..., Any]:
    """The data function behind report ``name``, once ``params`` are exactly the ones it takes
    (besides the connection and the viewer); a report of identities has none for the CLI."""
    import inspect

    from netralitas import data
    from netralitas.pipeline import warehouse

    warehouse.report_sql(name)  # unknown names fail with the list of reports
    if warehouse.report_access(name) == "identities" or not hasattr(data, name):
        raise ValueError(f"{name}: tidak tersedia di CLI / not available from the CLI")
    fn: Callable[..., Any] = getattr(data, name)
    accepted = set(inspect.signature(fn).parameters) - {"con", "viewer"}
    if set(params) != accepted:
        raise warehouse.ReportError(
            f"{name}: parameter tidak cocok / parameters do not match; expected: {', '.join(sorted(accepted))}"
            + (f"; missing: {', '.join(sorted(accepted - set(params)))}" if accepted - set(params) else "")
            + (f"; unknown: {', '.join(sorted(set(params) - accepted))}" if set(params) - accepted else "")
        )
    return fn


def _as_frame(result: object) -> pd.DataFrame:
    """A data function's result as a table: a frame as is, a series as one row, a record's fields."""
    import pandas as pd

    frame = result.to_frame().T if isinstance(result, pd.Series) else result
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame([result.__dict__])
    return frame


def add_regions(sub: Subcommands) -> None:
    s = sub.add_parser("regions", help="resolve region names or codes to Kemendagri codes")
    s.add_argument("names", nargs="+", help="names or codes, e.g. 'Kota Bau-Bau' 74.72 Sultra")
    s.add_argument("--province", help="only within this province (name or code)")
    s.set_defaults(func=_cmd_regions)


def _cmd_regions(args: argparse.Namespace) -> int:
    from netralitas.pipeline.regions import gazetteer

    gaz = gazetteer()
    status = 0
    for text in args.names:
        res = gaz.resolve(text, province=args.province)
        if res.region:
            r = res.region
            print(f"{text}\t{r.code}\t{r.name}\t{r.type}\t{gaz.regions[r.province_code].name}\t({res.via})")
        else:
            print(f"{text}\t-\ttidak dikenali / not resolved ({res.reason})")
            status = EXIT_USER_ERROR
    return status
