"""Perbandingan (comparison): 2-6 regions side by side on the same normalised
measures, a ranking within a peer group, and the change against the previous
election where data allow."""

from dataclasses import replace

import streamlit as st

from netralitas import charts, data, measures, rules
from netralitas.app import cache, widgets
from netralitas.app.state import DEFAULT_COMPARISON
from netralitas.display import IKP_COLUMNS, Column
from netralitas.format import fmt_int, fmt_pct
from netralitas.i18n import t

ctx = widgets.page_start("page.compare")
lang, viewer, summary, names, regions = ctx.lang, ctx.viewer, ctx.summary, ctx.election_names, ctx.regions
register = ctx.register
label = {
    code: name if level == 1 else f"{name} ({prov})"
    for code, name, level, prov in zip(
        regions["region_code"], regions["region_name"], regions["region_level"], regions["province_name"], strict=True
    )
}
view = widgets.view_state(set(label))
# The register's columns say so when the register is synthetic.
register_word = f" ({t('home.synthetic', lang)})" if summary.is_synthetic else ""

BEFORE_AFTER_COLUMNS = (
    Column("region_name", "col.region"),
    Column("ikp", "ikp.before", "ikp"),
    Column("published_alleged", "ikp.col.published_alleged", "number", note="published_alleged_body"),
    Column("published_asn", "ikp.col.published_asn", "number", note="published_asn_body"),
    Column("prevention_events", "measure.prevention_events", "int"),
    Column("persons", "ikp.col.register", "count", suffix=register_word),
    Column("recommended", "stage.recommended", "count", suffix=register_word),
    Column("sanctioned", "stage.sanctioned", "count", suffix=register_word),
)
CHANGE_COLUMNS = (
    Column("region_name", "col.region"),
    Column("persons", "measure.persons", "count"),
    Column("persons_per_100k", "measure.persons_per_100k", "rate"),
    Column("followup_rate", "measure.followup_rate", "share"),
    Column("previous_followup_rate", "col.previous", "pct"),
    Column("followup_change", "col.change", "pp"),
)
RANKING_COLUMNS = (
    Column("rank", "col.rank", "int"),
    Column("region_name", "col.region", marker="is_focus"),
    Column("followup_rate", "measure.followup_rate", "share"),
    Column("recommended", "stage.recommended", "count"),
    Column("persons_per_100k", "measure.persons_per_100k", "rate"),
)
IKP_RECORD_COLUMNS = (
    *IKP_COLUMNS,
    Column("published_alleged", "ikp.col.published_alleged", "int"),
    Column("published_asn", "ikp.col.published_asn", "int"),
    Column("prevention_events", "measure.prevention_events", "int"),
    Column("persons", "ikp.col.register", "count", suffix=register_word),
)

c1, c2 = st.columns([1, 3])
with c1:
    election = widgets.election_select(view, names, lang)
with c2:
    widgets.seed("regions", list(view.regions or DEFAULT_COMPARISON))
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
widgets.table(cache.before_after(election, tuple(chosen), viewer), BEFORE_AFTER_COLUMNS, lang)
st.caption(
    f"{t('common.source', lang)}: {t('source.ikp', lang)}; {t('site.source.record', lang)} · {t('ikp.caveat', lang)}"
)

if summary.is_synthetic:
    widgets.synthetic_banner(lang)
frame = cache.comparison(election, tuple(chosen), viewer)
bars = [(m, t(f"measure.{m}", lang), kind) for m, kind in measures.kinds("compare").items()]
widgets.plot(charts.comparison_bars(frame, bars, lang), key="compare_chart")
with_population = register.plus(t("source.population", lang))
st.caption(with_population.caption(lang))

st.subheader(t("compare.change", lang))
previous = str(frame["previous_election"].iloc[0]) if len(frame) else ""
widgets.table(frame, CHANGE_COLUMNS, lang)
if frame["followup_change"].isna().all():
    st.caption(t("compare.no_previous", lang))
widgets.download_section(
    frame,
    f"perbandingan-{election}",
    t("page.compare", lang),
    {"election": election, "regions": ",".join(chosen), "previous_election": previous},
    with_population,
    lang,
    key="dl_compare",
)

st.subheader(t("compare.ranking", lang))
peer = widgets.select(
    t("compare.peer", lang), list(data.PEERS), view.peer, "peer", lambda p: t(f"compare.peer.{p}", lang)
)
view = replace(view, peer=peer)
widgets.sync_url(view, ("election", "regions", "peer", "edition"))
focus = chosen[0]
ranked = cache.peer_ranking(election, focus, peer, viewer)
widgets.table(ranked, RANKING_COLUMNS, lang)
widgets.download_section(
    ranked[["region_code", "region_name", "rank", "peer_size", "followup_rate", "recommended", "persons_per_100k"]],
    f"peringkat-{election}-{focus}",
    t("compare.ranking", lang),
    {"election": election, "region": focus, "peer": peer},
    register,
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
numbers = rules.ikp_summary(record)
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
        share=fmt_pct(share, lang),
    )
)
widgets.table(rules.ikp_rows_to_show(record), IKP_RECORD_COLUMNS, lang)
ikp_sources = register.led_by(t("source.ikp", lang), t("site.source.record", lang))
st.caption(f"{t('common.source', lang)}: {'; '.join(ikp_sources.sources)} · {t('ikp.caveat', lang)}")
widgets.download_section(
    record.drop(columns=["note"]),
    f"ikp-{edition}-{'provinsi' if ikp_level == '1' else 'kabkota'}",
    t("ikp.vs.title", lang),
    {"election": election, "edition": edition, "level": ikp_level},
    ikp_sources,
    lang,
    key="dl_ikp",
)
