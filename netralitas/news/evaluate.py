"""How the extractor does on labelled articles (``expected.json`` per folder): accuracy per field,
the key figure (date, type and region right), invented events (``make eval-extract``)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from netralitas.news.extract import FIELDS, extract
from netralitas.news.text import published_from_name, read_article
from netralitas.pipeline.regions import Gazetteer


@dataclass
class ArticleResult:
    file: str
    expected: list[dict[str, object]]
    predicted: list[dict[str, object]]
    matched: list[tuple[int, int]]  # (expected index, predicted index)


@dataclass
class Evaluation:
    """How the extractor does on labelled articles."""

    articles: list[ArticleResult]

    @property
    def expected_events(self) -> int:
        return sum(len(a.expected) for a in self.articles)

    def field_accuracy(self) -> dict[str, float]:
        """Share of expected events whose paired prediction has the field right."""
        right: dict[str, int] = defaultdict(int)
        labelled: dict[str, int] = defaultdict(int)
        for a in self.articles:
            paired = dict(a.matched)
            for ei, exp in enumerate(a.expected):
                got = a.predicted[paired[ei]] if ei in paired else {}
                for f in FIELDS:
                    if f not in exp:
                        continue  # a label set may leave a field out (the shared examples have no precision)
                    labelled[f] += 1
                    if ei in paired and _same(f, exp.get(f), got.get(f)):
                        right[f] += 1
        return {f: right[f] / labelled[f] for f in FIELDS if labelled[f]}

    @property
    def key_correct(self) -> int:
        """Events with date, type and region (province and regency) all right."""
        n = 0
        for a in self.articles:
            for ei, pi in a.matched:
                exp, got = a.expected[ei], a.predicted[pi]
                if all(_same(f, exp.get(f), got.get(f)) for f in ("event_date", "event_type")) and _same_region(
                    exp, got
                ):
                    n += 1
        return n

    @property
    def key_accuracy(self) -> float:
        return self.key_correct / self.expected_events if self.expected_events else 1.0

    @property
    def invented_on_no_event(self) -> int:
        return sum(len(a.predicted) for a in self.articles if not a.expected)

    @property
    def extra_events(self) -> int:
        return sum(max(0, len(a.predicted) - len(a.expected)) for a in self.articles)

    def misses(self) -> list[str]:
        out: list[str] = []
        for a in self.articles:
            paired = {ei for ei, _ in a.matched}
            for ei, exp in enumerate(a.expected):
                if ei not in paired:
                    out.append(f"{a.file}: tidak ditemukan / not found: {_short(exp)}")
            for ei, pi in a.matched:
                exp, got = a.expected[ei], a.predicted[pi]
                wrong = [f for f in FIELDS if f in exp and not _same(f, exp.get(f), got.get(f))]
                if wrong:
                    details = ", ".join(f"{f}={got.get(f)!r} (harus / expected {exp.get(f)!r})" for f in wrong)
                    out.append(f"{a.file}: {details}")
            if not a.expected and a.predicted:
                out.append(f"{a.file}: peristiwa karangan / invented event: {_short(a.predicted[0])}")
        return out


def _short(e: dict[str, object]) -> str:
    return f"{e.get('event_date')} {e.get('event_type')} {e.get('regency_code') or e.get('province_code')}"


def _same(f: str, a: object, b: object) -> bool:
    if f == "also_types":
        return sorted(str(x) for x in (a or [])) == sorted(str(x) for x in (b or []))  # type: ignore[attr-defined]
    return (a or None) == (b or None)


def _same_region(exp: dict[str, object], got: dict[str, object]) -> bool:
    return _same("province_code", exp.get("province_code"), got.get("province_code")) and _same(
        "regency_code", exp.get("regency_code"), got.get("regency_code")
    )


def _pair(expected: list[dict[str, object]], predicted: list[dict[str, object]]) -> list[tuple[int, int]]:
    """Greedy pairing by the number of fields that agree."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for ei, exp in enumerate(expected):
        best, best_score = None, -1
        for pi, got in enumerate(predicted):
            if pi in used:
                continue
            score = sum(_same(f, exp.get(f), got.get(f)) for f in FIELDS)
            if score > best_score:
                best, best_score = pi, score
        if best is not None:
            used.add(best)
            pairs.append((ei, best))
    return pairs


def evaluate(folders: Iterable[Path], gaz: Gazetteer | None = None) -> Evaluation:
    """Score the extractor on every folder's ``expected.json`` and its articles."""
    results: list[ArticleResult] = []
    for folder in folders:
        labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, expected in sorted(labels.items()):
            if name.startswith("_"):
                continue
            text = read_article(folder / name)
            predicted = [e.as_dict() for e in extract(text, published_from_name(name), gaz)]
            results.append(ArticleResult(f"{folder.name}/{name}", expected, predicted, _pair(expected, predicted)))
    return Evaluation(results)


def report(ev: Evaluation) -> str:
    """The evaluation as text: accuracy per field, the key figure, every miss."""
    lines = [
        f"artikel / articles: {len(ev.articles)}; peristiwa berlabel / labelled events: {ev.expected_events}",
        "akurasi per kolom / accuracy per field:",
    ]
    for f, acc in ev.field_accuracy().items():
        lines.append(f"  {f:16} {acc * 100:6.1f}%")
    lines.append(
        f"tanggal+jenis+wilayah benar / date+type+region right: {ev.key_correct}/{ev.expected_events} "
        f"= {ev.key_accuracy * 100:.1f}%"
    )
    lines.append(
        f"peristiwa karangan pada artikel tanpa peristiwa / invented on no-event articles: {ev.invented_on_no_event}"
    )
    lines.append(f"peristiwa berlebih / extra events: {ev.extra_events}")
    misses = ev.misses()
    if misses:
        lines.append("selisih / differences:")
        lines.extend(f"  {m}" for m in misses)
    return "\n".join(lines)


# -- published counts (figures.json) ------------------------------------------------------------------

FIGURE_FIELDS = ("metric", "unit", "scope_level", "region", "reporting_body", "as_of_date")


@dataclass
class FigureEvaluation:
    """How the figure extractor does on labelled articles (``figures.json`` per folder)."""

    labelled: int
    found: int  # labelled figures with a proposal of the same value
    right: dict[str, int]  # per field, among those found
    extra: int  # proposals no label asked for
    misses: list[str]

    def accuracy(self) -> dict[str, float]:
        """Per field: share of labelled figures proposed with that field right (a missed figure is wrong)."""
        return {f: self.right[f] / self.labelled for f in FIGURE_FIELDS} if self.labelled else {}


def evaluate_figures(folders: Iterable[Path], gaz: Gazetteer | None = None) -> FigureEvaluation:
    """Pair each labelled figure with a proposal of the same value in its article, then compare
    the other fields."""
    from netralitas.news.figures import extract_figures

    labelled = found = extra = 0
    right: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    for folder in folders:
        path = folder / "figures.json"
        if not path.exists():
            continue
        for name, expected in sorted(json.loads(path.read_text(encoding="utf-8")).items()):
            if name.startswith("_"):
                continue
            got = extract_figures(read_article(folder / name), published_from_name(name), gaz)
            used: set[int] = set()
            for exp in expected:
                labelled += 1
                pick = next((i for i, g in enumerate(got) if i not in used and g.value == exp["value"]), None)
                if pick is None:
                    misses.append(f"{name}: {exp['metric']} {exp['value']} tidak ditemukan / not found")
                    continue
                used.add(pick)
                found += 1
                g = got[pick]
                checks = {
                    "metric": g.metric == exp["metric"],
                    "unit": g.unit == exp["unit"],
                    "scope_level": g.scope_level == exp["scope_level"],
                    "region": (g.regency_code or g.province_code) == (exp["regency_code"] or exp["province_code"]),
                    "reporting_body": (g.reporting_body or "").lower() == str(exp["reporting_body"] or "").lower(),
                    "as_of_date": g.as_of_date == exp["as_of_date"],
                }
                for f, ok in checks.items():
                    right[f] += ok
                    if not ok and f in ("metric", "reporting_body"):
                        misses.append(f"{name}: {exp['value']} {f} {getattr(g, f)!r} != {exp[f]!r}")
            extra += len(got) - len(used)
    return FigureEvaluation(labelled, found, dict(right), extra, misses)


def figure_report(ev: FigureEvaluation) -> str:
    lines = [
        f"angka berlabel / labelled figures: {ev.labelled}; ditemukan / found: {ev.found}; "
        f"usulan berlebih / extra proposals: {ev.extra}",
        "akurasi per kolom (angka yang terlewat dihitung salah) / accuracy per field (missed figures count as wrong):",
    ]
    for f, acc in ev.accuracy().items():
        lines.append(f"  {f:16} {acc * 100:6.1f}%")
    if ev.misses:
        lines.append("selisih / differences:")
        lines.extend(f"  {m}" for m in ev.misses)
    return "\n".join(lines)
