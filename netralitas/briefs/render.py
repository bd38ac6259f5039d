"""Rendering a brief: a ``model.Brief`` (its charts already drawn) laid out as HTML by the Jinja2
template, as PDF by WeasyPrint (docs/adr/0006), written atomically. Our own files only, never the
network: briefs render offline."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from netralitas.briefs.model import Brief, BriefError
from netralitas.i18n import t
from netralitas.pipeline.regions import Region

TEMPLATE_DIR = Path(__file__).parent / "templates"


def render_html(brief: Brief) -> str:
    """The brief as one HTML page: the preview, the HTML download and WeasyPrint's input."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("brief.html.j2")
    lang = brief.lang
    # The footer lives in a CSS string: escape for CSS there, not for HTML.
    footer = t("brief.footer", lang, link=brief.link).replace("\\", "\\\\").replace('"', '\\"')
    footer_css = Markup(footer)  # noqa: S704  our catalogue text, escaped for the CSS string above
    return template.render(b=brief, t=lambda key, **kw: t(key, lang, **kw), lang=lang, footer_css=footer_css)


def render_pdf(html: str) -> tuple[bytes, int]:
    """The PDF and its page count."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Our own files only, never the network: briefs render offline.
    fetcher = URLFetcher(allowed_protocols=("file", "data"))
    document = HTML(string=html, base_url=str(TEMPLATE_DIR), url_fetcher=fetcher).render()
    out = document.write_pdf()
    if out is None:  # write_pdf returns bytes when given no target
        raise BriefError("WeasyPrint wrote no PDF")
    return bytes(out), len(document.pages)


@dataclass
class Rendered:
    path: Path
    seconds: float
    pages: int | None


def write(brief: Brief, out: Path) -> Rendered:
    """Write ``out`` (.pdf or .html) atomically."""
    started = time.perf_counter()
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".html"):
        raise BriefError(f"{out.name}: pakai .pdf atau .html / use .pdf or .html")
    html = render_html(brief)
    pages: int | None = None
    if suffix == ".pdf":
        payload, pages = render_pdf(html)
    else:
        payload = html.encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(payload)
    tmp.replace(out)
    return Rendered(out, time.perf_counter() - started, pages)


def file_name(region: Region, election: str, suffix: str) -> str:
    """``bahan-rapat-<region code>-<election><suffix>``, the name downloads and batches use."""
    return f"bahan-rapat-{region.code}-{election}{suffix}"
