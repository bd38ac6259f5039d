"""The catalogue of user-facing text, one module per area (``site``, ``app``, ``brief``, ``access``,
``importer``, ``measures``, ``news``), read through ``t``; numbers and dates are formatted in ``format``.

Bahasa Indonesia is the default; English is the second language. Rules a text states (the
suppression threshold, ...) are placeholders filled from the code (``POLICY``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from netralitas.i18n import access, app, brief, importer, measures, news, site

if TYPE_CHECKING:
    from netralitas.settings import Settings

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
# Babel locales per language: the one map every formatter (pages, briefs, edition) uses.
LOCALES = {"id": "id_ID", "en": "en_GB"}

AREAS = (app, measures, access, importer, brief, news, site)


def _catalogue() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        twice = merged.keys() & area.TEXTS.keys()
        if twice:
            raise ValueError(f"text keys in two areas: {sorted(twice)}")
        merged |= area.TEXTS
    return merged


# Every text: ``key -> (Indonesian, English)``; a key's prefix names its area.
CATALOGUE: dict[str, tuple[str, str]] = _catalogue()


def _settings() -> Settings:
    from netralitas.settings import get_settings

    return get_settings()


def _suppress_below() -> int:
    return _settings().suppression_threshold


# Rules a text states, filled from where the code keeps them (a changed rule changes its words):
# ``{suppress_limit}`` is the first count shown (5), ``{suppress_max}`` the largest hidden (4),
# ``{followup_limit}`` the days a recommendation may wait for its PPK (30).
POLICY = {
    "suppress_limit": _suppress_below,
    "suppress_max": lambda: _suppress_below() - 1,
    "followup_limit": lambda: _settings().followup_limit_days,
}


def t(key: str, lang: Lang = "id", **kwargs: object) -> str:
    """Text for ``key`` in ``lang``; a missing key is a bug and raises KeyError. Placeholders named
    in ``POLICY`` are filled from the rule itself unless the caller gives them."""
    entry = CATALOGUE.get(key) or _domain_text(key)
    text = entry[0 if lang == "id" else 1]
    for name, value in POLICY.items():
        if "{" + name + "}" in text and name not in kwargs:
            kwargs[name] = value()
    return text.format(**kwargs) if kwargs else text


def _domain_text(key: str) -> tuple[str, str]:
    """Labels that live with their lists (``event.<type>``, ``bodygroup.<group>``: curated CSV, see domain.py)."""
    from netralitas import domain

    kind, _, name = key.partition(".")
    d = domain.load()
    if kind == "event":
        found = next((e for e in d.event_types if e.event_type == name), None)
        if found is not None:
            return found.label_id, found.label_en
    if kind == "bodygroup":
        body = next((b for b in d.bodies if b.body_group == name), None)
        if body is not None:
            return body.label_id, body.label_en
    raise KeyError(key)


def localized(base: str, lang: Lang) -> str:
    """The column of a bilingual pair in ``lang``: ``localized("title", "en")`` is ``"title_en"``
    (curated tables and reports carry ``<name>_id`` and ``<name>_en`` side by side)."""
    return f"{base}_{lang}"
