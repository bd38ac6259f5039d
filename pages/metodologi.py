"""Data & metodologi: what the warehouse holds, definitions of every measure,
the enforcement chain, sources and licences, caveats, completeness per region,
and downloads of the curated tables."""

import streamlit as st

from netralitas import rules
from netralitas.app import cache, widgets
from netralitas.display import Column
from netralitas.format import fmt_int
from netralitas.i18n import t
from netralitas.pipeline import demo

DEFINITION_COLUMNS = (Column("measure", "col.metric", "label"), Column("definition", "col.definition", "label"))
SOURCE_COLUMNS = (
    Column("source", "col.source", "label"),
    Column("licence", "col.licence", "label"),
    Column("use", "col.used_for", "label"),
)
COMPLETENESS_COLUMNS = (
    Column("region_name", "col.region"),
    Column("province_name", "common.province"),
    Column("events", "col.events", "int"),
    Column("figures", "col.figures", "int"),
    Column("has_cases", "col.has_cases", "yes_no"),
    Column("case_rows", "col.case_rows", "int"),
    Column("has_population", "col.population", "yes_no"),
    Column("has_boundary", "col.boundary", "yes_no"),
)

ctx = widgets.page_start("page.methods")
lang, viewer, summary = ctx.lang, ctx.viewer, ctx.summary
widgets.sync_url(widgets.state.ViewState(lang=lang), ())
if summary.is_synthetic:
    widgets.synthetic_banner(lang)

st.subheader(t("home.holds", lang))
cols = [*st.columns(3), *st.columns(3)]
cols[0].metric(t("home.provinces", lang), fmt_int(summary.provinces, lang))
cols[1].metric(t("home.regencies", lang), fmt_int(summary.regencies_cities, lang))
cols[2].metric(t("home.elections", lang), fmt_int(summary.elections, lang))
cols[3].metric(t("home.events", lang), fmt_int(summary.events, lang))
cols[4].metric(t("home.figures", lang), fmt_int(summary.figures, lang))
register_label = t("home.synthetic" if summary.is_synthetic else "home.imported", lang)
cols[5].metric(
    f"{t('home.case_rows', lang)} ({register_label})",
    fmt_int(summary.case_subject_rows, lang),
    help=t("home.cases", lang, n=fmt_int(summary.cases, lang)),
)
st.markdown(
    f"**{t('home.boundaries', lang)}:** "
    + (
        f"{t('home.installed', lang)} ({fmt_int(summary.regions_with_boundary, lang)})"
        if summary.has_boundaries
        else t("home.not_installed", lang)
    )
    + f"  \n**{t('home.population', lang)}:** "
    + (t("home.installed", lang) if summary.has_population else t("home.pop_missing", lang))
)
widgets.freshness_table(cache.data_freshness(), lang, summary.built_at, with_imports=True)

st.subheader(t("methods.definitions", lang))
widgets.table(rules.measure_definitions(), DEFINITION_COLUMNS, lang)

st.subheader(t("methods.chain", lang))
st.markdown(t("methods.chain.text", lang))

st.subheader(t("methods.caveats", lang))
st.markdown(t("methods.caveats.text", lang))
st.markdown(t("site.caveat.ikp", lang))
if summary.is_synthetic:
    goals = demo.targets()
    national = [
        f"{ctx.election_names.get(g.election, g.election)}: {fmt_int(g.value, lang)} ASN ({g.body})"
        for g in goals
        if not g.region
    ]
    st.markdown(
        t("methods.calibration", lang, targets="; ".join(national), provinces=sum(1 for g in goals if g.region))
    )

st.subheader(t("methods.sources", lang))
widgets.table(rules.data_sources(), SOURCE_COLUMNS, lang)

widgets.coverage_section(cache.coverage_summary(), ctx.election_names, lang)

st.subheader(t("methods.completeness", lang))
complete = cache.region_completeness(viewer)
columns = tuple(c for c in COMPLETENESS_COLUMNS if c.key != "case_rows" or not viewer.is_public)
widgets.table(complete, columns, lang, height=320)
widgets.download_section(
    complete,
    "kelengkapan-wilayah",
    t("methods.completeness", lang),
    {},
    widgets.Provenance((t("source.curated_events", lang),), summary.latest_figure_date, summary.is_synthetic),
    lang,
    key="dl_complete",
)

st.subheader(t("methods.downloads", lang))
curated_tables = (
    ("events", "methods.events_table", "netralitas-peristiwa", cache.curated_events(), summary.latest_event_date),
    (
        "figures",
        "methods.figures_table",
        "netralitas-angka-publikasi",
        cache.curated_figures(),
        summary.latest_figure_date,
    ),
)
for table_name, title_key, file_name, rows, as_of in curated_tables:
    st.markdown(f"**{t(title_key, lang)}** ({fmt_int(len(rows), lang)})")
    widgets.download_section(
        rows,
        file_name,
        t(title_key, lang),
        {},
        widgets.Provenance((f"data/curated/{table_name}.csv",), as_of),
        lang,
        key=f"dl_{table_name}_all",
    )
