"""What the public edition publishes, read once from the warehouse through the data functions.

Everything here is what the public dashboard may show: the curated and imported
public record (events, figures), the regions, the elections, and, only when a
real register was imported, its aggregates as the public sees them (small counts
suppressed). The synthetic demo register is never read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

from netralitas import agreement, data, measures
from netralitas.access.viewer import PUBLIC
from netralitas.i18n import Lang, localized

# Register measures an imported register adds to the edition, as the public sees them (declared).
REGISTER_MEASURES = measures.names("edition")


@dataclass
class Record:
    summary: data.WarehouseSummary
    regions: pd.DataFrame
    elections: pd.DataFrame
    stages: dict[str, pd.DataFrame]
    metrics: pd.DataFrame
    events: pd.DataFrame
    figures: pd.DataFrame
    headlines: dict[str, pd.DataFrame]
    national: dict[str, pd.DataFrame]  # every national figure per election
    coverage: dict[tuple[str, str], pd.DataFrame]  # (election or '', level) -> per region
    figure_maps: pd.DataFrame
    # (election, "<metric>-<unit>", level) -> every region of the level with its figure (data.published_map)
    map_figures: dict[tuple[str, str, str], pd.DataFrame] = field(default_factory=dict)
    register: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)  # (election, level), imports only
    ikp: pd.DataFrame = field(default_factory=pd.DataFrame)  # every IKP entry (fct_ikp), for the data file
    ikp_editions: pd.DataFrame = field(default_factory=pd.DataFrame)  # per election, most detailed first
    # (edition, level) -> every region of the level with its entry, where the edition names that level
    ikp_maps: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)
    participation: pd.DataFrame = field(default_factory=pd.DataFrame)  # election x region: voted or not
    coverage_summary: pd.DataFrame = field(default_factory=pd.DataFrame)  # data.coverage_summary
    # each province figure beside the sum of its regencies' figures (agreement.province_vs_regencies)
    province_sums: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def has_register(self) -> bool:
        """A real imported register is published as suppressed aggregates; the demo never."""
        return bool(self.register)

    @property
    def as_of(self) -> date | None:
        """The newest date in what is published."""
        dates = [d for d in (self.summary.latest_event_date, self.summary.latest_figure_date) if d is not None]
        if self.has_register and self.summary.register_as_of_date:
            dates.append(self.summary.register_as_of_date)
        return max(dates) if dates else None

    def content_hash(self) -> str:
        """A fingerprint of the published content (not of when the warehouse was built)."""
        h = hashlib.sha256()
        frames = [self.regions, self.elections, self.metrics, self.events, self.figures, self.ikp, self.participation]
        frames += [self.register[k] for k in sorted(self.register)]
        for frame in frames:
            h.update(",".join(map(str, frame.columns)).encode())
            h.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
        return h.hexdigest()

    def election_name(self, election: str, lang: Lang) -> str:
        row = self.elections[self.elections["election_id"] == election]
        return str(row.iloc[0][localized("name", lang)]) if not row.empty else election


def tagged(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Plain object columns (row access on Arrow strings costs ~10x more, and pages read rows),
    and a content tag in ``attrs`` that slices inherit: a slice is then identified by the tag
    and its index labels (see ``pages.digest``) instead of by hashing its values again."""
    frame = frame.astype({c: object for c in frame.columns if pd.api.types.is_string_dtype(frame[c])})
    frame = frame.reset_index(drop=True)
    content = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    frame.attrs["source"] = f"{name}:{hashlib.sha256(content).hexdigest()}"
    return frame


def read(con: duckdb.DuckDBPyConnection) -> Record:
    summary = data.warehouse_summary(con)
    regions = data.region_list(con, "")
    elections = data.election_list(con)
    election_ids = list(elections["election_id"])
    names = regions.set_index("region_code")["region_name"]
    events = data.curated_events(con)
    events = tagged(events.assign(region_name=events["region_code"].map(names)), "events")
    figures = data.curated_figures(con)
    metrics = data.metric_list(con)
    figures = figures.merge(
        metrics[["metric", "label_id", "label_en", "is_core", "stage_order"]], on="metric", how="left"
    ).assign(region_name=lambda f: f["region_code"].map(names))
    figures = tagged(figures, "figures")
    record = Record(
        summary=summary,
        regions=tagged(regions, "regions"),
        elections=elections,
        stages={e: data.election_stages(con, e) for e in election_ids},
        metrics=metrics,
        events=events,
        figures=figures,
        headlines={e: data.headline_figures(con, e) for e in election_ids},
        national={e: data.published_figures(con, e, "") for e in election_ids},
        coverage={
            (e, lvl): tagged(data.region_coverage(con, e, lvl), f"coverage-{e}-{lvl}")
            for e in ["", *election_ids]
            for lvl in ("1", "2")
        },
        figure_maps=data.figure_maps(con),
    )
    record.participation = data.election_participation(con)
    record.coverage_summary = data.coverage_summary(con)
    record.province_sums = agreement.province_vs_regencies(figures)
    record.ikp_editions = pd.concat([data.ikp_editions(con, e) for e in election_ids], ignore_index=True)
    record.ikp = tagged(data.ikp_entries(con), "ikp")
    for ed in record.ikp_editions.itertuples():
        for lvl, count in (("1", ed.province_entries), ("2", ed.regency_entries)):
            if count:
                record.ikp_maps[(str(ed.edition_id), lvl)] = tagged(
                    data.ikp_regions(con, str(ed.edition_id), lvl, ""), f"ikp-{ed.edition_id}-{lvl}"
                )
    for m in record.figure_maps.itertuples():
        key = (str(m.election_id), f"{m.metric}-{m.unit}", str(m.region_level))
        record.map_figures[key] = data.published_map(con, *key, "")
    if summary.register_kind == "import":
        for e in election_ids:
            for lvl in ("1", "2"):
                frame = data.region_measures(con, e, lvl, "", PUBLIC)
                if (pd.to_numeric(frame["persons"], errors="coerce").fillna(0) > 0).any() or frame.filter(
                    like="__suppressed"
                ).any(axis=None):
                    keep = ["region_code", *REGISTER_MEASURES]
                    keep += [c for c in frame.columns if c.endswith("__suppressed")]
                    record.register[(e, lvl)] = frame[keep]
    return record
