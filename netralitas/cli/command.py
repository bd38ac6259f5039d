"""What every command shares: where it declares itself, and how it ends (docs/adr/0013).

Each command module has an ``add_<command>(sub)`` beside each handler: it declares the command's
arguments on ``sub`` (a ``Subcommands``) and sets the handler as ``func``. ``run`` calls the handler
and turns the errors a user can fix (a bad file, an unknown region, access denied) into exit code 2
with a bilingual message on standard error, never a traceback; 0 is done.
"""

from __future__ import annotations

import argparse
import sys

EXIT_USER_ERROR = 2

# What ``ArgumentParser.add_subparsers`` returns: each command adds its own parser to it.
Subcommands = argparse._SubParsersAction


def run(args: argparse.Namespace) -> int:
    """Run ``args.func`` (every command but ``serve``, which ``main`` runs before these imports)."""
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
