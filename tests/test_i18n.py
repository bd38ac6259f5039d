from datetime import date

from netralitas.format import fmt_date, fmt_int, fmt_pct
from netralitas.i18n import CATALOGUE, t


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


def _sources() -> str:
    from netralitas.settings import REPO_ROOT

    files = [*(REPO_ROOT / "netralitas").rglob("*.py"), *(REPO_ROOT / "netralitas").rglob("*.j2")]
    files += [*(REPO_ROOT / "pages").glob("*.py"), REPO_ROOT / "dashboard.py"]
    catalogue = REPO_ROOT / "netralitas" / "i18n"
    return "\n".join(p.read_text(encoding="utf-8") for p in files if catalogue not in p.parents)


def test_every_catalogue_key_is_used() -> None:
    """A key is used literally ("map.measure") or through a dynamic prefix (f"measure.{m}")."""
    import re

    src = _sources()
    literal = set(re.findall(r'["\']([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)["\']', src))
    prefixes = set(re.findall(r'f["\']([a-z][a-z0-9_.]*\.)\{', src))
    prefixes |= set(re.findall(r'["\']([a-z][a-z0-9_.]*\.)["\'] *\+', src))  # "site.nav." + key
    prefixes |= set(re.findall(r'values=["\']([a-z][a-z0-9_.]*\.)["\']', src))  # display.Column(values="wait.")
    unused = [k for k in CATALOGUE if k not in literal and not any(k.startswith(p) for p in prefixes)]
    assert unused == []


def test_both_languages_carry_the_same_placeholders() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, (id_text, en_text) in CATALOGUE.items():
        assert fields(id_text) == fields(en_text), key


def test_no_text_states_a_number_the_code_defines() -> None:
    """Policy numbers reach the texts as placeholders filled from the constants (issue 22): a
    changed rule changes its words, and a text that writes the number itself fails here."""
    import re

    from netralitas.access import sessions
    from netralitas.settings import get_settings

    below = get_settings().suppression_threshold
    rules = {
        sessions.LOCK_AFTER: r"(percobaan|failed|attempts)",
        sessions.IDLE_SECONDS // 3600: r"(jam|hours?)",
        sessions.ABSOLUTE_SECONDS // 3600: r"(jam|hours?)",
        sessions.LOCK_SECONDS // 60: r"(menit|minutes?)",
        get_settings().followup_limit_days: r"(hari|days)",
    }
    stated = []
    for key, texts in CATALOGUE.items():
        for text in texts:
            for number, unit in rules.items():
                if re.search(rf"(?<![\d.,{{]){number} {unit}\b", text):
                    stated.append((key, text))
            if re.search(rf"1-{below - 1}\b|<{below}\b", text):
                stated.append((key, text))
    assert not stated, stated
    # ... and the placeholders are filled from the rules
    from netralitas.i18n import t

    assert f"1-{below - 1}" in t("site.register.title", "en") and f"1-{below - 1}" in t("site.register.title", "id")


def test_each_area_of_the_catalogue_owns_its_prefixes() -> None:
    """A reader looking for "site.map.title" opens ``i18n/site.py``: a key's prefix lives in one area."""
    from netralitas import i18n

    owner: dict[str, str] = {}
    for area in i18n.AREAS:
        for key in area.TEXTS:
            prefix = key.split(".")[0]
            assert owner.setdefault(prefix, area.__name__) == area.__name__, (key, owner[prefix])
    assert sum(len(a.TEXTS) for a in i18n.AREAS) == len(CATALOGUE)
