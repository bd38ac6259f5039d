"""Serving at scale and measuring it: replicas behind HAProxy (``cluster``), websocket load
sessions (``loadtest``, with the trivial ``floor_page`` as its baseline) and ``make bench``
(``bench``)."""
