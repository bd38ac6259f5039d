"""``python -m netralitas serve --replicas N``: N dashboard processes behind HAProxy (Debian).

The supervisor starts the replicas on internal loopback ports with one shared
``server.cookieSecret``, writes ``haproxy.cfg`` from ``deploy/haproxy/haproxy.cfg`` (session
affinity by cookie, websocket upgrade, health checks on ``/_stcore/health``), runs HAProxy in
front on the public address, and restarts any process that dies while the others keep serving.
Its state (ports and process ids) is written to ``cluster.json`` in its run folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from netralitas.access.sessions import cookie_secret
from netralitas.machine import debian_binary, free_port
from netralitas.settings import REPO_ROOT, Settings, get_settings

TEMPLATE = REPO_ROOT / "deploy" / "haproxy" / "haproxy.cfg"


class ClusterError(Exception):
    """HAProxy is missing or the cluster could not start."""


def haproxy_binary() -> str:
    found = debian_binary("haproxy")
    if not found:
        raise ClusterError("haproxy tidak terpasang / haproxy is not installed: `make run-cluster` installs it")
    return found


@dataclass
class _Process:
    name: str
    command: list[str]
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    log: Path | None = None
    started: float = 0.0
    backoff: float = 0.0  # seconds to wait before the next restart (doubles while it keeps dying)

    def start(self, env: dict[str, str]) -> None:
        self.started = time.monotonic()
        out = self.log.open("ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(self.command, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        if self.log:
            out.close()  # type: ignore[union-attr]

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Cluster:
    replicas: int
    address: str
    port: int
    run_dir: Path
    settings: Settings = field(default_factory=get_settings)
    processes: list[_Process] = field(default_factory=list)
    balancer: _Process | None = None
    stopping: bool = False

    def config(self) -> Path:
        servers = "\n".join(f"    server {p.name} 127.0.0.1:{p.port} check cookie {p.name}" for p in self.processes)
        text = TEMPLATE.read_text(encoding="utf-8").replace("@BIND@", f"{self.address}:{self.port}")
        path = self.run_dir / "haproxy.cfg"
        path.write_text(text.replace("@SERVERS@", servers), encoding="utf-8")
        return path

    def state(self) -> None:
        info = {
            "url": f"http://{self.address}:{self.port}",
            "balancer": {"pid": self.balancer.proc.pid if self.balancer and self.balancer.proc else None},
            "replicas": [
                {"name": p.name, "port": p.port, "pid": p.proc.pid if p.proc else None, "restarts": p.restarts}
                for p in self.processes
            ],
        }
        tmp = self.run_dir / ".cluster.json"
        tmp.write_text(json.dumps(info, indent=1), encoding="utf-8")
        tmp.replace(self.run_dir / "cluster.json")

    def start(self) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        secret = cookie_secret(self.settings)
        # HAProxy replaces X-Forwarded-For with the address it saw: the replicas count sign-in
        # failures per real client.
        self.env = {**os.environ, "STREAMLIT_SERVER_COOKIE_SECRET": secret, "NETRALITAS_BEHIND_PROXY": "1"}
        for i in range(1, self.replicas + 1):
            port = free_port()
            command = [sys.executable, "-m", "netralitas", "serve", "--address", "127.0.0.1", "--port", str(port)]
            proc = _Process(f"r{i}", command, port, log=self.run_dir / f"r{i}.log")
            proc.start(self.env)
            self.processes.append(proc)
        cfg = self.config()
        check = subprocess.run([haproxy_binary(), "-c", "-f", str(cfg)], capture_output=True, text=True)
        if check.returncode != 0:
            self.stop()
            raise ClusterError(f"haproxy -c: {check.stderr.strip() or check.stdout.strip()}")
        self.balancer = _Process("haproxy", [haproxy_binary(), "-db", "-f", str(cfg)], log=self.run_dir / "haproxy.log")
        self.balancer.start(self.env)
        self.state()

    def watch_once(self) -> list[str]:
        """Restart whatever died; return what was restarted."""
        restarted = []
        now = time.monotonic()
        for p in [*self.processes, *([self.balancer] if self.balancer else [])]:
            if p.alive() or self.stopping:
                if p.alive() and now - p.started > 30:
                    p.backoff = 0.0  # stayed up: the next failure restarts at once
                continue
            if now - p.started < p.backoff:
                continue  # a process that dies at once is retried ever more slowly, not in a tight loop
            p.backoff = min(10.0, max(0.5, p.backoff * 2))
            p.restarts += 1
            p.start(self.env)
            restarted.append(p.name)
        if restarted:
            self.state()
        return restarted

    def stop(self) -> None:
        self.stopping = True
        if self.balancer:
            self.balancer.stop()
        for p in self.processes:
            p.stop()


def run(replicas: int, address: str, port: int, run_dir: Path) -> int:
    cluster = Cluster(replicas, address, port, run_dir)

    def _stop(signum: int, frame: FrameType | None) -> None:
        cluster.stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    cluster.start()
    print(
        f"dasbor / dashboard: http://{address}:{port}/ ({replicas} replika / replicas behind HAProxy; "
        f"{run_dir / 'cluster.json'})",
        flush=True,
    )
    try:
        while not cluster.stopping:
            for name in cluster.watch_once():
                print(f"{name}: berhenti, dimulai ulang / exited, restarted", flush=True)
            time.sleep(0.5)
    finally:
        cluster.stop()
    return 0
