"""Boundaries: read, repair, join to Kemendagri codes, simplify once, store compact.

The upstream province file has self-intersecting polygons and rings wound
counter-clockwise; plotly's SVG map (d3-geo) reads a counter-clockwise
exterior as "everything but this polygon" and fills the globe, so exteriors
are oriented clockwise. The regency file carries no codes and is joined on
province + normalised name through the gazetteer and its alias table.
Shared borders survive simplification because the whole layer is simplified
as one coverage (``shapely.coverage_simplify``), not polygon by polygon.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netralitas.pipeline import reference
from netralitas.pipeline.regions import Gazetteer, gazetteer
from netralitas.settings import REPO_ROOT, Settings, get_settings

if TYPE_CHECKING:  # geopandas and shapely load only to build boundaries, never in the running app
    import geopandas as gpd

# Degrees. ~0.01 deg is ~1 km: invisible on a province map, a third of the bytes.
PROVINCE_TOLERANCE = 0.02
REGENCY_TOLERANCE = 0.008
DECIMALS = 3


@dataclass(frozen=True)
class BoundaryBuild:
    provinces: int
    regencies: int
    missing: list[tuple[str, str]]  # (code, name) without a polygon
    unmatched: list[str]  # boundary features that matched no code


def built_paths(settings: Settings | None = None) -> dict[str, Path]:
    settings = settings or get_settings()
    d = settings.built_reference_dir
    return {
        "provinces": d / "provinces.geojson",
        "regencies": d / "regencies.geojson",
        "reconciliation": d / "reconciliation.csv",
    }


def boundaries_available(settings: Settings | None = None) -> bool:
    paths = built_paths(settings)
    return paths["provinces"].exists() and paths["regencies"].exists()


def _clockwise(geom: Any) -> Any:
    """Valid, polygonal, exteriors clockwise (sign=-1), holes counter-clockwise."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    geom = shapely.make_valid(geom)
    polys: list[Polygon] = []
    for part in getattr(geom, "geoms", [geom]):
        if isinstance(part, Polygon) and not part.is_empty:
            polys.append(orient(part, sign=-1.0))
        elif isinstance(part, MultiPolygon):
            polys.extend(orient(p, sign=-1.0) for p in part.geoms)
        elif hasattr(part, "geoms"):  # GeometryCollection from make_valid
            polys.extend(orient(p, sign=-1.0) for p in part.geoms if isinstance(p, Polygon))
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def repair(frame: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    import shapely

    out = frame.copy()
    out["geometry"] = shapely.make_valid(out.geometry.values)
    simplified = shapely.coverage_simplify(out.geometry.values, tolerance, simplify_boundary=True)
    out["geometry"] = [_clockwise(g) for g in simplified]
    return out[~out.geometry.is_empty]


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), DECIMALS) for c in coords[:2]]
    return [_round(c) for c in coords]


def points(settings: Settings, wanted: dict[str, str]) -> list[dict[str, Any]]:
    """Point features for regions the boundary file has no polygon for (``region_points.csv``: a
    point inside each, with its source); maps draw them as markers and list them as such."""
    path = settings.curated_tables / "region_points.csv"
    if not path.exists():
        return []
    gaz = gazetteer()
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["region_code"]
            if code not in wanted:
                continue
            out.append(
                {
                    "type": "Feature",
                    "id": code,
                    "properties": {
                        "region_code": code,
                        "name": gaz.regions[code].name,
                        "province_code": gaz.regions[code].province_code,
                        "point": True,
                    },
                    "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]},
                }
            )
    return out


def is_point(feature: dict[str, Any]) -> bool:
    return bool(feature.get("geometry", {}).get("type") == "Point")


def _write_geojson(
    frame: gpd.GeoDataFrame, props: list[str], path: Path, extra: list[dict[str, Any]] | None = None
) -> None:
    from shapely.geometry import mapping

    features = []
    for row in frame.itertuples(index=False):
        geom = mapping(row.geometry)
        features.append(
            {
                "type": "Feature",
                "id": row.region_code,
                "properties": {p: getattr(row, p) for p in props},
                "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])},
            }
        )
    features += extra or []
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))
    tmp.replace(path)


def join_regencies(raw: gpd.GeoDataFrame, gaz: Gazetteer) -> tuple[gpd.GeoDataFrame, list[str]]:
    codes: list[str | None] = []
    unmatched: list[str] = []
    for prov, name in zip(raw["WADMPR"], raw["WADMKK"], strict=True):
        kind = "Kota" if str(name).startswith("Kota ") else "Kabupaten"
        label = name if kind == "Kota" else f"Kabupaten {name}"
        res = gaz.resolve(label, province=prov, level=2)
        codes.append(res.region.code if res.region else None)
        if res.region is None:
            unmatched.append(f"{prov} / {name}")
    out = raw.assign(region_code=codes)
    return out[out["region_code"].notna()], unmatched


def build(settings: Settings | None = None) -> BoundaryBuild | None:
    """Build the compact boundary files; ``None`` when the sources are not installed."""
    import geopandas as gpd
    import pandas as pd

    settings = settings or get_settings()
    prov_ref, reg_ref = reference.BY_KEY["provinces"], reference.BY_KEY["regencies"]
    if not (reference.is_installed(prov_ref, settings) and reference.is_installed(reg_ref, settings)):
        return None
    gaz = gazetteer()
    paths = built_paths(settings)
    paths["provinces"].parent.mkdir(parents=True, exist_ok=True)

    prov = gpd.read_file(reference.local_path(prov_ref, settings))
    prov["region_code"] = prov["KODE_PROV"].astype(str).str.zfill(2)
    prov = prov[prov["region_code"].isin(gaz.regions)]
    prov["name"] = [gaz.regions[c].name for c in prov["region_code"]]
    prov = repair(prov[["region_code", "name", "geometry"]], PROVINCE_TOLERANCE)

    raw = gpd.read_file(reference.local_path(reg_ref, settings))
    reg, unmatched = join_regencies(raw, gaz)
    reg = reg.dissolve(by="region_code", as_index=False)  # a code split over two features
    reg["name"] = [gaz.regions[c].name for c in reg["region_code"]]
    reg["province_code"] = [gaz.regions[c].province_code for c in reg["region_code"]]
    reg = repair(reg[["region_code", "name", "province_code", "geometry"]], REGENCY_TOLERANCE)

    _write_geojson(prov, ["region_code", "name"], paths["provinces"])
    write_base_topojson(prov)
    have = set(prov["region_code"]) | set(reg["region_code"])
    missing = [(r.code, r.name) for r in gaz.regions.values() if r.code not in have]
    _write_geojson(reg, ["region_code", "name", "province_code"], paths["regencies"], points(settings, dict(missing)))
    pd.DataFrame(missing, columns=["region_code", "name"]).to_csv(paths["reconciliation"], index=False)
    return BoundaryBuild(len(prov), len(reg), sorted(missing), unmatched)


STATIC_TOPOJSON = REPO_ROOT / "static" / "topojson"


def write_base_topojson(prov: gpd.GeoDataFrame, folder: Path = STATIC_TOPOJSON) -> Path:
    """plotly's geo maps load their base layers (land, coastlines, countries) as
    TopoJSON from ``config.topojsonURL``; by default from a CDN. We serve our own,
    built from the province boundaries, from Streamlit's static folder, so the
    running app never fetches anything from outside."""
    import shapely
    from shapely.geometry import Polygon

    outline = shapely.union_all(prov.geometry.values).simplify(0.05)
    polys = [p for p in getattr(outline, "geoms", [outline]) if isinstance(p, Polygon)]
    arcs: list[list[list[float]]] = []
    polygons: list[list[list[int]]] = []
    for poly in polys:
        rings = []
        for ring in [poly.exterior, *poly.interiors]:
            arcs.append(_round(list(ring.coords)))
            rings.append([len(arcs) - 1])
        polygons.append(rings)
    land = {"type": "MultiPolygon", "arcs": polygons}
    lines = {"type": "MultiLineString", "arcs": [[i] for i in range(len(arcs))]}
    empty: dict[str, Any] = {"type": "GeometryCollection", "geometries": []}
    topo = {
        "type": "Topology",
        "arcs": arcs,
        "objects": {
            "land": {"type": "GeometryCollection", "geometries": [land]},
            "countries": {"type": "GeometryCollection", "geometries": [{**land, "id": "IDN"}]},
            "coastlines": {"type": "GeometryCollection", "geometries": [lines]},
            "ocean": empty,
            "lakes": empty,
            "rivers": empty,
            "subunits": empty,
        },
    }
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(topo, separators=(",", ":"))
    for name in ("world_110m", "world_50m", "asia_110m", "asia_50m"):
        tmp = folder / f"{name}.json.tmp"
        tmp.write_text(text)
        tmp.replace(folder / f"{name}.json")
    return folder / "world_110m.json"


def load_geojson(level: str, settings: Settings | None = None) -> dict[str, Any] | None:
    """The built GeoJSON for ``provinces`` or ``regencies``, or ``None``."""
    path = built_paths(settings)[level]
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text())
    return data
