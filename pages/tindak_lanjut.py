"""Tindak lanjut (follow-up): where recommendations wait and which PPKs ignore them.

Everyone sees aggregates (small counts suppressed outside their scope);
internal roles can drill from a league-table row to its cases.
"""

from dataclasses import replace

import streamlit as st

from netralitas import charts, rules
from netralitas.access import privacy
from netralitas.app import cache, widgets
from netralitas.app.state import LEAGUE_BY, MAX_LIMIT_DAYS
from netralitas.display import Column
from netralitas.format import fmt_int
from netralitas.i18n import t
from netralitas.settings import get_settings

AGEING_COLUMNS = (
    Column("waiting_for", "col.waiting_for", "label", values="wait."),
    Column("age_band", "col.age_band"),
    Column("persons", "col.persons", "count"),
    Column("breaches", "col.breaches", "count"),
    Column("oldest_days", "col.oldest", "count"),
)
LEAGUE_COLUMNS = (
    Column("recommended", "stage.recommended", "count"),
    Column("sanctioned", "stage.sanctioned", "count"),
    Column("followup_rate", "measure.followup_rate", "share"),
    Column("median_days_to_sanction", "measure.median_days_to_sanction", "days"),
    Column("records_blocked", "col.blocked", "count"),
    Column("oldest_open_days", "col.oldest", "count"),
)

ctx = widgets.page_start("page.followup")
lang, viewer, summary, names = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names
province_names, register = ctx.province_names, ctx.register
view = widgets.view_state(set(province_names))

c1, c2, c3 = st.columns([2, 2, 1])
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    province = widgets.province_select("followup.scope", view.province or viewer.home_province, province_names, lang)
with c3:
    default_limit = get_settings().followup_limit_days
    fixed = not viewer.sees(province)  # outside a viewer's scope the limit is the published one
    widgets.seed("limit", default_limit if fixed else view.limit_days or default_limit)
    limit = int(
        st.number_input(
            t("followup.limit", lang),
            min_value=1,
            max_value=MAX_LIMIT_DAYS,
            step=1,
            key="limit",
            disabled=fixed,
            help=t("followup.limit.fixed", lang, n=default_limit) if fixed else None,
        )
    )
    limit = default_limit if fixed else limit
view = replace(view, election=election, region=province, lang=lang, limit_days=0 if limit == default_limit else limit)
widgets.sync_url(view, ("election", "region", "limit", "by"))
scope_name = province_names.get(province, t("common.nation", lang))
scope_filter = {"election": election, "region": province or "nasional"}

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
    threshold = privacy.threshold()
    st.caption(t("privacy.note", lang, n=threshold - 1, limit=threshold))

# -- the funnel in this scope -------------------------------------------------------------
st.subheader(f"{t('overview.funnel', lang)} · {scope_name}")
widgets.plot(charts.funnel(cache.case_funnel(election, province, viewer), lang), key="followup_funnel")

# -- ageing ---------------------------------------------------------------------------
st.subheader(f"{t('followup.ageing', lang)} · {scope_name}")
ageing = cache.followup_ageing(election, province, limit, viewer)
over = rules.breaches(ageing)
st.metric(t("followup.breaches", lang, n=limit), fmt_int(over.total, lang) + (" +" if over.lower_bound else ""))
if "age_band" in ageing.columns:
    widgets.table(ageing, AGEING_COLUMNS, lang)
else:  # the public release holds the stages, not the age bands
    widgets.table(ageing, tuple(c for c in AGEING_COLUMNS if c.key != "age_band"), lang)
    st.caption(t("followup.ageing.public", lang))
st.caption(register.caption(lang))
widgets.download_section(
    ageing,
    f"tindak-lanjut-umur-{election}-{province or 'nasional'}",
    t("followup.ageing", lang),
    {**scope_filter, "limit_days": str(limit)},
    register,
    lang,
    key="dl_ageing",
)

# -- PPK league table -----------------------------------------------------------------------
st.subheader(f"{t('followup.league', lang)} · {scope_name}")
by = widgets.select(t("followup.by", lang), list(LEAGUE_BY), view.by, "by", lambda b: t(f"followup.by.{b}", lang))
view = replace(view, by=by)
if by == "agency" and not viewer.sees(province):  # the data layer answers per region there (issue 20)
    st.caption(t("followup.by.agency_internal", lang))
    by = "region"
widgets.sync_url(view, ("election", "region", "limit", "by"))
league = cache.ppk_league(election, province, by, viewer)
columns = (
    Column("region_name", "col.region"),
    *((Column("agency", "col.agency"),) if by == "agency" else ()),
    *LEAGUE_COLUMNS,
)
if viewer.may_see_cases:
    st.caption(t("followup.drill_hint", lang))
    event = widgets.table(league, columns, lang, on_select="rerun", selection_mode="single-row", key="league")
    rows = event.selection.rows if event and event.selection else []
    if rows:
        code = str(league.iloc[rows[0]]["region_code"])
        if viewer.sees(code):
            st.page_link(
                "pages/kasus.py",
                label=f"{t('followup.drill', lang)}: {league.iloc[rows[0]]['region_name']}",
                icon=":material/folder_shared:",
                query_params={"election": election, "region": code},
            )
else:
    widgets.table(league, columns, lang)
widgets.download_section(
    league,
    f"kepatuhan-ppk-{by}-{election}-{province or 'nasional'}",
    t("followup.league", lang),
    {**scope_filter, "by": by},
    register,
    lang,
    key="dl_league",
)
