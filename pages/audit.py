"""Log audit (admin only): logins, imports and exports of case-level data."""

import streamlit as st

from netralitas import audit, widgets
from netralitas.i18n import t

lang = widgets.lang()
viewer = widgets.viewer()
st.title(t("page.audit", lang))
if not viewer.may_audit:
    st.warning(t("audit.admin_only", lang))
    st.stop()
entries = audit.read()
st.dataframe(entries, hide_index=True, height=520)
