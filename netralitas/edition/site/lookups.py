"""The site being planned: the published record with the lookups every page builder shares, made
once (slicing pandas frames per page would cost far more than rendering), and the sections more
than one page type shows (the headline dot plot, a timeline, the record's reach)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pandas as pd

from netralitas import agreement, charts, display, rules
from netralitas.display import COVERAGE_COLUMNS
from netralitas.edition.record import Record, tagged
from netralitas.edition.site.common import Chart, Link, Table, live_url, positions, region_page, rows, strip_title
from netralitas.edition.site.tables import Drawn, Shown, event_fields, figure_fields, figure_frame, table
from netralitas.i18n import LANGS, Lang, localized, t
from netralitas.pipeline import geo

# Which map pages there are: (election or "semua", measure key, metric or IKP edition, unit).
MapSpec = tuple[str, str, str, str]


@dataclass
class Site:
    record: Record
    live_base: str
    geojson: dict[str, dict[str, Any] | None]
    edition: dict[str, Any] = field(default_factory=dict)
    source_contact: str = ""  # settings.source_contact: where readers send a source

    def __post_init__(self) -> None:
        self._index_regions()
        self._index_rows()
        self._index_elections()
        self._drawn: dict[tuple[str, Lang], Drawn] = {}

    def _index_regions(self) -> None:
        rec = self.record
        self.regions = rec.regions
        self.region_rows = {r["region_code"]: r for r in rec.regions.to_dict(orient="records")}
        self.provinces = rec.regions[rec.regions["region_level"] == 1]
        self.children: dict[str, list[str]] = {}
        for r in self.region_rows.values():
            if int(r["region_level"]) == 2:
                self.children.setdefault(str(r["province_code"]), []).append(str(r["region_code"]))
        self.peers = rules.peer_groups(rec.regions, 10)
        self.has_maps = all(self.geojson.get(k) for k in ("provinces", "regencies"))
        self.coverage_rows = {
            key: {r["region_code"]: r for r in frame.to_dict(orient="records")} for key, frame in rec.coverage.items()
        }
        self.coverage_at = positions(rec.coverage[("", "2")], ("province_code",))
        # What a region page shows: events pooled with its regencies' (events_at), figures and IKP its own.
        self.kinds_held: dict[str, set[str]] = {}
        held = (("events", rec.events, ("region_code", "province_code")), ("figures", rec.figures, ("region_code",)))
        for kind, frame, cols in (*held, ("ikp", rec.ikp, ("region_code",))):
            for col in cols:
                for c in frame[col].dropna().unique() if col in frame else ():
                    self.kinds_held.setdefault(str(c), set()).add(kind)

    def _index_rows(self) -> None:
        """Row positions of the record's events and figures per region (a region page picks its own)."""
        rec = self.record
        # A region's events: its own and, for a province, its regencies' (data.in_scope's rule).
        self.events_at = positions(rec.events, ("region_code", "province_code"))
        self.figures_at = positions(rec.figures, ("region_code",))
        # Where sources agree and differ, worked out once for the whole record (agreement.corroborate).
        self.facts = tagged(agreement.corroborate(rec.figures), "facts")
        self.facts_at = positions(self.facts, ("region_code",))
        self.event_elections = rec.events["election_id"].tolist()
        self.fact_elections = self.facts["election_id"].tolist()
        sums = rec.province_sums
        self.province_sums = {r["figure_id"]: r for r in sums.to_dict(orient="records")} if not sums.empty else {}

    def _index_elections(self) -> None:
        rec = self.record
        self.elections = list(rec.elections["election_id"])
        self.election_names = {(e, lang): rec.election_name(e, lang) for e in ["", *self.elections] for lang in LANGS}
        self.election_types = dict(zip(rec.elections["election_id"], rec.elections["election_type"], strict=True))
        self.events_by_election = {e: part for e, part in rec.events.groupby("election_id")}
        # Each election's national figures with their agreement, worked out once for both languages.
        self.national_facts = {e: agreement.corroborate(f) for e, f in rec.national.items()}
        self.metric_labels = {
            (r.metric, lang): str(getattr(r, localized("label", lang))) for r in rows(rec.metrics) for lang in LANGS
        }
        self.ikp_edition_rows = {str(r["edition_id"]): r for r in rec.ikp_editions.to_dict(orient="records")}
        self.participation = {
            (r["election_id"], r["region_code"]): (
                r["participation"],
                0 if pd.isna(r["regencies_voted"]) else int(r["regencies_voted"]),
            )
            for r in rec.participation.to_dict(orient="records")
        }

    # -- lookups --------------------------------------------------------------------------------

    def name(self, code: str) -> str:
        row = self.region_rows.get(code)
        return str(row["region_name"]) if row else code

    def election_name(self, election: str, lang: Lang) -> str:
        """An election's name; "semua" (a map page over every election) names them all."""
        return t("site.all_elections", lang) if election == "semua" else self.election_names[(election, lang)]

    def region_link(self, code: str) -> Link:
        return Link(self.name(code), region_page(code))

    @cached_property
    def map_specs(self) -> list[MapSpec]:
        """Every map page: the record's reach over all elections, then per election its reach, its
        prevention events, each published measure with a map and each IKP edition with one."""
        specs = [("semua", "coverage", "", "")]
        fm, eds = self.record.figure_maps, self.record.ikp_editions
        for e in self.elections:
            specs += [(e, "coverage", "", ""), (e, "prevention", "", "")]
            part = fm[fm["election_id"] == e].drop_duplicates(["metric", "unit"])
            specs += [(e, f"{r.metric}-{r.unit}", r.metric, r.unit) for r in rows(part)]
            for ed in rows(eds[eds["election_id"] == e]):
                if any((str(ed.edition_id), lvl) in self.record.ikp_maps for lvl in ("1", "2")):
                    specs.append((e, f"ikp-{ed.edition_id}", str(ed.edition_id), "ikp"))
        return specs

    # -- tables of the whole record, drawn once per language --------------------------------------

    def events_table(self, at: list[int], lang: Lang, caption: str, with_region: bool = True) -> Table:
        """The record's events at positions ``at`` (``rec.events`` rows), as a dated list."""
        if ("events", lang) not in self._drawn:
            self._drawn[("events", lang)] = Drawn(self.record.events, event_fields(lang), lang)
        omit = () if with_region else ("region_name",)
        return self._drawn[("events", lang)].table(caption, at, t("site.no_events", lang), omit)

    def figures_table(self, at: list[int], lang: Lang, caption: str) -> Table:
        """The record's published figures at positions ``at`` (``facts`` rows), with their agreement."""
        if ("facts", lang) not in self._drawn:
            facts = figure_frame(self.facts, lang, self.province_sums)
            self._drawn[("facts", lang)] = Drawn(facts, figure_fields(lang), lang)
        return self._drawn[("facts", lang)].table(caption, at, t("site.no_figures", lang))

    # -- sections more than one page shows ------------------------------------------------------

    def headline_chart(self, e: str, lang: Lang, cid: str, table: Table | None = None, table_ref: str = "") -> Chart:
        """The election's headline figures, one dot per body on a shared scale."""
        head = self.record.headlines[e]
        return Chart(
            id=cid,
            title=t("site.home.reconciliation", lang, election=self.election_names[(e, lang)]),
            caption=t("home.published.caveat", lang),
            name=f"angka-per-lembaga-{e}",
            inputs=("headline", head, lang),
            build=lambda: strip_title(charts.headline_dots(head, lang)),
            table=table,
            live=live_url(self.live_base, "", lang, election=e),
            table_ref=table_ref,
        )

    def timeline_chart(self, events: pd.DataFrame, election: str, lang: Lang, cid: str, scope: str) -> Chart:
        stages = self.record.stages.get(election, pd.DataFrame())
        empty = pd.DataFrame(columns=["week_start_date", "persons", "cases"])
        title = t("site.timeline.title", lang, scope=scope, election=self.election_names[(election, lang)])
        return Chart(
            id=cid,
            title=title,
            caption=f"{t('common.source', lang)}: {t('source.curated_events', lang)}",
            name=f"linimasa-{election}",
            inputs=("timeline", events, stages, lang),
            build=lambda: strip_title(charts.timeline(events, empty, stages, lang, False)),
        )

    def coverage_any(self) -> int:
        """Regencies/cities with any record (events, figures or IKP): the home page's card."""
        return rules.coverage_headline(self.record.coverage_summary).regencies

    def coverage(self, lang: Lang) -> dict[str, Any]:
        """How far the record reaches: a sentence, a table per election and kind, the map's link."""
        summary = self.record.coverage_summary
        names = {"": t("site.all_elections", lang)} | {e: self.election_names[(e, lang)] for e in self.elections}
        by_election = rules.coverage_by_election(summary, names, 2)
        fields = (Shown(COVERAGE_COLUMNS[0], link="election"), *COVERAGE_COLUMNS[1:])
        return {
            "lede": display.coverage_lede(rules.coverage_headline(summary), lang),
            "table": table(by_election, fields, lang, t("coverage.summary.title", lang), limit=None),
            "map": Link(t("coverage.map_link", lang), "peta/semua/coverage/index.html"),
        }


def boundary_layers(settings: Any = None) -> dict[str, dict[str, Any] | None]:
    return {level: geo.load_geojson(level, settings) for level in ("provinces", "regencies")}
