"""The one place that reads the environment.

Everything else asks this module where things live, so that
``NETRALITAS_DATA_DIR`` moves the whole data folder (curated, reference,
imports, warehouse) and tests can point the app at a fixture folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGED_CURATED = REPO_ROOT / "data" / "curated"
QUERIES_DIR = REPO_ROOT / "queries"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    reference_mirror: Path | None
    reference_base_url: str
    suppression_threshold: int
    demo_cases: int  # 0: the calibrated register; N: scaled to about N rows (benchmarks)
    demo_seed: int
    followup_limit_days: int = 30
    public_url: str = "http://127.0.0.1:8501"
    edition_url: str = "http://127.0.0.1:8080"
    history_file: Path | None = None  # where the edition changelog is kept (default: in the data dir)
    cookie_secret: str = ""  # server.cookieSecret shared by every replica; generated into the data dir if unset
    behind_proxy: bool = False  # a balancer in front appends X-Forwarded-For (serve --replicas sets it)
    trusted_user_header: str = ""  # intranet sign-in: the proxy authenticates and passes the user in this header
    trusted_groups_header: str = ""  # ... and, optionally, comma-separated groups in this one
    max_upload_mb: int = 25  # server.maxUploadSize and the import page's cap
    state: Path | None = None  # where the served app writes (sessions, audit log); default: the data dir
    source_contact: str = ""  # where readers send a source (an e-mail address or a form's URL); shown on every page

    @property
    def curated_dir(self) -> Path:
        return self.data_dir / "curated"

    @property
    def curated_tables(self) -> Path:
        """Where the curated tables are read: the data dir's own copy, else the committed one."""
        own = self.curated_dir
        return own if (own / "events.csv").exists() else PACKAGED_CURATED

    @property
    def reference_dir(self) -> Path:
        return self.data_dir / "reference"

    @property
    def built_reference_dir(self) -> Path:
        return self.reference_dir / "built"

    @property
    def imports_dir(self) -> Path:
        return self.data_dir / "imports"

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / "demo"

    @property
    def demo_register(self) -> Path:
        return self.demo_dir / "cases.csv"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def edition_history(self) -> Path:
        """One line per published edition: what it added (the data changelog)."""
        return self.history_file or self.data_dir / "editions.jsonl"

    @property
    def state_dir(self) -> Path:
        """Where the served app writes its state (sessions, audit log): the data dir unless
        NETRALITAS_STATE_DIR moves it (replicas that mount the data read-only)."""
        return self.state or self.data_dir

    @property
    def audit_log(self) -> Path:
        return self.state_dir / "audit.jsonl"

    @property
    def intake_queue(self) -> Path:
        """The news intake's review queue (``python -m netralitas intake``, page Tambah dari berita)."""
        return self.state_dir / "intake" / "queue.csv"


def oidc_configured() -> bool:
    """Whether an identity provider is configured for ``st.login`` in ``.streamlit/secrets.toml``."""
    import tomllib

    for path in (REPO_ROOT / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"):
        if path.exists():
            try:
                auth = tomllib.loads(path.read_text(encoding="utf-8")).get("auth", {})
            except tomllib.TOMLDecodeError:
                continue
            if auth.get("client_id") or any(isinstance(v, dict) and v.get("client_id") for v in auth.values()):
                return True
    return False


_ENV = (
    "NETRALITAS_DATA_DIR",
    "NETRALITAS_REFERENCE_MIRROR",
    "NETRALITAS_REFERENCE_BASE_URL",
    "NETRALITAS_SUPPRESS_BELOW",
    "NETRALITAS_DEMO_CASES",
    "NETRALITAS_DEMO_SEED",
    "NETRALITAS_FOLLOWUP_LIMIT_DAYS",
    "NETRALITAS_PUBLIC_URL",
    "NETRALITAS_EDITION_URL",
    "NETRALITAS_COOKIE_SECRET",
    "NETRALITAS_BEHIND_PROXY",
    "NETRALITAS_TRUSTED_USER_HEADER",
    "NETRALITAS_TRUSTED_GROUPS_HEADER",
    "NETRALITAS_MAX_UPLOAD_MB",
    "NETRALITAS_STATE_DIR",
    "NETRALITAS_SOURCE_CONTACT",
)


def get_settings() -> Settings:
    """The settings for the environment as it is now (tests change it). Every query asks, so the
    result is cached per set of values: resolving paths on each call cost ~7% of a page view."""
    return _settings(tuple(os.environ.get(name) for name in _ENV))


@lru_cache(maxsize=32)
def _settings(env: tuple[str | None, ...]) -> Settings:
    values = dict(zip(_ENV, env, strict=True))

    def text(name: str, default: str = "") -> str:
        return (values[name] or default).strip()

    def number(name: str, default: int) -> int:
        raw = text(name)
        return int(raw) if raw else default

    data_dir = Path(text("NETRALITAS_DATA_DIR") or REPO_ROOT / "data").resolve()
    mirror = text("NETRALITAS_REFERENCE_MIRROR")
    return Settings(
        data_dir=data_dir,
        reference_mirror=Path(mirror).resolve() if mirror else None,
        reference_base_url=text("NETRALITAS_REFERENCE_BASE_URL", "https://raw.githubusercontent.com").rstrip("/"),
        suppression_threshold=number("NETRALITAS_SUPPRESS_BELOW", 5),
        demo_cases=number("NETRALITAS_DEMO_CASES", 0),  # 0: calibrated to the published totals
        demo_seed=number("NETRALITAS_DEMO_SEED", 20241127),
        followup_limit_days=number("NETRALITAS_FOLLOWUP_LIMIT_DAYS", 30),
        # The dashboard's address as readers reach it: printed in briefs' footers.
        public_url=text("NETRALITAS_PUBLIC_URL", "http://127.0.0.1:8501").rstrip("/"),
        # The public edition's address (canonical links, sitemap, embed snippets); --base-url overrides.
        edition_url=text("NETRALITAS_EDITION_URL", "http://127.0.0.1:8080").rstrip("/"),
        cookie_secret=text("NETRALITAS_COOKIE_SECRET"),
        behind_proxy=text("NETRALITAS_BEHIND_PROXY") in ("1", "true", "yes"),
        trusted_user_header=text("NETRALITAS_TRUSTED_USER_HEADER"),
        trusted_groups_header=text("NETRALITAS_TRUSTED_GROUPS_HEADER"),
        max_upload_mb=number("NETRALITAS_MAX_UPLOAD_MB", 25),
        state=Path(text("NETRALITAS_STATE_DIR")) if text("NETRALITAS_STATE_DIR") else None,
        source_contact=text("NETRALITAS_SOURCE_CONTACT"),
    )
