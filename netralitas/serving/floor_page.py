"""The floor for ``make loadtest``: a trivial Streamlit page (one select box, one plotly bar
chart, one table) measured with the same client in the same run. Run by Streamlit, never imported."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

choice = st.selectbox("Provinsi", ["Aceh", "Sumatera Utara", "Sulawesi Tenggara"])
frame = pd.DataFrame({"wilayah": ["A", "B", "C", "D"], "nilai": [3, 1, 4, 1]})
st.plotly_chart(go.Figure(go.Bar(x=frame["wilayah"], y=frame["nilai"], name=choice)))
st.dataframe(frame, hide_index=True)
