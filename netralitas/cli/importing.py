"""Commands that bring an agency's files in: ``import`` (validated) and ``mappings`` (saved profiles)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netralitas.cli.command import EXIT_USER_ERROR, Subcommands


def add_import(sub: Subcommands) -> None:
    s = sub.add_parser("import", help="validate and import a CSV, XLSX or Parquet file")
    s.add_argument("kind", choices=["cases", "events", "figures"])
    s.add_argument("file", help="the file to import")
    s.add_argument("--dry-run", action="store_true", help="validate only; write nothing")
    s.add_argument("--mapping", help="YAML mapping from an agency's headers and values to ours (docs/data-formats.md)")
    s.add_argument("--profile", help="a saved mapping profile (see `mappings`)")
    s.add_argument("--save-profile", metavar="NAME", help="save --mapping as a profile under the data dir")
    s.set_defaults(func=_cmd_import)


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
            return EXIT_USER_ERROR
        mapping = ingest.load_mapping(saved[args.profile], args.kind)
    result = ingest.import_file(args.kind, Path(args.file), dry_run=args.dry_run, mapping=mapping)
    for message in result.messages:
        print(message)
    if args.save_profile and mapping is not None:
        path = ingest.save_profile(args.save_profile, mapping)
        print(f"profil pemetaan disimpan / mapping profile saved: {path}")
    return 0


def add_mappings(sub: Subcommands) -> None:
    s = sub.add_parser("mappings", help="list saved mapping profiles for agency spreadsheets")
    s.set_defaults(func=_cmd_mappings)


def _cmd_mappings(args: argparse.Namespace) -> int:
    from netralitas.pipeline import ingest

    saved = ingest.profiles()
    if not saved:
        print(f"belum ada profil pemetaan / no mapping profiles yet ({ingest.profiles_dir()})")
    for name, path in saved.items():
        print(f"{name}\t{path}")
    return 0
