"""Beranda (home): what the warehouse holds, how fresh it is, and a first look
at the published figures and the enforcement chain for one election."""

import pandas as pd
import streamlit as st

from netralitas import cache
from netralitas.i18n import fmt_date, fmt_int, fmt_pct, t
from netralitas.warehouse import BuildError
from netralitas.widgets import language, synthetic_banner

lang = language()
st.title(t("app.title", lang))
st.caption(t("app.tagline", lang))

try:
    summary = cache.warehouse_summary()
except BuildError:
    st.error(t("warehouse.missing", lang))
    st.stop()

if summary.is_synthetic:
    synthetic_banner(lang)

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
c1, c2 = st.columns(2)
c1.markdown(
    f"**{t('home.boundaries', lang)}:** "
    + (
        f"{t('home.installed', lang)} ({fmt_int(summary.regions_with_boundary, lang)})"
        if summary.has_boundaries
        else t("home.not_installed", lang)
    )
)
c2.markdown(
    f"**{t('home.population', lang)}:** "
    + (t("home.installed", lang) if summary.has_population else t("home.pop_missing", lang))
)

st.subheader(t("home.freshness", lang))
fresh = cache.data_freshness()
st.dataframe(
    pd.DataFrame(
        {
            t("col.source", lang): [t(f"source.{s}", lang) for s in fresh["source"]],
            t("col.rows", lang): [fmt_int(v, lang) for v in fresh["row_count"]],
            t("col.latest", lang): [fmt_date(v, lang) for v in fresh["latest_date"]],
            t("col.imported", lang): [fmt_int(v, lang) for v in fresh["imported_rows"]],
        }
    ),
    hide_index=True,
)
st.caption(t("home.built_at", lang, when=fmt_date(summary.built_at, lang)))

elections = cache.election_list()
names = dict(zip(elections["election_id"], elections["name_id" if lang == "id" else "name_en"], strict=True))
election = st.selectbox(
    t("home.election", lang),
    options=list(names),
    format_func=lambda e: names[e],
    key="election",
    index=list(names).index(st.query_params.get("election", "pilkada_2024"))
    if st.query_params.get("election", "pilkada_2024") in names
    else 0,
)
st.query_params["election"] = election

st.subheader(t("home.published", lang))
st.caption(t("home.published.caveat", lang))
figures = cache.published_figures(election, "")
if figures.empty:
    st.info(t("home.no_figures", lang))
else:
    flags = []
    for rec in figures.itertuples():
        notes = [t("flag.approx", lang)] if rec.is_value_approximate else []
        notes += [t("flag.date_approx", lang)] if rec.is_date_approximate else []
        notes += [t("flag.low", lang)] if rec.confidence == "low" else []
        flags.append("; ".join(notes))
    st.dataframe(
        pd.DataFrame(
            {
                t("col.metric", lang): figures["metric_label_id" if lang == "id" else "metric_label_en"],
                t("col.value", lang): [fmt_int(v, lang) for v in figures["value"]],
                t("col.unit", lang): [t(f"unit.{u}", lang) for u in figures["unit"]],
                t("col.body", lang): figures["reporting_body"],
                t("col.as_of", lang): [
                    fmt_date(d, lang, p) for d, p in zip(figures["as_of_date"], figures["date_precision"], strict=True)
                ],
                t("col.flags", lang): flags,
                t("col.link", lang): figures["source_url"],
            }
        ),
        hide_index=True,
        column_config={t("col.link", lang): st.column_config.LinkColumn(display_text="↗")},
    )

st.subheader(t("home.funnel", lang))
if summary.is_synthetic:
    st.caption(t("synthetic.banner", lang))
funnel = cache.case_funnel(election)
if int(funnel["persons"].iloc[0]) == 0:
    st.info(t("home.no_cases", lang))
else:
    st.dataframe(
        pd.DataFrame(
            {
                t("col.stage", lang): [t(f"stage.{s}", lang) for s in funnel["stage"]],
                t("col.persons", lang): [fmt_int(v, lang) for v in funnel["persons"]],
                t("col.cases", lang): [fmt_int(v, lang) for v in funnel["cases"]],
                t("col.conversion", lang): [fmt_pct(v, lang) for v in funnel["conversion_from_previous"]],
            }
        ),
        hide_index=True,
    )
