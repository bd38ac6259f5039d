"""The served dashboard: ``dashboard.py`` with the sign-in routes beside it (``st.App``).

``python -m netralitas serve`` runs this file with ``streamlit run``; Streamlit detects the
``App`` and serves it on its Starlette server. The routes (``netralitas/access/web.py``) set and end
the HttpOnly session cookie that keeps a local sign-in across reloads and tabs.
"""

from pathlib import Path

import streamlit as st

from netralitas.access.web import routes

app = st.App(Path(__file__).resolve().parent / "dashboard.py", routes=routes())
