"""Built boundaries: repaired, clockwise, joined to codes, reconciled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from netralitas.pipeline import geo
from netralitas.pipeline.regions import gazetteer
from netralitas.settings import Settings


@pytest.fixture(scope="module")
def built(small_data_dir: Path) -> dict[str, Path]:
    from dataclasses import replace

    from netralitas.settings import get_settings

    settings: Settings = replace(get_settings(), data_dir=small_data_dir)
    if not geo.boundaries_available(settings):
        pytest.skip("reference boundaries not installed")
    return geo.built_paths(settings)


def test_38_provinces_and_507_regencies_with_codes(built: dict[str, Path]) -> None:
    prov = json.loads(built["provinces"].read_text())["features"]
    reg = [f for f in json.loads(built["regencies"].read_text())["features"] if not geo.is_point(f)]
    assert len(prov) == 38 and len({f["id"] for f in prov}) == 38
    assert len(reg) == 507
    gaz = gazetteer()
    for f in reg:
        assert gaz.regions[f["id"]].level == 2
        assert f["properties"]["province_code"] == gaz.regions[f["id"]].province_code


def test_geometries_valid_and_exteriors_clockwise(built: dict[str, Path]) -> None:
    for level in ("provinces", "regencies"):
        for feature in json.loads(built[level].read_text())["features"]:
            if geo.is_point(feature):
                continue
            geom = shape(feature["geometry"])
            assert geom.is_valid or shapely.make_valid(geom).area == pytest.approx(geom.area, rel=1e-3)
            for poly in getattr(geom, "geoms", [geom]):
                assert not poly.exterior.is_ccw, feature["id"]


def test_compact_enough_for_the_browser(built: dict[str, Path]) -> None:
    assert built["provinces"].stat().st_size < 300_000
    assert built["regencies"].stat().st_size < 600_000


def test_reconciliation_lists_regions_without_polygon(built: dict[str, Path]) -> None:
    lines = built["reconciliation"].read_text().splitlines()
    assert lines[0] == "region_code,name"
    codes = {line.split(",")[0] for line in lines[1:]}
    assert codes == {"12.73", "12.76", "13.74", "13.75", "31.01", "33.71", "35.76"}


def test_regions_without_polygon_are_points_inside_their_province(built: dict[str, Path]) -> None:
    """The seven regencies/cities the boundary file lacks are Point features, each inside its
    province's polygon (a wrong coordinate would put a city in the sea or the next province)."""
    provinces = {f["id"]: shape(f["geometry"]) for f in json.loads(built["provinces"].read_text())["features"]}
    points = [f for f in json.loads(built["regencies"].read_text())["features"] if geo.is_point(f)]
    assert {f["id"] for f in points} == {"12.73", "12.76", "13.74", "13.75", "31.01", "33.71", "35.76"}
    for f in points:
        province, point = provinces[f["properties"]["province_code"]], shape(f["geometry"])
        if f["id"] == "31.01":  # Kepulauan Seribu: islands off Jakarta's simplified outline, at sea
            assert 0 < province.distance(point) < 0.5
        else:
            assert province.contains(point), f["id"]
