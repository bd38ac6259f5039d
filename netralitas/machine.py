"""What this machine offers the servers we start: a free loopback port, Debian's binaries.

Used by the replicas (HAProxy), the public edition's nginx, the load test, the benchmark and the
tests, so each finds a port and a binary the same way.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the OS picks it; loopback only)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def debian_binary(name: str) -> str | None:
    """A program from Debian's packages: on the PATH, or in /usr/sbin (not on root's PATH everywhere)."""
    found = shutil.which(name)
    if found:
        return found
    sbin = Path("/usr/sbin") / name
    return str(sbin) if sbin.exists() else None
