"""The assistant thread context store on the bot's database: two store instances, each on its own connection to one
database (as two bot processes would be), on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import AsyncIterator

import pytest
from announce_fakes import storage  # noqa: F401  (fixture)
from sqlalchemy import text

from bot.core.clock import ManualClock
from bot.slack.assistant_threads import StorageThreadContextStore, clean_context
from bot.storage.database import ASSISTANT_THREAD_RETENTION, Storage, StorageUnavailable

T0 = dt.datetime(2026, 6, 20, 14, 0, tzinfo=dt.timezone.utc)
DM, THREAD = "D0000ALCE", "1700000000.000100"


@pytest.fixture
async def second_storage(storage: Storage) -> AsyncIterator[Storage]:  # noqa: F811
    """Another engine on the same database: what a second bot process has."""
    other = await Storage.open(storage.engine.url.render_as_string(hide_password=False))
    try:
        yield other
    finally:
        await other.close()


async def test_a_context_saved_by_one_process_is_found_by_another(storage: Storage, second_storage: Storage) -> None:  # noqa: F811
    clock = ManualClock(T0)
    one = StorageThreadContextStore(lambda: storage, clock)
    two = StorageThreadContextStore(lambda: second_storage, clock)
    assert await two.find(channel_id=DM, thread_ts=THREAD) is None
    assert not await two.is_assistant_thread(DM, THREAD)

    await one.save(channel_id=DM, thread_ts=THREAD, context={"channel_id": "C0000GNRL", "team_id": "T0000FAKE"})
    found = await two.find(channel_id=DM, thread_ts=THREAD)
    assert found is not None and found.channel_id == "C0000GNRL" and found.team_id == "T0000FAKE"
    assert await two.is_assistant_thread(DM, THREAD)

    clock.advance(dt.timedelta(minutes=5))
    await two.save(channel_id=DM, thread_ts=THREAD, context={"channel_id": "C0000RAND", "team_id": "T0000FAKE"})
    moved = await one.find(channel_id=DM, thread_ts=THREAD)
    assert moved is not None and moved.channel_id == "C0000RAND", "the latest context wins, whichever process saved it"
    assert await one.find(channel_id=DM, thread_ts="1700000000.000999") is None, "threads are kept apart"


async def test_a_thread_opened_outside_any_channel_is_known_without_a_context(storage: Storage) -> None:  # noqa: F811
    store = StorageThreadContextStore(lambda: storage, ManualClock(T0))
    await store.save(channel_id=DM, thread_ts=THREAD, context={})
    assert await store.is_assistant_thread(DM, THREAD)
    assert await store.find(channel_id=DM, thread_ts=THREAD) is None  # Bolt's context needs a channel id


async def test_only_the_known_ids_of_a_context_are_kept(storage: Storage) -> None:  # noqa: F811
    store = StorageThreadContextStore(lambda: storage, ManualClock(T0))
    hostile = {"channel_id": "C0000GNRL", "team_id": "<!channel>", "enterprise_id": None, "extra": "x" * 5000}
    await store.save(channel_id=DM, thread_ts=THREAD, context=hostile)  # type: ignore[arg-type]
    found = await store.find(channel_id=DM, thread_ts=THREAD)
    assert found is not None and dict(found) == {"channel_id": "C0000GNRL"}
    assert clean_context(["not", "a", "dict"]) == {} and clean_context({"channel_id": "c" * 40}) == {}


async def test_idle_threads_are_pruned_after_the_retention(storage: Storage) -> None:  # noqa: F811
    clock = ManualClock(T0)
    store = StorageThreadContextStore(lambda: storage, clock)
    await store.save(channel_id=DM, thread_ts=THREAD, context={"channel_id": "C0000GNRL"})
    clock.advance(ASSISTANT_THREAD_RETENTION + dt.timedelta(minutes=1))
    await store.save(channel_id=DM, thread_ts="1800000000.000001", context={})
    assert not await store.is_assistant_thread(DM, THREAD)


async def test_an_unreadable_database_means_unknown_not_an_error(storage: Storage) -> None:  # noqa: F811
    store = StorageThreadContextStore(lambda: storage, ManualClock(T0))
    await store.save(channel_id=DM, thread_ts=THREAD, context={"channel_id": "C0000GNRL"})
    async with storage.engine.begin() as conn:  # the table is gone: every query fails
        await conn.execute(text("DROP TABLE assistant_threads"))
    assert await store.find(channel_id=DM, thread_ts=THREAD) is None
    assert not await store.is_assistant_thread(DM, THREAD)
    with pytest.raises(StorageUnavailable):  # a failed save is the caller's to log (handlers.assistant does)
        await store.save(channel_id=DM, thread_ts=THREAD, context={})


async def test_without_a_database_the_store_is_this_process_only() -> None:
    one = StorageThreadContextStore(lambda: None, ManualClock(T0))
    two = StorageThreadContextStore(lambda: None, ManualClock(T0))
    await one.save(channel_id=DM, thread_ts=THREAD, context={"channel_id": "C0000GNRL"})
    assert (await one.find(channel_id=DM, thread_ts=THREAD)) == {"channel_id": "C0000GNRL"}
    assert not await two.is_assistant_thread(DM, THREAD)
