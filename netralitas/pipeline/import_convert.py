"""Validated cells to the rows the warehouse stores.

Dates become ISO days, regions Kemendagri codes, and each event or figure gets
a stable id, its provenance and its import batch. Only rows that passed
``import_rules.validate`` come here; a region that does not resolve is a bug,
not a user error.
"""

from __future__ import annotations

import pandas as pd

from netralitas import domain
from netralitas.pipeline import curation
from netralitas.pipeline.demo import CASE_COLUMNS
from netralitas.pipeline.import_format import CASE_DATES
from netralitas.pipeline.regions import Gazetteer
from netralitas.pipeline.tables import parse_date


def _iso(text: str) -> str:
    d = parse_date(text)
    return d.isoformat() if d else text


def to_cases(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    """Register rows in the cases format: ISO dates, region codes, empty name and NIP when not given."""
    out = frame.copy()
    for c in ("subject_name", "subject_nip"):
        if c not in out:
            out[c] = ""
    for c in CASE_DATES:
        out[c] = out[c].map(_iso)
    regions = []
    for v in out["region"]:
        res = gaz.resolve(v)
        if res.region is None:  # validate() refused these rows already
            raise ValueError(f"unresolved region {v!r} after validation")
        regions.append(res.region.code)
    out["region"] = regions
    out = out[list(CASE_COLUMNS)].astype("string")
    out["import_batch"] = batch
    return out


def _region_pair(gaz: Gazetteer, rec: dict[str, str]) -> curation.CodedRegion:
    """The codes of a row's place, from one ``region`` column or a province + regency_city pair."""
    problems: list[str] = []
    if "region" in rec:
        res = gaz.resolve(rec["region"]) if rec["region"] else None
        if res is None or res.region is None:
            return curation.CodedRegion("", "", "")
        r = res.region
        return curation.CodedRegion(r.province_code, r.code if r.level == 2 else "", r.code)
    return curation.code_region(gaz, rec["province"], rec["regency_city"], "", problems)


def to_events(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    """Event rows as the curated record holds them, with a stable id and their provenance."""
    known = domain.load()
    rows = []
    for rec in frame.to_dict("records"):
        coded = _region_pair(gaz, rec)
        kind, confidence = curation.provenance(rec["source_url"], rec["note"])
        title_en = rec["title"]
        place = rec.get("regency_city") or rec.get("region") or rec.get("province") or ""
        rows.append(
            {
                # The source is part of the id: two reports of one event (same title) stay two rows.
                "event_id": curation.stable_id(
                    "ev", rec["event_date"], rec["event_type"], coded.region_code, title_en, rec["source_url"]
                ),
                "event_date": _iso(curation.iso_start(rec["event_date"], rec["date_precision"])),
                "date_precision": rec["date_precision"],
                "event_type": rec["event_type"],
                "election_id": rec["election"],
                **coded.__dict__,
                "province_published": rec.get("province", ""),
                "regency_published": rec.get("regency_city", rec.get("region", "")),
                "actor": rec["actor"],
                "title_id": rec.get("title_id") or known.fallback_title_id(rec["event_type"], rec["actor"], place),
                "title_en": title_en,
                "reference_no": rec["reference_no"],
                "source_url": rec["source_url"],
                "source_published": _iso(rec["source_published"]),
                "source_kind": kind,
                "confidence": confidence,
                "is_date_approximate": str(rec["date_precision"] != "day").lower(),
                "note": rec["note"],
                "origin": "import",
                "import_batch": batch,
            }
        )
    return pd.DataFrame(rows, columns=[*curation.EVENT_COLUMNS, "origin", "import_batch"], dtype="string")


def to_figures(frame: pd.DataFrame, gaz: Gazetteer, batch: str) -> pd.DataFrame:
    """Figure rows as the curated record holds them, with a stable id, flags and catalogue labels."""
    rows = []
    for rec in frame.to_dict("records"):
        coded = _region_pair(gaz, rec)
        kind, confidence = curation.provenance(rec["source_url"], rec["note"])
        rows.append(
            {
                "figure_id": curation.stable_id(
                    "fig",
                    rec["as_of_date"],
                    rec["scope_level"],
                    coded.region_code,
                    rec["election"],
                    rec["metric"],
                    rec["unit"],
                    rec["reporting_body"],
                    rec["value"],
                    rec["source_url"],
                ),
                "as_of_date": _iso(curation.iso_start(rec["as_of_date"], rec["date_precision"])),
                "date_precision": rec["date_precision"],
                "scope_level": rec["scope_level"],
                **coded.__dict__,
                "province_published": rec.get("province", ""),
                "regency_published": rec.get("regency_city", rec.get("region", "")),
                "election_id": rec["election"],
                "metric": rec["metric"],
                "value": rec["value"],
                "unit": rec["unit"],
                "reporting_body": rec["reporting_body"],
                "body_group": curation.body_group(rec["reporting_body"]),
                "is_value_approximate": str(bool(curation._VALUE_APPROX.search(rec["note"]))).lower(),
                "is_date_approximate": str(rec["date_precision"] == "unknown").lower(),
                "is_region_unspecified": "false",
                "source_kind": kind,
                "confidence": confidence,
                "note": rec["note"],
                "source_url": rec["source_url"],
                "source_published": _iso(rec["source_published"]),
                "origin": "import",
                "import_batch": batch,
                **_metric_labels(rec),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[*curation.FIGURE_COLUMNS, "origin", "import_batch", "metric_label_id", "metric_label_en"],
        dtype="string",
    )


def _metric_labels(rec: dict[str, str]) -> dict[str, str]:
    """The labels an ``other_*`` metric is catalogued with: from the file, else derived from the key."""
    if not rec["metric"].startswith("other_"):
        return {"metric_label_id": "", "metric_label_en": ""}
    both = rec.get("metric_label", "")
    derived = domain.metric_label(rec["metric"])
    label_id = rec.get("metric_label_id") or both or derived
    label_en = rec.get("metric_label_en") or both or derived
    return {"metric_label_id": label_id, "metric_label_en": label_en}
