"""News intake: turn an Indonesian news article into dated, coded events (docs/adr/0007).

Rule-based and offline. ``vocabulary`` (words and phrases, as data in ``vocabulary.yml``),
``text`` (cleaning and sentences), ``dates``, ``places`` (regions and offices), ``extract`` (the
extractor and its output), ``evaluate`` (scoring on labelled articles) and ``record`` (from a
reviewed event to a row of the curated record).
"""

from netralitas.news.evaluate import Evaluation, FigureEvaluation, evaluate, evaluate_figures, figure_report, report
from netralitas.news.extract import FIELDS, Event, event_types, extract, to_csv, to_json
from netralitas.news.record import import_record, suggested_titles
from netralitas.news.text import MAX_ARTICLE_CHARS, published_from_name, read_article, refuse_text

__all__ = [
    "FIELDS",
    "MAX_ARTICLE_CHARS",
    "Evaluation",
    "Event",
    "FigureEvaluation",
    "evaluate",
    "evaluate_figures",
    "event_types",
    "extract",
    "figure_report",
    "import_record",
    "published_from_name",
    "read_article",
    "refuse_text",
    "report",
    "suggested_titles",
    "to_csv",
    "to_json",
]
