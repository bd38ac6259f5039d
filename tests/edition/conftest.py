"""What the edition's tests share: the edition of the default build, made once per test run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from netralitas.edition import build
from netralitas.settings import Settings


def isolated_history(settings: Settings, root: Path) -> Settings:
    """The same data, with the edition changelog kept beside the test's site (not in data/)."""
    return replace(settings, history_file=root / "editions.jsonl")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory, real_settings: Settings) -> Path:
    """The edition of the default build (boundaries, 20,000 synthetic register rows)."""
    root = tmp_path_factory.mktemp("edition")
    settings = isolated_history(real_settings, root)
    out = root / "site"
    build.build(out, "https://netralitas.example", settings=settings, say=lambda _: None)
    return out
