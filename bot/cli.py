"""Command line: ``eo-bot`` / ``python -m bot``."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eo-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot (Slack, or the local playground without tokens)")
    run.add_argument("--http", action="store_true", help="force HTTP mode even if SLACK_APP_TOKEN is set")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        from bot.runner import run_command

        return run_command(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
