"""The questions a brief's numbers raise, each with the number behind it: the region's backlog,
how it compares with its province and peers, what its dated record lacks. Reads plain values
(``model``); ``content`` asks it while it assembles a brief."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from netralitas.access import privacy
from netralitas.briefs.model import SCOPES, Question
from netralitas.format import fmt_date, format_value, hidden_text
from netralitas.i18n import Lang, localized, t


@dataclass(frozen=True)
class _Asking:
    """What every question reads: the numbers, their printed texts and each scope's name."""

    lang: Lang
    values: dict[str, dict[str, Any]]
    texts: dict[str, dict[str, str]]  # by scope and measure key, a hidden count spelled out ("sejumlah", "some")
    scope_names: dict[str, str]
    limit: int  # days a recommendation may wait for the PPK

    def label(self, key: str) -> str:
        return t(f"brief.m.{key}", self.lang)

    def basis(self, key: str, scope: str = "region") -> str:
        return f"{self.label(key)}, {self.scope_names[scope]}: {self.texts[scope][key]}"

    def compared(
        self, key: str, scope: str, question: str, worse: Callable[[float, float], bool], **extra: str
    ) -> list[Question]:
        """The question if the region's ``key`` is ``worse`` than the ``scope``'s, else none."""
        mine, theirs = self.values["region"].get(key), self.values[scope].get(key)
        if mine is None or theirs is None or not worse(mine, theirs):
            return []
        text = t(question, self.lang, value=self.texts["region"][key], other=self.texts[scope][key], **extra)
        return [Question(text, self.basis(key) + "; " + self.basis(key, scope))]


def to_ask(
    *,
    values: dict[str, dict[str, Any]],
    headline: list[dict[str, str]],
    scope_names: dict[str, str],
    events: pd.DataFrame,
    open_frame: pd.DataFrame,
    limit: int,
    lang: Lang,
) -> list[Question]:
    """Questions the numbers raise, each with the number behind it, in the order they are asked.

    ``values`` and ``headline`` as ``model.Brief`` holds them; ``scope_names`` by scope (SCOPES);
    ``events`` the region's dated record (``Brief.timeline``); ``open_frame`` ``data.open_cases``;
    ``limit`` the days a recommendation may wait for the PPK."""
    hidden, some = hidden_text(lang), t("brief.some", lang)
    texts = {scope: {row["key"]: some if row[scope] == hidden else row[scope] for row in headline} for scope in SCOPES}
    ask = _Asking(lang=lang, values=values, texts=texts, scope_names=scope_names, limit=limit)
    asked = [
        *_backlog_questions(ask),
        *ask.compared(
            "followup_rate",
            "compare",
            "brief.q.followup_low",
            lambda a, b: a < b - 0.05,
            other_name=ask.scope_names["compare"],
        ),
        *ask.compared("median_days_to_sanction", "peers", "brief.q.slow", lambda a, b: a > b * 1.2),
        *_blocked_questions(ask),
        *ask.compared("persons_per_100k", "peers", "brief.q.rate_high", lambda a, b: a > b * 1.5),
        *_pending_questions(ask, open_frame),
        *_record_questions(ask, events),
        *_no_case_questions(ask),
    ]
    # A hidden count opens a question as "sejumlah ...": each question starts with a capital.
    return [Question(q.text[:1].upper() + q.text[1:], q.basis) for q in asked]


def _backlog_questions(ask: _Asking) -> list[Question]:
    """Recommendations waiting past the limit; recommendations and not one sanction."""
    here, hidden, lang = ask.values["region"], ask.values["hidden"], ask.lang
    out = []
    if here.get("waiting_over_limit") or hidden.get("waiting_over_limit"):
        text = t("brief.q.waiting", lang, n=ask.texts["region"]["waiting_over_limit"], days=ask.limit)
        out.append(Question(text, ask.basis("waiting_over_limit")))
    if here.get("sanctioned") == 0 and (here.get("recommended") or hidden.get("recommended")):
        text = t("brief.q.no_sanction", lang, n=ask.texts["region"]["recommended"])
        out.append(Question(text, ask.basis("recommended") + "; " + ask.basis("sanctioned")))
    return out


def _blocked_questions(ask: _Asking) -> list[Question]:
    blocked = ask.values["region"].get("records_blocked")
    if not blocked:
        return []
    text = format_value(blocked, "count", ask.lang)
    basis = f"{ask.label('records_blocked')}, {ask.scope_names['region']}: {text}"
    return [Question(t("brief.q.blocked", ask.lang, n=text), basis)]


def _pending_questions(ask: _Asking, open_frame: pd.DataFrame) -> list[Question]:
    """Breaches still waiting at a stage before the recommendation."""
    lang, out = ask.lang, []
    for rec in open_frame.to_dict("records"):
        if (
            rec["waiting_for"] in ("registration", "assessment", "recommendation")
            and not bool(rec.get(privacy.flag("breaches"), False))
            and rec["breaches"]
        ):
            stage = t(f"wait.{rec['waiting_for']}", lang)
            n = format_value(rec["breaches"], "count", lang)
            over = t("brief.col.over_limit", lang, days=ask.limit).lower()
            out.append(Question(t("brief.q.pending", lang, n=n, stage=stage), f"{stage}, {over}: {n}"))
    return out


def _record_questions(ask: _Asking, events: pd.DataFrame) -> list[Question]:
    """What the dated record lacks (a circular, a declaration) and the last hearing it holds."""
    lang, out = ask.lang, []
    types = set(events.loc[events["region_code"] == ask.values["meta"]["code"], "event_type"]) if len(events) else set()
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
    return out


def _no_case_questions(ask: _Asking) -> list[Question]:
    if ask.values["meta"]["persons"] != 0:
        return []
    return [Question(t("brief.q.no_cases", ask.lang), f"{ask.label('reports')}: 0")]
