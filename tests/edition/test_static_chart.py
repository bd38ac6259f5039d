"""Charts drawn at build time (netralitas/edition/static_chart.py, ADR 0016): the same figure
plotly.js draws, as HTML + SVG, with every label, mark and region of the figure."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import orjson
import pandas as pd
import plotly.io as pio
import pytest

from netralitas import charts, palette
from netralitas.edition import static_chart
from netralitas.pipeline import geo


def _as_json(fig: object) -> dict[str, object]:
    """The figure as the edition puts it in the page (the one description both versions read)."""
    return orjson.loads(pio.to_json(fig, validate=False, engine="orjson"))  # type: ignore[arg-type]


def test_a_dot_plot_has_every_label_mark_and_value() -> None:
    frame = pd.DataFrame(
        {
            "metric_label_id": ["Dugaan pelanggaran (laporan + temuan)", "Laporan diterima"],
            "metric_label_en": ["Alleged violations (reports + findings)", "Reports received"],
            "unit": ["cases", "cases"],
            "reporting_body": ["Bawaslu RI", "KASN"],
            "value": [433.0, 1158.0],
            "is_value_approximate": [False, True],
            "as_of_date": [date(2024, 12, 2), date(2024, 10, 1)],
            "date_precision": ["day", "month"],
        }
    )
    html = static_chart.render(_as_json(charts.headline_dots(frame, "id")), "id", lambda _: None)
    labels = " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", html))
    assert "Dugaan pelanggaran" in labels and "(kasus)" in labels and "<br>" not in html
    assert "1.158 ≈" in html and ">433<" in html  # the values as text, Indonesian separators
    assert html.count("<path") >= 2 and "Bawaslu RI" in html and "KASN" in html  # marks and legend
    positions = [float(x) for x in re.findall(r'<svg x="([\d.]+)%"', html)]
    assert positions and all(0 <= x <= 100 for x in positions)  # x as a share of any width


def test_a_timeline_draws_its_events_calendar_and_dated_axis() -> None:
    events = pd.DataFrame(
        {
            "event_date": pd.to_datetime(["2024-07-22", "2024-09-17", "2024-10-01"]),
            "date_precision": ["day"] * 3,
            "event_type": ["declaration", "circular", "declaration"],
            "region_name": ["Kota Kendari"] * 3,
            "title_id": ["Ikrar", "Surat edaran", "Ikrar kedua"],
            "title_en": ["Pledge", "Circular", "Second pledge"],
            "source_url": ["https://example.org/a"] * 3,
        }
    )
    stages = pd.DataFrame(
        {
            "stage": ["campaign", "voting"],
            "label_id": ["Masa kampanye", "Pemungutan suara"],
            "label_en": ["Campaign", "Voting day"],
            "start_date": pd.to_datetime(["2024-09-25", "2024-11-27"]),
            "end_date": pd.to_datetime(["2024-11-23", "2024-11-27"]),
        }
    )
    fig = charts.timeline(events, pd.DataFrame(), stages, "id", False)
    html = static_chart.render(_as_json(fig), "id", lambda _: None)
    assert html.count("<title>") == 3  # each event, with its hover text for a reader without script
    assert "Masa kampanye" in html and "Pemungutan suara" in html  # the calendar's notes, as legend
    assert re.search(r">(Jul|Agu|Sep|Okt|Nov) 2024<", html)  # dated ticks in Indonesian
    assert "Deklarasi/ikrar" in html and "Surat edaran" in html


def test_an_empty_figure_is_a_sentence() -> None:
    html = static_chart.render(_as_json(charts.empty("Belum ada data.", "id")), "id", lambda _: None)
    assert "Belum ada data." in html and "<svg" not in html


def test_a_map_draws_every_region_with_a_link(small_data_dir: Path) -> None:
    from dataclasses import replace

    from netralitas.settings import get_settings

    layer = geo.load_geojson("provinces", replace(get_settings(), data_dir=small_data_dir))
    if layer is None:
        pytest.skip("boundaries not installed")
    codes = [str(f["id"]) for f in layer["features"]]
    frame = pd.DataFrame(
        {"region_code": codes, "region_name": codes, "coverage": ["events"] * 10 + ["none"] * (len(codes) - 10)}
    )
    fig = charts.category_map(frame, layer, "coverage", palette.COVERAGE_COLOURS, "t", "id", "s")
    html = static_chart.render(_as_json(fig), "id", lambda _: layer, lambda code: f"../wilayah/{code}/index.html")
    assert html.count('tabindex="-1"') == 38 and html.count("<path d=") == 38  # every province, linked
    assert 'viewBox="0 0 1000 ' in html and html.count('class="swatch"') == 2  # scaled; a legend entry per colour
    rings = [ring for d in re.findall(r'<path d="([^"]+)" fill', html) for ring in d.split("z") if ring]
    assert rings and all(re.fullmatch(r"M-?\d+,-?\d+(l-?\d+,-?\d+( -?\d+,-?\d+)+|h3v3h-3)", r) for r in rings)
