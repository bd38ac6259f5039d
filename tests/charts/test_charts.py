"""Chart builders: pure, with explicit empty states and no-data drawn apart from zero."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from netralitas import charts, data, format, palette
from netralitas.access.viewer import Viewer
from netralitas.pipeline import geo
from netralitas.settings import Settings

ADMIN = Viewer("admin", user="t")


@pytest.fixture(scope="module")
def geojson(small_data_dir: Path) -> dict[str, dict[str, object]]:
    from dataclasses import replace

    from netralitas.settings import get_settings

    settings: Settings = replace(get_settings(), data_dir=small_data_dir)
    prov, reg = geo.load_geojson("provinces", settings), geo.load_geojson("regencies", settings)
    if prov is None or reg is None:
        pytest.skip("boundaries not installed")
    return {"provinces": prov, "regencies": reg}


def test_province_map_has_38_regions_and_stays_small(
    fixture_con: duckdb.DuckDBPyConnection, geojson: dict[str, dict[str, object]]
) -> None:
    frame = data.region_measures(fixture_con, "pilkada_2024", "1", "", ADMIN)
    fig = charts.choropleth(frame, geojson["provinces"], "followup_rate", "share", "t", "id", "s")
    located = [loc for trace in fig.data for loc in trace.locations]
    assert len(located) == 38 and len(set(located)) == 38
    # Only 74 has a follow-up rate; the other 37 are a separate grey "no data" trace.
    no_data, present = fig.data
    assert len(present.locations) == 1 and list(present.z) == [0.5]
    assert len(no_data.locations) == 37 and no_data.colorscale[0][1] == palette.NO_DATA
    assert len(fig.to_json()) < 300_000


def test_one_province_regency_map_is_small(
    fixture_con: duckdb.DuckDBPyConnection, geojson: dict[str, dict[str, object]]
) -> None:
    for province in ("74", "35", "94"):
        frame = data.region_measures(fixture_con, "pilkada_2024", "2", province, ADMIN)
        fig = charts.choropleth(frame, geojson["regencies"], "persons", "count", "t", "id", "s")
        assert len(fig.to_json()) < 300_000
        features = fig.data[0].geojson["features"]
        assert {f["id"][:2] for f in features} == {province}


def test_zero_is_a_value_not_no_data(
    fixture_con: duckdb.DuckDBPyConnection, geojson: dict[str, dict[str, object]]
) -> None:
    frame = data.region_measures(fixture_con, "pilkada_2024", "1", "", ADMIN)
    fig = charts.choropleth(frame, geojson["provinces"], "persons", "count", "t", "id", "s")
    assert len(fig.data) == 1  # counts are never missing: zero is coloured like any value


def test_hover_has_value_rank_and_source(fixture_con: duckdb.DuckDBPyConnection) -> None:
    frame = data.region_measures(fixture_con, "pilkada_2024", "1", "", ADMIN)
    fig = charts.tile_grid(frame, "followup_rate", "share", "t", "id", "register sintetis")
    present = fig.data[1]
    assert len(fig.data[0].x) + len(present.x) == 38
    assert present.hovertext[0] == "<b>Sulawesi Tenggara</b><br>50%<br>Peringkat 1 dari 1<br>register sintetis"


def test_empty_states() -> None:
    empty = pd.DataFrame(columns=["region_code", "region_name", "persons"])
    for fig in (
        charts.tile_grid(empty, "persons", "count", "t", "id", "s"),
        charts.funnel(pd.DataFrame(columns=["stage", "persons", "conversion_from_previous"]), "id"),
        charts.headline_dots(pd.DataFrame(), "en"),
        charts.timeline(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), "id", True),
        charts.comparison_bars(pd.DataFrame(), [], "id"),
    ):
        assert fig.layout.annotations and not fig.data


def test_timeline_marks_campaign_and_voting_day(fixture_con: duckdb.DuckDBPyConnection) -> None:
    fig = charts.timeline(
        data.timeline_events(fixture_con, "pilkada_2024", "74"),
        data.weekly_intake(fixture_con, "pilkada_2024", "74", ADMIN),
        data.election_stages(fixture_con, "pilkada_2024"),
        "id",
        True,
    )
    texts = [a.text for a in fig.layout.annotations]
    assert "Masa kampanye" in texts and "Pemungutan suara" in texts
    assert any(s.type == "rect" for s in fig.layout.shapes) and any(s.type == "line" for s in fig.layout.shapes)
    assert "(sintetis)" in fig.data[0].name


def test_indonesian_separators() -> None:
    assert charts.theme(charts.empty("x", "id"), "id").layout.separators == ",."
    assert format.format_value(1234.0, "count", "id") == "1.234"
    assert format.format_value(0.125, "share", "id") == "12,5%"
    assert format.format_value(None, "share", "en") == "No data"


def test_base_topojson_is_served_locally(geojson: dict[str, dict[str, object]]) -> None:
    topo = json.loads((geo.STATIC_TOPOJSON / "world_110m.json").read_text())
    assert topo["type"] == "Topology" and {"land", "countries", "coastlines"} <= set(topo["objects"])
    assert charts.PLOTLY_CONFIG["topojsonURL"] == "/app/static/topojson/"


def _rgb(colour: str) -> tuple[float, float, float]:
    from plotly.colors import hex_to_rgb, unlabel_rgb

    if colour.startswith("#"):
        r, g, b = hex_to_rgb(colour)
    else:
        r, g, b = unlabel_rgb(colour)
    return r / 255, g / 255, b / 255


def _hues(scale: object) -> list[tuple[float, float, float]]:
    """(hue in degrees, saturation, value) of every stop of a named or explicit plotly scale."""
    import colorsys

    from plotly.colors import get_colorscale

    stops = get_colorscale(scale) if isinstance(scale, str) else scale
    out = []
    for _, colour in stops:  # type: ignore[union-attr]
        h, s, v = colorsys.rgb_to_hsv(*_rgb(colour))
        out.append((h * 360, s, v))
    return out


def _pairs_red_with_green(colours: list[tuple[float, float, float]]) -> bool:
    red = any((h < 20 or h > 340) and s > 0.35 and v > 0.25 for h, s, v in colours)
    green = any(80 < h < 160 and s > 0.35 and v > 0.25 for h, s, v in colours)
    return red and green


def test_no_scale_or_palette_pairs_red_with_green() -> None:
    """Every colour scale and palette the maps, charts and briefs use reads with the most
    common colour-vision deficiency: none sets red against green."""
    assert _pairs_red_with_green(_hues("RdYlGn"))  # the check itself catches the old follow-up scale
    for name in ("SEQUENTIAL", "FOLLOWUP_SCALE"):
        assert not _pairs_red_with_green(_hues(getattr(palette, name))), name
    for name in ("EVENT_COLOURS", "COVERAGE_COLOURS"):
        colours = [_hues([[0, c]])[0] for c in getattr(palette, name).values()]
        assert not _pairs_red_with_green(colours), name
    for name in ("COLOURWAY", "FUNNEL_COLOURS"):
        assert not _pairs_red_with_green([_hues([[0, c]])[0] for c in getattr(palette, name)]), name
    # The edition's figures take the same series colours (its template is not a second palette).
    from netralitas.edition.site.common import TEMPLATE

    assert list(TEMPLATE.layout.colorway) == palette.COLOURWAY
    # What a drawn map carries is the palette's scale, not a copy.
    frame = pd.DataFrame({"region_code": ["74", "73"], "region_name": ["A", "B"], "followup_rate": [0.2, 0.8]})
    fig = charts.choropleth(frame, {"features": []}, "followup_rate", "share", "t", "id", "s")
    scale = [list(s) for s in fig.data[-1].colorscale]
    assert not _pairs_red_with_green(_hues(scale))


def test_regions_without_polygon_are_drawn_as_markers(geojson: dict[str, dict[str, object]]) -> None:
    codes = ["12.71", "12.73", "12.76"]  # Medan has a polygon; Sibolga and Tebing Tinggi are points
    frame = pd.DataFrame(
        {"region_code": codes, "region_name": ["Medan", "Sibolga", "Tebing Tinggi"], "persons": [9, 4, None]}
    )
    fig = charts.choropleth(frame, geojson["regencies"], "persons", "count", "t", "id", "src")
    markers = [tr for tr in fig.data if tr.type == "scattergeo"]
    assert {c for tr in markers for c in tr.customdata} == {"12.73", "12.76"}
    present = next(tr for tr in markers if "12.73" in tr.customdata)
    assert list(present.marker.color) == [4.0] and present.marker.cmax == 9.0  # the polygons' own scale


def test_timeline_draws_no_intake_panel_when_no_case_came_in() -> None:
    events = pd.DataFrame(
        {
            "event_date": [pd.Timestamp("2024-10-01")],
            "event_type": ["declaration"],
            "date_precision": ["day"],
            "region_name": ["Kota Kendari"],
            "title_id": ["x"],
            "title_en": ["x"],
            "source_url": [""],
        }
    )
    zeros = pd.DataFrame({"week_start_date": [pd.Timestamp("2024-09-30")], "persons": [pd.NA]})
    fig = charts.timeline(events, zeros, pd.DataFrame(columns=["stage"]), "id", True)
    assert fig.layout.yaxis.visible is False and all(tr.yaxis == "y2" for tr in fig.data)
