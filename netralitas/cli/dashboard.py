"""``serve``: the dashboard under Streamlit, or N replicas behind HAProxy.

Nothing of the data layer is imported before Streamlit is up (docs/adr/0013): the caches are
warmed from a thread once the runtime exists.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading

from netralitas.cli.command import Subcommands


def add_serve(sub: Subcommands) -> None:
    s = sub.add_parser("serve", help="serve the dashboard (what make run does)")
    s.add_argument("--address", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8501)
    s.add_argument(
        "--replicas", type=int, default=1, help="N > 1: N processes behind HAProxy on --port (make run-cluster)"
    )
    s.set_defaults(func=_cmd_serve)


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
    sys.argv = _streamlit_argv(args.address, args.port)
    code: int = stcli.main(standalone_mode=False) or 0
    return code


def _streamlit_argv(address: str, port: int) -> list[str]:
    """``streamlit run server.py`` with our server options, as Streamlit reads them from ``sys.argv``."""
    from netralitas.settings import REPO_ROOT, get_settings

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
    return [
        "streamlit",
        "run",
        str(REPO_ROOT / "server.py"),  # dashboard.py with the sign-in routes (st.App)
        "--server.address",
        address,
        "--server.port",
        str(port),
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
