"""The one catalogue of user-facing text, and Indonesian number/date formats.

Bahasa Indonesia is the default; English is the second language. Numbers and
dates follow Indonesian conventions in both (``1.234``, ``12,5%``,
``17 September 2024``) in the Indonesian UI, and English ones in English.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Literal

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
_LOCALE = {"id": "id_ID", "en": "en_GB"}

CATALOGUE: dict[str, tuple[str, str]] = {
    "app.title": ("Netralitas ASN", "ASN Neutrality"),
    "app.tagline": (
        "Penegakan netralitas ASN dalam pemilihan, per provinsi dan kabupaten/kota",
        "Enforcement of civil-servant neutrality in elections, per province and regency/city",
    ),
    "nav.section.public": ("Publik", "Public"),
    "page.home": ("Beranda", "Home"),
    "lang.label": ("Bahasa", "Language"),
    "synthetic.banner": (
        "Data kasus di dasbor ini **sintetis** (dibuat dengan benih acak tetap) karena register kasus "
        "memuat nama dan NIP dan tidak dipublikasikan. Angka publikasi dan peristiwa adalah data nyata "
        "dengan sumbernya.",
        "Case data in this dashboard is **synthetic** (generated with a fixed seed) because case "
        "registers hold names and NIPs and are not public. Published figures and events are real, "
        "with their sources.",
    ),
    "home.holds": ("Isi gudang data", "What the warehouse holds"),
    "home.provinces": ("Provinsi", "Provinces"),
    "home.regencies": ("Kabupaten/kota", "Regencies/cities"),
    "home.elections": ("Pemilihan", "Elections"),
    "home.events": ("Peristiwa tercatat", "Recorded events"),
    "home.figures": ("Angka publikasi", "Published figures"),
    "home.case_rows": ("Baris register kasus", "Case register rows"),
    "home.cases": ("{n} kasus", "{n} cases"),
    "home.synthetic": ("sintetis", "synthetic"),
    "home.imported": ("hasil impor", "imported"),
    "home.boundaries": ("Batas wilayah", "Boundaries"),
    "home.population": ("Data penduduk", "Population data"),
    "home.installed": ("terpasang", "installed"),
    "home.not_installed": ("belum terpasang: peta memakai peta petak", "not installed: maps use the tile grid"),
    "home.pop_missing": (
        "belum terpasang: angka per 100.000 penduduk tidak tersedia",
        "not installed: rates per 100,000 residents unavailable",
    ),
    "home.freshness": ("Kemutakhiran data", "Data freshness"),
    "home.built_at": ("Gudang data dibangun {when}", "Warehouse built {when}"),
    "home.election": ("Pemilihan", "Election"),
    "home.published": ("Angka nasional yang dipublikasikan, per lembaga", "National published figures, per body"),
    "home.published.caveat": (
        "Lembaga yang berbeda melaporkan angka yang berbeda untuk hal yang sama; semuanya ditampilkan "
        "berdampingan dengan sumbernya, tidak ada yang dipilih diam-diam.",
        "Different bodies report different numbers for the same thing; all are shown side by side with "
        "their sources, none is silently picked.",
    ),
    "home.no_figures": ("Belum ada angka nasional untuk pemilihan ini.", "No national figures for this election yet."),
    "home.funnel": ("Alur penegakan dari register kasus", "Enforcement chain from the case register"),
    "home.no_cases": ("Register kasus kosong untuk pemilihan ini.", "The case register is empty for this election."),
    "col.source": ("Sumber data", "Data source"),
    "col.rows": ("Baris", "Rows"),
    "col.latest": ("Tanggal terbaru", "Latest date"),
    "col.imported": ("Baris impor", "Imported rows"),
    "col.metric": ("Ukuran", "Measure"),
    "col.value": ("Nilai", "Value"),
    "col.unit": ("Satuan", "Unit"),
    "col.body": ("Lembaga", "Body"),
    "col.as_of": ("Per tanggal", "As of"),
    "col.link": ("Tautan sumber", "Source link"),
    "col.flags": ("Catatan", "Caveats"),
    "col.stage": ("Tahap", "Stage"),
    "col.persons": ("ASN", "ASN"),
    "col.cases": ("Kasus", "Cases"),
    "col.conversion": ("Dari tahap sebelumnya", "From previous stage"),
    "source.events": ("Peristiwa (kurasi)", "Events (curated)"),
    "source.figures": ("Angka publikasi (kurasi)", "Published figures (curated)"),
    "source.case_register": ("Register kasus", "Case register"),
    "stage.intake": ("Laporan/temuan masuk", "Reports/findings received"),
    "stage.registered": ("Diregistrasi", "Registered"),
    "stage.violation": ("Pelanggaran", "Violation"),
    "stage.forwarded": ("Diteruskan ke KASN/BKN", "Forwarded to KASN/BKN"),
    "stage.recommended": ("Rekomendasi sanksi", "Sanction recommended"),
    "stage.sanctioned": ("Sanksi dijatuhkan PPK", "Sanction imposed by PPK"),
    "unit.cases": ("kasus", "cases"),
    "unit.persons": ("orang", "persons"),
    "unit.percent": ("persen", "percent"),
    "flag.approx": ("nilai perkiraan", "approximate value"),
    "flag.date_approx": ("tanggal perkiraan", "approximate date"),
    "flag.low": ("salinan/mirror, keyakinan rendah", "mirror copy, low confidence"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "warehouse.missing": (
        "Gudang data belum dibangun. Jalankan `make build` lalu muat ulang halaman ini.",
        "The warehouse has not been built. Run `make build`, then reload this page.",
    ),
}


def t(key: str, lang: Lang = "id", **kwargs: object) -> str:
    """Text for ``key`` in ``lang``; a missing key is a bug and raises KeyError."""
    text = CATALOGUE[key][0 if lang == "id" else 1]
    return text.format(**kwargs) if kwargs else text


def fmt_int(value: float | int | None, lang: Lang = "id") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format_decimal(round(float(value)), format="#,##0", locale=_LOCALE[lang])


def fmt_number(value: float | int | None, lang: Lang = "id") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format_decimal(value, format="#,##0.#", locale=_LOCALE[lang])


def fmt_pct(share: float | None, lang: Lang = "id") -> str:
    """``0.125`` -> ``12,5%`` (id) / ``12.5%`` (en)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return format_percent(share, format="#,##0.#%", locale=_LOCALE[lang])


def fmt_date(value: date | datetime | None, lang: Lang = "id", precision: str = "day") -> str:
    """``17 September 2024``; ``September 2024`` or ``2024`` for coarser precision."""
    if value is None:
        return "–"
    try:
        import pandas as pd

        if pd.isna(value):
            return "–"
    except (TypeError, ValueError):
        pass
    fmt = {"month": "MMMM yyyy", "year": "yyyy"}.get(precision, "d MMMM yyyy")
    return format_date(value, format=fmt, locale=_LOCALE[lang])
