"""Static charts for the printed brief: matplotlib to SVG, drawn on this machine.

SVG keeps text as text (``svg.fonttype = none``), so the PDF stays searchable
and a test can read the labels back with pdftotext. Colours follow the
dashboard's (``palette``) where it has them. Drawn from a ``model.Brief`` alone.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pandas as pd
from babel.dates import format_date

from netralitas.briefs.model import SCOPES
from netralitas.i18n import LOCALES, Lang, localized, t
from netralitas.palette import CAMPAIGN, EVENT_COLOURS, VOTING

if TYPE_CHECKING:
    from netralitas.briefs.model import Brief

INK = "#1f2937"
MUTED = "#9ca3af"
REGION = "#b45309"
OTHERS = "#6b7280"


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text in the SVG and the PDF
            "font.family": "DejaVu Sans",
            "font.size": 7.5,
            "axes.edgecolor": MUTED,
            "axes.labelcolor": INK,
            "xtick.color": INK,
            "ytick.color": INK,
            "svg.hashsalt": "netralitas",  # stable ids: the same brief gives the same file
        }
    )
    return plt


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]  # drop the XML prolog and doctype: inlined in HTML


def draw(brief: Brief) -> dict[str, str]:
    """The brief's two charts as inline SVG, by the name the template places them under."""
    return {
        "comparison": comparison_svg(brief),
        "timeline": timeline_svg(brief.timeline, brief.stages, brief.lang),
    }


def comparison_svg(brief: Brief) -> str:
    """Follow-up rate and reports per 100,000: the region against the province and peers,
    each bar labelled with the text the headline table prints."""
    plt = _pyplot()
    lang = brief.lang
    printed = {row["key"]: row for row in brief.headline}
    labels = [brief.region_name, brief.compare_name, t("brief.col.peers", lang, n=brief.peer_count)]
    panels = (("followup_rate", "brief.chart.followup", 100.0), ("persons_per_100k", "brief.chart.per100k", 1.0))
    fig, axes = plt.subplots(1, 2, figsize=(6.9, 1.35))
    for ax, (key, title_key, scale) in zip(axes, panels, strict=True):
        values = [brief.values[scope].get(key) for scope in SCOPES]
        shown = [0.0 if v is None else float(v) * scale for v in values]
        colours = [REGION, OTHERS, OTHERS]
        ys = [2, 1, 0]
        ax.barh(ys, shown, color=colours, height=0.62)
        top = max([*shown, 1.0])
        for y, v, scope in zip(ys, values, SCOPES, strict=True):
            text = printed[key][scope]
            ax.text((0.0 if v is None else float(v) * scale) + top * 0.02, y, text, va="center", fontsize=7, color=INK)
        ax.set_yticks(ys, labels)
        ax.set_xlim(0, top * 1.3)
        ax.set_xticks([])
        ax.set_title(t(title_key, lang), fontsize=8, loc="left", color=INK)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
    fig.tight_layout(w_pad=2.0)
    return _svg(fig)


def timeline_svg(events: pd.DataFrame, stages: pd.DataFrame, lang: Lang) -> str:
    """Recorded actions as dots by type, against the campaign period and voting day."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.9, 1.55))
    campaign = stages[stages["stage"] == "campaign"]
    voting = stages[stages["stage"] == "voting"]
    dates = [pd.Timestamp(d).date() for d in events["event_date"]] if len(events) else []
    anchors = (
        [pd.Timestamp(d).date() for d in pd.concat([stages["start_date"], stages["end_date"]])] if len(stages) else []
    )
    span = dates + anchors or [date.today()]
    start, end = min(span) - timedelta(days=14), max(span) + timedelta(days=14)
    if len(campaign):
        c = campaign.iloc[0]
        ax.axvspan(pd.Timestamp(c["start_date"]), pd.Timestamp(c["end_date"]), color=CAMPAIGN, alpha=0.25, lw=0)
        label = c[localized("label", lang)]
        ax.text(pd.Timestamp(c["start_date"]), 7.6, f"{label} ", fontsize=6.5, color=INK, va="top", ha="right")
    if len(voting):
        v = pd.Timestamp(voting.iloc[0]["start_date"])
        ax.axvline(v, color=VOTING, lw=1)
        label = voting.iloc[0][localized("label", lang)]
        ax.text(v, 7.6, f" {label}", fontsize=6.5, color=VOTING, va="top")
    order = list(EVENT_COLOURS)
    for kind in order:
        rows = events[events["event_type"] == kind] if len(events) else events
        if not len(rows):
            continue
        ax.scatter(
            [pd.Timestamp(d) for d in rows["event_date"]],
            [len(order) - order.index(kind) - 1] * len(rows),
            s=14,
            color=EVENT_COLOURS[kind],
            zorder=3,
        )
    ax.set_yticks(range(len(order)), [t(f"event.{k}", lang) for k in reversed(order)], fontsize=6.5)
    ax.set_ylim(-0.7, 7.8)
    ax.set_xlim(pd.Timestamp(start), pd.Timestamp(end))
    ticks = pd.date_range(pd.Timestamp(start).replace(day=1), pd.Timestamp(end), freq="MS")
    step = max(1, len(ticks) // 8)
    ticks = ticks[::step]
    ax.set_xticks(list(ticks), [format_date(d.date(), "MMM yyyy", locale=LOCALES[lang]) for d in ticks], fontsize=6.5)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#f3f4f6", lw=0.6)
    ax.set_title(t("brief.chart.timeline", lang), fontsize=8, loc="left", color=INK)
    fig.tight_layout()
    return _svg(fig)
