"""Commands on news articles: ``extract`` (one article's events), ``intake`` (a folder into the
review queue) and ``eval-extract`` (the extractor scored on labelled articles)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netralitas.cli.command import Subcommands


def add_extract(sub: Subcommands) -> None:
    s = sub.add_parser("extract", help="extract dated, coded events from an Indonesian news article")
    s.add_argument("file", help="article text file, or - for standard input")
    s.add_argument("--published", help="publication date YYYY-MM-DD (resolves 'kemarin', 'pekan lalu')")
    s.add_argument("--format", choices=["json", "csv"], default="json")
    s.set_defaults(func=_cmd_extract)


def _cmd_extract(args: argparse.Namespace) -> int:
    from datetime import date

    from netralitas import news

    if args.file == "-":
        text = sys.stdin.read()
        name = "stdin"
    else:
        path = Path(args.file)
        if not path.is_file():
            raise ValueError(f"{args.file}: berkas tidak ada / file not found")
        text = news.read_article(path)
        name = path.name
    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise ValueError(f"--published {args.published!r}: pakai / use YYYY-MM-DD") from None
    events = news.extract(text, published)
    sys.stdout.write(news.to_json(events) + "\n" if args.format == "json" else news.to_csv(events))
    if not events:
        print(f"{name}: tidak ada peristiwa ditemukan / no event found", file=sys.stderr)
    return 0


def add_intake(sub: Subcommands) -> None:
    s = sub.add_parser("intake", help="extract events and figures from a folder of saved articles into a review queue")
    s.add_argument("folder", help="folder of saved articles (.txt, .html)")
    s.add_argument("--out", help="queue file (default: the state dir's intake/queue.csv, read by Tambah dari berita)")
    s.add_argument("--replace", action="store_true", help="start a new queue instead of adding to the current one")
    s.set_defaults(func=_cmd_intake)


def _cmd_intake(args: argparse.Namespace) -> int:
    from collections import Counter

    from netralitas import data
    from netralitas.news import intake
    from netralitas.pipeline import warehouse
    from netralitas.settings import get_settings

    folder = Path(args.folder)
    if not folder.is_dir():
        raise ValueError(f"{args.folder}: bukan folder / not a folder")
    out = Path(args.out) if args.out else get_settings().intake_queue
    con = warehouse.connect()
    try:
        events, figures = data.curated_events(con), data.curated_figures(con)
    finally:
        con.close()
    result = intake.intake(folder, events, figures)
    queue = result.rows if args.replace else intake.merge_queue(intake.read_queue(out), result.rows)
    intake.write_queue(out, queue)
    kinds = Counter(r["kind"] for r in result.rows)
    actions = Counter(r["action"] for r in result.rows)
    doubts = Counter(d for r in result.rows for d in r["doubts"].split(";") if d)
    per_100 = result.seconds / max(result.articles, 1) * 100
    print(
        f"{result.articles} artikel / articles -> {kinds['event']} usulan peristiwa / proposed events, "
        f"{kinds['figure']} usulan angka / proposed figures"
    )
    print(
        f"baru / new {actions['new']}, sumber tambahan / extra source {actions['extra_source']}, "
        f"sudah tercatat / already recorded {actions['already_recorded']}"
    )
    if doubts:
        print("perlu dicek / to check: " + ", ".join(f"{k} {v}" for k, v in doubts.most_common()))
    for line in result.skipped:
        print(f"dilewati / skipped: {line}", file=sys.stderr)
    print(f"{result.seconds:.1f} s ({per_100:.1f} s per 100 artikel / articles) -> {out}")
    return 0


def add_eval_extract(sub: Subcommands) -> None:
    s = sub.add_parser("eval-extract", help="score the extractor against labelled articles (expected.json)")
    s.add_argument(
        "folders", nargs="*", help="folders with expected.json (default: shared examples and tests/fixtures/articles)"
    )
    s.add_argument("--target", type=float, default=0.9, help="share of events with date, type and region right")
    s.set_defaults(func=_cmd_eval_extract)


def _cmd_eval_extract(args: argparse.Namespace) -> int:
    from netralitas import news

    folders = _labelled_folders(args.folders)
    ev = news.evaluate(folders)
    print("himpunan berlabel / labelled sets: " + ", ".join(str(f) for f in folders))
    print(news.report(ev))
    figures = news.evaluate_figures(folders)
    if figures.labelled:
        print(news.figure_report(figures))
    per_100, articles = _seconds_per_100_articles(folders)
    print(f"waktu / time: {per_100:.1f} s per 100 artikel / articles ({articles} artikel / articles)")
    ok = ev.key_accuracy >= args.target and ev.invented_on_no_event == 0
    print(
        ("LULUS / PASS" if ok else "GAGAL / FAIL")
        + f": target {args.target * 100:.0f}% tanggal+jenis+wilayah, 0 peristiwa karangan / invented events"
    )
    return 0 if ok else 1


def _labelled_folders(given: list[str]) -> list[Path]:
    """The folders given, each with its ``expected.json``; none given: every labelled set there is
    (the shared examples, tests/fixtures/articles, tests/fixtures/figure_articles)."""
    from netralitas.settings import REPO_ROOT

    labelled = (
        REPO_ROOT.parent / "shared" / "examples" / "articles",
        REPO_ROOT / "tests" / "fixtures" / "articles",
        REPO_ROOT / "tests" / "fixtures" / "figure_articles",
    )
    folders = [Path(f) for f in given] or [p for p in labelled if (p / "expected.json").exists()]
    for folder in folders:
        if not (folder / "expected.json").exists():
            raise ValueError(f"{folder}: tidak ada expected.json / no expected.json")
    return folders


def _seconds_per_100_articles(folders: list[Path]) -> tuple[float, int]:
    """Time per 100 articles through the whole intake (events, figures, duplicate check), and how
    many articles were timed."""
    import time

    from netralitas.news import intake
    from netralitas.pipeline.regions import gazetteer

    started, articles = time.perf_counter(), 0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            intake.article_proposals(path.name, intake.read_page(path), gazetteer())
            articles += 1
    per_100 = (time.perf_counter() - started) / max(articles, 1) * 100
    return per_100, articles
