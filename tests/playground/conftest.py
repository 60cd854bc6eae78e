"""Fixtures for the playground: the playground (fake Slack + page + the real bot as a child process)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest

from bot.content.loader import load_content
from bot.core.settings import load_settings
from bot.playground.bot_process import BotConfig
from bot.playground.server import Playground
from bot.playground.timeline import build_clock_control


def make_playground(db_file: Path) -> Playground:
    """A playground whose bot uses a throw-away SQLite file and the bundled content."""
    url = f"sqlite+aiosqlite:///{db_file}"
    settings = load_settings(_env_file=None, DATABASE_URL=url)
    clock = build_clock_control(settings, load_content(settings.content_dir))
    env = (("LOG_LEVEL", "WARNING"), ("EO_CONTENT_DIR", str(settings.content_dir)))
    return Playground(BotConfig("", "", database_url=url, extra_env=env), clock)


@pytest.fixture
async def playground(tmp_path: Path) -> AsyncIterator[Playground]:
    pg = make_playground(tmp_path / "eo.db")
    await pg.start(0)
    try:
        yield pg
    finally:
        await pg.stop()


class ThreadedPlayground:
    """The playground on its own event loop in a thread, for synchronous (Selenium) tests."""

    def __init__(self, db_file: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="playground", daemon=True)
        self.db_file = db_file
        self.pg: Playground | None = None

    def run(self, coro, timeout: float = 30):  # type: ignore[no-untyped-def]
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self) -> Playground:
        self.thread.start()

        async def up() -> Playground:
            pg = make_playground(self.db_file)
            return await pg.start(0)

        self.pg = self.run(up())
        return self.pg

    def stop(self) -> None:
        if self.pg is not None:
            self.run(self.pg.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture(scope="module")
def threaded_playground(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedPlayground]:
    runner = ThreadedPlayground(tmp_path_factory.mktemp("playground") / "eo.db")
    runner.start()
    try:
        yield runner
    finally:
        runner.stop()
