from datetime import date

from netralitas.i18n import CATALOGUE, fmt_date, fmt_int, fmt_pct, t


def test_indonesian_formats() -> None:
    assert fmt_int(1234) == "1.234"
    assert fmt_pct(0.125) == "12,5%"
    assert fmt_date(date(2024, 9, 17)) == "17 September 2024"
    assert fmt_date(date(2024, 8, 1), precision="month") == "Agustus 2024"
    assert fmt_int(None) == "–"


def test_english_formats() -> None:
    assert fmt_int(1234, "en") == "1,234"
    assert fmt_pct(0.125, "en") == "12.5%"


def test_every_entry_has_both_languages() -> None:
    for key, (id_text, en_text) in CATALOGUE.items():
        assert id_text and en_text, key
    assert t("home.cases", "id", n="3") == "3 kasus"
