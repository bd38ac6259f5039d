"""Declared tables: headers from the catalogue, values formatted by kind in both languages."""

from __future__ import annotations

import pandas as pd
import pytest

from netralitas import display
from netralitas.display import Column


def result() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_name": ["Kota Baubau", "Kota Kendari"],
            "persons": [3.0, None],
            "persons__suppressed": [True, False],
            "followup_rate": [0.125, None],
            "change": [0.034, -0.1],
            "value": [1234.5, 400.0],
            "approx": [False, True],
            "body": ["Bawaslu", None],
            "day": [pd.Timestamp("2024-09-17"), pd.Timestamp("2024-08-01")],
            "precision": ["day", "month"],
            "waiting": ["sanction", "registration"],
            "focus": [True, False],
            "url": ["https://example.id/a", None],
        }
    )


COLUMNS = (
    Column("region_name", "col.region", marker="focus"),
    Column("persons", "col.persons", "count"),
    Column("followup_rate", "measure.followup_rate", "share"),
    Column("change", "col.change", "pp"),
    Column("value", "col.value", "number", approximate="approx", note="body"),
    Column("day", "col.date", "date", precision="precision"),
    Column("waiting", "col.waiting_for", "label", values="wait."),
    Column("url", "col.link", "link"),
)


def test_a_declared_table_in_indonesian() -> None:
    shown = display.frame(result(), COLUMNS, "id")
    assert list(shown.columns)[:3] == ["Wilayah", "ASN", "Tingkat tindak lanjut PPK"]
    rows = shown.to_dict("records")
    first, second = (list(r.values()) for r in rows)
    assert first[0] == "▶ Kota Baubau" and second[0] == "Kota Kendari"
    assert first[1] == "disembunyikan"  # suppressed: never "no data", never a range it may not be in
    assert first[2] == "12,5%" and first[3] == "+3,4 pp" and second[3] == "-10,0 pp"
    assert first[4] == "1.234,5 (Bawaslu)" and second[4] == "400 ≈"
    assert first[5] == "17 September 2024" and second[5] == "Agustus 2024"
    assert first[6] == "Menunggu sanksi PPK" and second[6] == "Menunggu registrasi"
    assert first[7] == "https://example.id/a" and second[7] == ""


def test_the_same_table_in_english() -> None:
    first = list(display.frame(result(), COLUMNS, "en").iloc[0])
    assert first[2] == "12.5%" and first[3] == "+3.4 pp" and first[4] == "1,234.5 (Bawaslu)"
    assert display.link_headers(COLUMNS, "en") == ["Source link"]


def test_a_column_says_what_it_is() -> None:
    with pytest.raises(ValueError):
        Column("x", "col.region", "percentage")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Column("x", "col.region", "count", values="wait.")


def test_the_methods_tables_name_catalogue_entries_in_both_languages() -> None:
    """Sources and measure definitions are catalogue keys: each reads in Indonesian and English."""
    from netralitas import rules

    for frame in (rules.data_sources(), rules.measure_definitions()):
        for lang in ("id", "en"):
            shown = display.frame(frame, [Column(c, "col.source", "label") for c in frame.columns], lang)
            assert not (shown.to_numpy() == frame.to_numpy()).any()  # text, never the key itself


def test_sources_named_beside_the_register_keep_its_date() -> None:
    """The timeline names the public record before the register; the caption keeps the register's date."""
    from datetime import date

    from netralitas.app.widgets import Provenance

    register = Provenance(("register kasus sintetis",), date(2025, 6, 29), True)
    both = register.led_by("catatan publik")
    assert both.sources == ("catatan publik", "register kasus sintetis") and both.synthetic
    assert both.caption("id").endswith("29 Juni 2025") and "catatan publik; register" in both.caption("id")
    assert register.plus("penduduk").sources[-1] == "penduduk" and register.plus("penduduk").as_of == register.as_of
