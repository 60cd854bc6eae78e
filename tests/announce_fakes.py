"""Fakes for the announcement tests: a Poster that records and fails on demand, a sleep that moves a
ManualClock, and a storage fixture factory over SQLite (and PostgreSQL when EO_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import uuid
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.announce.poster import PostError, PostResult
from bot.core.clock import ManualClock
from bot.storage.database import Storage, database_url, metadata

UTC = dt.timezone.utc


@dataclass
class Posted:
    channel: str
    text: str
    blocks: list[dict[str, Any]]
    at: dt.datetime


@dataclass
class FakePoster:
    """Records posts (with the injected clock's time); ``fail(channel, error, times)`` queues failures."""

    clock: ManualClock
    posts: list[Posted] = field(default_factory=list)
    attempts: list[tuple[str, dt.datetime]] = field(default_factory=list)
    failures: dict[Optional[str], list[PostError]] = field(default_factory=dict)
    latency: float = 0.0

    def fail(self, error: PostError, times: int = 1, channel: Optional[str] = None) -> None:
        self.failures.setdefault(channel, []).extend([error] * times)

    async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
        self.attempts.append((channel, self.clock.now()))
        if self.latency:
            await asyncio.sleep(self.latency)
        for key in (channel, None):
            queue = self.failures.get(key)
            if queue:
                raise queue.pop(0)
        self.posts.append(Posted(channel, text, blocks, self.clock.now()))
        return PostResult(f"{len(self.posts)}.000100")

    def to(self, channel: str) -> list[Posted]:
        return [p for p in self.posts if p.channel == channel]


class FakeSleep:
    """An injected sleep: records each wait and advances the clock instead of waiting."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(dt.timedelta(seconds=seconds))
        await asyncio.sleep(0)


def backends() -> list[str]:
    return ["sqlite", "postgres"]


async def open_storage(backend: str, tmp_path: Any) -> Storage:
    """A fresh database: a SQLite file in tmp_path, or a fresh schema in the test PostgreSQL server."""
    if backend == "sqlite":
        return await Storage.open(f"sqlite+aiosqlite:///{tmp_path / 'eo.db'}")
    url = os.environ.get("EO_TEST_POSTGRES_URL")
    if not url:
        import pytest

        pytest.skip("EO_TEST_POSTGRES_URL not set")
    storage = await Storage.open(await worker_database(url))
    async with storage.engine.begin() as conn:  # start from empty tables
        await conn.run_sync(metadata.drop_all)  # schema_version included
    await storage.migrate()
    return storage


async def worker_database(url: str) -> str:
    """The test server's database for this pytest-xdist worker (``eo_test_gw1``…), created on first use, so
    workers running side by side never drop each other's tables. Without xdist: the database in the URL."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(database_url(url))
    name = f"{base.database}_{worker}"
    admin = create_async_engine(base, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            exists = await conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if not exists:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def unique_owner() -> str:
    return f"test-{uuid.uuid4().hex[:6]}"


import pytest  # noqa: E402


@pytest.fixture(params=backends())
async def storage(request: Any, tmp_path: Any):
    """Storage on SQLite, and on PostgreSQL when EO_TEST_POSTGRES_URL is set (skipped otherwise)."""
    store = await open_storage(request.param, tmp_path)
    try:
        yield store
    finally:
        await store.close()
