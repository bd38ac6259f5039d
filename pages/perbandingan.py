"""Perbandingan (comparison): 2-6 regions side by side on the same normalised
measures, a ranking within a peer group, and the change against the previous
election where data allow."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from netralitas import charts
from netralitas.app import cache, widgets
from netralitas.app.state import DEFAULT_COMPARISON, PEERS
from netralitas.data import ikp_summary, with_ranks
from netralitas.i18n import fmt_int, fmt_number, fmt_pct, t

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

# First the real record: what was declared before the election beside what was published after.
st.subheader(t("ikp.vs.title", lang))
before = cache.before_after(election, tuple(chosen), viewer)
register_word = f" ({t('home.synthetic', lang)})" if summary.is_synthetic else ""


def _published(value: float | None, body: object) -> str:
    return "–" if value is None or pd.isna(value) else f"{fmt_number(value, lang)} ({body})"


st.dataframe(
    pd.DataFrame(
        {
            t("col.region", lang): before["region_name"],
            t("ikp.before", lang): [
                "; ".join(charts.ikp_phrases(entries, lang)) or t("ikp.before.none", lang) for entries in before["ikp"]
            ],
            t("ikp.col.published_alleged", lang): [
                _published(v, b)
                for v, b in zip(before["published_alleged"], before["published_alleged_body"], strict=True)
            ],
            t("ikp.col.published_asn", lang): [
                _published(v, b) for v, b in zip(before["published_asn"], before["published_asn_body"], strict=True)
            ],
            t("measure.prevention_events", lang): [fmt_int(v, lang) for v in before["prevention_events"]],
            t("ikp.col.register", lang) + register_word: charts.cell_texts(before, "persons", "count", lang),
            t("stage.recommended", lang) + register_word: charts.cell_texts(before, "recommended", "count", lang),
            t("stage.sanctioned", lang) + register_word: charts.cell_texts(before, "sanctioned", "count", lang),
        }
    ),
    hide_index=True,
)
st.caption(
    f"{t('common.source', lang)}: {t('source.ikp', lang)}; {t('site.source.record', lang)} · {t('ikp.caveat', lang)}"
)

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
widgets.sync_url(view, ("election", "regions", "peer", "edition"))
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

# Did the places flagged as risky produce the cases? IKP rank beside the record, per level.
st.subheader(t("ikp.vs.heading", lang))
st.caption(t("ikp.vs.intro", lang))
editions = cache.ikp_editions(election)
if editions.empty:
    st.info(t("ikp.none", lang))
    st.stop()
i1, i2 = st.columns([1, 3])
ikp_level = i1.radio(
    t("ikp.vs.level", lang), ["1", "2"], key="ikp_level", format_func=lambda v: t(f"ikp.level.{v}", lang).capitalize()
)
edition = widgets.ikp_edition_select(editions, view.edition, ikp_level, f"ikp_edition_{ikp_level}", lang)
record = cache.ikp_vs_record(election, edition, ikp_level, viewer)
numbers = ikp_summary(record)
if not numbers.named:
    st.info(t("ikp.level_empty", lang, level=t(f"ikp.level.{ikp_level}", lang)))
    st.stop()
share = numbers.share_from_named
st.markdown(
    t(
        "ikp.vs.summary",
        lang,
        edition=widgets.edition_label(editions, edition, lang),
        named=fmt_int(numbers.named, lang),
        level=t(f"ikp.level.{ikp_level}", lang),
        scored=fmt_int(numbers.scored, lang),
        listed=fmt_int(numbers.listed, lang),
        with_figures=fmt_int(numbers.named_with_figures, lang),
        regions=fmt_int(numbers.regions_with_figures, lang),
        share="–" if share is None else fmt_pct(share, lang),
    )
)
shown = record[record["named"] | record["published_alleged"].notna()]
st.dataframe(
    pd.DataFrame(
        {
            **widgets.ikp_columns(shown, lang),
            t("ikp.col.published_alleged", lang): [
                ("–" if pd.isna(v) else fmt_int(v, lang)) for v in shown["published_alleged"]
            ],
            t("ikp.col.published_asn", lang): [
                ("–" if pd.isna(v) else fmt_int(v, lang)) for v in shown["published_asn"]
            ],
            t("measure.prevention_events", lang): [fmt_int(v, lang) for v in shown["prevention_events"]],
            t("ikp.col.register", lang) + register_word: charts.cell_texts(shown, "persons", "count", lang),
        }
    ),
    hide_index=True,
)
st.caption(
    f"{t('common.source', lang)}: {t('source.ikp', lang)}; {t('site.source.record', lang)}; {register_source} · "
    f"{t('ikp.caveat', lang)}"
)
widgets.downloads(
    record.drop(columns=["note"]),
    f"ikp-{edition}-{'provinsi' if ikp_level == '1' else 'kabkota'}",
    widgets.export_meta(
        t("ikp.vs.title", lang),
        {"election": election, "edition": edition, "level": ikp_level},
        summary.register_as_of_date,
        [t("source.ikp", lang), t("site.source.record", lang), register_source],
        summary.is_synthetic,
    ),
    lang,
    key="dl_ikp",
)
