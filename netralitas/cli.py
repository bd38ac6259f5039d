"""``python -m netralitas``: setup, data building, queries and imports.

Errors a user can fix print a bilingual message and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from netralitas import __version__

EXIT_USER_ERROR = 2


def _cmd_setup(args: argparse.Namespace) -> int:
    from netralitas.pipeline import setup

    setup.run()
    return 0


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


def _cmd_curate(args: argparse.Namespace) -> int:
    from netralitas.pipeline import curation
    from netralitas.settings import PACKAGED_CURATED

    out = Path(args.out) if args.out else PACKAGED_CURATED
    counts = curation.curate(Path(args.source), out)
    for line in counts.pop("duplicates_dropped", []):  # type: ignore[attr-defined]
        print(f"catatan / note: {line}")
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from netralitas.pipeline import demo

    n = demo.write(Path(args.out), args.cases or None, args.seed)
    print(f"{n} baris sintetis ditulis ke / synthetic rows written to {args.out}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from netralitas.pipeline import warehouse

    report = warehouse.build()
    for name, seconds in report.timings.items():
        rows = report.rows.get(name)
        print(f"  {name:40} {seconds * 1000:8.1f} ms" + (f"  {rows:>8} rows" if rows is not None else ""))
    print(f"{report.path} dibangun dalam / built in {report.seconds:.2f} s (register: {report.register})")
    return 0


def _parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"--param {pair!r}: pakai / use k=v")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


def _viewer_from(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from netralitas.access.viewer import Viewer

    return Viewer(role=args.role, scope=args.scope or "", user="cli")


def _cmd_query(args: argparse.Namespace) -> int:
    import inspect

    import pandas as pd

    from netralitas import data
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
    warehouse.report_sql(args.name)  # unknown names fail with the list of reports
    if warehouse.report_access(args.name) == "identities" or not hasattr(data, args.name):
        raise ValueError(f"{args.name}: tidak tersedia di CLI / not available from the CLI")
    fn = getattr(data, args.name)
    accepted = set(inspect.signature(fn).parameters) - {"con", "viewer"}
    if set(params) != accepted:
        raise warehouse.ReportError(
            f"{args.name}: parameter tidak cocok / parameters do not match; expected: {', '.join(sorted(accepted))}"
            + (f"; missing: {', '.join(sorted(accepted - set(params)))}" if accepted - set(params) else "")
            + (f"; unknown: {', '.join(sorted(set(params) - accepted))}" if set(params) - accepted else "")
        )
    con = warehouse.connect()
    try:
        kwargs: dict[str, object] = {"viewer": viewer} if "viewer" in inspect.signature(fn).parameters else {}
        result = fn(con, **params, **kwargs)
    finally:
        con.close()
    frame = result.to_frame().T if isinstance(result, pd.Series) else result
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame([result.__dict__])
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


def _cmd_users(args: argparse.Namespace) -> int:
    import getpass

    from netralitas.access import audit, auth

    if args.action == "list":
        for acc in auth.accounts():
            print(f"{acc.name:32} {acc.role:9} {acc.scope or '-':6} {acc.kind:6} {acc.created}")
        return 0
    if not args.name:
        raise ValueError("nama wajib / a name is required")
    if args.action == "remove":
        ended = auth.remove(args.name)
        audit.record("user_removed", who="cli", user=args.name, sessions_ended=ended)
        print(f"{args.name}: dihapus / removed ({ended} sesi diakhiri / sessions ended)")
        return 0
    if args.action == "unlock":
        from netralitas.access import sessions

        was_locked = sessions.unlock(args.name)
        audit.record("account_unlocked", who="cli", user=args.name, was_locked=was_locked)
        state = "dibuka / unlocked" if was_locked else "tidak terkunci / was not locked"
        print(f"{args.name}: {state}")
        return 0
    if args.action == "set":
        acc = auth.change(args.name, args.role, args.scope)
        audit.record("user_changed", who="cli", user=acc.name, role=acc.role, scope=acc.scope)
        print(f"{acc.name}: {acc.role} {acc.scope or ''} (sesi lama diakhiri / old sessions ended)")
        return 0
    password = None
    if not args.oidc:
        password = (
            sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Kata sandi / Password: ")
        )
    acc = auth.add(args.name, args.role or "", args.scope or "", password, oidc=args.oidc)
    audit.record("user_added", who="cli", user=acc.name, role=acc.role, scope=acc.scope, kind=acc.kind)
    print(f"{acc.name}: {acc.role} {acc.scope or ''} ({acc.kind}) ditambahkan / added")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from netralitas import exports
    from netralitas.access import audit

    frame = audit.read(limit=args.limit)
    # Formula-escaped like every download: a user name typed as "=HYPERLINK(...)" stays text.
    sys.stdout.write(exports.to_csv(frame).decode("utf-8-sig"))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from netralitas.pipeline import ingest

    mapping = None
    if args.mapping:
        mapping = ingest.load_mapping(Path(args.mapping), args.kind)
    elif args.profile:
        saved = ingest.profiles()
        if args.profile not in saved:
            known = ", ".join(saved) or "-"
            print(
                f"{args.profile}: profil pemetaan tidak ada / no such mapping profile (ada / saved: {known})",
                file=sys.stderr,
            )
            return 2
        mapping = ingest.load_mapping(saved[args.profile], args.kind)
    result = ingest.import_file(args.kind, Path(args.file), dry_run=args.dry_run, mapping=mapping)
    for message in result.messages:
        print(message)
    if args.save_profile and mapping is not None:
        path = ingest.save_profile(args.save_profile, mapping)
        print(f"profil pemetaan disimpan / mapping profile saved: {path}")
    return 0


def _cmd_mappings(args: argparse.Namespace) -> int:
    from netralitas.pipeline import ingest

    saved = ingest.profiles()
    if not saved:
        print(f"belum ada profil pemetaan / no mapping profiles yet ({ingest.profiles_dir()})")
    for name, path in saved.items():
        print(f"{name}\t{path}")
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from netralitas.edition import build

    report = build.build(Path(args.out), args.base_url or "")
    if args.timings:
        for line in build.describe(report):
            print(f"  {line}")
    return 0


def _cmd_serve_public(args: argparse.Namespace) -> int:
    from netralitas.edition import serve
    from netralitas.settings import REPO_ROOT

    prefix = Path(args.prefix) if args.prefix else REPO_ROOT / ".run" / "nginx"
    return serve.run(Path(args.root), args.address, args.port, prefix)


def _cmd_serve(args: argparse.Namespace) -> int:
    """Start the dashboard. With a ``pages/`` folder beside the main script,
    Streamlit starts in its old directory-based multipage mode and a first
    request for e.g. ``/peta`` runs that page without ``dashboard.py``
    (streamlit/streamlit#10276). Declaring the app an ``st.navigation`` app
    before the server starts makes every URL go through ``dashboard.py``."""
    from netralitas.settings import REPO_ROOT

    if args.replicas > 1:
        from netralitas.serving import cluster

        return cluster.run(args.replicas, args.address, args.port, REPO_ROOT / ".run" / f"cluster-{args.port}")

    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli as stcli

    from netralitas.access.sessions import cookie_secret
    from netralitas.settings import get_settings

    PagesManager.uses_pages_directory = False
    # One cookie secret for every start and every replica (st.login and XSRF cookies stay valid),
    # passed in the environment rather than on the command line (where `ps` would show it); a
    # placeholder or short secret stops the start here, before anything runs.
    os.environ.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", cookie_secret(get_settings()))
    threading.Thread(target=_warm_when_running, name="netralitas-warm", daemon=True).start()
    settings = get_settings()
    extra: list[str] = ["--server.maxUploadSize", str(settings.max_upload_mb)]
    # Tables offer no unaudited CSV download of their own, wherever the server is started from.
    extra += ["--client.disableDataExport", "true"]
    if settings.trusted_user_header:
        # The intranet pattern: the proxy authenticates and passes the user (docs/security.md).
        mapping = {settings.trusted_user_header: "email"}
        if settings.trusted_groups_header:
            mapping[settings.trusted_groups_header] = "groups"
        extra += ["--server.trustedUserHeaders", json.dumps(mapping)]
    sys.argv = [
        "streamlit",
        "run",
        str(REPO_ROOT / "server.py"),  # dashboard.py with the sign-in routes (st.App)
        "--server.address",
        args.address,
        "--server.port",
        str(args.port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        # Not a full gc.collect(2) after every script run: see .streamlit/config.toml.
        "--runner.postScriptGC",
        "false",
        # No source watcher: it resolved every module path after each run (5% of a page view).
        "--server.fileWatcherType",
        "none",
        *extra,
    ]
    code: int = stcli.main(standalone_mode=False) or 0
    return code


def _warm_when_running() -> None:
    """Fill the query caches with the default views once Streamlit's runtime is up
    (cache_data is per process, so every session benefits). Best effort: a missing
    warehouse is the pages' to explain."""
    import logging
    import time

    from streamlit.runtime import Runtime

    while not Runtime.exists():
        time.sleep(0.05)
    # Cached functions called outside a script run log a harmless "missing ScriptRunContext" warning
    # each (streamlit/streamlit#1326: a warning, not an error, off the script thread).
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    try:
        # Imported here, not before the server starts: the health endpoint answers
        # sooner, and these imports finish while the browser loads the frontend.
        import netralitas.charts  # noqa: F401
        from netralitas.app import cache

        cache.warm()
        # The modules, caches and boundaries loaded so far live as long as the process: freeze
        # them out of the collector's view, so the collections Python still runs stay cheap.
        import gc

        gc.collect()
        gc.freeze()
        # From now on each new build (an import, a rebuild) is warmed before pages switch to it.
        cache.follow_builds()
    except Exception as exc:  # warming must never take the server down
        logging.getLogger("netralitas").info("cache warm-up skipped: %s", exc)


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


def _cmd_extract(args: argparse.Namespace) -> int:
    from datetime import date

    from netralitas import news

    if args.file == "-":
        text = sys.stdin.read()
        name = "stdin"
    else:
        path = Path(args.file)
        if not path.is_file():
            raise ValueError(f"{args.file}: berkas tidak ada / file not found")
        text = news.read_article(path)
        name = path.name
    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise ValueError(f"--published {args.published!r}: pakai / use YYYY-MM-DD") from None
    events = news.extract(text, published)
    sys.stdout.write(news.to_json(events) + "\n" if args.format == "json" else news.to_csv(events))
    if not events:
        print(f"{name}: tidak ada peristiwa ditemukan / no event found", file=sys.stderr)
    return 0


def _cmd_eval_extract(args: argparse.Namespace) -> int:
    from netralitas import news
    from netralitas.pipeline.regions import gazetteer
    from netralitas.settings import REPO_ROOT

    labelled = (
        REPO_ROOT.parent / "shared" / "examples" / "articles",
        REPO_ROOT / "tests" / "data" / "articles",
        REPO_ROOT / "tests" / "data" / "figure_articles",
    )
    folders = [Path(f) for f in args.folders] or [p for p in labelled if (p / "expected.json").exists()]
    for folder in folders:
        if not (folder / "expected.json").exists():
            raise ValueError(f"{folder}: tidak ada expected.json / no expected.json")
    ev = news.evaluate(folders)
    print("himpunan berlabel / labelled sets: " + ", ".join(str(f) for f in folders))
    print(news.report(ev))
    figures = news.evaluate_figures(folders)
    if figures.labelled:
        print(news.figure_report(figures))
    # Time per 100 articles through the whole intake (events, figures, duplicate check).
    import time

    from netralitas.news import intake

    started, articles = time.perf_counter(), 0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            intake.article_proposals(path.name, intake.read_page(path), gazetteer())
            articles += 1
    per_100 = (time.perf_counter() - started) / max(articles, 1) * 100
    print(f"waktu / time: {per_100:.1f} s per 100 artikel / articles ({articles} artikel / articles)")
    ok = ev.key_accuracy >= args.target and ev.invented_on_no_event == 0
    print(
        ("LULUS / PASS" if ok else "GAGAL / FAIL")
        + f": target {args.target * 100:.0f}% tanggal+jenis+wilayah, 0 peristiwa karangan / invented events"
    )
    return 0 if ok else 1


def _cmd_intake(args: argparse.Namespace) -> int:
    from collections import Counter

    from netralitas import data
    from netralitas.news import intake
    from netralitas.pipeline import warehouse
    from netralitas.settings import get_settings

    folder = Path(args.folder)
    if not folder.is_dir():
        raise ValueError(f"{args.folder}: bukan folder / not a folder")
    out = Path(args.out) if args.out else get_settings().intake_queue
    con = warehouse.connect()
    try:
        events, figures = data.curated_events(con), data.curated_figures(con)
    finally:
        con.close()
    result = intake.intake(folder, events, figures)
    queue = result.rows if args.replace else intake.merge_queue(intake.read_queue(out), result.rows)
    intake.write_queue(out, queue)
    kinds = Counter(r["kind"] for r in result.rows)
    actions = Counter(r["action"] for r in result.rows)
    doubts = Counter(d for r in result.rows for d in r["doubts"].split(";") if d)
    per_100 = result.seconds / max(result.articles, 1) * 100
    print(
        f"{result.articles} artikel / articles -> {kinds['event']} usulan peristiwa / proposed events, "
        f"{kinds['figure']} usulan angka / proposed figures"
    )
    print(
        f"baru / new {actions['new']}, sumber tambahan / extra source {actions['extra_source']}, "
        f"sudah tercatat / already recorded {actions['already_recorded']}"
    )
    if doubts:
        print("perlu dicek / to check: " + ", ".join(f"{k} {v}" for k, v in doubts.most_common()))
    for line in result.skipped:
        print(f"dilewati / skipped: {line}", file=sys.stderr)
    print(f"{result.seconds:.1f} s ({per_100:.1f} s per 100 artikel / articles) -> {out}")
    return 0


def _cmd_brief(args: argparse.Namespace) -> int:
    import time

    from netralitas import briefs
    from netralitas.access.viewer import Viewer
    from netralitas.pipeline import warehouse
    from netralitas.pipeline.regions import gazetteer

    viewer = Viewer(role=args.role, scope=args.scope or "", user=args.user or "")
    out = Path(args.out)
    con = warehouse.connect()
    try:
        if not args.election:
            from netralitas import data

            args.election = str(data.election_list(con)["election_id"].iloc[0])
        if args.all_in:
            province = gazetteer().resolve(args.all_in, level=1).region
            if province is None:
                raise ValueError(f"--all-in {args.all_in!r}: provinsi tidak dikenal / unknown province")
            if out.suffix:
                raise ValueError(f"--out {args.out!r}: untuk --all-in berikan folder / give a folder for --all-in")
            suffix = f".{args.format}"
            targets = [
                (r.code, out / briefs.file_name(r, args.election, suffix)) for r in gazetteer().regencies(province.code)
            ]
        else:
            if not args.region:
                raise ValueError("sebutkan WILAYAH atau --all-in PROVINSI / give REGION or --all-in PROVINCE")
            targets = [(args.region, out)]
        started = time.perf_counter()
        for region, path in targets:
            brief = briefs.build(con, region, args.election, viewer, args.lang)
            done = briefs.write(brief, path)
            pages = f", {done.pages} halaman / pages" if done.pages else ""
            print(f"{done.path}: {brief.region_name}{pages}, {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
    finally:
        con.close()
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m netralitas",
        description="Netralitas: penegakan netralitas ASN per wilayah / ASN neutrality enforcement per region.",
    )
    p.add_argument("--version", action="version", version=f"netralitas {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser(
        "setup", help="install reference data, build boundaries, demo register and warehouse (idempotent)"
    )
    s.set_defaults(func=_cmd_setup)

    s = sub.add_parser("reference", help="reference files (boundaries, population, area)")
    s.add_argument("action", choices=["install", "status"], help="install: fetch, verify sha256, build boundaries")
    s.set_defaults(func=_cmd_reference)

    s = sub.add_parser("curate", help="rebuild data/curated/ from the shared public record")
    s.add_argument("--source", required=True, help="folder with the published events.csv and figures.csv")
    s.add_argument("--out", help="output folder (default: the repository's data/curated)")
    s.set_defaults(func=_cmd_curate)

    s = sub.add_parser("demo", help="write a synthetic case register in the cases import format")
    s.add_argument(
        "--cases", type=int, default=0, help="about this many rows (default: calibrated to the published totals)"
    )
    s.add_argument("--seed", type=int, default=20241127, help="random seed (same seed, same file)")
    s.add_argument("--out", required=True, help="CSV file to write")
    s.set_defaults(func=_cmd_demo)

    s = sub.add_parser("build", help="build data/warehouse.duckdb and check the contracts")
    s.set_defaults(func=_cmd_build)

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

    s = sub.add_parser("users", help="local accounts and the OIDC role table")
    s.add_argument("action", choices=["add", "remove", "list", "set", "unlock"], help="set: new role/scope")
    s.add_argument("name", nargs="?", help="user name, or e-mail / group:NAME with --oidc")
    s.add_argument("--role", choices=["komisi", "provinsi", "admin"])
    s.add_argument("--scope", help="region code: a province for provinsi, province or regency/city for komisi")
    s.add_argument("--oidc", action="store_true", help="map an OIDC e-mail or group:NAME instead of a password")
    s.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s.set_defaults(func=_cmd_users)

    s = sub.add_parser("audit", help="print the audit log (newest first) as CSV")
    s.add_argument("--limit", type=int, default=1000)
    s.set_defaults(func=_cmd_audit)

    s = sub.add_parser("import", help="validate and import a CSV, XLSX or Parquet file")
    s.add_argument("kind", choices=["cases", "events", "figures"])
    s.add_argument("file", help="the file to import")
    s.add_argument("--dry-run", action="store_true", help="validate only; write nothing")
    s.add_argument("--mapping", help="YAML mapping from an agency's headers and values to ours (docs/data-formats.md)")
    s.add_argument("--profile", help="a saved mapping profile (see `mappings`)")
    s.add_argument("--save-profile", metavar="NAME", help="save --mapping as a profile under the data dir")
    s.set_defaults(func=_cmd_import)

    s = sub.add_parser("mappings", help="list saved mapping profiles for agency spreadsheets")
    s.set_defaults(func=_cmd_mappings)

    s = sub.add_parser("serve", help="serve the dashboard (what make run does)")
    s.add_argument("--address", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument(
        "--replicas", type=int, default=1, help="N > 1: N processes behind HAProxy on --port (make run-cluster)"
    )
    s.set_defaults(func=_cmd_serve)

    s = sub.add_parser("extract", help="extract dated, coded events from an Indonesian news article")
    s.add_argument("file", help="article text file, or - for standard input")
    s.add_argument("--published", help="publication date YYYY-MM-DD (resolves 'kemarin', 'pekan lalu')")
    s.add_argument("--format", choices=["json", "csv"], default="json")
    s.set_defaults(func=_cmd_extract)

    s = sub.add_parser("intake", help="extract events and figures from a folder of saved articles into a review queue")
    s.add_argument("folder", help="folder of saved articles (.txt, .html)")
    s.add_argument("--out", help="queue file (default: the state dir's intake/queue.csv, read by Tambah dari berita)")
    s.add_argument("--replace", action="store_true", help="start a new queue instead of adding to the current one")
    s.set_defaults(func=_cmd_intake)

    s = sub.add_parser("eval-extract", help="score the extractor against labelled articles (expected.json)")
    s.add_argument(
        "folders", nargs="*", help="folders with expected.json (default: shared examples and tests/data/articles)"
    )
    s.add_argument("--target", type=float, default=0.9, help="share of events with date, type and region right")
    s.set_defaults(func=_cmd_eval_extract)

    s = sub.add_parser("brief", help="hearing brief for Komisi I: one region on one or two A4 pages (PDF or HTML)")
    s.add_argument("region", nargs="?", help="Kemendagri code or a resolvable name, e.g. 74.72 or 'Kota Baubau'")
    s.add_argument("--election", default="", help="election id (default: the newest election with data)")
    s.add_argument("--role", choices=["public", "komisi", "provinsi", "admin"], default="public")
    s.add_argument("--scope", help="region code for komisi/provinsi")
    s.add_argument("--user", help="who prepares it (printed in the header)")
    s.add_argument("--lang", choices=["id", "en"], default="id")
    s.add_argument("--out", required=True, help="FILE.pdf or FILE.html; a folder with --all-in")
    s.add_argument("--all-in", metavar="PROVINCE", help="one brief per regency/city of this province")
    s.add_argument("--format", choices=["pdf", "html"], default="pdf", help="file type with --all-in")
    s.set_defaults(func=_cmd_brief)

    s = sub.add_parser("publish", help="build the public edition: a static site of the published record")
    s.add_argument("--out", default="site", help="folder to publish into (replaced atomically; default: site)")
    s.add_argument("--base-url", help="address the site is served at (canonical links, sitemap, embed snippets)")
    s.add_argument("--timings", action="store_true", help="print where the build time went")
    s.set_defaults(func=_cmd_publish)

    s = sub.add_parser("serve-public", help="serve a published edition with nginx (deploy/nginx/)")
    s.add_argument("--root", default="site", help="the published folder (default: site)")
    s.add_argument("--address", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument("--prefix", help="nginx's working folder for pid, logs, temp files (default: .run/nginx)")
    s.set_defaults(func=_cmd_serve_public)

    s = sub.add_parser("regions", help="resolve region names or codes to Kemendagri codes")
    s.add_argument("names", nargs="+", help="names or codes, e.g. 'Kota Bau-Bau' 74.72 Sultra")
    s.add_argument("--province", help="only within this province (name or code)")
    s.set_defaults(func=_cmd_regions)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":  # start fast: none of the data modules below are needed yet
        from netralitas.access.sessions import CookieSecretError
        from netralitas.serving.cluster import ClusterError

        try:
            return _cmd_serve(args)
        except (ClusterError, CookieSecretError) as exc:
            print(f"galat / error: {exc}", file=sys.stderr)
            return EXIT_USER_ERROR

    from netralitas.access.auth import AccountError
    from netralitas.access.viewer import AccessDenied
    from netralitas.briefs import BriefError
    from netralitas.edition.assets import AssetError
    from netralitas.edition.build import EditionError
    from netralitas.edition.serve import ServeError
    from netralitas.pipeline.curation import CurationError
    from netralitas.pipeline.ingest import ImportFailed
    from netralitas.pipeline.reference import ReferenceError
    from netralitas.pipeline.warehouse import BuildError, ReportError

    try:
        code: int = args.func(args)
        return code
    except ImportFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(exc.problems)} masalah; tidak ada yang ditulis / {len(exc.problems)} problem(s); "
            "nothing was written",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except (
        CurationError,
        ReferenceError,
        BuildError,
        ReportError,
        AccessDenied,
        AccountError,
        BriefError,
        EditionError,
        AssetError,
        ServeError,
        ValueError,
    ) as exc:
        print(f"galat / error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
