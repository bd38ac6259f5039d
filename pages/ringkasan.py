"""Ringkasan (overview): headline published figures per body, the enforcement
funnel from the case register, PPK follow-up, standout regions, freshness."""

from dataclasses import replace

import streamlit as st

from netralitas import charts, format
from netralitas.app import cache, widgets
from netralitas.display import Column
from netralitas.i18n import t
from netralitas.rules import STANDOUT_MIN_RECOMMENDED, standout_regions

ctx = widgets.page_start("app.title")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
st.caption(t("app.tagline", lang))

view = widgets.view_state()
election = widgets.election_select(view, names, lang)
view = replace(view, election=election, lang=lang)
widgets.sync_url(view, ("election",))
register = ctx.register
STANDOUT_COLUMNS = (
    Column("region_name", "col.region"),
    Column("followup_rate", "measure.followup_rate", "share"),
    Column("recommended", "stage.recommended", "count"),
)

# -- headline published figures ------------------------------------------------
st.subheader(t("overview.headlines", lang))
st.caption(t("home.published.caveat", lang))
headlines = cache.headline_figures(election)
widgets.plot(charts.headline_dots(headlines, lang), key="headlines_chart")
if not headlines.empty:
    widgets.published_table(headlines, lang)
    widgets.download_section(
        headlines,
        f"angka-utama-{election}",
        t("overview.headlines", lang),
        {"election": election},
        widgets.Provenance(tuple(sorted(set(headlines["source_url"].dropna()))), summary.latest_figure_date),
        lang,
        key="dl_headlines",
    )

# -- the enforcement chain from the register -------------------------------------
st.subheader(t("overview.funnel", lang))
if summary.is_synthetic:
    st.caption(t("public.first", lang))
    widgets.synthetic_banner(lang)
funnel = cache.case_funnel(election, "", viewer)
nation = cache.enforcement_summary(election, "", viewer)
m = st.columns(4)
m[0].metric(
    t("overview.followup", lang),
    format.value_text(nation, "followup_rate", "share", lang),
    help=t("overview.followup.help", lang),
)
m[1].metric(t("overview.median_days", lang), format.value_text(nation, "median_days_to_sanction", "days", lang))
m[2].metric(t("overview.waiting", lang), format.value_text(nation, "waiting_over_limit", "count", lang))
m[3].metric(t("overview.blocked", lang), format.value_text(nation, "records_blocked", "count", lang))
widgets.plot(charts.funnel(funnel, lang), key="funnel_chart")
st.caption(register.caption(lang))
widgets.download_section(
    funnel,
    f"alur-penegakan-{election}",
    t("overview.funnel", lang),
    {"election": election},
    register,
    lang,
    "dl_funnel",
)

# -- regions that stand out --------------------------------------------------------
st.subheader(t("overview.standouts", lang))
st.caption(t("overview.standouts.help", lang, n=STANDOUT_MIN_RECOMMENDED))
standouts = standout_regions(cache.region_measures(election, "1", "", viewer))
if standouts.empty:
    st.info(t("home.no_cases", lang))
else:
    cols = st.columns(2)
    for col, which in zip(cols, ("lowest", "highest"), strict=True):
        part = standouts[standouts["standout"] == which]
        col.markdown(f"**{t(f'overview.{which}', lang)}**")
        with col:
            widgets.table(part, STANDOUT_COLUMNS, lang)

# -- how far the public record reaches ----------------------------------------------------
widgets.coverage_section(cache.coverage_summary(), names, lang)

# -- freshness --------------------------------------------------------------------------
st.subheader(t("overview.freshness", lang))
widgets.freshness_table(cache.data_freshness(), lang, summary.built_at)
