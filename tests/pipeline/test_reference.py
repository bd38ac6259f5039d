"""Reference install from a mirror, hash checks, and the offline fallback."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from netralitas.pipeline import reference
from netralitas.settings import REPO_ROOT, Settings, get_settings

MIRROR = REPO_ROOT.parent / "shared" / "reference"


def mirror_or_skip() -> Path:
    installed = REPO_ROOT / "data" / "reference"
    if MIRROR.exists():
        return MIRROR
    if all((installed / f.filename).exists() for f in reference.FILES):
        return installed
    pytest.skip("no reference mirror beside this checkout")


def layout_mirror(tmp_path: Path) -> Path:
    """A mirror laid out OWNER/REPO/COMMIT/PATH, from whatever verified copy we have."""
    source = mirror_or_skip()
    root = tmp_path / "mirror"
    for ref in reference.FILES:
        src = source / ref.upstream_path if (source / ref.upstream_path).exists() else source / ref.filename
        (root / ref.upstream_path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, root / ref.upstream_path)
    return root


def settings_for(tmp_path: Path, mirror: Path | None, base_url: str = "https://127.0.0.1:9") -> Settings:
    return replace(get_settings(), data_dir=tmp_path / "data", reference_mirror=mirror, reference_base_url=base_url)


def test_install_from_mirror_verifies_and_is_idempotent(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, layout_mirror(tmp_path))
    lines = reference.install(settings)
    assert all(line.startswith("fetched") for line in lines)
    assert all(reference.is_installed(f, settings) for f in reference.FILES)
    assert all(line.startswith("ok") for line in reference.install(settings))


def test_hash_mismatch_installs_nothing(tmp_path: Path) -> None:
    mirror = layout_mirror(tmp_path)
    target = mirror / reference.BY_KEY["area"].upstream_path
    target.write_bytes(target.read_bytes() + b"-- tampered\n")
    settings = settings_for(tmp_path, mirror)
    with pytest.raises(reference.ReferenceError, match="sha256 tidak cocok / hash mismatch"):
        reference.install(settings)
    assert not reference.local_path(reference.BY_KEY["area"], settings).exists()
    assert not list(settings.reference_dir.glob("*.part"))


def test_no_network_and_no_mirror_gives_a_clear_message(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, None)  # port 9 on loopback: refused at once
    with pytest.raises(reference.ReferenceError, match="NETRALITAS_REFERENCE_MIRROR"):
        reference.install(settings)
    frame = reference.population_and_area(settings)
    assert frame.empty and list(frame.columns) == ["region_code", "population", "area_km2"]


def test_population_and_area_parse(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, layout_mirror(tmp_path))
    reference.install(settings)
    frame = reference.population_and_area(settings).set_index("region_code")
    assert frame.loc["74.72", "population"] > 100_000
    assert frame.loc["74", "area_km2"] > 30_000
    assert "0" not in frame.index  # the national total is not a region


def test_app_builds_without_reference_data(tmp_path: Path) -> None:
    from netralitas.pipeline import setup, warehouse

    settings = replace(settings_for(tmp_path, None), demo_cases=50)
    messages: list[str] = []
    setup.run(settings, say=messages.append)
    assert any("WARNING" in m for m in messages)
    con = warehouse.connect(settings)
    try:
        row = con.execute("select count(*), count(population), bool_or(has_boundary) from dim_regions").fetchone()
    finally:
        con.close()
    assert row == (552, 0, False)
