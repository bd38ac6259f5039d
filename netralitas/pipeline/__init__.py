"""From raw files to the warehouse: pinned reference files (``reference``), boundaries
(``geo``), the gazetteer (``regions``), the curated public record (``curation``), the synthetic
register (``demo``), agency spreadsheets (``tables``), the importer (``ingest``), the build and
the one function that runs SQL (``warehouse``), mart contracts (``contracts``) and ``setup``.

Data flows one way: nothing here imports the data functions, charts or the app above it.
"""
