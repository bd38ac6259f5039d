from __future__ import annotations

import io
from datetime import date

import pandas as pd
from openpyxl import load_workbook

from netralitas import exports


def meta() -> exports.ExportMeta:
    return exports.ExportMeta(
        title="Peta",
        filters={"election": "pilkada_2024"},
        as_of=date(2025, 6, 30),
        sources=("https://example.org/a",),
        synthetic=True,
        url="?election=pilkada_2024",
    )


def test_csv_is_exactly_the_frame() -> None:
    frame = pd.DataFrame({"region": ["Kota Bau Bau", "=cmd()"], "persons": [3, 4]})
    back = pd.read_csv(io.BytesIO(exports.to_csv(frame)), encoding="utf-8-sig")
    assert list(back.columns) == ["region", "persons"]
    assert back["region"].tolist() == ["Kota Bau Bau", "'=cmd()"]  # formula neutralised
    assert back["persons"].tolist() == [3, 4]


def test_xlsx_has_data_and_about_sheet() -> None:
    frame = pd.DataFrame({"region": ["Kota Bau Bau"], "followup_rate": [0.5], "as_of": [pd.Timestamp("2025-06-30")]})
    wb = load_workbook(io.BytesIO(exports.to_xlsx(frame, meta())))
    assert wb.sheetnames == ["data", "tentang"]
    rows = list(wb["data"].iter_rows(values_only=True))
    assert rows[0] == ("region", "followup_rate", "as_of") and rows[1][:2] == ("Kota Bau Bau", 0.5)
    about = {r[0]: r[1] for r in wb["tentang"].iter_rows(values_only=True)}
    assert about["Filter: election"] == "pilkada_2024"
    assert about["Data per / As of"] == "2025-06-30"
    assert "sintetis" in about["PERHATIAN / NOTE"]
    assert about["Sumber / Source"] == "https://example.org/a"
    assert "MIT" in about["Lisensi / Licence"]
    assert about["Kutipan / Citation"].startswith("Netralitas, \u201cPeta\u201d, data per 2025-06-30")
