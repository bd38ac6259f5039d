"""From raw files to the warehouse: pinned reference files (``reference``), boundaries
(``geo``), the gazetteer (``regions``), the curated public record (``curation``), the synthetic
register (``demo``, where and when its cases happen in ``demo_targets``), agency spreadsheets
(``tables``), the importer (``ingest``: its formats in ``import_format``, its checks in
``import_rules``, rows for the warehouse from ``import_convert``), the build and
the one function that runs SQL (``warehouse``), mart contracts (``contracts``) and ``setup``.

Data flows one way: nothing here imports the data functions, charts or the app above it.
"""
