"""Downloads of exactly the frame a chart or table shows: CSV and XLSX.

The XLSX carries a second sheet with the filters, the as-of date, the
sources, the licence and a citation line. Text that a spreadsheet would run
as a formula is prefixed with an apostrophe in both formats.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

LICENCE = (
    "Data kurasi: fakta publik dengan tautan sumber; judul adalah ringkasan Netralitas (CC BY 4.0). "
    "Batas wilayah, penduduk, luas: MIT. / Curated data: public facts with source links; titles are "
    "Netralitas summaries (CC BY 4.0). Boundaries, population, area: MIT."
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportMeta:
    title: str
    filters: dict[str, str]
    as_of: date | None
    sources: tuple[str, ...] = ()
    synthetic: bool = False
    url: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def citation(self) -> str:
        when = self.as_of.isoformat() if self.as_of else "-"
        return f"Netralitas, \u201c{self.title}\u201d, data per {when}. {self.url}".strip()


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_safe)
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so Excel in Indonesia opens accents correctly."""
    return safe_frame(frame).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame, meta: ExportMeta) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "data"
    safe = safe_frame(frame)
    ws.append([str(c) for c in safe.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in safe.itertuples(index=False):
        ws.append(
            [
                None
                if (not isinstance(v, str) and pd.isna(v))
                else (v.to_pydatetime() if isinstance(v, pd.Timestamp) else v)
                for v in row
            ]
        )
    for i, col in enumerate(safe.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, len(str(col)) + 2))
    about = wb.create_sheet("tentang")
    about.append(["Judul / Title", meta.title])
    for key, value in meta.filters.items():
        about.append([f"Filter: {key}", value])
    about.append(["Data per / As of", meta.as_of.isoformat() if meta.as_of else "-"])
    about.append(["Baris / Rows", len(frame)])
    if meta.synthetic:
        about.append(["PERHATIAN / NOTE", "Data kasus sintetis (demo) / synthetic case data (demo)"])
    for note in meta.notes:
        about.append(["Catatan / Note", note])
    for source in meta.sources:
        about.append(["Sumber / Source", source])
    about.append(["Lisensi / Licence", LICENCE])
    about.append(["Kutipan / Citation", meta.citation()])
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 100
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
