"""Log audit (admin only): logins, imports and exports of case-level data.

Needs no warehouse: the log lives beside it in the data dir.
"""

import streamlit as st

from netralitas.access import audit
from netralitas.app import account, widgets
from netralitas.i18n import t

lang = widgets.lang()
viewer = account.viewer()
st.title(t("page.audit", lang))
if not viewer.may_audit:
    st.warning(t("audit.admin_only", lang))
    st.stop()
log = audit.read()
st.dataframe(log, hide_index=True, height=520)  # no toolbar export (client.disableDataExport)
widgets.download_section(
    log,
    "log-audit",
    t("page.audit", lang),
    {},
    widgets.Provenance((), None, False),
    lang,
    "dl_audit",
    audited={"action": "export_audit", "who": viewer.user, "rows": len(log)},
)
