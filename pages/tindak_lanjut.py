"""Tindak lanjut (follow-up): where recommendations wait and which PPKs ignore them.

Everyone sees aggregates (small counts suppressed outside their scope);
internal roles can drill from a league-table row to its cases.
"""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas import charts
from netralitas.app import cache, widgets
from netralitas.i18n import fmt_int, t
from netralitas.settings import get_settings

ctx = widgets.page_start("page.followup")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
regions, province_names = ctx.regions, ctx.province_names
view = widgets.view_state(set(province_names))
own_province = viewer.scope.split(".")[0] if viewer.scope else ""

c1, c2, c3 = st.columns([2, 2, 1])
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    province = widgets.select(
        t("followup.scope", lang),
        ["", *province_names],
        view.province or own_province,
        "province",
        lambda c: province_names.get(c, t("common.nation", lang)),
    )
with c3:
    default_limit = get_settings().followup_limit_days
    raw_limit = st.query_params.get("limit", str(default_limit))
    widgets.seed("limit", int(raw_limit) if raw_limit.isdigit() and 0 < int(raw_limit) < 1000 else default_limit)
    limit = int(st.number_input(t("followup.limit", lang), min_value=1, max_value=999, step=1, key="limit"))
view = replace(view, election=election, region=province, lang=lang)
widgets.sync_url(view, ("election", "region"))
if limit != default_limit:
    st.query_params["limit"] = str(limit)
register_source = t("source.register_synthetic" if summary.is_synthetic else "source.register", lang)
scope_name = province_names.get(province, t("common.nation", lang))

# -- first, what the public record says about follow-up in this scope ------------------------
st.subheader(f"{t('followup.published', lang)} · {scope_name}")
published = cache.published_followup(election, province)
if published.empty:
    st.info(t("followup.published.none", lang, scope=scope_name))
else:
    widgets.published_table(published, lang)
    st.caption(f"{t('common.source', lang)}: {t('site.source.record', lang)} · {t('home.published.caveat', lang)}")

if summary.is_synthetic:
    st.caption(t("public.first", lang))
    widgets.synthetic_banner(lang)
if viewer.is_public:
    threshold = get_settings().suppression_threshold
    st.caption(t("privacy.note", lang, n=threshold - 1, limit=threshold))

# -- the funnel in this scope -------------------------------------------------------------
st.subheader(f"{t('overview.funnel', lang)} · {scope_name}")
widgets.plot(charts.funnel(cache.case_funnel(election, province, viewer), lang), key="followup_funnel")

# -- ageing ---------------------------------------------------------------------------
st.subheader(f"{t('followup.ageing', lang)} · {scope_name}")
ageing = cache.followup_ageing(election, province, limit, viewer)
breaches = pd.to_numeric(ageing["breaches"], errors="coerce")
st.metric(
    t("followup.breaches", lang, n=limit),
    fmt_int(breaches.sum(), lang) + (" +" if ageing.get("breaches__suppressed", pd.Series(False)).any() else ""),
)
st.dataframe(
    pd.DataFrame(
        {
            t("col.waiting_for", lang): [t(f"wait.{w}", lang) for w in ageing["waiting_for"]],
            t("col.age_band", lang): ageing["age_band"],
            t("col.persons", lang): charts.cell_texts(ageing, "persons", "count", lang),
            t("col.breaches", lang): charts.cell_texts(ageing, "breaches", "count", lang),
            t("col.oldest", lang): charts.cell_texts(ageing, "oldest_days", "count", lang),
        }
    ),
    hide_index=True,
)
st.caption(f"{t('common.source', lang)}: {register_source} · {charts.as_of_caption(summary.register_as_of_date, lang)}")
widgets.downloads(
    ageing,
    f"tindak-lanjut-umur-{election}-{province or 'nasional'}",
    widgets.export_meta(
        t("followup.ageing", lang),
        {"election": election, "region": province or "nasional", "limit_days": str(limit)},
        summary.register_as_of_date,
        [register_source],
        summary.is_synthetic,
    ),
    lang,
    key="dl_ageing",
)

# -- PPK league table -----------------------------------------------------------------------
st.subheader(f"{t('followup.league', lang)} · {scope_name}")
by = widgets.select(
    t("followup.by", lang),
    ["region", "agency"],
    st.query_params.get("by", "region"),
    "by",
    lambda b: t(f"followup.by.{b}", lang),
)
if by != "region":
    st.query_params["by"] = by
league = cache.ppk_league(election, province, by, viewer)
table = pd.DataFrame(
    {
        t("col.region", lang): league["region_name"],
        **({t("col.agency", lang): league["agency"]} if by == "agency" else {}),
        t("stage.recommended", lang): charts.cell_texts(league, "recommended", "count", lang),
        t("stage.sanctioned", lang): charts.cell_texts(league, "sanctioned", "count", lang),
        t("measure.followup_rate", lang): charts.cell_texts(league, "followup_rate", "share", lang),
        t("measure.median_days_to_sanction", lang): charts.cell_texts(league, "median_days_to_sanction", "days", lang),
        t("col.blocked", lang): charts.cell_texts(league, "records_blocked", "count", lang),
        t("col.oldest", lang): charts.cell_texts(league, "oldest_open_days", "count", lang),
    }
)
if viewer.may_see_cases:
    st.caption(t("followup.drill_hint", lang))
    event = st.dataframe(table, hide_index=True, on_select="rerun", selection_mode="single-row", key="league")
    rows = event.selection.rows if event and event.selection else []
    if rows:
        code = str(league.iloc[rows[0]]["region_code"])
        if viewer.covers(code, code.split(".")[0]) or viewer.role == "admin":
            st.page_link(
                "pages/kasus.py",
                label=f"{t('followup.drill', lang)}: {league.iloc[rows[0]]['region_name']}",
                icon=":material/folder_shared:",
                query_params={"election": election, "region": code},
            )
else:
    st.dataframe(table, hide_index=True)
widgets.downloads(
    league,
    f"kepatuhan-ppk-{by}-{election}-{province or 'nasional'}",
    widgets.export_meta(
        t("followup.league", lang),
        {"election": election, "region": province or "nasional", "by": by},
        summary.register_as_of_date,
        [register_source],
        summary.is_synthetic,
    ),
    lang,
    key="dl_league",
)
