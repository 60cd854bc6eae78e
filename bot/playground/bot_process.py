"""The real bot as a child process (``python -m bot run --http``) pointed at the playground's fake Slack.

The bot is unchanged: it gets Slack-shaped settings through its environment (tokens of the fake workspace,
a fresh signing secret, ``SLACK_API_URL`` of the fake) and ``EO_CLOCK_START`` when the clock was jumped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Optional

import aiohttp

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
# Variables the child must not inherit from the playground's own environment.
CLEARED = ("SLACK_APP_TOKEN", "EO_CLOCK_START", "PORT", "HOST", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL")


class BotStartError(Exception):
    """The bot process exited or never became healthy."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class BotConfig:
    """What the child needs from the playground; ``extra_env`` wins over everything (tests, content dir)."""

    bot_token: str
    api_url: str
    database_url: Optional[str] = None
    extra_env: tuple[tuple[str, str], ...] = ()
    python: str = sys.executable
    startup_timeout: float = 20.0


class BotProcess:
    """Starts, stops and restarts the bot; knows the bot's clock (``clock_start`` + time since start)."""

    def __init__(self, config: BotConfig, on_change: Callable[[], None] = lambda: None) -> None:
        self.config = config
        self.signing_secret = secrets.token_hex(16)
        self.port = 0
        self.clock_start: Optional[dt.datetime] = None
        self.exit_code: Optional[int] = None
        self._started_mono = 0.0
        self._proc: Optional[asyncio.subprocess.Process] = None
        self._watcher: Optional[asyncio.Task[None]] = None
        self._on_change = on_change
        self._lock = asyncio.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    @property
    def pid(self) -> Optional[int]:
        return self._proc.pid if self._proc is not None else None

    def now(self) -> dt.datetime:
        """The bot's clock as the bot computes it (OffsetClock from EO_CLOCK_START, else the system clock)."""
        if self.clock_start is None:
            return dt.datetime.now(UTC)
        return self.clock_start.astimezone(UTC) + dt.timedelta(seconds=time.monotonic() - self._started_mono)

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in CLEARED}
        env.update(
            SLACK_BOT_TOKEN=self.config.bot_token,
            SLACK_SIGNING_SECRET=self.signing_secret,
            SLACK_API_URL=self.config.api_url,
            PORT=str(self.port),
            HOST="127.0.0.1",
            PYTHONUNBUFFERED="1",
        )
        if self.config.database_url:
            env["DATABASE_URL"] = self.config.database_url
        if self.clock_start is not None:
            env["EO_CLOCK_START"] = self.clock_start.isoformat()
        env.update(dict(self.config.extra_env))
        return env

    async def start(self, clock_start: Optional[dt.datetime] = None) -> None:
        async with self._lock:
            await self._start(clock_start)

    async def restart(
        self, clock_start: Optional[dt.datetime] = None, while_stopped: Optional[Callable[[], Awaitable[Any]]] = None
    ) -> None:
        """Stop, run ``while_stopped`` (if given) with no bot touching the database, start again."""
        async with self._lock:
            await self._stop()
            if while_stopped is not None:
                await while_stopped()
            await self._start(clock_start)

    async def stop(self) -> None:
        async with self._lock:
            await self._stop()

    async def _start(self, clock_start: Optional[dt.datetime]) -> None:
        self.clock_start, self.exit_code, self.port = clock_start, None, free_port()
        self._proc = await asyncio.create_subprocess_exec(
            self.config.python, "-m", "bot", "run", "--http", env=self.environment(), stdin=asyncio.subprocess.DEVNULL
        )
        self._started_mono = time.monotonic()
        self._watcher = asyncio.create_task(self._watch(self._proc))
        log.info(
            "bot process started",
            extra={
                "fields": {
                    "pid": self._proc.pid,
                    "port": self.port,
                    "clock_start": clock_start.isoformat() if clock_start else "real time",
                }
            },
        )
        await self._wait_healthy()
        self._on_change()

    async def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.config.startup_timeout
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1)) as session:
            while time.monotonic() < deadline:
                if not self.running:
                    raise BotStartError(f"the bot exited during start-up (exit code {self.exit_code}); see its log above")
                try:
                    async with session.get(f"http://127.0.0.1:{self.port}/healthz") as resp:
                        if resp.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)  # start-up readiness probe, not a timing assumption
        raise BotStartError(f"the bot did not become healthy within {self.config.startup_timeout:.0f} s")

    async def _watch(self, proc: asyncio.subprocess.Process) -> None:
        code = await proc.wait()
        if proc is self._proc:
            self.exit_code = code
            self._on_change()

    async def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except asyncio.TimeoutError:
                proc.kill()
                await proc.wait()
        if self._watcher is not None:
            self._watcher.cancel()
        self.exit_code = proc.returncode
        log.info("bot process stopped", extra={"fields": {"pid": proc.pid, "exit_code": proc.returncode}})
