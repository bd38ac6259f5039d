"""Serve a published edition with Debian's nginx and the config in ``deploy/nginx/``.

``make serve-public`` runs :func:`run` in the foreground; tests and the benchmark use
:func:`running`, which starts nginx on a free loopback port and stops it afterwards. nginx runs
unprivileged from a prefix folder of its own (pid, logs, temp files).
"""

from __future__ import annotations

import getpass
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from netralitas.machine import debian_binary, free_port
from netralitas.settings import REPO_ROOT

CONF_DIR = REPO_ROOT / "deploy" / "nginx"


class ServeError(Exception):
    """nginx is missing or did not start."""


def nginx_binary() -> str:
    found = debian_binary("nginx")
    if not found:
        raise ServeError("nginx tidak terpasang / nginx is not installed: `make serve-public` installs it (Debian)")
    return found


def configure(root: Path, listen: str, prefix: Path) -> Path:
    """Write nginx.conf and the server block for ``root`` into ``prefix``; return nginx.conf."""
    prefix.mkdir(parents=True, exist_ok=True)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "tmp" / sub).mkdir(parents=True, exist_ok=True)
    values = {
        "@ROOT@": str(root.resolve()),
        "@LISTEN@": listen,
        "@PREFIX@": str(prefix.resolve()),
        "@CONF_DIR@": str(prefix.resolve()),
        "@USER@": getpass.getuser(),
    }
    for name in ("nginx.conf", "netralitas-public.conf", "security-headers.conf"):
        text = (CONF_DIR / name).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        (prefix / name).write_text(text, encoding="utf-8")
    return prefix / "nginx.conf"


def _command(conf: Path) -> list[str]:
    return [nginx_binary(), "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"]


def check(conf: Path) -> None:
    result = subprocess.run([*_command(conf)[:-2], "-t"], capture_output=True, text=True)
    if result.returncode != 0:
        raise ServeError(f"nginx -t: {result.stderr.strip()}")


def run(root: Path, address: str, port: int, prefix: Path) -> int:
    """Serve ``root`` until interrupted (``make serve-public``)."""
    if not (root / "index.html").exists():
        raise ServeError(f"{root}: belum ada edisi / no edition yet; jalankan / run `make publish`")
    conf = configure(root, f"{address}:{port}", prefix)
    check(conf)
    print(f"edisi publik / public edition: http://{address}:{port}/ (nginx, {conf})", flush=True)
    try:
        return subprocess.call(_command(conf))
    except KeyboardInterrupt:
        return 0


@contextmanager
def running(root: Path, prefix: Path, port: int | None = None) -> Iterator[str]:
    """nginx serving ``root`` on loopback for the duration of the block; yields the base URL."""
    port = port or free_port()
    conf = configure(root, f"127.0.0.1:{port}", prefix)
    check(conf)
    log = prefix / "stderr.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(_command(conf), stdout=subprocess.DEVNULL, stderr=err)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                urllib.request.urlopen(f"{url}/robots.txt", timeout=1).close()  # noqa: S310 our own http URL
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    detail = log.read_text(errors="replace") + (prefix / "error.log").read_text(errors="replace")
                    raise ServeError(f"nginx did not start: {detail.strip()[-600:]}") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
