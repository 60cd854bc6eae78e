"""Fixtures of the end-to-end tests that run the bot as real processes on a shared database."""

from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import pytest
from announce_fakes import open_storage
from botproc import BotProcesses

from bot.playground.fakeslack import FakeSlack
from bot.storage.database import Storage


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[str, Storage]]:
    """(DATABASE_URL for the bot, the test's own Storage on it): fresh tables every time."""
    storage = await open_storage(request.param, tmp_path)  # skips postgres without EO_TEST_POSTGRES_URL
    url = storage.engine.url.render_as_string(hide_password=False)
    try:
        yield url, storage
    finally:
        await storage.close()


@pytest.fixture
async def bots(fake_slack: FakeSlack, database: tuple[str, Storage], tmp_path: Path) -> AsyncIterator[BotProcesses]:
    """Bot processes on that database, killed at the end."""
    procs = BotProcesses(fake_slack, database[0], tmp_path)
    try:
        yield procs
    finally:
        await procs.stop_all()
