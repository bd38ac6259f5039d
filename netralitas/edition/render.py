"""Pages rendered to HTML: Jinja2 templates, links relative to the page, and each chart twice from
one figure (its plotly JSON for plotly.js, and the same drawn at build time by ``static_chart``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import plotly.io as pio
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from netralitas.edition import assets, static_chart
from netralitas.edition.site.common import Chart, Link, Page, Table
from netralitas.edition.site.lookups import Site
from netralitas.i18n import Lang, t

TEMPLATES = Path(__file__).parent / "templates"


class EditionError(Exception):
    """The edition could not be built; the published folder is untouched."""


class Renderer:
    """Jinja2 templates with links made relative to the page (so the folder works from a USB stick)."""

    def __init__(
        self,
        site: Site,
        assets_: dict[str, assets.Asset],
        base_url: str,
        edition: dict[str, Any],
        static_charts: bool = True,
    ):
        self.site = site
        self.assets = assets_
        self.base_url = base_url.rstrip("/")
        self.edition = edition
        self.figures: dict[str, str] = {}
        self.parsed: dict[str, Any] = {}
        self.statics: dict[tuple[str, str, str], str] = {}
        self.static_charts = static_charts
        refs = {ref: level for level, ref in assets.LAYERS.items()}
        self.layer = lambda ref: site.geojson.get(refs.get(ref, ""))
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html", "j2"]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def absolute(self, path: str, lang: Lang) -> str:
        clean = path.removesuffix("index.html")
        prefix = "" if lang == "id" else "en/"
        return f"{self.base_url}/{prefix}{clean}"

    def figure_json(self, chart: Chart) -> Markup:
        """The chart's plotly JSON; a chart shown on two pages (a map and its embed) is built once."""
        if chart.key not in self.figures:
            fig = chart.build()
            types = {trace.type for trace in fig.data}
            if not types <= assets.TRACE_TYPES:
                raise EditionError(f"{chart.id}: {sorted(types - assets.TRACE_TYPES)} not drawn by the plotly bundle")
            text = pio.to_json(fig, validate=False, remove_uids=True, engine="orjson")
            self.figures[chart.key] = text.replace("<", "\\u003c")
            self.parsed[chart.key] = orjson.loads(text)
        return Markup(self.figures[chart.key])  # noqa: S704  plotly JSON with "<" escaped above

    def static(self, chart: Chart, lang: Lang, regions_root: str) -> Markup:
        """The same figure drawn at build time (static_chart.render), before any script runs."""
        self.figure_json(chart)
        key = (chart.key, lang, regions_root if chart.region_links else "")
        if key not in self.statics:
            href = (lambda code: f"{regions_root}{code}/index.html") if chart.region_links else None
            self.statics[key] = static_chart.render(self.parsed[chart.key], lang, self.layer, href)
        return Markup(self.statics[key])  # noqa: S704  every text in it is escaped by the renderer

    def render(self, page: Page) -> bytes:
        # 404.html is served for any missing path, at any depth: its links start at the site root.
        root = "/" if page.template == "404.html.j2" else "../" * page.file.count("/")
        regions_root = root + ("en/" if page.lang == "en" else "") + "wilayah/"
        static: Callable[[Chart], Markup] | None = None
        if self.static_charts:
            static = lambda chart: self.static(chart, page.lang, regions_root)  # noqa: E731
        html = self.env.get_template(page.template).render(
            page=page,
            lang=page.lang,
            other="en" if page.lang == "id" else "id",
            t=lambda key, **kw: t(key, page.lang, **kw),
            url=_linker(root, page.lang),
            file=lambda path: root + path,
            asset=lambda name: root + self.assets[name].path,
            figure_json=self.figure_json,
            static_chart=static,
            absolute=self.absolute,
            canonical=self.absolute(page.context.get("full") or page.path, page.lang),
            edition=self.edition,
            live_base=self.site.live_base,
            is_link=lambda v: isinstance(v, Link),
            is_links=lambda v: isinstance(v, tuple),
            is_table=lambda v: isinstance(v, Table),
            regions_root=regions_root,
            **page.context,
        )
        return html.encode("utf-8")


def _linker(root: str, page_lang: Lang) -> Callable[..., str]:
    """``url(target, lang=None)`` for the templates: a site path made relative to the page (in
    the page's language or ``lang``); an outside address or a shared file's link as it is."""

    def url(target: Any, lang: Lang | None = None) -> str:
        if isinstance(target, Link):
            if not target.page:
                return target.href
            target = target.href
        if str(target).startswith(("http://", "https://")):
            return str(target)
        to = lang or page_lang
        return root + ("en/" if to == "en" else "") + str(target)

    return url
