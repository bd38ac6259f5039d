"""Netralitas dashboard: routing only. Run with `make run`."""

import streamlit as st

st.set_page_config(page_title="Netralitas ASN", page_icon="⚖️", layout="wide")

pages = {
    "Publik / Public": [
        st.Page("pages/beranda.py", title="Beranda / Home", url_path="beranda", default=True),
    ],
}
st.navigation(pages).run()
