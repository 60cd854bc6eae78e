"""``eo-bot content reload``: ask every running bot process (through the database) to reload its content, and say
what each answered.

The request is a row in the database the bots share (``DATABASE_URL``), so it reaches processes on other machines
too. The command waits for every process that was running when it asked (they check in every few seconds), up to
``--timeout``. Exit code 0 when every process reloaded, 1 when one refused (its content error is printed, exactly as
``eo-bot content check`` prints it), 2 when no process answered.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.core.clock import SystemClock
from bot.core.settings import Settings, SettingsError, load_settings
from bot.storage.content_records import LIVE_WITHIN, ContentRecords, ReloadResult, this_process, wait_for_answers
from bot.storage.database import Storage


def reload_running_bots(timeout: float, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"eo-bot: {exc}", file=err)
        return 2
    return asyncio.run(request_reload(settings, timeout, out, err))


def _where(settings: Settings) -> str:
    return "DATABASE_URL" if settings.database_url else "the default SQLite file ./eo-bot.db"


async def request_reload(settings: Settings, timeout: float, out: TextIO, err: TextIO) -> int:
    try:
        storage = await Storage.open(settings.database_url)
    except Exception as exc:
        print(f"eo-bot: could not open the database at {_where(settings)} ({type(exc).__name__})", file=err)
        return 2
    try:
        records = ContentRecords(storage)
        clock = SystemClock()
        asked = clock.now()
        request = await records.request_reload(f"eo-bot content reload on {this_process()}", asked)
        running = [p.owner for p in await records.live_processes(asked - LIVE_WITHIN) if p.started_at <= asked]
        if not running:
            print(
                f"No bot process is running on {_where(settings)}, so nothing was reloaded "
                "(a bot loads the content when it starts; check it with `eo-bot content check`).",
                file=err,
            )
            return 2
        print(f"Asked {len(running)} bot process{'es' if len(running) > 1 else ''} to reload the content...", file=out)
        answers = await wait_for_answers(records, request, set(running), timeout, clock.now)
    finally:
        await storage.close()
    return report(answers, running, timeout, out, err)


def report(answers: list[ReloadResult], running: list[str], timeout: float, out: TextIO, err: TextIO) -> int:
    by_owner = {a.owner: a for a in answers}
    for owner in dict.fromkeys([*running, *by_owner]):
        answer = by_owner.get(owner)
        if answer is None:
            print(f"{owner}: no answer within {timeout:g} s (busy, or stopped meanwhile)", file=err)
        elif answer.ok:
            print(f"{owner}: {answer.message}", file=out)
        else:
            print(f"{owner}: refused the new content and keeps serving its previous content:\n{answer.message}", file=err)
    if not answers:
        return 2
    return 0 if all(a.ok for a in answers) and len(by_owner) >= len(running) else 1
