"""The other gaps of issue 20, closed one by one: only web addresses as sources, spreadsheets and
Parquet files read within bounds, an audit log that anonymous refusals cannot flood and that
spreadsheets cannot turn into formulas, private files kept private, secrets that must be real."""

from __future__ import annotations

import re
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest

from netralitas.access import auth, sessions
from netralitas.settings import REPO_ROOT, get_settings
from tests.access.test_security import PASSWORD, asgi_request
from tests.cli.test_cli import cli

# -- the other gaps of issue 20 ---------------------------------------------------------------------


def test_only_web_addresses_are_accepted_as_sources(data_dir: Path, tmp_path: Path) -> None:
    from netralitas.edition.site.common import Link, source_cell
    from netralitas.pipeline import ingest
    from netralitas.pipeline.curation import is_web_url

    events = tmp_path / "events.csv"
    events.write_text(
        "event_date,date_precision,event_type,election,region,actor,title,reference_no,source_url,source_published,note\n"
        "2024-10-02,day,circular,pilkada_2024,74.71,Pj Wali Kota,Edaran,,javascript:alert(document.cookie),,\n"
        "2024-10-03,day,circular,pilkada_2024,74.71,Pj Wali Kota,Edaran 2,,vbscript:msgbox(1),,\n",
        encoding="utf-8",
    )
    stored = data_dir / "imports" / "events"
    before = sorted(stored.rglob("*")) if stored.exists() else []
    with pytest.raises(ingest.ImportFailed) as refused:
        ingest.import_file("events", events)
    assert [str(p).split(": ")[0] for p in refused.value.problems] == [
        "events.csv:2:source_url",
        "events.csv:3:source_url",
    ]
    assert (sorted(stored.rglob("*")) if stored.exists() else []) == before  # nothing written
    for table in ("events.csv", "figures.csv", "ikp.csv"):  # and nothing already in the record
        with (data_dir / "curated" / table).open(encoding="utf-8") as fh:
            assert all(is_web_url(r["source_url"]) for r in __import__("csv").DictReader(fh) if r["source_url"])
    assert not isinstance(source_cell("javascript:alert(1)", "id"), Link)  # and none would be drawn


def test_a_spreadsheet_declaring_a_huge_range_is_read_by_its_cells(tmp_path: Path) -> None:
    import io
    import zipfile

    from openpyxl import Workbook

    from netralitas.pipeline import tables

    wb = Workbook()
    wb.active.append(["event_date", "title"])
    wb.active.append(["2024-01-01", "x"])
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:XFD1048576"/>', data)
            dst.writestr(item, data)
    path = tmp_path / "rekap.xlsx"
    path.write_bytes(out.getvalue())
    assert len(out.getvalue()) < 10_000
    started = time.monotonic()
    assert tables.grid(path) == [(1, ["event_date", "title"]), (2, ["2024-01-01", "x"])]
    assert time.monotonic() - started < 2  # not billions of padded cells


def test_a_parquet_file_too_large_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from netralitas.pipeline import tables

    path = tmp_path / "besar.parquet"
    pd.DataFrame({"a": range(50), "b": range(50)}).to_parquet(path)
    monkeypatch.setattr(tables, "MAX_ROWS", 40)
    monkeypatch.setattr(pd, "read_parquet", lambda *a, **k: pytest.fail("read before its size was checked"))
    with pytest.raises(tables.Unreadable) as refused:
        tables.grid(path)
    assert "terlalu besar" in refused.value.issues[0].reason_id


def test_anonymous_refusals_cannot_flood_the_audit_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.applications import Starlette

    from netralitas.access import audit, web

    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path))
    app = Starlette(routes=web.routes())
    body = urllib.parse.urlencode({"user": "siapa", "password": "x", "csrf": "palsu"}).encode()
    headers = {"origin": "https://evil.example", "content-type": "application/x-www-form-urlencoded"}
    for _ in range(60):
        assert asgi_request(app, "POST", "/auth/masuk", headers, body)[0] == 403
    log = audit.read(get_settings())
    assert (log["action"] == "login_refused_csrf").sum() == sessions.REFUSALS_AUDITED
    assert (log["action"] == "audit_rate_limited").sum() == 1


def test_tables_offer_no_unaudited_download() -> None:
    import tomllib

    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
    assert '"--client.disableDataExport", "true"' in (REPO_ROOT / "netralitas" / "cli" / "dashboard.py").read_text()


def test_the_audit_csv_escapes_formulas(data_dir: Path) -> None:
    from netralitas.access import audit

    audit.record("login_failed", who='=HYPERLINK("https://evil.example","klik")')
    out = cli("audit", env={"NETRALITAS_DATA_DIR": str(data_dir)})
    assert out.returncode == 0
    assert "'=HYPERLINK" in out.stdout and "\n=HYPERLINK" not in out.stdout and ",=HYPERLINK" not in out.stdout


def test_files_holding_sessions_identities_imports_or_the_audit_are_the_owners_only(data_dir: Path) -> None:
    import stat

    from netralitas.access import audit
    from netralitas.pipeline import ingest, warehouse

    settings = get_settings()
    sessions.issue("pejabat", 0, replace(settings, cookie_secret="uji-" * 12))
    audit.record("login", who="pejabat")
    shutil.copyfile(REPO_ROOT / "docs" / "examples" / "cases.csv", data_dir / "cases.csv")
    ingest.import_file("cases", data_dir / "cases.csv")
    report = warehouse.build(settings)
    with sessions._db(settings) as con:  # while a replica holds the store open, its WAL exists
        con.execute("insert into refusals (client, at) values ('uji', 1)")
        with sessions._db(settings):
            wal = Path(f"{sessions.db_path(settings)}-wal")
            assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
    files = [
        sessions.db_path(settings),
        settings.audit_log,
        *(settings.imports_dir / "cases").glob("*.parquet"),
        report.path.resolve(),
    ]
    for path in files:
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (path, oct(path.stat().st_mode))


def test_a_removed_and_re_added_account_does_not_revive_old_sessions(tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path, cookie_secret="uji-" * 12)
    auth.add("pejabat", "provinsi", "74", PASSWORD, settings=settings)
    old = sessions.issue("pejabat", auth.token_versions(settings)["pejabat"], settings)
    auth.remove("pejabat", settings)
    auth.add("pejabat", "provinsi", "74", PASSWORD, settings=settings)
    assert auth.token_versions(settings)["pejabat"] == 1  # versions only grow
    assert sessions.verify(old, auth.token_versions(settings), settings) is None
    new = sessions.issue("pejabat", auth.token_versions(settings)["pejabat"], settings)
    assert sessions.verify(new, auth.token_versions(settings), settings) is not None


@pytest.mark.parametrize("secret", ["change-me-to-48-random-characters", "pendek", "x" * 31])
def test_a_placeholder_or_short_cookie_secret_is_refused_at_start(secret: str, tmp_path: Path) -> None:
    settings = replace(get_settings(), data_dir=tmp_path, cookie_secret=secret)
    with pytest.raises(sessions.CookieSecretError):
        sessions.cookie_secret(settings)
    out = cli("serve", "--port", "1", env={"NETRALITAS_DATA_DIR": str(tmp_path), "NETRALITAS_COOKIE_SECRET": secret})
    assert out.returncode == 2 and "rahasia cookie ditolak" in out.stderr
    assert sessions.cookie_secret(replace(settings, cookie_secret="k" * 8 + secrets_token())) != ""


def secrets_token() -> str:
    import secrets

    return secrets.token_urlsafe(32)
