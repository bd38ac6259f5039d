"""Netralitas dashboard: routing and the shared sidebar frame. Run with `make run`."""

import streamlit as st

from netralitas.app import cache
from netralitas.app.account import account_box
from netralitas.app.widgets import language
from netralitas.i18n import t

st.set_page_config(page_title="Netralitas ASN", page_icon="⚖️", layout="wide")

lang = language()
viewer = account_box(lang)

public = [
    st.Page(
        "pages/ringkasan.py",
        title="Ringkasan / Overview",
        url_path="ringkasan",
        default=True,
        icon=":material/dashboard:",
    ),
    st.Page("pages/peta.py", title="Peta / Map", url_path="peta", icon=":material/map:"),
    st.Page("pages/linimasa.py", title="Linimasa / Timeline", url_path="linimasa", icon=":material/timeline:"),
    st.Page(
        "pages/perbandingan.py",
        title="Perbandingan / Comparison",
        url_path="perbandingan",
        icon=":material/compare_arrows:",
    ),
    st.Page(
        "pages/tindak_lanjut.py",
        title="Tindak lanjut / Follow-up",
        url_path="tindak-lanjut",
        icon=":material/assignment_late:",
    ),
    st.Page(
        "pages/bahan_rapat.py", title="Bahan rapat / Hearing brief", url_path="bahan-rapat", icon=":material/print:"
    ),
    st.Page(
        "pages/metodologi.py", title="Data & metodologi / Methods", url_path="metodologi", icon=":material/menu_book:"
    ),
]
internal = []
if viewer.may_see_cases:
    internal.append(st.Page("pages/kasus.py", title="Kasus / Cases", url_path="kasus", icon=":material/folder_shared:"))
if viewer.may_audit:
    internal.append(
        st.Page("pages/audit.py", title="Log audit / Audit log", url_path="audit", icon=":material/policy:")
    )
if viewer.may_curate:
    internal.append(
        st.Page(
            "pages/tambah_berita.py",
            title="Tambah dari berita / Add from news",
            url_path="tambah-berita",
            icon=":material/post_add:",
        )
    )
    internal.append(
        st.Page("pages/impor.py", title="Impor data / Import data", url_path="impor", icon=":material/upload_file:")
    )
# Section headers only with two sections: Streamlit draws a sectioned sidebar as <ul><div><header>
# <li>…, which is no list to a screen reader (axe: list, listitem); one section goes as a plain list.
sections = {"Publik / Public": public, t("nav.section.internal", lang): internal}
# One warehouse build for the whole run: a rebuild during it never mixes two builds on a page.
with cache.pinned():
    st.navigation(sections if internal else public).run()
