"""Kasus (case explorer), internal roles only: the case subjects in the viewer's
scope with their stage history. Names and NIPs in clear for admin and
provinsi; masked for everyone else. Every download is audited."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas.app import cache, widgets
from netralitas.i18n import fmt_date, fmt_int, t

STAGES = ["", "intake", "registered", "assessed", "violation", "forwarded", "recommended", "sanctioned"]

ctx = widgets.page_start("page.cases", require="cases")
lang, viewer, summary, names, names_by_code = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names, ctx.names_by_code
view = widgets.view_state(set(names_by_code))

c1, c2, c3 = st.columns(3)
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    stage = widgets.select(
        t("cases.stage", lang),
        STAGES,
        st.query_params.get("stage", ""),
        "stage",
        lambda s: t(f"stage.{s}", lang),
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
view = replace(view, election=election, region=region, lang=lang)
widgets.sync_url(view, ("election", "region"))
if stage:
    st.query_params["stage"] = stage
if region:
    rows = rows[(rows["region_code"] == region) | (rows["province_code"] == region)]
if summary.is_synthetic:
    widgets.synthetic_banner(lang)
if not viewer.may_see_identities:
    st.info(t("cases.masked", lang))

st.caption(f"{fmt_int(len(rows), lang)} ASN")
shown = pd.DataFrame(
    {
        t("col.case", lang): rows["case_id"] + "/" + rows["subject_seq"].astype(str),
        t("col.name", lang): rows["subject_name"],
        t("col.nip", lang): rows["subject_nip"],
        t("col.region", lang): rows["region_name"],
        t("col.agency", lang): rows["agency"],
        t("col.stage", lang): [t(f"stage.{s}", lang) for s in rows["stage_reached"]],
        t("col.waiting", lang): [("" if pd.isna(v) else fmt_int(v, lang)) for v in rows["days_waiting_for_ppk"]],
        "intake": [fmt_date(d, lang) for d in rows["intake_date"]],
        "rekomendasi": [fmt_date(d, lang) for d in rows["recommendation_date"]],
        "sanksi": [fmt_date(d, lang) for d in rows["sanction_date"]],
    }
)
event = st.dataframe(
    shown, hide_index=True, on_select="rerun", selection_mode="single-row", key="cases_table", height=420
)
picked = event.selection.rows if event and event.selection else []
if picked:
    rec = rows.iloc[picked[0]]
    st.subheader(f"{t('cases.history', lang)}: {rec['case_id']}/{rec['subject_seq']}")
    history = [
        ("stage.intake", rec["intake_date"]),
        ("stage.registered", rec["registered_date"]),
        ("col.stage", rec["assessed_date"]),
        ("stage.forwarded", rec["forwarded_date"]),
        ("stage.recommended", rec["recommendation_date"]),
        ("stage.sanctioned", rec["sanction_date"]),
        ("col.blocked", rec["record_blocked_date"]),
    ]
    st.dataframe(
        pd.DataFrame(
            {
                t("col.stage", lang): [t(k, lang) for k, _ in history],
                t("col.date", lang): [fmt_date(d, lang) for _, d in history],
            }
        ),
        hide_index=True,
    )


widgets.downloads(
    rows,
    f"kasus-{election}",
    widgets.export_meta(
        t("page.cases", lang),
        {"election": election, "region": region or "-", "stage": stage or "-"},
        summary.register_as_of_date,
        [t("source.register", lang)],
        summary.is_synthetic,
    ),
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
