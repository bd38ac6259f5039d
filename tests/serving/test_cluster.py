"""Two replicas behind HAProxy (`python -m netralitas serve --replicas 2`): a session keeps its
replica across reruns and downloads, and a killed replica is replaced while the other serves."""

from __future__ import annotations

import http.cookiejar
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from netralitas.machine import free_port
from netralitas.settings import REPO_ROOT

pytestmark = pytest.mark.skipif(not shutil.which("haproxy"), reason="haproxy not installed (make test installs it)")


def _get(url: str, opener: urllib.request.OpenerDirector | None = None) -> tuple[int, str]:
    with (opener or urllib.request.build_opener()).open(url, timeout=5) as r:
        return r.status, r.headers.get("X-Netralitas-Replica", "")


@pytest.fixture(scope="module")
def cluster(small_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    data = tmp_path_factory.mktemp("cluster") / "data"
    shutil.copytree(small_data_dir, data)
    port = free_port()
    env = {**os.environ, "NETRALITAS_DATA_DIR": str(data), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "netralitas", "serve", "--replicas", "2", "--port", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    state = REPO_ROOT / ".run" / f"cluster-{port}" / "cluster.json"
    try:
        deadline = time.monotonic() + 120
        seen: set[str] = set()
        while len(seen) < 2:  # both replicas answer through the balancer
            assert time.monotonic() < deadline, "cluster did not come up"
            try:
                status, replica = _get(f"{url}/_stcore/health")
                if status == 200:
                    seen.add(replica)
            except OSError:
                time.sleep(0.3)
        yield url, state, data
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(state.parent, ignore_errors=True)


def test_one_cookie_secret_is_shared_and_kept(cluster: tuple[str, Path, Path]) -> None:
    url, state, data = cluster
    info = json.loads(state.read_text())
    assert len(info["replicas"]) == 2 and info["url"] == url
    # generated once into the data dir, readable by its owner only, and reused by the next start
    secret = data / "cookie_secret"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert len(secret.read_text().strip()) >= 40
    from dataclasses import replace

    from netralitas.access.sessions import cookie_secret
    from netralitas.settings import get_settings

    assert cookie_secret(replace(get_settings(), data_dir=data)) == secret.read_text().strip()


def test_a_session_keeps_its_replica(cluster: tuple[str, Path, Path]) -> None:
    url, _, _ = cluster
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _, first = _get(f"{url}/", opener)
    assert first in ("r1", "r2")
    assert any(c.name == "NETRALITAS_REPLICA" and c.value == first for c in jar)
    for _ in range(10):
        assert _get(f"{url}/_stcore/health", opener)[1] == first
    # without the cookie, requests are spread over both replicas (once both pass their checks)
    spread: set[str] = set()
    deadline = time.monotonic() + 60
    while spread != {"r1", "r2"} and time.monotonic() < deadline:
        spread |= {_get(f"{url}/_stcore/health")[1] for _ in range(6)}
        time.sleep(0.5)
    assert spread == {"r1", "r2"}


@pytest.mark.browser
def test_reruns_and_downloads_stay_on_one_replica(cluster: tuple[str, Path, Path], browser) -> None:  # type: ignore[no-untyped-def]
    url, _, _ = cluster
    page = browser.new_page(accept_downloads=True)
    replicas: set[str] = set()
    page.on("response", lambda r: replicas.add(r.headers.get("x-netralitas-replica", "")))
    page.goto(f"{url}/peta")
    page.wait_for_selector("path.choroplethlocation", timeout=60_000)
    page.locator('[data-testid="stSelectbox"]').nth(0).click()
    page.get_by_role("option", name="Pemilu 2024").click()
    page.wait_for_function("() => location.search.includes('pemilu_2024')", timeout=30_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    for attempt in range(3):  # a rerun racing the click cancels the download: click again, as a person would
        try:
            with page.expect_download(timeout=20_000) as download:
                page.get_by_role("button", name="Unduh CSV").first.click()
            assert download.value.path() is not None
            break
        except Exception:
            if attempt == 2:
                raise
    replicas.discard("")
    assert len(replicas) == 1, replicas
    page.close()


def test_a_killed_replica_is_replaced_while_the_other_serves(cluster: tuple[str, Path, Path]) -> None:
    url, state, _ = cluster
    before = {r["name"]: r for r in json.loads(state.read_text())["replicas"]}
    killed = time.monotonic()
    os.kill(before["r1"]["pid"], signal.SIGKILL)
    late_failures: list[float] = []  # a request in flight on r1 when it died may fail; nothing after
    answered = 0
    deadline = time.monotonic() + 60
    replaced = False
    while time.monotonic() < deadline:
        try:
            status, _ = _get(f"{url}/_stcore/health")
            answered += status == 200
        except OSError:
            if time.monotonic() - killed > 2.0:
                late_failures.append(time.monotonic() - killed)
        now = {r["name"]: r for r in json.loads(state.read_text())["replicas"]}
        if now["r1"]["pid"] != before["r1"]["pid"]:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{now['r1']['port']}/_stcore/health", timeout=2) as r:
                    replaced = r.status == 200
            except OSError:
                pass
        if replaced:
            break
        time.sleep(0.1)
    assert replaced, "r1 was not restarted"
    # The balancer kept answering (from r2) every 0.1 s until r1 was back.
    assert not late_failures and answered >= 5, (answered, late_failures)
    assert json.loads(state.read_text())["replicas"][0]["restarts"] == 1


def test_the_kubernetes_arrangement_matches_the_local_one() -> None:
    """deploy/kubernetes is not applied here (no cluster); its promises are checked as data."""
    import yaml

    docs = {
        d["kind"]: d for d in yaml.safe_load_all((REPO_ROOT / "deploy" / "kubernetes" / "netralitas.yaml").read_text())
    }
    assert {"Deployment", "Service", "Ingress", "Secret", "PersistentVolumeClaim", "CronJob"} <= set(docs)
    pod = docs["Deployment"]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/_stcore/health"
    env = {e["name"]: e for e in container["env"]}
    assert env["STREAMLIT_SERVER_COOKIE_SECRET"]["valueFrom"]["secretKeyRef"]["name"] == "netralitas-cookie"
    assert container["volumeMounts"][0]["readOnly"] is True
    # Sessions and the audit log are written by every pod: a writable shared volume at the state dir.
    state = next(m for m in container["volumeMounts"] if m["name"] == "state")
    assert env["NETRALITAS_STATE_DIR"]["value"] == state["mountPath"] and not state.get("readOnly")
    claims = [d for d in yaml.safe_load_all((REPO_ROOT / "deploy" / "kubernetes" / "netralitas.yaml").read_text())]
    state_claim = next(d for d in claims if d["metadata"]["name"] == "netralitas-state")
    assert state_claim["spec"]["accessModes"] == ["ReadWriteMany"]
    annotations = docs["Ingress"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    assert docs["Service"]["spec"]["ports"][0]["port"] == container["ports"][0]["containerPort"]


def test_a_spoofed_forwarded_for_through_haproxy_changes_nothing(cluster: tuple[str, Path, Path]) -> None:
    """A client that writes its own X-Forwarded-For (a new address on every attempt) is still one
    client to the replicas: HAProxy replaces the header with the address it saw."""
    from dataclasses import replace

    from netralitas.access import auth
    from netralitas.settings import get_settings
    from tests.access.test_security import PASSWORD, Browser

    url, _, data = cluster
    auth.add("spoof.test", "komisi", "74.71", PASSWORD, settings=replace(get_settings(), data_dir=data))
    browser = Browser(url)
    statuses = [
        browser.sign_in("spoof.test", "salah-salah-salah", headers={"X-Forwarded-For": f"198.51.100.{i}"})[0]
        for i in range(1, 6)
    ]
    assert statuses[:3] == [401, 401, 401] and statuses[3] == 429, statuses  # throttled all the same
    failures = [
        json.loads(line)
        for line in (data / "audit.jsonl").read_text(encoding="utf-8").splitlines()
        if '"login_failed"' in line and "spoof.test" in line
    ]
    assert len(failures) == 3 and len({f["client"] for f in failures}) == 1
