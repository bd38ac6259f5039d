"""The Streamlit-facing layer: the only package that imports streamlit.

``cache`` wraps the data functions in one cached decorator keyed by warehouse build and viewer,
``widgets`` holds the shared page frame and reusable widgets, ``account`` the sign-in box, and
``state`` the view state that lives in the URL. Pages import from here, from ``charts`` and from
``i18n``; nothing below this package imports streamlit (an import-linter contract in
``make check`` keeps it so).
"""
