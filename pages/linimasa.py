"""Linimasa (timeline): dated events and weekly case intake for the nation, a
province or a regency/city, against the election calendar."""

from dataclasses import replace

import streamlit as st

from netralitas import charts, data
from netralitas.access import privacy
from netralitas.app import cache, widgets
from netralitas.display import Column
from netralitas.i18n import localized, t

ctx = widgets.page_start("page.timeline")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
regions, names_by_code, province_names = ctx.regions, ctx.names_by_code, ctx.province_names
view = widgets.view_state(set(names_by_code))

c1, c2, c3 = st.columns(3)
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    province = widgets.province_select("timeline.scope", view.province, province_names, lang)
with c3:
    regencies = regions[(regions["region_level"] == 2) & (regions["province_code"] == province)]
    options = ["", *list(regencies["region_code"])] if province else [""]
    # Never a disabled select: Streamlit greys a disabled widget's label to 2.6:1 (below WCAG AA) and
    # leaves it unlinked to the control; before a province is chosen the label says what to do.
    regency = widgets.select(
        t("timeline.regency" if province else "timeline.regency.first", lang),
        options,
        view.region if "." in view.region else "",
        f"regency_{province or 'none'}",
        lambda c: names_by_code.get(c, t("timeline.all_regencies" if province else "common.nation", lang)),
    )
region = regency or province
view = replace(view, election=election, region=region, lang=lang)
widgets.sync_url(view, ("election", "region"))

events = cache.timeline_events(election, region)
weekly = cache.weekly_intake(election, region, viewer)
stages = cache.election_stages(election)
scope = names_by_code.get(region, t("common.nation", lang))
intake = charts.has_intake(weekly)
if summary.is_synthetic and intake:
    widgets.synthetic_banner(lang)
if not intake:  # a sentence, never an empty panel with an invented axis
    hidden = privacy.any_suppressed(weekly, "persons")
    released = viewer.sees(region) or data.weekly_intake_released(region)
    key = "chart.intake_hidden" if hidden else "chart.no_intake" if released else "chart.intake_province_only"
    st.info(t(key, lang, region=scope))
if intake or not events.empty:
    widgets.plot(charts.timeline(events, weekly, stages, lang, summary.is_synthetic), key="timeline_chart")
else:
    st.info(t("chart.no_events", lang, region=scope))
st.caption(ctx.register.led_by(t("source.curated_events", lang)).caption(lang))

st.subheader(f"{t('timeline.events', lang)} · {scope}")
if events.empty:
    st.info(t("timeline.no_events", lang))
else:
    widgets.table(
        events,
        (
            Column("event_date", "col.date", "date", precision="date_precision"),
            Column("event_type", "col.type", "label", values="event."),
            Column("region_name", "col.region"),
            Column(localized("title", lang), "col.title"),
            Column("reference_no", "col.reference"),
            Column("source_url", "col.link", "link"),
        ),
        lang,
    )
    widgets.download_section(
        events,
        f"peristiwa-{election}-{region or 'nasional'}",
        f"{t('timeline.events', lang)} · {scope}",
        {"election": election, "region": region or "nasional"},
        widgets.Provenance(tuple(sorted(set(events["source_url"].dropna()))), summary.latest_event_date),
        lang,
        key="dl_events",
    )
if not weekly.empty:
    st.subheader(t("timeline.intake", lang))
    widgets.download_section(
        weekly,
        f"kasus-per-minggu-{election}-{region or 'nasional'}",
        f"{t('timeline.intake', lang)} · {scope}",
        {"election": election, "region": region or "nasional"},
        ctx.register,
        lang,
        key="dl_weekly",
    )
