"""The bot as a real process (``python -m bot run --http``) against a FakeSlack, for end-to-end tests.

:class:`BotProcesses` starts processes on 127.0.0.1 port 0 (the port is read from the "eo-bot ready" log line),
keeps reading their logs (so a full pipe never blocks them), and kills whatever is still running at the end.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Optional, TypeVar

from bot.playground.fakeslack import FakeSlack, Message
from bot.storage.database import LedgerRow, Storage

SECRET = "0123456789abcdef0123456789abcdef"
READY = re.compile(r'msg="eo-bot ready" mode=http port=(\d+)')
MARKER = "eo-announcement"
T = TypeVar("T")


@dataclass
class BotProc:
    proc: asyncio.subprocess.Process
    port: int = 0
    lines: list[str] = field(default_factory=list)
    reader: Optional[asyncio.Task[None]] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    @property
    def log(self) -> str:
        return "".join(self.lines)

    async def kill(self) -> None:
        """SIGKILL: no shutdown code runs (a crash)."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


async def _read_until_ready(bot: BotProc, timeout: float) -> None:
    stream = bot.proc.stderr
    assert stream is not None

    async def ready() -> None:
        while True:
            line = (await stream.readline()).decode(errors="replace")
            if not line:
                raise AssertionError(f"the bot exited before it was ready:\n{bot.log}")
            bot.lines.append(line)
            match = READY.search(line)
            if match:
                bot.port = int(match.group(1))
                return

    await asyncio.wait_for(ready(), timeout)

    async def drain() -> None:
        while line := await stream.readline():
            bot.lines.append(line.decode(errors="replace"))

    bot.reader = asyncio.create_task(drain())


class BotProcesses:
    def __init__(self, fake: FakeSlack, database_url: str, workdir: Path) -> None:
        self.fake = fake
        self.database_url = database_url
        self.workdir = workdir
        self.procs: list[BotProc] = []

    def environment(self, clock_start: Optional[dt.datetime], extra: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_", "DATABASE_URL", "PORT", "HOST"))}
        env.update(
            SLACK_BOT_TOKEN=self.fake.team.bot_token,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=self.fake.api_url,
            PORT="0",
            HOST="127.0.0.1",
            DATABASE_URL=self.database_url,
            LOG_LEVEL="INFO",
            PYTHONUNBUFFERED="1",
        )
        if clock_start is not None:
            env["EO_CLOCK_START"] = clock_start.isoformat()
        env.update(extra)
        return env

    async def start(self, clock_start: Optional[dt.datetime] = None, timeout: float = 30, **extra: str) -> BotProc:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--http",
            cwd=self.workdir,
            env=self.environment(clock_start, extra),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        bot = BotProc(proc)
        self.procs.append(bot)
        await _read_until_ready(bot, timeout)
        return bot

    async def stop_all(self) -> None:
        for bot in self.procs:
            await bot.kill()


def announcements(fake: FakeSlack, channel: str) -> list[Message]:
    """The bot's announcement messages in ``channel`` (their first block carries the delivery marker)."""
    return [
        m for m in fake.messages(channel) if m.bot_id and m.blocks and str(m.blocks[0].get("block_id", "")).startswith(MARKER)
    ]


async def eventually(check: Callable[[], Awaitable[T]], timeout: float = 10.0, describe: str = "") -> T:
    """Await ``check()`` until it returns something truthy (re-checked every 50 ms; ``timeout`` is a safety net)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = await check()
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout}s: {describe}")
        await asyncio.sleep(0.05)


async def ledger_states(storage: Storage) -> dict[tuple[str, str, str], str]:
    rows: list[LedgerRow] = await storage.ledger()
    return {(r.key.channel_id, r.key.item_id, r.key.lead): r.state for r in rows}


async def wait_delivered(storage: Storage, count: int, timeout: float = 10.0) -> dict[tuple[str, str, str], str]:
    async def done() -> Any:
        states = await ledger_states(storage)
        return states if sum(1 for s in states.values() if s == "delivered") >= count else None

    return await eventually(done, timeout, f"{count} announcements delivered in the ledger")
