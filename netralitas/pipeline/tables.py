"""Reading tables as agencies make them: CSV, XLSX or Parquet, with title rows
above the header, total rows at the bottom, date cells or text dates, and the
agency's own headers mapped to ours.

:func:`read` returns every cell as a stripped string, the spreadsheet row
number of every data row (so problems point at the row a person sees), and
notices saying which rows were skipped and why. A :class:`Mapping` (a YAML
file, ``--mapping FILE.yml``, or a profile saved under the data dir) renames
an agency's headers to ours, maps enumeration values (``Terbukti`` ->
``pelanggaran``), fills defaults and numbers ASN within a case.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

# Rows whose first filled cell says this are sums, not records.
TOTAL_ROW = re.compile(r"^\s*(jumlah|total|sub[\s-]*total|grand[\s-]*total|jumlah\s+total)\b", re.I)
# How far down a title block may push the header.
HEADER_SEARCH_ROWS = 30
_FORMULA_TOTAL = re.compile(r"^=\s*(sum|subtotal|jumlah)\(", re.I)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_D_MON_Y = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})$")
MONTHS = {
    **{m: i for i, m in enumerate(("januari", "februari", "maret", "april", "mei", "juni"), start=1)},
    **{m: i for i, m in enumerate(("juli", "agustus", "september", "oktober", "november", "desember"), start=7)},
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june"), start=1)},
    **{m: i for i, m in enumerate(("july", "august", "september", "october", "november", "december"), start=7)},
    "pebruari": 2,
    "nopember": 11,
    **{
        m: i
        for i, names in enumerate(
            (
                ("jan",),
                ("feb", "peb"),
                ("mar",),
                ("apr",),
                ("mei", "may"),
                ("jun",),
                ("jul",),
                ("agu", "agt", "ags", "agus", "aug"),
                ("sep", "sept"),
                ("okt", "oct"),
                ("nov", "nop"),
                ("des", "dec"),
            ),
            start=1,
        )
        for m in names
    },
}


def parse_date(text: str) -> date | None:
    """A day written any common way: ``2024-09-17``, ``17/09/2024``, ``17-09-2024``,
    ``17.09.2024``, ``2024/09/17``, ``17 September 2024``, ``17 Sep 2024``; else ``None``."""
    text = text.strip()
    try:
        if m := _ISO.match(text) or _YMD_SLASH.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if (m := _D_MON_Y.match(text)) and m[2].lower() in MONTHS:
            return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Issue:
    """A problem with the file as a whole or one cell; the importer turns it into a ``Problem``."""

    row: int | None
    column: str
    reason_id: str
    reason_en: str


class Unreadable(Exception):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(f"{i.reason_id} / {i.reason_en}" for i in issues))
        self.issues = issues


@dataclass
class Mapping:
    """From an agency's spreadsheet to our import format."""

    name: str = ""
    kind: str = ""  # cases | events | figures; '' fits any
    columns: dict[str, str] = field(default_factory=dict)  # agency header -> our column
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # our column -> agency value -> ours
    defaults: dict[str, str] = field(default_factory=dict)  # our column -> value where missing or empty
    number_within: dict[str, str] = field(default_factory=dict)  # e.g. subject_seq: case_id (1, 2, ... per case)
    header_row: int | None = None  # spreadsheet row of the header; None finds it

    def header_names(self) -> set[str]:
        return {_norm(k) for k in self.columns}

    def to_yaml(self) -> str:
        body: dict[str, Any] = {"name": self.name, "kind": self.kind, "columns": self.columns}
        for key in ("values", "defaults", "number_within"):
            if getattr(self, key):
                body[key] = getattr(self, key)
        if self.header_row is not None:
            body["header_row"] = self.header_row
        return yaml.safe_dump(body, allow_unicode=True, sort_keys=False)


def _norm(header: str) -> str:
    return " ".join(str(header).replace("\n", " ").split()).casefold()


def parse_mapping(text: str, source: str, kind: str, known_columns: set[str]) -> Mapping:
    """A mapping from YAML; every problem is listed (``source`` names the file in messages)."""
    issues: list[Issue] = []
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise Unreadable(
            [Issue(line + 1 if line is not None else None, "", "YAML tidak valid", "invalid YAML")]
        ) from exc
    if not isinstance(raw, dict):
        raise Unreadable([Issue(None, "", "pemetaan harus berupa kamus YAML", "a mapping must be a YAML dictionary")])

    def strings(key: str) -> dict[str, str]:
        value = raw.get(key) or {}
        if not isinstance(value, dict):
            issues.append(Issue(None, key, "harus berupa kamus", "must be a dictionary"))
            return {}
        return {str(k): "" if v is None else str(v) for k, v in value.items()}

    columns = strings("columns")
    defaults = strings("defaults")
    number_within = strings("number_within")
    values: dict[str, dict[str, str]] = {}
    for col, table in (raw.get("values") or {}).items():
        if not isinstance(table, dict):
            issues.append(Issue(None, f"values.{col}", "harus berupa kamus", "must be a dictionary"))
            continue
        values[str(col)] = {str(k): str(v) for k, v in table.items()}
    declared = str(raw.get("kind") or "")
    if declared and declared != kind:
        issues.append(
            Issue(None, "kind", f"pemetaan untuk {declared}, bukan {kind}", f"mapping is for {declared}, not {kind}")
        )
    for header, ours in columns.items():
        if ours and ours not in known_columns:
            issues.append(
                Issue(None, f"columns.{header}", f"kolom tujuan {ours!r} tidak dikenal", f"unknown target {ours!r}")
            )
    for key, table_name in (("values", values), ("defaults", defaults), ("number_within", number_within)):
        for ours in table_name:
            if ours not in known_columns:
                issues.append(Issue(None, f"{key}.{ours}", "kolom tidak dikenal", "unknown column"))
    header_row = raw.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        issues.append(Issue(None, "header_row", "harus bilangan bulat positif", "must be a positive whole number"))
        header_row = None
    if issues:
        raise Unreadable(issues)
    return Mapping(
        name=str(raw.get("name") or Path(source).stem),
        kind=declared or kind,
        columns=columns,
        values=values,
        defaults=defaults,
        number_within=number_within,
        header_row=header_row,
    )


# -- reading -------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _grid_csv(data: bytes) -> list[tuple[int, list[str]]]:
    if b"\x00" in data[:4096]:
        raise Unreadable([Issue(None, "", "bukan file tabel (berisi data biner)", "not a table (binary content)")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    delim = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    out: list[tuple[int, list[str]]] = []
    line = 1
    for cells in reader:
        out.append((line, [c.strip() for c in cells]))
        line = reader.line_num + 1
    return out


def _grid_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        why = type(exc).__name__
        raise Unreadable(
            [Issue(None, "", f"file XLSX tidak dapat dibaca ({why})", f"unreadable XLSX file ({why})")]
        ) from exc
    try:
        ws = wb.worksheets[0]
        rows, columns = ws.max_row or 0, ws.max_column or 0
        if columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
            # The sheet declares a range far beyond its data ("A1:XFD1048576" in a 1 KB file): read
            # only the cells that are there, not the declared range padded with empty ones.
            ws.reset_dimensions()
        out: list[tuple[int, list[str]]] = []
        cells = 0
        for n, r in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            cells += len(r)
            if n > MAX_ROWS or len(r) > MAX_COLUMNS or cells > MAX_CELLS:
                raise Unreadable([_too_big(n, len(r))])
            out.append((n, [_cell(v) for v in r]))
        return out
    finally:
        wb.close()


# What one import may hold: checked on what a file declares before it is read, and while reading.
MAX_ROWS = 500_000
MAX_COLUMNS = 300
MAX_CELLS = 10_000_000


def _too_big(rows: int, columns: int) -> Issue:
    return Issue(
        None,
        "",
        f"file terlalu besar (baris {rows:,}, kolom {columns:,}; batas {MAX_ROWS:,} baris, {MAX_COLUMNS} kolom, "
        f"{MAX_CELLS:,} sel): simpan hanya rentang yang berisi data",
        f"file too large ({rows:,} rows, {columns:,} columns; limits {MAX_ROWS:,} rows, {MAX_COLUMNS} columns, "
        f"{MAX_CELLS:,} cells): save only the range that holds data",
    )


def _grid_parquet(path: Path) -> list[tuple[int, list[str]]]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata  # the footer only: sizes are known before any row is read
        if meta.num_rows > MAX_ROWS or meta.num_columns > MAX_COLUMNS or meta.num_rows * meta.num_columns > MAX_CELLS:
            raise Unreadable([_too_big(meta.num_rows, meta.num_columns)])
        frame = pd.read_parquet(path)
    except Unreadable:
        raise
    except Exception as exc:  # pyarrow raises several kinds for a broken file
        raise Unreadable([Issue(None, "", "file Parquet tidak dapat dibaca", "unreadable Parquet file")]) from exc
    rows = [(1, [str(c) for c in frame.columns])]
    rows += [(i, [_cell(v) for v in rec]) for i, rec in enumerate(frame.itertuples(index=False), start=2)]
    return rows


def grid(path: Path) -> list[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) for every row of the first sheet."""
    if not path.exists():
        raise Unreadable([Issue(None, "", "file tidak ditemukan", "file not found")])
    data = path.read_bytes()
    if not data.strip():
        raise Unreadable([Issue(None, "", "file kosong", "empty file")])
    suffix = path.suffix.lower()
    if suffix == ".xlsx" or data[:2] == b"PK":
        return _grid_xlsx(path)
    if suffix == ".parquet" or data[:4] == b"PAR1":
        return _grid_parquet(path)
    if data[:5] == b"%PDF-" or suffix in (".pdf", ".docx", ".xls", ".json", ".zip"):
        raise Unreadable(
            [Issue(None, "", "bukan file tabel (CSV, XLSX atau Parquet)", "not a table (CSV, XLSX or Parquet)")]
        )
    return _grid_csv(data)


@dataclass
class Table:
    frame: pd.DataFrame  # our column names (lower case), every cell a string
    row_numbers: list[int]  # the spreadsheet row of each frame row
    header_row: int
    notices: list[str] = field(default_factory=list)  # "rows 1-3 above the header skipped", total rows, ...


def _find_header(rows: list[tuple[int, list[str]]], known: set[str], fixed: int | None) -> int:
    """Index (into ``rows``) of the header: the row naming most known columns among the first rows."""
    if fixed is not None:
        for i, (n, _) in enumerate(rows):
            if n == fixed:
                return i
        raise Unreadable([Issue(fixed, "", "baris header tidak ada", "header row not found")])
    best, best_score = 0, -1
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = sum(1 for c in cells if c and _norm(c) in known)
        if score > best_score:
            best, best_score = i, score
    if best_score >= 2:
        return best
    widest = max(len([c for c in cells if c]) for _, cells in rows[:HEADER_SEARCH_ROWS])
    if len([c for c in rows[0][1] if c]) == widest:  # the first row looks like a header: its columns are named
        return 0
    raise Unreadable(
        [
            Issue(
                rows[0][0],
                "",
                f"baris header tidak ditemukan: tidak ada baris di {HEADER_SEARCH_ROWS} baris pertama yang memuat "
                "nama kolom yang dikenal; pakai pemetaan kolom (--mapping, lihat docs/data-formats.md)",
                f"header row not found: none of the first {HEADER_SEARCH_ROWS} rows names known columns; "
                "use a column mapping (--mapping, see docs/data-formats.md)",
            )
        ]
    )


def _span(numbers: list[int]) -> str:
    return f"{numbers[0]}" if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"


def read(path: Path, known_columns: set[str], mapping: Mapping | None = None) -> Table:
    """The table in ``path`` in our column names; rows above the header and total rows skipped, with notices."""
    mapping = mapping or Mapping()
    rows = [(n, cells) for n, cells in grid(path) if any(cells)]
    if not rows:
        raise Unreadable([Issue(None, "", "file kosong", "empty file")])
    known = {_norm(c) for c in known_columns} | mapping.header_names()
    h = _find_header(rows, known, mapping.header_row)
    header_number, header_cells = rows[h]
    notices: list[str] = []
    above = [n for n, _ in rows[:h]]
    if above:
        notices.append(
            f"baris {_span(above)} di atas header (baris {header_number}) dilewati: judul / "
            f"rows {_span(above)} above the header (row {header_number}) skipped: titles"
        )
    width = max((i + 1 for i, c in enumerate(header_cells) if c), default=0)
    renames = {_norm(k): v for k, v in mapping.columns.items()}
    names: list[str] = []
    for i, c in enumerate(header_cells[:width]):
        key = _norm(c)
        name = renames.get(key, key) or f"_ignored_{i}"
        names.append(name if name not in names else f"{name}_{i}")
    body: list[list[str]] = []
    numbers: list[int] = []
    issues: list[Issue] = []
    for n, cells in rows[h + 1 :]:
        first = next((c for c in cells if c), "")
        if TOTAL_ROW.match(first) or any(_FORMULA_TOTAL.match(c) for c in cells):
            notices.append(f"baris {n} dilewati: baris jumlah ({first[:30]}) / row {n} skipped: a total row")
            continue
        if any(c for c in cells[width:]):
            used = max(i + 1 for i, c in enumerate(cells) if c)
            issues.append(
                Issue(
                    n, "", f"baris memiliki {used} kolom, header {width}", f"row has {used} columns, header has {width}"
                )
            )
            continue
        body.append((cells + [""] * width)[:width])
        numbers.append(n)
    if issues:
        raise Unreadable(issues[:50])
    frame = pd.DataFrame(body, columns=names, dtype="string") if body else pd.DataFrame(columns=names, dtype="string")
    frame = frame[[c for c in frame.columns if not c.startswith("_ignored_")]]
    frame = _apply(frame, mapping)
    if frame.empty:
        raise Unreadable(
            [Issue(header_number, "", "tidak ada baris data di bawah header", "no data rows below the header")]
        )
    return Table(frame.fillna(""), numbers, header_number, notices)


def _apply(frame: pd.DataFrame, mapping: Mapping) -> pd.DataFrame:
    """Value maps, defaults and numbering from the mapping."""
    out = frame.copy()
    for col, table in mapping.values.items():
        if col in out:
            lookup = {_norm(k): v for k, v in table.items()}
            out[col] = out[col].map(lambda v, lk=lookup: lk.get(_norm(v), v) if isinstance(v, str) else v)
    for col, value in mapping.defaults.items():
        if col not in out:
            out[col] = value
        else:
            out[col] = out[col].where(out[col].fillna("") != "", value)
    for col, within in mapping.number_within.items():
        if within in out and (col not in out or (out[col].fillna("") == "").all()):
            out[col] = (out.groupby(within, sort=False).cumcount() + 1).astype(str)
    return out.astype("string")
