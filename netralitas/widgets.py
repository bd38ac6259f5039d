"""Reusable widgets and the shared page frame (the one UI module besides cache)."""

from __future__ import annotations

import streamlit as st

from netralitas.i18n import LANGS, Lang, t


def language() -> Lang:
    """The viewer's language, kept in the URL (``?lang=en``) so links keep it."""
    current = st.query_params.get("lang", "id")
    lang: Lang = "en" if current == "en" else "id"
    choice = st.sidebar.segmented_control(
        t("lang.label", lang),
        options=list(LANGS),
        default=lang,
        key="lang_choice",
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
    )
    chosen: Lang = "en" if choice == "en" else "id"
    if chosen != current:
        st.query_params["lang"] = chosen
    return chosen


def synthetic_banner(lang: Lang) -> None:
    st.warning(t("synthetic.banner", lang), icon="⚠️")
