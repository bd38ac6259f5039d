"""Serving at scale and measuring it: replicas behind HAProxy (``cluster``), websocket load
sessions (``loadtest``, with the trivial ``floor_page`` as its baseline) and ``make bench``
(``bench``: the entry point and the sections without a browser; ``bench_live`` the live server in
Chromium, ``bench_edition`` the public edition against the live app; ``browser`` the page timings
both use; ``measure`` timings, percentiles and targets)."""
