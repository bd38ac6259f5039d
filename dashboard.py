"""Netralitas dashboard: routing only. Run with `make run`."""

import streamlit as st

st.set_page_config(page_title="Netralitas ASN", page_icon="⚖️", layout="wide")

pages = {
    "Publik / Public": [
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
            "pages/metodologi.py",
            title="Data & metodologi / Methods",
            url_path="metodologi",
            icon=":material/menu_book:",
        ),
    ],
}
st.navigation(pages).run()
