"""Perbandingan (comparison): 2-6 regions side by side on the same normalised
measures, a ranking within a peer group, and the change against the previous
election where data allow."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas import cache, charts, widgets
from netralitas.data import with_ranks
from netralitas.i18n import fmt_int, fmt_pct, t
from netralitas.state import DEFAULT_COMPARISON, PEERS

DEFAULT_REGIONS = DEFAULT_COMPARISON

ctx = widgets.page_start("page.compare")
lang, viewer, summary, names, regions = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names, ctx.regions
label = {
    code: name if level == 1 else f"{name} ({prov})"
    for code, name, level, prov in zip(
        regions["region_code"], regions["region_name"], regions["region_level"], regions["province_name"], strict=True
    )
}
view = widgets.view_state(set(label))

c1, c2 = st.columns([1, 3])
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    widgets.seed("regions", list(view.regions or DEFAULT_REGIONS))
    chosen = st.multiselect(
        t("compare.regions", lang), list(label), key="regions", format_func=label.__getitem__, max_selections=6
    )
view = replace(view, election=election, regions=tuple(chosen), lang=lang)

if len(chosen) < 2:
    widgets.sync_url(view, ("election", "regions", "peer"))
    st.info(t("compare.pick", lang))
    st.stop()

if summary.is_synthetic:
    widgets.synthetic_banner(lang)
frame = cache.comparison(election, tuple(chosen), viewer)
measures = [
    ("persons_per_100k", t("measure.persons_per_100k", lang), "rate"),
    ("followup_rate", t("measure.followup_rate", lang), "share"),
    ("median_days_to_sanction", t("measure.median_days_to_sanction", lang), "days"),
    ("waiting_over_30_days", t("measure.waiting_over_30_days", lang), "count"),
]
widgets.plot(charts.comparison_bars(frame, measures, lang), key="compare_chart")
register_source = t("source.register_synthetic" if summary.is_synthetic else "source.register", lang)
st.caption(
    f"{t('common.source', lang)}: {register_source}; {t('source.population', lang)} · "
    f"{charts.as_of_caption(summary.register_as_of_date, lang)}"
)

st.subheader(t("compare.change", lang))
previous = str(frame["previous_election"].iloc[0]) if len(frame) else ""
table = pd.DataFrame(
    {
        t("col.region", lang): frame["region_name"],
        t("measure.persons", lang): charts.cell_texts(frame, "persons", "count", lang),
        t("measure.persons_per_100k", lang): charts.cell_texts(frame, "persons_per_100k", "rate", lang),
        t("measure.followup_rate", lang): charts.cell_texts(frame, "followup_rate", "share", lang),
        t("col.previous", lang): [fmt_pct(v, lang) for v in frame["previous_followup_rate"]],
        t("col.change", lang): [
            ("–" if pd.isna(v) else f"{float(v) * 100:+.1f} pp".replace(".", "," if lang == "id" else "."))
            for v in frame["followup_change"]
        ],
    }
)
st.dataframe(table, hide_index=True)
if frame["followup_change"].isna().all():
    st.caption(t("compare.no_previous", lang))
widgets.downloads(
    frame,
    f"perbandingan-{election}",
    widgets.export_meta(
        t("page.compare", lang),
        {"election": election, "regions": ",".join(chosen), "previous_election": previous},
        summary.register_as_of_date,
        [register_source, t("source.population", lang)],
        summary.is_synthetic,
    ),
    lang,
    key="dl_compare",
)

st.subheader(t("compare.ranking", lang))
peer = widgets.select(t("compare.peer", lang), list(PEERS), view.peer, "peer", lambda p: t(f"compare.peer.{p}", lang))
view = replace(view, peer=peer)
widgets.sync_url(view, ("election", "regions", "peer"))
focus = chosen[0]
focus_row = regions.set_index("region_code").loc[focus]
level = "1" if int(focus_row["region_level"]) == 1 else "2"
ranked = with_ranks(
    cache.region_measures(election, level, "", viewer), "followup_rate", "all" if level == "1" else peer
)
if level == "2" and peer == "province":
    ranked = ranked[ranked["province_code"] == focus_row["province_code"]]
elif level == "2" and peer == "type":
    ranked = ranked[ranked["region_type"] == focus_row["region_type"]]
ranked = ranked.sort_values(["rank", "region_name"], na_position="last")
st.dataframe(
    pd.DataFrame(
        {
            t("col.rank", lang): [("–" if pd.isna(r) else fmt_int(r, lang)) for r in ranked["rank"]],
            t("col.region", lang): [
                ("▶ " if c == focus else "") + n
                for c, n in zip(ranked["region_code"], ranked["region_name"], strict=True)
            ],
            t("measure.followup_rate", lang): charts.cell_texts(ranked, "followup_rate", "share", lang),
            t("stage.recommended", lang): charts.cell_texts(ranked, "recommended", "count", lang),
            t("measure.persons_per_100k", lang): charts.cell_texts(ranked, "persons_per_100k", "rate", lang),
        }
    ),
    hide_index=True,
)
widgets.downloads(
    ranked[["region_code", "region_name", "rank", "peer_size", "followup_rate", "recommended", "persons_per_100k"]],
    f"peringkat-{election}-{focus}",
    widgets.export_meta(
        t("compare.ranking", lang),
        {"election": election, "region": focus, "peer": peer},
        summary.register_as_of_date,
        [register_source],
        summary.is_synthetic,
    ),
    lang,
    key="dl_rank",
)
