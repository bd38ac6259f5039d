"""An election's page: its headline figures side by side, its events over the election's calendar,
every national figure with its sources' agreement, its maps, and what each province holds."""

from __future__ import annotations

from netralitas.display import Column
from netralitas.edition.site import maps
from netralitas.edition.site.common import Chart, Page, election_page, live_url
from netralitas.edition.site.lookups import Site
from netralitas.edition.site.tables import Shown, figure_fields, figure_frame, reconciliation, table
from netralitas.i18n import Lang, t

PROVINCE_COLUMNS = (
    Shown(Column("region_name", "col.region"), link="region"),
    Column("figures", "site.col.figures", "int"),
    Column("events", "site.col.events", "int"),
    Column("prevention_events", "site.col.prevention", "int"),
)


def page(site: Site, e: str, lang: Lang) -> Page:
    rec = site.record
    name = site.election_names[(e, lang)]
    head = rec.headlines[e]
    events = site.events_by_election.get(e, rec.events.iloc[0:0])
    charts_: list[Chart] = []
    if not head.empty:
        charts_.append(site.headline_chart(e, lang, "headline", table=reconciliation(head, lang)))
    if not events.empty:
        chart = site.timeline_chart(events, e, lang, "timeline", t("common.nation", lang))
        chart.table = site.events_table(events.index.tolist(), lang, t("site.events", lang))  # labels are positions
        chart.live = live_url(site.live_base, "linimasa", lang, election=e)
        charts_.append(chart)
    national = figure_frame(site.national_facts[e], lang)
    return Page(
        election_page(e),
        lang,
        "election.html.j2",
        name,
        t("site.election.description", lang, election=name),
        nav="home",
        context={
            "election": e,
            "name": name,
            "national": table(
                national, figure_fields(lang), lang, t("site.election.national", lang), t("site.no_figures", lang)
            ),
            "provinces": table(
                rec.coverage[(e, "1")], PROVINCE_COLUMNS, lang, t("site.election.provinces", lang), limit=None
            ),
            "maps": maps.links(site, e, lang),
            "has_events": not events.empty,
        },
        charts=charts_,
    )
