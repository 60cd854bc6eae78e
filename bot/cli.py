"""Command line: ``eo-bot`` / ``python -m bot``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.content.models import Content
    from bot.engine.answer import Answer
    from bot.engine.citations import Citer
    from bot.feedback.report import FeedbackReport


class UsageError(Exception):
    """Bad input on the command line, reported in plain words (exit code 1)."""


def _iso_datetime(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not an ISO date/time, e.g. 2026-06-20T09:00") from None


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of 1 or more")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eo-bot", description=__doc__)
    parser.add_argument("--content", metavar="DIR", help="content directory (default: the bundled content/)")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot (Slack, or the local playground without tokens)")
    run.add_argument("--http", action="store_true", help="force HTTP mode even if SLACK_APP_TOKEN is set")

    ask = sub.add_parser("ask", help="answer one question (or, with --json and no question, one per stdin line)")
    ask.add_argument("question", nargs="?", help="the question, quoted")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    ask.add_argument("--sources", action="store_true", help="after the answer, the reports' words each line rests on")
    ask.add_argument("--now", type=_iso_datetime, help="pretend the time is this ISO date/time")
    ask.add_argument(
        "--context",
        action="append",
        default=[],
        metavar="QUESTION",
        help="an earlier question of the conversation (repeat, oldest first): the question is a follow-up",
    )

    deadlines = sub.add_parser("deadlines", help="every deadline with its date, who is responsible and its status")
    deadlines.add_argument("--json", action="store_true", help="print JSON")
    deadlines.add_argument("--today", type=_iso_date, help="compute status as of this date (YYYY-MM-DD)")

    provision = sub.add_parser("provision", help="show one entry in full")
    provision.add_argument("id", help="entry id, e.g. clearinghouse")
    section = sub.add_parser("section", help="show the entries of one section of the order")
    section.add_argument("number", help="section number, e.g. 2")

    content = sub.add_parser("content", help="content tools")
    content.add_argument(
        "action",
        choices=["check", "evidence", "reload"],
        help="check: validate the content files; evidence: check every statement against the reports' words; "
        "reload: make every running bot process load its content again",
    )
    content.add_argument("--seeds", metavar="DIR", help="evidence: the reports (default: ../shared/seeds beside the project)")
    content.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="reload: how long to wait for the bot processes"
    )

    fb = sub.add_parser(
        "feedback", help="for curators: answers marked not helpful, frequent decline reasons, entries marked not helpful"
    )
    fb.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD", help="only what was recorded from this day on")
    fb.add_argument("--json", action="store_true", help="print JSON")
    fb.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N rows per list (default 20)")

    ev = sub.add_parser("eval", help="score a question file (dev_questions.yaml format)")
    ev.add_argument("file", help="path to the YAML question file")
    ev.add_argument("--now", type=_iso_datetime, help="pretend the time is this ISO date/time")
    return parser


_CONTENT_DIR: list[str | None] = [None]


def _content() -> Content:
    from bot.content.loader import load_content

    return load_content(_CONTENT_DIR[0])


def _now(value: dt.datetime | None) -> dt.datetime:
    from bot.core.clock import SystemClock

    return value or SystemClock().now()


def _answer_json(answer: Answer) -> str:
    data = {
        "answered": answer.answered,
        "text": answer.text,
        "provisions": answer.provisions,
        "sources": answer.sources,
        "score": answer.score,
        "rule": answer.rule,
        "citations": [c.model_dump() for c in answer.citations],
    }
    return json.dumps(data, ensure_ascii=False)


def _answer_text(answer: Answer, citer: Citer | None = None) -> str:
    lines = [answer.text]
    if answer.provisions:
        lines.append(f"Based on: {', '.join(answer.provisions)}")
    if answer.sources:
        lines.append(f"Sources: {'; '.join(answer.sources)}")
    if citer is not None and answer.citations:
        from bot.engine.citations import sources_text

        lines += ["", sources_text(citer, [(c.line, c.statements) for c in answer.citations])]
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.engine.answer import Answerer
    from bot.engine.evaluate import conversation

    answerer = Answerer(_content())
    turns = conversation(answerer, args.context, _now(args.now)) if args.context else []
    if args.question is None:
        if not args.json:
            raise UsageError('ask needs a question, e.g. eo-bot ask "when is the benchmark due?" (or --json to read stdin)')
        for line in sys.stdin:
            if line.strip():
                print(_answer_json(answerer.answer(line.rstrip("\n"), _now(args.now))), flush=True)
        return 0
    answer = answerer.answer(args.question, _now(args.now), turns)
    print(_answer_json(answer) if args.json else _answer_text(answer, answerer.citer if args.sources else None))
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from bot.content.deadlines import deadline_statuses, long_date

    content = _content()
    today = args.today or _now(None).date()
    statuses = deadline_statuses(content, today)
    if args.json:
        rows = [
            {
                "id": s.deadline.id,
                "title": s.deadline.title,
                "due": s.due.isoformat(),
                "days_after_signing": s.deadline.days_after_signing,
                "who": s.deadline.who,
                "days_left": s.days_left,
                "state": s.state,
                "label": s.label,
            }
            for s in statuses
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"Signed {long_date(content.order.signing_date)} ({content.order.signing_date_basis}); today {long_date(today)}")
    for s in statuses:
        print(f"- {long_date(s.due)} (day {s.deadline.days_after_signing}) [{s.label}] {s.deadline.title}")
        print(f"    who: {', '.join(s.deadline.who)}")
    return 0


def cmd_provision(args: argparse.Namespace) -> int:
    from bot.content.entry_view import render_entry, render_order

    content = _content()
    if args.id == "order":
        print(render_order(content))
        return 0
    entry = content.entries.get(args.id)
    if entry is None:
        valid = ", ".join(["order", *sorted(content.entries)])
        raise UsageError(f"No entry '{args.id}'. Valid ids: {valid}")
    print(render_entry(content, entry, _now(None).date()))
    return 0


def cmd_section(args: argparse.Namespace) -> int:
    from bot.content.entry_view import render_entry

    content = _content()
    sections = content.sections()
    valid = ", ".join(str(n) for n in sorted(sections)) or "none"
    number = args.number.strip().lstrip("§").strip()
    if not number.isdigit() or int(number) not in sections:
        raise UsageError(f"The reports don't describe Section {args.number}. Sections they name: {valid}")
    today = _now(None).date()
    print("\n\n".join(render_entry(content, e, today) for e in sections[int(number)]))
    return 0


def _content_evidence(content: Content, seeds: str | None) -> int:
    from bot.content.evidence import Reports, check
    from bot.core.settings import DEFAULT_SEEDS_DIR

    directory = Path(seeds) if seeds else DEFAULT_SEEDS_DIR
    if not directory.is_dir() or not any(directory.glob("*.txt")):
        print(f"No reports found in {directory} (give --seeds DIR)", file=sys.stderr)
        return 1
    problems = check(content, Reports.from_directory(directory)).problems()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} evidence problem(s)" if problems else "OK: every statement rests on its report's words")
    return 1 if problems else 0


def _seeds_dir() -> Path | None:
    """EO_BOT_SEEDS_DIR when set (where updates' evidence is checked), else the default beside the content."""
    from bot.core.settings import SettingsError, load_settings

    try:
        return load_settings().seeds_dir
    except SettingsError:
        return None


def cmd_content(args: argparse.Namespace) -> int:
    if args.action == "reload":
        from bot.reload_command import reload_running_bots

        return reload_running_bots(args.timeout)
    from bot.content.bundle import load_bundle, problem_text
    from bot.content.loader import ContentError

    try:
        bundle = load_bundle(_CONTENT_DIR[0], _seeds_dir())
    except ContentError as exc:
        print(problem_text(exc), file=sys.stderr)
        return 1
    content, updates = bundle.content, len(bundle.updates)
    if args.action == "evidence":
        return _content_evidence(content, args.seeds)
    kinds: dict[str, int] = {}
    for entry in content.entries.values():
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(
        f"OK: {len(content.reports)} reports, {len(content.entries)} entries ({by_kind}), "
        f"{len(content.deadlines)} deadlines, {len(content.aliases)} aliases, {updates} update{'' if updates == 1 else 's'}"
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.engine.answer import Answerer
    from bot.engine.evaluate import EvalFileError, evaluate, load_items

    try:
        items = load_items(args.file)
    except EvalFileError as exc:
        raise UsageError(str(exc)) from None
    report = evaluate(Answerer(_content()), items, _now(args.now))
    for outcome in report.failures:
        print(f"FAIL {outcome.item.id}: {outcome.item.q}")
        print(f"  problems: {'; '.join(outcome.problems)}")
        print("  answer: " + outcome.answer.text.replace("\n", "\n          "))
    print(report.summary_line())
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    import asyncio

    from bot.core.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    missing = _missing_sqlite_file(settings.database_url)
    if missing is not None:
        raise UsageError(f"No database at {missing}: set DATABASE_URL to the database the bot uses")
    content = _content()
    titles = {entry_id: entry.title for entry_id, entry in content.entries.items()}
    report = asyncio.run(_feedback_report(settings.database_url, args.since, settings.tz, titles, args.limit))
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else report.as_text())
    return 0


def _missing_sqlite_file(url: str | None) -> str | None:
    """The path of a SQLite database file that does not exist (a report must not create an empty one)."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from bot.storage.database import database_url

    parsed = make_url(database_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return None if Path(parsed.database).exists() else parsed.database


async def _feedback_report(
    url: str | None, since: dt.date | None, tz: dt.tzinfo, titles: dict[str, str], limit: int
) -> FeedbackReport:
    from sqlalchemy.engine import make_url

    from bot.feedback.report import build_report
    from bot.storage.database import Storage, StorageUnavailable, database_url
    from bot.storage.feedback import FeedbackRecords

    def problem(exc: Exception) -> UsageError:
        detail = (str(exc).splitlines() or [""])[0][:200]
        try:
            password = make_url(database_url(url)).password
        except Exception:
            password = None
        return UsageError(
            f"Could not read the database: {type(exc).__name__}: {detail.replace(password, '***') if password else detail}"
        )

    try:
        storage = await Storage.open(url)
    except Exception as exc:  # unreachable, refused, a malformed URL: one line for the operator
        raise problem(exc) from None
    try:
        return await build_report(FeedbackRecords(storage), since=since, tz=tz, titles=titles, limit=limit)
    except StorageUnavailable as exc:
        raise problem(exc) from None
    finally:
        await storage.close()


COMMANDS = {
    "ask": cmd_ask,
    "deadlines": cmd_deadlines,
    "provision": cmd_provision,
    "section": cmd_section,
    "content": cmd_content,
    "eval": cmd_eval,
    "feedback": cmd_feedback,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        from bot.runner import run_command

        return run_command(args)
    from bot.content.loader import ContentError

    _CONTENT_DIR[0] = args.content
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 1
    except ContentError as exc:
        print(f"Content error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "eo-bot ask … | head -1": the reader left; say nothing more (Python docs' recipe)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
