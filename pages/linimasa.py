"""Linimasa (timeline): dated events and weekly case intake for the nation, a
province or a regency/city, against the election calendar."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas import charts
from netralitas.access import privacy
from netralitas.app import cache, widgets
from netralitas.i18n import fmt_date, t

ctx = widgets.page_start("page.timeline")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
regions, names_by_code, province_names = ctx.regions, ctx.names_by_code, ctx.province_names
view = widgets.view_state(set(names_by_code))

c1, c2, c3 = st.columns(3)
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    province = widgets.select(
        t("timeline.scope", lang),
        ["", *province_names],
        view.province,
        "province",
        lambda c: province_names.get(c, t("common.nation", lang)),
    )
with c3:
    regencies = regions[(regions["region_level"] == 2) & (regions["province_code"] == province)]
    options = ["", *list(regencies["region_code"])] if province else [""]
    regency = widgets.select(
        t("timeline.regency", lang),
        options,
        view.region if "." in view.region else "",
        f"regency_{province or 'none'}",
        lambda c: names_by_code.get(c, t("timeline.all_regencies", lang)),
        disabled=not province,
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
    hidden = privacy.flag("persons") in weekly.columns and bool(weekly[privacy.flag("persons")].any())
    st.info(t("chart.intake_hidden" if hidden else "chart.no_intake", lang, region=scope))
if intake or not events.empty:
    widgets.plot(charts.timeline(events, weekly, stages, lang, summary.is_synthetic), key="timeline_chart")
else:
    st.info(t("chart.no_events", lang, region=scope))
register_source = t("source.register_synthetic" if summary.is_synthetic else "source.register", lang)
st.caption(
    f"{t('common.source', lang)}: {t('source.curated_events', lang)}; {register_source} · "
    f"{charts.as_of_caption(summary.register_as_of_date, lang)}"
)

st.subheader(f"{t('timeline.events', lang)} · {scope}")
if events.empty:
    st.info(t("timeline.no_events", lang))
else:
    title_col = "title_id" if lang == "id" else "title_en"
    st.dataframe(
        pd.DataFrame(
            {
                t("col.date", lang): [
                    fmt_date(d, lang, p) for d, p in zip(events["event_date"], events["date_precision"], strict=True)
                ],
                t("col.type", lang): [t(f"event.{e}", lang) for e in events["event_type"]],
                t("col.region", lang): events["region_name"],
                t("col.title", lang): events[title_col],
                t("col.reference", lang): events["reference_no"].fillna(""),
                t("col.link", lang): events["source_url"],
            }
        ),
        hide_index=True,
        column_config={t("col.link", lang): st.column_config.LinkColumn(display_text="↗")},
    )
    widgets.downloads(
        events,
        f"peristiwa-{election}-{region or 'nasional'}",
        widgets.export_meta(
            f"{t('timeline.events', lang)} · {scope}",
            {"election": election, "region": region or "nasional"},
            summary.latest_event_date,
            sorted(set(events["source_url"].dropna())),
            False,
        ),
        lang,
        key="dl_events",
    )
if not weekly.empty:
    st.subheader(t("timeline.intake", lang))
    widgets.downloads(
        weekly,
        f"kasus-per-minggu-{election}-{region or 'nasional'}",
        widgets.export_meta(
            f"{t('timeline.intake', lang)} · {scope}",
            {"election": election, "region": region or "nasional"},
            summary.register_as_of_date,
            [register_source],
            summary.is_synthetic,
        ),
        lang,
        key="dl_weekly",
    )
