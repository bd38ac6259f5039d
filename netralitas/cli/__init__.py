"""``python -m netralitas``: setup, data building, queries, imports, accounts, serving, news intake,
briefs and the public edition (docs/adr/0013).

``parser()`` builds the argparse parser from the commands each module of this package declares
beside its handlers; ``main(argv)`` runs one. Errors a user can fix print a bilingual message and
exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from netralitas import __version__
from netralitas.cli import accounts, articles, building, command, dashboard, importing, publishing, reading
from netralitas.cli.command import EXIT_USER_ERROR

__all__ = ["EXIT_USER_ERROR", "main", "parser"]

# In the order ``--help`` lists them.
COMMANDS = (
    building.add_setup,
    building.add_reference,
    building.add_curate,
    building.add_demo,
    building.add_build,
    reading.add_query,
    accounts.add_users,
    accounts.add_audit,
    importing.add_import,
    importing.add_mappings,
    dashboard.add_serve,
    articles.add_extract,
    articles.add_intake,
    articles.add_eval_extract,
    publishing.add_brief,
    publishing.add_publish,
    publishing.add_serve_public,
    reading.add_regions,
)


def parser() -> argparse.ArgumentParser:
    """``python -m netralitas`` and its subcommands (tests take the subcommand list from it)."""
    p = argparse.ArgumentParser(
        prog="python -m netralitas",
        description="Netralitas: penegakan netralitas ASN per wilayah / ASN neutrality enforcement per region.",
    )
    p.add_argument("--version", action="version", version=f"netralitas {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the command line) and return its exit code."""
    args = parser().parse_args(argv)
    if args.command == "serve":  # start fast: none of the data modules ``command.run`` imports are needed yet
        from netralitas.access.sessions import CookieSecretError
        from netralitas.serving.cluster import ClusterError

        try:
            code: int = args.func(args)
            return code
        except (ClusterError, CookieSecretError) as exc:
            print(f"galat / error: {exc}", file=sys.stderr)
            return EXIT_USER_ERROR
    return command.run(args)
