"""Commands that make something to hand out: ``brief`` (a hearing brief for Komisi I), ``publish``
(the public edition, a static site) and ``serve-public`` (that site under nginx)."""

from __future__ import annotations

import argparse
from pathlib import Path

from netralitas.cli.command import Subcommands


def add_brief(sub: Subcommands) -> None:
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


def _cmd_brief(args: argparse.Namespace) -> int:
    import time

    from netralitas import briefs
    from netralitas.access.viewer import Viewer
    from netralitas.pipeline import warehouse

    viewer = Viewer(role=args.role, scope=args.scope or "", user=args.user or "")
    out = Path(args.out)
    con = warehouse.connect()
    try:
        if not args.election:
            from netralitas import data

            args.election = str(data.election_list(con)["election_id"].iloc[0])
        targets = _brief_targets(args, out)
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


def _brief_targets(args: argparse.Namespace, out: Path) -> list[tuple[str, Path]]:
    """(region, file) for each brief: the one region into ``out``, or with ``--all-in`` every
    regency/city of that province into the folder ``out``."""
    from netralitas import briefs
    from netralitas.pipeline.regions import gazetteer

    if not args.all_in:
        if not args.region:
            raise ValueError("sebutkan WILAYAH atau --all-in PROVINSI / give REGION or --all-in PROVINCE")
        return [(args.region, out)]
    province = gazetteer().resolve(args.all_in, level=1).region
    if province is None:
        raise ValueError(f"--all-in {args.all_in!r}: provinsi tidak dikenal / unknown province")
    if out.suffix:
        raise ValueError(f"--out {args.out!r}: untuk --all-in berikan folder / give a folder for --all-in")
    suffix = f".{args.format}"
    return [(r.code, out / briefs.file_name(r, args.election, suffix)) for r in gazetteer().regencies(province.code)]


def add_publish(sub: Subcommands) -> None:
    s = sub.add_parser("publish", help="build the public edition: a static site of the published record")
    s.add_argument("--out", default="site", help="folder to publish into (replaced atomically; default: site)")
    s.add_argument("--base-url", help="address the site is served at (canonical links, sitemap, embed snippets)")
    s.add_argument("--timings", action="store_true", help="print where the build time went")
    s.set_defaults(func=_cmd_publish)


def _cmd_publish(args: argparse.Namespace) -> int:
    from netralitas.edition import build

    report = build.build(Path(args.out), args.base_url or "")
    if args.timings:
        for line in build.describe(report):
            print(f"  {line}")
    return 0


def add_serve_public(sub: Subcommands) -> None:
    s = sub.add_parser("serve-public", help="serve a published edition with nginx (deploy/nginx/)")
    s.add_argument("--root", default="site", help="the published folder (default: site)")
    s.add_argument("--address", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument("--prefix", help="nginx's working folder for pid, logs, temp files (default: .run/nginx)")
    s.set_defaults(func=_cmd_serve_public)


def _cmd_serve_public(args: argparse.Namespace) -> int:
    from netralitas.edition import serve
    from netralitas.settings import REPO_ROOT

    prefix = Path(args.prefix) if args.prefix else REPO_ROOT / ".run" / "nginx"
    return serve.run(Path(args.root), args.address, args.port, prefix)
