"""bot/storage.py against real SQLite files (and PostgreSQL when EO_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import select, text

from bot.storage.database import (
    CLAIMED,
    DELIVERED,
    FAILED,
    MIGRATIONS,
    SCHEMA_VERSION,
    SKIPPED,
    LedgerKey,
    Storage,
    StorageEventIdStore,
    database_url,
    default_database_path,
    schema_version,
    table_names,
)

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 6, 20, 13, 0, tzinfo=UTC)
KEY = LedgerKey("C1", "cisa-directives-due", "7d")
TIMEOUT = dt.timedelta(minutes=10)


def test_database_url_defaults_and_postgres_forms() -> None:
    assert database_url(None) == f"sqlite+aiosqlite:///{default_database_path()}"
    assert default_database_path().name == "eo-bot.db"
    assert database_url("postgres://u:p@h/db") == "postgresql+asyncpg://u:p@h/db"
    assert database_url("postgresql://u@h:5/db") == "postgresql+asyncpg://u@h:5/db"
    assert database_url("sqlite:////tmp/x.db") == "sqlite+aiosqlite:////tmp/x.db"
    assert database_url("postgresql+asyncpg://h/db") == "postgresql+asyncpg://h/db"


async def test_migrate_is_idempotent_and_records_version(storage: Storage) -> None:
    assert await storage.migrate() == SCHEMA_VERSION
    assert await storage.migrate() == SCHEMA_VERSION
    async with storage.engine.begin() as conn:
        versions = [r[0] for r in await conn.execute(select(schema_version.c.version))]
    assert versions == sorted(MIGRATIONS)  # every migration ran once, in order


async def test_a_version_1_database_gains_the_conversation_record(tmp_path) -> None:
    from sqlalchemy import text as sql

    from bot.storage.database import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = await Storage.open(url)
    async with store.engine.begin() as conn:  # make it look like a database written by the version-1 bot
        await conn.execute(sql("DROP TABLE conversation_turns"))
        await conn.execute(sql("DELETE FROM schema_version WHERE version >= 2"))
    await store.close()
    assert {1, 2} <= set(MIGRATIONS)
    store = await Storage.open(url)
    try:
        async with store.engine.connect() as conn:
            assert "conversation_turns" in await table_names(conn)
        await store.add_turn("D1", "1.2", "when is the clearinghouse due?", ["clearinghouse"], T0)
        assert await store.recent_turns("D1", "1.2", T0) == [("when is the clearinghouse due?", ("clearinghouse",))]
    finally:
        await store.close()


async def test_conversation_turns_by_thread_latest_first_limited_and_pruned(storage: Storage) -> None:
    for i in range(6):
        await storage.add_turn("D1", "1.2", f"q{i}", ["mythos", "congress"] if i else [], T0 + dt.timedelta(minutes=i))
    await storage.add_turn("D1", "9.9", "other thread", [], T0)
    turns = await storage.recent_turns("D1", "1.2", T0, limit=4)
    assert [q for q, _ in turns] == ["q2", "q3", "q4", "q5"] and turns[-1][1] == ("mythos", "congress")
    assert await storage.recent_turns("D1", "1.2", T0 + dt.timedelta(minutes=5)) == [("q5", ("mythos", "congress"))]
    await storage.add_turn("D1", "7.7", "a week later", [], T0 + dt.timedelta(days=8))  # older turns are pruned
    assert await storage.recent_turns("D1", "1.2", T0 - dt.timedelta(days=30)) == []


async def test_sqlite_file_uses_wal_and_busy_timeout(tmp_path) -> None:
    store = await Storage.open(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        async with store.engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() == 15000
    finally:
        await store.close()


async def test_subscription_upsert_keeps_created_at_and_unpauses(storage: Storage) -> None:
    first = await storage.upsert_subscription("C1", None, None, "U1", T0)
    assert first.deadline_ids is None and first.covers("anything") and first.created_at == T0
    assert await storage.pause_subscription("C1", "Slack said is_archived", T0)
    assert not await storage.pause_subscription("C1", "again", T0)  # already paused
    assert (await storage.get_subscription("C1")).paused
    assert await storage.list_subscriptions() == []
    later = T0 + dt.timedelta(days=1)
    again = await storage.upsert_subscription("C1", ["a-due", "b-due"], "Europe/London", "U2", later)
    assert again.deadline_ids == ("a-due", "b-due") and again.timezone == "Europe/London"
    assert again.created_at == T0 and not again.paused and again.pause_reason is None
    assert again.covers("a-due") and not again.covers("c-due")
    assert [s.channel_id for s in await storage.list_subscriptions()] == ["C1"]
    assert await storage.delete_subscription("C1")
    assert not await storage.delete_subscription("C1")
    assert await storage.get_subscription("C1") is None


async def test_subscribing_again_at_an_earlier_clock_time_moves_the_start_back(storage: Storage) -> None:
    """The clock was moved back (the playground's rewind): the subscription starts from the earlier time."""
    await storage.upsert_subscription("C1", None, None, "U1", T0)
    earlier = T0 - dt.timedelta(days=18)
    again = await storage.upsert_subscription("C1", None, None, "U2", earlier)
    assert again.created_at == earlier and again.created_by == "U1"
    later = await storage.upsert_subscription("C1", ["a-due"], None, "U2", T0 + dt.timedelta(days=30))
    assert later.created_at == earlier, "a later subscribe never moves the start forward"


async def test_review_clocks_add_list_cancel(storage: Storage) -> None:
    a = await storage.add_review_clock("C1", "Model A", dt.date(2026, 7, 1), "U1", T0)
    b = await storage.add_review_clock("C2", "Model B", dt.date(2026, 7, 2), "U1", T0)
    assert a.id != b.id
    assert [c.model_name for c in await storage.list_review_clocks("C1")] == ["Model A"]
    assert not await storage.cancel_review_clock("C2", a.id)  # not that channel's clock
    assert await storage.cancel_review_clock("C1", a.id)
    assert not await storage.cancel_review_clock("C1", a.id)
    assert [c.id for c in await storage.list_review_clocks()] == [b.id]
    assert [c.cancelled for c in await storage.list_review_clocks(include_cancelled=True)] == [True, False]


async def test_claim_event_true_only_first_time_and_prunes(storage: Storage) -> None:
    assert await storage.claim_event("Ev1", T0)
    assert not await storage.claim_event("Ev1", T0)
    results = await asyncio.gather(*(storage.claim_event("Ev2", T0) for _ in range(5)))
    assert sorted(results) == [False] * 4 + [True]
    assert await storage.prune_events(T0 + dt.timedelta(seconds=1)) == 2
    assert await storage.claim_event("Ev1", T0 + dt.timedelta(days=2))  # forgotten after pruning


async def test_claim_event_prunes_automatically(storage: Storage) -> None:
    for i in range(3):
        await storage.claim_event(f"old{i}", T0, prune_every=1000)
    later = T0 + dt.timedelta(days=2)
    await storage.claim_event("new", later, retention=dt.timedelta(hours=24), prune_every=1)
    assert await storage.claim_event("old0", later)  # pruned, so it counts as new


async def test_event_store_adapter_matches_dedup_protocol(storage: Storage) -> None:
    class Clock:
        def now(self) -> dt.datetime:
            return T0

    store = StorageEventIdStore(storage, Clock())
    assert await store.claim("E9") and not await store.claim("E9")


async def test_claim_delivery_once_then_delivered(storage: Storage) -> None:
    row = await storage.claim_delivery(KEY, T0, "p1", T0, TIMEOUT)
    assert row is not None and row.state == CLAIMED and row.claimed_by == "p1"
    assert await storage.claim_delivery(KEY, T0, "p2", T0, TIMEOUT) is None  # fresh claim held by p1
    assert await storage.mark_delivered(KEY, "p1", "123.456", T0)
    (done,) = await storage.ledger("C1")
    assert (done.state, done.message_ts, done.delivered_at) == (DELIVERED, "123.456", T0)
    late = T0 + dt.timedelta(days=1)
    assert await storage.claim_delivery(KEY, T0, "p2", late, TIMEOUT) is None  # delivered is final
    assert KEY in await storage.settled_keys()


async def test_stale_claim_is_taken_over_fresh_is_not(storage: Storage) -> None:
    assert await storage.claim_delivery(KEY, T0, "crashed", T0, TIMEOUT)
    assert await storage.claim_delivery(KEY, T0, "p2", T0 + TIMEOUT - dt.timedelta(seconds=1), TIMEOUT) is None
    row = await storage.claim_delivery(KEY, T0, "p2", T0 + TIMEOUT + dt.timedelta(seconds=1), TIMEOUT)
    assert row is not None and row.claimed_by == "p2"
    assert not await storage.record_attempt(KEY, "crashed", "late", T0)  # the old owner lost it


async def test_record_attempt_refreshes_claim(storage: Storage) -> None:
    await storage.claim_delivery(KEY, T0, "p1", T0, TIMEOUT)
    t = T0 + dt.timedelta(minutes=9)
    assert await storage.record_attempt(KEY, "p1", "ServerError: 500", t)
    # 11 minutes after the first claim but only 2 after the heartbeat: still p1's
    assert await storage.claim_delivery(KEY, T0, "p2", T0 + dt.timedelta(minutes=11), TIMEOUT) is None
    (row,) = await storage.ledger()
    assert row.attempts == 1 and row.last_error == "ServerError: 500"


async def test_failed_rows_can_be_reclaimed_skipped_cannot(storage: Storage) -> None:
    await storage.claim_delivery(KEY, T0, "p1", T0, TIMEOUT)
    assert await storage.mark_failed(KEY, "p1", "gave up")
    assert (await storage.ledger())[0].state == FAILED
    assert KEY not in await storage.settled_keys()
    assert await storage.claim_delivery(KEY, T0, "p2", T0, TIMEOUT) is not None
    assert await storage.release_as_skipped(KEY, "p2", "is_archived")
    assert await storage.claim_delivery(KEY, T0, "p3", T0 + dt.timedelta(days=1), TIMEOUT) is None


async def test_mark_skipped_leaves_existing_rows(storage: Storage) -> None:
    other = LedgerKey("C2", "x", "0d")
    await storage.claim_delivery(KEY, T0, "p1", T0, TIMEOUT)
    assert await storage.mark_skipped([(KEY, T0), (other, T0)], "before the subscription") == 1
    states = {r.key: r.state for r in await storage.ledger()}
    assert states == {KEY: CLAIMED, other: SKIPPED}
    assert await storage.mark_skipped([], "nothing") == 0


async def test_two_engines_on_one_sqlite_file_claim_once(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = await Storage.open(url), await Storage.open(url)
    try:
        keys = [LedgerKey(f"C{i}", "d", "0d") for i in range(20)]
        results = await asyncio.gather(
            *(s.claim_delivery(k, T0, name, T0, TIMEOUT) for k in keys for s, name in ((a, "a"), (b, "b")))
        )
        winners = [r for r in results if r is not None]
        assert len(winners) == 20 and {w.key for w in winners} == set(keys)
    finally:
        await a.close()
        await b.close()


async def test_ping_on_a_locked_file_says_no_at_once_and_yes_once_the_lock_is_gone(tmp_path) -> None:
    """The health probe waits ``timeout``, not the 10 s busy timeout a cancelled SQLite query would still sit out."""
    import sqlite3

    path = tmp_path / "locked.db"
    store = await Storage.open(f"sqlite:///{path}", busy_timeout_ms=10_000)
    assert await store.ping()
    lock = sqlite3.connect(path, timeout=0, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        for _ in range(3):  # each answers within its own timeout; the probe still waiting is shared, not repeated
            assert await asyncio.wait_for(store.ping(timeout=0.2), 5.0) is False
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert await store.ping(timeout=10.0)
    await store.close()
