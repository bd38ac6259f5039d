"""The edition's pages, one builder per page type, each a declaration of its sections.

``common`` holds what a page is made of (links, charts, pages, their keys and paths), ``tables``
draws declared ``display.Column`` tables with the edition's links, ``lookups`` the record's
lookups every builder shares; ``home``, ``election``, ``maps``, ``region`` and ``methods`` (with
the data page and the 404) each make their pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from netralitas.edition.site import election, home, maps, methods, region
from netralitas.edition.site.common import Page
from netralitas.edition.site.lookups import Site
from netralitas.i18n import LANGS


def pages(site: Site) -> Iterator[Page]:
    """Every page of the edition, in both languages."""
    for lang in LANGS:
        yield home.page(site, lang)
        for e in site.elections:
            yield election.page(site, e, lang)
        yield from maps.pages(site, lang)
        yield region.index(site, lang)
        for code in site.regions["region_code"]:
            yield from region.pages(site, str(code), lang)
        yield methods.page(site, lang)
        yield methods.data_index(site, lang)
        yield methods.not_found(site, lang)
