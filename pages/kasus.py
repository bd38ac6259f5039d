"""Kasus (case explorer), internal roles only: the case subjects in the viewer's
scope with their stage history. Names and NIPs in clear for admin and
provinsi; masked for everyone else. Every download is audited."""

from dataclasses import replace

import streamlit as st

from netralitas import rules
from netralitas.app import cache, widgets
from netralitas.display import Column
from netralitas.format import fmt_int
from netralitas.i18n import t

CASE_COLUMNS = (
    Column("case_ref", "col.case"),
    Column("subject_name", "col.name"),
    Column("subject_nip", "col.nip"),
    Column("region_name", "col.region"),
    Column("agency", "col.agency"),
    Column("stage_reached", "col.stage", "label", values="stage."),
    Column("days_waiting_for_ppk", "col.waiting", "int"),
    Column("intake_date", "stage.intake", "date"),
    Column("recommendation_date", "stage.recommended", "date"),
    Column("sanction_date", "stage.sanctioned", "date"),
)
HISTORY_COLUMNS = (Column("step", "col.stage", "label", values=""), Column("step_date", "col.date", "date"))

ctx = widgets.page_start("page.cases", require="cases")
lang, viewer, summary, names, names_by_code = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names, ctx.names_by_code
view = widgets.view_state(set(names_by_code))

c1, c2, c3 = st.columns(3)
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    stage = widgets.select(
        t("cases.stage", lang), ["", *rules.case_stages()], view.stage, "stage", lambda s: t(f"stage.{s}", lang)
    )
# The data layer limits rows to the viewer's scope whatever the URL says; the
# region filter below only narrows further within what the viewer may see.
rows = cache.case_subjects(election, stage, viewer)
in_scope = sorted(set(rows["region_code"]))
with c3:
    region = widgets.select(
        t("cases.region", lang),
        ["", *in_scope],
        view.region,
        "region",
        lambda c: names_by_code.get(c, t("cases.all", lang)),
    )
view = replace(view, election=election, region=region, stage=stage, lang=lang)
widgets.sync_url(view, ("election", "region", "stage"))
if region:  # the rows of one region, by the one rule for a region's rows (the in_scope SQL macro)
    rows = cache.case_subjects(election, stage, viewer, region)
if summary.is_synthetic:
    widgets.synthetic_banner(lang)
if not viewer.may_see_identities:
    st.info(t("cases.masked", lang))

st.caption(f"{fmt_int(len(rows), lang)} ASN")
event = widgets.table(
    rows, CASE_COLUMNS, lang, on_select="rerun", selection_mode="single-row", key="cases_table", height=420
)
picked = event.selection.rows if event and event.selection else []
if picked:
    subject = rows.iloc[picked[0]]
    st.subheader(f"{t('cases.history', lang)}: {subject['case_ref']}")
    widgets.table(rules.case_history(subject), HISTORY_COLUMNS, lang)


widgets.download_section(
    rows,
    f"kasus-{election}",
    t("page.cases", lang),
    {"election": election, "region": region or "-", "stage": stage or "-"},
    ctx.register,
    lang,
    key="dl_cases",
    audited={
        "who": viewer.user,
        "scope": viewer.describe(),
        "election": election,
        "region": region,
        "stage": stage,
        "rows": len(rows),
        "identities": viewer.may_see_identities,
    },
)
