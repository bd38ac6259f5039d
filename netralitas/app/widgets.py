"""Reusable widgets and the shared page frame (the one UI module besides cache).

View state lives in the URL. A widget's session-state value is seeded from
the URL the first time a page runs; afterwards the widget owns it and the
page writes the resulting state back with :func:`sync_url`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from netralitas import agreement, display, exports, rules
from netralitas.access import audit
from netralitas.access.viewer import Viewer
from netralitas.app import account, state
from netralitas.charts import PLOTLY_CONFIG
from netralitas.format import as_of_caption
from netralitas.i18n import LANGS, Lang, t

T = TypeVar("T")


def lang() -> Lang:
    """The language of this run (set by the sidebar frame, kept in the URL)."""
    return "en" if st.query_params.get("lang", "id") == "en" else "id"


def language() -> Lang:
    """The language switch (sidebar), kept in the URL (``?lang=en``) so links keep it."""
    current = st.query_params.get("lang", "id")
    lang: Lang = "en" if current == "en" else "id"
    choice = st.sidebar.segmented_control(
        t("lang.label", lang),
        options=list(LANGS),
        default=lang,
        key="lang_choice",
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
    )
    chosen: Lang = "en" if choice == "en" else "id"
    if chosen != current:
        st.query_params["lang"] = chosen
    return chosen


def view_state(known_regions: set[str] | None = None) -> state.ViewState:
    from netralitas.app import cache

    elections = set(cache.lookups().election_names["id"])
    return state.from_query(st.query_params.to_dict(), known_regions, elections)


def seed(key: str, value: Any) -> None:
    """Give a widget its starting value from the URL, once."""
    if key not in st.session_state:
        st.session_state[key] = value


def select(label: str, options: Sequence[T], value: T, key: str, fmt: Callable[[T], str], **kw: Any) -> T:
    """A select box seeded from the URL state; returns the chosen option."""
    opts = list(options)
    seed(key, value if value in opts else opts[0])
    if st.session_state[key] not in opts:
        st.session_state[key] = opts[0]
    chosen: T = st.selectbox(label, opts, key=key, format_func=fmt, **kw)
    return chosen


def sync_url(view: state.ViewState, keys: tuple[str, ...]) -> None:
    """Write the view state into the URL, so a copied link reopens this view."""
    wanted = state.to_query(view, keys)
    if view.lang == "en":
        wanted["lang"] = "en"
    current = st.query_params.to_dict()
    if current != wanted:
        st.query_params.from_dict(wanted)


def province_select(label_key: str, value: str, province_names: dict[str, str], lang: Lang) -> str:
    """A province, or the whole nation (''), seeded from and kept in the URL."""
    nation = t("common.nation", lang)
    return select(t(label_key, lang), ["", *province_names], value, "province", lambda c: province_names.get(c, nation))


def synthetic_banner(lang: Lang) -> None:
    st.warning(t("synthetic.banner", lang), icon="⚠️")


def election_select(view: state.ViewState, names: dict[str, str], lang: Lang, key: str = "election") -> str:
    options = list(names)  # every election with data, newest first (election_list)
    return select(t("overview.election", lang), options, view.election, key, lambda e: names[e])


def edition_label(editions: pd.DataFrame, edition: str, lang: Lang) -> str:
    """An IKP edition as a reader names it: "IKP Tematik Netralitas ASN (21 September 2023)"."""
    from netralitas.format import fmt_date

    row = editions[editions["edition_id"] == edition].iloc[0]
    return f"{row['index_name']} ({fmt_date(row['edition_date'], lang)})"


def ikp_edition_select(editions: pd.DataFrame, value: str, level: str, key: str, lang: Lang) -> str:
    """Choose an IKP edition of the election; the default is the first that names ``level``."""
    from netralitas.rules import default_ikp_edition

    return select(
        t("ikp.edition", lang),
        [str(e) for e in editions["edition_id"]],
        value or default_ikp_edition(editions, level),
        key,
        lambda e: edition_label(editions, e, lang),
    )


def published_table(frame: pd.DataFrame, lang: Lang) -> None:
    """Published figures as the overview and the follow-up page list them: measure, bodies, value
    ("≈" when approximate), unit, as-of date, a source link, and whether the sources agree (one
    row per value: the same value from two sources is one row "corroborated by 2 sources")."""
    table(agreement.corroborate(frame), display.figure_columns(lang), lang)


def coverage_section(summary: pd.DataFrame, names: dict[str, str], lang: Lang) -> None:
    """How far the public record reaches (the overview and the methods page): a sentence, the
    coverage map one click away, and regions with events, figures, IKP per election."""
    st.subheader(t("coverage.summary.title", lang))
    lede = display.coverage_lede(rules.coverage_headline(summary), lang)
    st.markdown(f"{lede} [{t('coverage.map_link', lang)}](peta?measure=coverage)")
    by_election = rules.coverage_by_election(summary, {"": t("site.all_elections", lang), **names})
    table(by_election, display.COVERAGE_COLUMNS, lang)
    st.caption(t("coverage.summary.help", lang))


def marker_note(regions: pd.DataFrame, province: str, lang: Lang) -> None:
    """Under a regency map: the regions drawn as points because the boundary data has no polygon."""
    if not province:
        return
    inside = regions[(regions["province_code"] == province) & (regions["region_level"] == 2)]
    names = inside.loc[~inside["has_boundary"].astype(bool), "region_name"].tolist()
    if names:
        st.caption(t("map.marker_regions", lang, names=", ".join(names)))


def table(result: pd.DataFrame, columns: Sequence[display.Column], lang: Lang, **kw: Any) -> Any:
    """A declared table (``display.Column``: header from the catalogue, values formatted by kind;
    link columns as "↗" links)."""
    links = {h: st.column_config.LinkColumn(display_text="↗") for h in display.link_headers(columns, lang)}
    if links:
        kw["column_config"] = {**links, **kw.get("column_config", {})}
    return st.dataframe(display.frame(result, columns, lang), hide_index=True, **kw)


@dataclass(frozen=True)
class Provenance:
    """Where a table's numbers come from: the sources named under it and in its XLSX, as of when,
    and whether they are the synthetic register."""

    sources: tuple[str, ...]
    as_of: date | None = None
    synthetic: bool = False

    def caption(self, lang: Lang) -> str:
        return f"{t('common.source', lang)}: {'; '.join(self.sources)} · {as_of_caption(self.as_of, lang)}"

    def plus(self, *sources: str) -> Provenance:
        """The same numbers with more sources named after these (population beside the register)."""
        return Provenance((*self.sources, *sources), self.as_of, self.synthetic)

    def led_by(self, *sources: str) -> Provenance:
        """The same numbers with sources named before these (the public record before the register)."""
        return Provenance((*sources, *self.sources), self.as_of, self.synthetic)


def plot(fig: Any, key: str, **kw: Any) -> Any:
    return st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG, **kw)


def download_section(
    frame: pd.DataFrame,
    name: str,
    title: str,
    filters: dict[str, str],
    provenance: Provenance,
    lang: Lang,
    key: str,
    audited: dict[str, object] | None = None,
) -> None:
    """The CSV and XLSX buttons under a table: exactly ``frame``, built only when clicked; the XLSX
    carries a metadata sheet (title, filters, the view's address, sources, as-of date, synthetic).

    ``audited``: case-level data (or the audit log itself); each export is appended to the audit
    log with these fields (``action`` names it, default ``export_cases``). The builders run on
    another thread without Streamlit's context, so they get plain values only.
    """
    query = "&".join(f"{k}={v}" for k, v in st.query_params.to_dict().items())
    meta = exports.ExportMeta(
        title=title,
        filters=filters,
        as_of=provenance.as_of,
        sources=provenance.sources,
        synthetic=provenance.synthetic,
        url=f"?{query}" if query else "",
    )

    def build(kind: str) -> bytes:
        if audited is not None:
            fields = {k: v for k, v in audited.items() if k != "action"}
            audit.record(str(audited.get("action", "export_cases")), format=kind, **fields)  # type: ignore[arg-type]
        return exports.to_csv(frame) if kind == "csv" else exports.to_xlsx(frame, meta)

    formats = (
        ("csv", "common.download_csv", "text/csv"),
        ("xlsx", "common.download_xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    )
    for column, (kind, label, mime) in zip(st.columns([1, 1, 4]), formats, strict=False):
        column.download_button(
            t(label, lang),
            partial(build, kind),
            file_name=f"{name}.{kind}",
            mime=mime,
            key=f"{key}_{kind}",
            icon=":material/download:",
            on_click="ignore",
        )


@dataclass(frozen=True)
class Page:
    """What every page starts with: language, viewer, the warehouse summary and name lookups."""

    lang: Lang
    viewer: Viewer
    summary: Any  # data.WarehouseSummary
    regions: pd.DataFrame
    names_by_code: dict[str, str]
    province_names: dict[str, str]
    election_names: dict[str, str]
    register: Provenance  # the case register: real or synthetic, and as of when


def page_start(title_key: str, require: str = "") -> Page:
    """Title, access check (``require`` = "cases", "audit" or "curate"), and the warehouse, or a clear stop."""
    from netralitas.app import cache
    from netralitas.pipeline.warehouse import BuildError

    current, who = lang(), account.viewer()
    st.title(t(title_key, current))
    if require == "cases" and not who.may_see_cases:
        st.warning(t("cases.internal_only", current))
        st.stop()
    if require == "audit" and not who.may_audit:
        st.warning(t("audit.admin_only", current))
        st.stop()
    if require == "curate" and not who.may_curate:
        st.warning(t("news.admin_only", current))
        st.stop()
    try:
        summary = cache.warehouse_summary()
    except BuildError:
        st.error(t("warehouse.missing", current))
        st.stop()
    names = cache.lookups()
    return Page(
        lang=current,
        viewer=who,
        summary=summary,
        regions=cache.region_list(""),
        names_by_code=names.names_by_code,
        province_names=names.province_names,
        election_names=names.election_names[current],
        register=Provenance(
            (t("source.register_synthetic" if summary.is_synthetic else "source.register", current),),
            summary.register_as_of_date,
            summary.is_synthetic,
        ),
    )


def freshness_table(fresh: pd.DataFrame, lang: Lang, built_at: date, with_imports: bool = False) -> None:
    """What each source holds and how recent it is (``data_freshness``), and when the warehouse was built."""
    from netralitas.format import fmt_date

    imported = (display.Column("imported_rows", "col.imported", "int"),) if with_imports else ()
    table(fresh, (*display.FRESHNESS_COLUMNS, *imported), lang)
    st.caption(t("home.built_at", lang, when=fmt_date(built_at, lang)))
