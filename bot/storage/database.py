"""Persistent state through SQLAlchemy 2 async: subscriptions, review clocks, processed event ids, delivery ledger.

A SQLite file by default (WAL mode and a busy timeout, so several bot processes can share it), PostgreSQL
when ``DATABASE_URL`` names one. The schema is created or migrated at start-up (:meth:`Storage.open`): a
``schema_version`` table records which numbered migrations ran; each migration is idempotent.

The ledger (``deliveries``) is what makes announcements exactly-once: a row per (channel, item, lead) is
*claimed* by one process before posting (an INSERT that only one process can win, or an UPDATE taking over a
claim nobody refreshed within the claim timeout) and marked *delivered* with Slack's message ts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, AsyncIterator, Iterable, Optional, Sequence

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    and_,
    case,
    delete,
    event,
    literal,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
ALL_DEADLINES = "*"
SCHEMA_VERSION = 6
EVENT_RETENTION = dt.timedelta(hours=24)

# Ledger states.
CLAIMED, DELIVERED, SKIPPED, FAILED = "claimed", "delivered", "skipped", "failed"
RELEASED_AT = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # a claim this old has expired for every process


def default_database_path() -> Path:
    """Where the SQLite file lives when ``DATABASE_URL`` is unset: ``./eo-bot.db``."""
    return Path.cwd() / "eo-bot.db"


def database_url(url: Optional[str] = None) -> str:
    """The SQLAlchemy async URL for ``DATABASE_URL`` (``postgres://`` and ``postgresql://`` use asyncpg)."""
    if not url:
        return f"sqlite+aiosqlite:///{default_database_path()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    if url.startswith("sqlite://") and not url.startswith("sqlite+"):
        return "sqlite+aiosqlite://" + url[len("sqlite://") :]
    return url


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC (same on SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[dt.datetime], dialect: Any) -> Optional[dt.datetime]:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to storage")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Optional[dt.datetime], dialect: Any) -> Optional[dt.datetime]:
        return value.replace(tzinfo=UTC) if value is not None else None


metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", UTCDateTime, nullable=False),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("deadline_ids", Text, nullable=False),  # "*" = all deadlines, else comma-separated ids
    Column("timezone", String(64)),  # NULL = the bot's EO_TIMEZONE
    Column("paused", Boolean, nullable=False, default=False),
    Column("pause_reason", Text),
    Column("created_by", String(32), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

review_clocks = Table(
    "review_clocks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel_id", String(32), nullable=False, index=True),
    Column("model_name", String(200), nullable=False),
    Column("start_date", Date, nullable=False),
    Column("created_by", String(32), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("cancelled", Boolean, nullable=False, default=False),
)

processed_events = Table(
    "processed_events",
    metadata,
    Column("event_id", String(128), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False, index=True),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("item_id", String(64), primary_key=True),  # a deadline id, or "review:<id>"
    Column("lead", String(16), primary_key=True),  # "7d", "1d", "0d", "12h", "start", ...
    Column("fire_at", UTCDateTime, nullable=False),
    Column("state", String(16), nullable=False),
    Column("claimed_by", String(128)),
    Column("claimed_at", UTCDateTime),
    Column("delivered_at", UTCDateTime),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("message_ts", String(32)),
)


@dataclass(frozen=True)
class Subscription:
    channel_id: str
    deadline_ids: Optional[tuple[str, ...]]  # None = all deadlines
    timezone: Optional[str]  # None = the bot's default timezone
    paused: bool
    pause_reason: Optional[str]
    created_by: str
    created_at: dt.datetime

    def covers(self, deadline_id: str) -> bool:
        return self.deadline_ids is None or deadline_id in self.deadline_ids


@dataclass(frozen=True)
class ReviewClock:
    id: int
    channel_id: str
    model_name: str
    start_date: dt.date
    created_by: str
    created_at: dt.datetime
    cancelled: bool


@dataclass(frozen=True)
class LedgerKey:
    channel_id: str
    item_id: str
    lead: str


@dataclass(frozen=True)
class LedgerRow:
    key: LedgerKey
    fire_at: dt.datetime
    state: str
    claimed_by: Optional[str]
    claimed_at: Optional[dt.datetime]
    delivered_at: Optional[dt.datetime]
    attempts: int
    last_error: Optional[str]
    message_ts: Optional[str]
    taken_over: bool = False  # set by claim_delivery: the claim was taken over from another (crashed) owner


def _key_clause(key: LedgerKey) -> Any:
    return and_(deliveries.c.channel_id == key.channel_id, deliveries.c.item_id == key.item_id, deliveries.c.lead == key.lead)


def _subscription(row: Any) -> Subscription:
    ids = None if row.deadline_ids == ALL_DEADLINES else tuple(i for i in row.deadline_ids.split(",") if i)
    return Subscription(row.channel_id, ids, row.timezone, bool(row.paused), row.pause_reason, row.created_by, row.created_at)


def _review(row: Any) -> ReviewClock:
    return ReviewClock(
        row.id, row.channel_id, row.model_name, row.start_date, row.created_by, row.created_at, bool(row.cancelled)
    )


def _ledger(row: Any) -> LedgerRow:
    return LedgerRow(
        LedgerKey(row.channel_id, row.item_id, row.lead),
        row.fire_at,
        row.state,
        row.claimed_by,
        row.claimed_at,
        row.delivered_at,
        row.attempts,
        row.last_error,
        row.message_ts,
    )


def _sqlite_pragmas(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    """WAL + busy timeout for sharing the file; explicit BEGIN IMMEDIATE so transactions take the write lock
    up front (pysqlite's implicit transactions would otherwise fail with 'database is locked' on upgrade)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# The bot's own record of its conversations (DM and @-mention threads): what was asked and which entries the answer
# rested on, so a follow-up is read in context by any bot process, after a restart too. No answer text is kept.
conversation_turns = Table(
    "conversation_turns",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel_id", String(32), nullable=False),
    Column("thread_ts", String(32), nullable=False),  # "" = a DM's main timeline
    Column("question", Text, nullable=False),
    Column("provisions", Text, nullable=False),  # comma-separated entry ids
    Column("asked_at", UTCDateTime, nullable=False, index=True),
    Index("ix_conversation_turns_thread", "channel_id", "thread_ts", "id"),
)


# Content reloads and updates (migration 5; records in bot.storage.content_records): the running bot processes (so
# ``eo-bot content reload`` knows whom to wait for), reload requests and each process's answer, and when each update
# of content/updates.yaml first appeared (its announcement time, the same for every process).
bot_processes = Table(
    "bot_processes",
    metadata,
    Column("owner", String(128), primary_key=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("seen_at", UTCDateTime, nullable=False),
    Column("content_version", String(32), nullable=False),
)

content_reload_requests = Table(
    "content_reload_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("requested_by", String(128), nullable=False),
    Column("requested_at", UTCDateTime, nullable=False),
)

content_reload_results = Table(
    "content_reload_results",
    metadata,
    Column("request_id", Integer, primary_key=True, autoincrement=False),
    Column("owner", String(128), primary_key=True),
    Column("ok", Boolean, nullable=False),
    Column("message", Text, nullable=False),
    Column("finished_at", UTCDateTime, nullable=False),
)

content_updates_seen = Table(
    "content_updates_seen",
    metadata,
    Column("update_id", String(64), primary_key=True),
    Column("first_seen_at", UTCDateTime, nullable=False),
)


def _migrate_v1(conn: Any) -> None:
    metadata.create_all(conn, tables=[subscriptions, review_clocks, processed_events, deliveries], checkfirst=True)


def _migrate_v2(conn: Any) -> None:
    metadata.create_all(conn, tables=[conversation_turns], checkfirst=True)


# Feedback for the curators (queries in bot/storage/feedback.py): each answer's text by a content hash (what a feedback
# click is about), one row per (answer, hashed user id), decline counts per day and reason, and declined questions
# only where the workspace opts in (EO_STORE_DECLINED_QUESTIONS).
answer_records = Table(
    "answer_records",
    metadata,
    Column("answer_id", String(32), primary_key=True),
    Column("answer_text", Text, nullable=False),
    Column("rule", String(64), nullable=False),
    Column("provisions", Text, nullable=False),  # comma-separated entry ids
    Column("seen_at", UTCDateTime, nullable=False, index=True),
)

feedback_clicks = Table(
    "feedback_clicks",
    metadata,
    Column("answer_id", String(32), primary_key=True),
    Column("user_hash", String(64), primary_key=True),  # a keyed hash of the Slack user id, never the id
    Column("helpful", Boolean, nullable=False),
    Column("question", Text, nullable=False),
    Column("answer_text", Text),  # NULL: the answer was no longer on record when it was rated
    Column("rule", String(64), nullable=False),
    Column("provisions", Text, nullable=False),
    Column("action_us", BigInteger, nullable=False),  # Slack's action_ts of the latest click, in microseconds
    Column("first_at", UTCDateTime, nullable=False),
    Column("clicked_at", UTCDateTime, nullable=False, index=True),  # when the verdict was last set
)

decline_counts = Table(
    "decline_counts",
    metadata,
    Column("day", Date, primary_key=True),  # in the bot's timezone (EO_TIMEZONE)
    Column("rule", String(64), primary_key=True),
    Column("reason", String(300), primary_key=True),
    Column("count", Integer, nullable=False),
)

declined_questions = Table(
    "declined_questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule", String(64), nullable=False),
    Column("reason", String(300), nullable=False),
    Column("question", Text, nullable=False),
    Column("asked_at", UTCDateTime, nullable=False, index=True),
)


def _migrate_v3(conn: Any) -> None:
    metadata.create_all(conn, tables=[answer_records, feedback_clicks, decline_counts, declined_questions], checkfirst=True)


# Threads of Slack's assistant pane (one row per thread the pane started) and the context Slack last sent for each (the
# channel the user was viewing: JSON). Any bot process can tell an assistant thread from a plain DM thread.
assistant_threads = Table(
    "assistant_threads",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("thread_ts", String(32), primary_key=True),
    Column("context", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False, index=True),
)


def _migrate_v6(conn: Any) -> None:
    metadata.create_all(conn, tables=[assistant_threads], checkfirst=True)


def _migrate_v5(conn: Any) -> None:
    tables = [bot_processes, content_reload_requests, content_reload_results, content_updates_seen]
    metadata.create_all(conn, tables=tables, checkfirst=True)


# One row per channel: no post to the channel before ``next_at`` (any process). A process takes the channel's turn by
# moving ``next_at`` to the end of a short lease (its post in flight), and ends it with ``next_at`` = post end + 1 s.
channel_turns = Table(
    "channel_turns",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("next_at", UTCDateTime, nullable=False),
    Column("holder", String(128)),  # the process whose post is in flight (None between posts)
)


def _migrate_v4(conn: Any) -> None:
    metadata.create_all(conn, tables=[channel_turns], checkfirst=True)


MIGRATIONS = {1: _migrate_v1, 2: _migrate_v2, 3: _migrate_v3, 4: _migrate_v4, 5: _migrate_v5, 6: _migrate_v6}
TURN_RETENTION = dt.timedelta(days=7)
ASSISTANT_THREAD_RETENTION = dt.timedelta(days=30)


class StorageUnavailable(Exception):
    """The database cannot be used right now (locked, read-only, unreachable, timed out): callers tell the user so."""


class Storage:
    """All database access. Create with :meth:`open` (creates/migrates the schema), finish with :meth:`close`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._claims_since_prune = 0
        self._probe: asyncio.Task[None] | None = None  # the health probe still waiting on the database, if any

    @classmethod
    async def open(cls, url: Optional[str] = None, *, busy_timeout_ms: int = 15_000, echo: bool = False) -> "Storage":
        full = database_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if not full.startswith("sqlite"):
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        engine = create_async_engine(full, **kwargs)
        if engine.dialect.name == "sqlite":
            _sqlite_pragmas(engine, busy_timeout_ms)
        storage = cls(engine)
        await storage.migrate()
        return storage

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[AsyncConnection]:
        """A transaction; a database fault comes out as :class:`StorageUnavailable` (with the cause chained)."""
        try:
            async with self.engine.begin() as conn:
                yield conn
        except (DBAPIError, OSError, asyncio.TimeoutError) as exc:
            raise StorageUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}") from exc

    async def ping(self, timeout: float = 1.0) -> bool:
        """Whether the database answers a trivial query within ``timeout`` seconds (for /healthz).

        A locked SQLite file holds the query for the whole busy timeout, and a cancelled query still waits it out,
        so the probe is not cancelled: it is left to finish, and later pings wait on it instead of starting another.
        """

        async def probe() -> None:
            async with self._tx() as conn:
                await conn.execute(select(1))

        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(probe())
            self._probe.add_done_callback(lambda task: task.cancelled() or task.exception())
        probe_task = self._probe
        done, _ = await asyncio.wait({probe_task}, timeout=timeout)
        return bool(done) and not probe_task.cancelled() and probe_task.exception() is None

    async def close(self) -> None:
        if self._probe is not None and not self._probe.done():
            self._probe.cancel()
            await asyncio.wait({self._probe})
        await self.engine.dispose()

    def _insert(self, table: Table) -> Any:
        """The dialect's INSERT (with ON CONFLICT); imported here so a SQLite bot never loads PostgreSQL's."""
        if self.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table)
        from sqlalchemy.dialects.postgresql import insert as postgres_insert

        return postgres_insert(table)

    async def migrate(self) -> int:
        """Bring the schema to :data:`SCHEMA_VERSION`; safe when several processes start together."""
        async with self._tx() as conn:
            if not self.is_sqlite:  # SQLite's BEGIN IMMEDIATE already serialises this
                await conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
            await conn.run_sync(lambda c: schema_version.create(c, checkfirst=True))
            applied = set((await conn.execute(select(schema_version.c.version))).scalars())
            # Every migration not yet recorded runs, not only those above the highest: numbers are handed out to
            # features developed side by side, so a database may have 6 before 3.
            for version in sorted(set(MIGRATIONS) - applied):
                await conn.run_sync(MIGRATIONS[version])
                await conn.execute(schema_version.insert().values(version=version, applied_at=dt.datetime.now(UTC)))
                log.info("database schema migrated to version %d", version)
            return max(applied | {SCHEMA_VERSION})

    # -- subscriptions ---------------------------------------------------------------------------------------
    async def upsert_subscription(
        self, channel_id: str, deadline_ids: Optional[Sequence[str]], timezone: Optional[str], created_by: str, now: dt.datetime
    ) -> Subscription:
        """Create or replace a channel's subscription (un-pausing it).

        ``created_at`` is the subscription's effective start (planning drops announcements before it): it keeps
        the first value, unless ``now`` is earlier, as after the clock was moved back (the playground's rewind,
        ``EO_CLOCK_START``); then subscribing again starts the channel from ``now``. What the ledger already
        settled (delivered, or skipped as before the subscription) stays settled either way."""
        ids = ALL_DEADLINES if deadline_ids is None else ",".join(deadline_ids)
        values = dict(
            channel_id=channel_id,
            deadline_ids=ids,
            timezone=timezone,
            paused=False,
            pause_reason=None,
            created_by=created_by,
            created_at=now,
            updated_at=now,
        )
        stmt = self._insert(subscriptions).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[subscriptions.c.channel_id],
            set_=dict(
                deadline_ids=ids,
                timezone=timezone,
                paused=False,
                pause_reason=None,
                updated_at=now,
                created_at=case(
                    (stmt.excluded.created_at < subscriptions.c.created_at, stmt.excluded.created_at),
                    else_=subscriptions.c.created_at,
                ),
            ),
        )
        async with self._tx() as conn:
            await conn.execute(stmt)
            row = (await conn.execute(select(subscriptions).where(subscriptions.c.channel_id == channel_id))).one()
        return _subscription(row)

    async def get_subscription(self, channel_id: str) -> Optional[Subscription]:
        async with self._tx() as conn:
            row = (await conn.execute(select(subscriptions).where(subscriptions.c.channel_id == channel_id))).first()
        return _subscription(row) if row else None

    async def list_subscriptions(self, *, include_paused: bool = False) -> list[Subscription]:
        stmt = select(subscriptions).order_by(subscriptions.c.channel_id)
        if not include_paused:
            stmt = stmt.where(subscriptions.c.paused == False)  # noqa: E712
        async with self._tx() as conn:
            return [_subscription(r) for r in await conn.execute(stmt)]

    async def delete_subscription(self, channel_id: str) -> bool:
        async with self._tx() as conn:
            result = await conn.execute(delete(subscriptions).where(subscriptions.c.channel_id == channel_id))
        return result.rowcount > 0

    async def pause_subscription(self, channel_id: str, reason: str, now: dt.datetime) -> bool:
        """Pause (not delete) a channel's subscription; True if it was active."""
        stmt = (
            update(subscriptions)
            .where(subscriptions.c.channel_id == channel_id, subscriptions.c.paused == False)  # noqa: E712
            .values(paused=True, pause_reason=reason, updated_at=now)
        )
        async with self._tx() as conn:
            result = await conn.execute(stmt)
        return result.rowcount > 0

    # -- review clocks ---------------------------------------------------------------------------------------
    async def add_review_clock(
        self, channel_id: str, model_name: str, start_date: dt.date, created_by: str, now: dt.datetime
    ) -> ReviewClock:
        async with self._tx() as conn:
            result = await conn.execute(
                review_clocks.insert()
                .values(
                    channel_id=channel_id,
                    model_name=model_name,
                    start_date=start_date,
                    created_by=created_by,
                    created_at=now,
                    cancelled=False,
                )
                .returning(review_clocks.c.id)
            )
            new_id = result.scalar_one()
        return ReviewClock(new_id, channel_id, model_name, start_date, created_by, now, False)

    async def list_review_clocks(self, channel_id: Optional[str] = None, *, include_cancelled: bool = False) -> list[ReviewClock]:
        stmt = select(review_clocks).order_by(review_clocks.c.id)
        if channel_id is not None:
            stmt = stmt.where(review_clocks.c.channel_id == channel_id)
        if not include_cancelled:
            stmt = stmt.where(review_clocks.c.cancelled == False)  # noqa: E712
        async with self._tx() as conn:
            return [_review(r) for r in await conn.execute(stmt)]

    async def cancel_review_clock(self, channel_id: str, clock_id: int) -> bool:
        """Cancel one of this channel's active review clocks; False if there is none with that id."""
        stmt = (
            update(review_clocks)
            .where(review_clocks.c.id == clock_id, review_clocks.c.channel_id == channel_id, review_clocks.c.cancelled == False)  # noqa: E712
            .values(cancelled=True)
        )
        async with self._tx() as conn:
            result = await conn.execute(stmt)
        return result.rowcount > 0

    # -- processed event ids -----------------------------------------------------------------------------------
    async def claim_event(
        self, event_id: str, now: dt.datetime, *, retention: dt.timedelta = EVENT_RETENTION, prune_every: int = 500
    ) -> bool:
        """Record ``event_id``; True only the first time (atomic across processes). Prunes old ids now and then."""
        stmt = self._insert(processed_events).values(event_id=event_id, seen_at=now).on_conflict_do_nothing()
        async with self._tx() as conn:
            result = await conn.execute(stmt)
        self._claims_since_prune += 1
        if self._claims_since_prune >= prune_every:
            self._claims_since_prune = 0
            await self.prune_events(now - retention)
        return result.rowcount == 1

    # -- conversations ---------------------------------------------------------------------------------------
    async def add_turn(self, channel_id: str, thread_ts: str, question: str, provisions: Sequence[str], now: dt.datetime) -> None:
        async with self._tx() as conn:
            await conn.execute(
                conversation_turns.insert().values(
                    channel_id=channel_id, thread_ts=thread_ts, question=question, provisions=",".join(provisions), asked_at=now
                )
            )
            await conn.execute(delete(conversation_turns).where(conversation_turns.c.asked_at < now - TURN_RETENTION))

    async def recent_turns(
        self, channel_id: str, thread_ts: str, since: dt.datetime, limit: int = 4
    ) -> list[tuple[str, tuple[str, ...]]]:
        """The conversation's latest turns asked at or after ``since``, oldest first: (question, entry ids)."""
        query = (
            select(conversation_turns.c.question, conversation_turns.c.provisions)
            .where(
                conversation_turns.c.channel_id == channel_id,
                conversation_turns.c.thread_ts == thread_ts,
                conversation_turns.c.asked_at >= since,
            )
            .order_by(conversation_turns.c.id.desc())
            .limit(limit)
        )
        async with self._tx() as conn:
            rows = (await conn.execute(query)).all()
        return [(r.question, tuple(p for p in r.provisions.split(",") if p)) for r in reversed(rows)]

    # -- assistant threads -----------------------------------------------------------------------------------
    async def save_assistant_thread(self, channel_id: str, thread_ts: str, context: str, now: dt.datetime) -> None:
        """Record an assistant thread with its latest context (JSON text); prunes threads idle past the retention."""
        stmt = self._insert(assistant_threads).values(channel_id=channel_id, thread_ts=thread_ts, context=context, updated_at=now)
        stmt = stmt.on_conflict_do_update(
            index_elements=[assistant_threads.c.channel_id, assistant_threads.c.thread_ts],
            set_={"context": stmt.excluded.context, "updated_at": stmt.excluded.updated_at},
        )
        async with self._tx() as conn:
            await conn.execute(stmt)
            await conn.execute(delete(assistant_threads).where(assistant_threads.c.updated_at < now - ASSISTANT_THREAD_RETENTION))

    async def assistant_thread(self, channel_id: str, thread_ts: str) -> Optional[str]:
        """The thread's context (JSON text), or None when it is not an assistant thread this bot knows."""
        query = select(assistant_threads.c.context).where(
            assistant_threads.c.channel_id == channel_id, assistant_threads.c.thread_ts == thread_ts
        )
        async with self._tx() as conn:
            return (await conn.execute(query)).scalar()

    async def prune_events(self, older_than: dt.datetime) -> int:
        async with self._tx() as conn:
            result = await conn.execute(delete(processed_events).where(processed_events.c.seen_at < older_than))
        return result.rowcount

    # -- delivery ledger ---------------------------------------------------------------------------------------
    async def claim_delivery(
        self, key: LedgerKey, fire_at: dt.datetime, owner: str, now: dt.datetime, claim_timeout: dt.timedelta
    ) -> Optional[LedgerRow]:
        """Claim an announcement for ``owner``; the row if claimed, None if delivered, skipped or held by a live
        claim. A claim older than ``claim_timeout`` (its process crashed) or a ``failed`` row is taken over."""
        insert = (
            self._insert(deliveries)
            .values(
                channel_id=key.channel_id,
                item_id=key.item_id,
                lead=key.lead,
                fire_at=fire_at,
                state=CLAIMED,
                claimed_by=owner,
                claimed_at=now,
                attempts=0,
            )
            .on_conflict_do_nothing()
        )
        takeover = (
            update(deliveries)
            .where(
                _key_clause(key),
                or_(
                    deliveries.c.state == FAILED,
                    and_(deliveries.c.state == CLAIMED, deliveries.c.claimed_at < now - claim_timeout),
                ),
            )
            .values(state=CLAIMED, claimed_by=owner, claimed_at=now)
        )
        async with self._tx() as conn:
            claimed = inserted = (await conn.execute(insert)).rowcount == 1
            if not claimed:
                claimed = (await conn.execute(takeover)).rowcount == 1
            row = (await conn.execute(select(deliveries).where(_key_clause(key)))).one() if claimed else None
        if row is None:
            return None
        if not inserted:
            log.warning(
                "took over a stale claim on %s/%s/%s (%d earlier attempts, last error: %s)",
                key.channel_id,
                key.item_id,
                key.lead,
                row.attempts,
                row.last_error,
            )
        return replace(_ledger(row), taken_over=not inserted)

    async def claim_many(
        self,
        items: Sequence[tuple[LedgerKey, dt.datetime]],
        owner: str,
        now: dt.datetime,
        claim_timeout: dt.timedelta,
        *,
        takeovers: Optional[set[LedgerKey]] = None,
    ) -> dict[LedgerKey, int]:
        """:meth:`claim_delivery` for a whole fan-out in one transaction: the keys claimed, with their earlier
        attempt counts (0 for new rows). Keys taken over from another owner are added to ``takeovers``."""
        claimed: dict[LedgerKey, int] = {}
        cols = (deliveries.c.channel_id, deliveries.c.item_id, deliveries.c.lead)
        async with self._tx() as conn:
            for start in range(0, len(items), 400):
                chunk = items[start : start + 400]
                stmt = (
                    self._insert(deliveries)
                    .values(
                        [
                            dict(
                                channel_id=k.channel_id,
                                item_id=k.item_id,
                                lead=k.lead,
                                fire_at=f,
                                state=CLAIMED,
                                claimed_by=owner,
                                claimed_at=now,
                                attempts=0,
                            )
                            for k, f in chunk
                        ]
                    )
                    .on_conflict_do_nothing()
                    .returning(*cols)
                )
                claimed.update((LedgerKey(*r), 0) for r in await conn.execute(stmt))
                rest = [(k.channel_id, k.item_id, k.lead) for k, _ in chunk if k not in claimed]
                if not rest:
                    continue
                takeover = (
                    update(deliveries)
                    .where(
                        tuple_(*cols).in_(rest),
                        or_(
                            deliveries.c.state == FAILED,
                            and_(deliveries.c.state == CLAIMED, deliveries.c.claimed_at < now - claim_timeout),
                        ),
                    )
                    .values(state=CLAIMED, claimed_by=owner, claimed_at=now)
                    .returning(*cols, deliveries.c.attempts)
                )
                for row in await conn.execute(takeover):
                    log.warning("took over a stale claim on %s/%s/%s", row[0], row[1], row[2])
                    claimed[LedgerKey(row[0], row[1], row[2])] = row[3]
                    if takeovers is not None:
                        takeovers.add(LedgerKey(row[0], row[1], row[2]))
        return claimed

    async def mark_delivered_many(self, items: Sequence[tuple[LedgerKey, Optional[str]]], owner: str, now: dt.datetime) -> None:
        """:meth:`mark_delivered` for several announcements in one transaction (group commit)."""
        async with self._tx() as conn:
            for key, ts in items:
                await conn.execute(
                    update(deliveries)
                    .where(_key_clause(key), deliveries.c.state != DELIVERED)
                    .values(
                        state=DELIVERED,
                        delivered_at=now,
                        message_ts=ts,
                        claimed_by=owner,
                        attempts=deliveries.c.attempts + 1,
                        last_error=None,
                    )
                )

    async def _owned_update(self, key: LedgerKey, owner: str, **values: Any) -> bool:
        stmt = (
            update(deliveries)
            .where(_key_clause(key), deliveries.c.state == CLAIMED, deliveries.c.claimed_by == owner)
            .values(**values)
        )
        async with self._tx() as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def record_attempt(self, key: LedgerKey, owner: str, error: str, now: dt.datetime) -> bool:
        """Count a failed attempt and refresh the claim (a heartbeat: the claim stays ours while we retry)."""
        return await self._owned_update(key, owner, attempts=deliveries.c.attempts + 1, last_error=error[:500], claimed_at=now)

    async def refresh_claim(self, key: LedgerKey, owner: str, now: dt.datetime) -> bool:
        """Heartbeat: renew our claim's ``claimed_at``; False if the claim is no longer ours."""
        return await self._owned_update(key, owner, claimed_at=now)

    async def mark_delivered(self, key: LedgerKey, owner: str, message_ts: Optional[str], now: dt.datetime) -> bool:
        stmt = (
            update(deliveries)
            .where(_key_clause(key), deliveries.c.state != DELIVERED)
            .values(
                state=DELIVERED,
                delivered_at=now,
                message_ts=message_ts,
                claimed_by=owner,
                attempts=deliveries.c.attempts + 1,
                last_error=None,
            )
        )
        async with self._tx() as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def release_claim(self, key: LedgerKey, owner: str, reason: str) -> bool:
        """Give up our claim now rather than at the claim timeout: the next resync of any process takes it over (and,
        as for any takeover, checks the channel for the message before posting)."""
        return await self._owned_update(key, owner, claimed_at=RELEASED_AT, last_error=reason[:500])

    async def mark_failed(self, key: LedgerKey, owner: str, error: str) -> bool:
        return await self._owned_update(key, owner, state=FAILED, last_error=error[:500])

    async def release_as_skipped(self, key: LedgerKey, owner: str, reason: str) -> bool:
        """A claimed announcement that must not be sent (permanent Slack error)."""
        return await self._owned_update(key, owner, state=SKIPPED, last_error=reason[:500])

    async def mark_skipped(self, items: Iterable[tuple[LedgerKey, dt.datetime]], reason: str) -> int:
        """Record announcements that will never be sent (stale, or before the subscription); rows that already
        exist (delivered, claimed) are left alone. Returns how many rows were added."""
        rows = [
            dict(
                channel_id=k.channel_id,
                item_id=k.item_id,
                lead=k.lead,
                fire_at=f,
                state=SKIPPED,
                attempts=0,
                last_error=reason[:500],
            )
            for k, f in items
        ]
        if not rows:
            return 0
        added = 0
        async with self._tx() as conn:
            for start in range(0, len(rows), 500):
                stmt = self._insert(deliveries).values(rows[start : start + 500]).on_conflict_do_nothing()
                added += max((await conn.execute(stmt)).rowcount, 0)
        return added

    # -- per-channel posting turns (one message per second per channel, across processes) ----------------------
    async def take_turn(self, channel_id: str, owner: str, now: dt.datetime, lease: dt.timedelta) -> Optional[dt.datetime]:
        """Take the channel's turn to post: None if it is ``owner``'s now (held until ``now + lease`` unless ended),
        else the instant the channel's next post may go. Atomic across processes (a conditional UPDATE)."""
        key = channel_turns.c.channel_id == channel_id
        async with self._tx() as conn:
            await conn.execute(
                self._insert(channel_turns).values(channel_id=channel_id, next_at=RELEASED_AT).on_conflict_do_nothing()
            )
            taken = await conn.execute(
                update(channel_turns).where(key, channel_turns.c.next_at <= now).values(next_at=now + lease, holder=owner)
            )
            if taken.rowcount == 1:
                return None
            return (await conn.execute(select(channel_turns.c.next_at).where(key))).scalar_one()

    async def take_turns(self, channel_ids: Sequence[str], owner: str, now: dt.datetime, lease: dt.timedelta) -> set[str]:
        """:meth:`take_turn` for a fan-out's channels in one transaction: the channels whose turn is ``owner``'s now."""
        granted: set[str] = set()
        async with self._tx() as conn:
            for start in range(0, len(channel_ids), 400):
                chunk = list(channel_ids[start : start + 400])
                rows = [dict(channel_id=c, next_at=RELEASED_AT) for c in chunk]
                await conn.execute(self._insert(channel_turns).values(rows).on_conflict_do_nothing())
                taken = (
                    update(channel_turns)
                    .where(channel_turns.c.channel_id.in_(chunk), channel_turns.c.next_at <= now)
                    .values(next_at=now + lease, holder=owner)
                    .returning(channel_turns.c.channel_id)
                )
                granted.update(r[0] for r in await conn.execute(taken))
        return granted

    async def end_turns(self, items: Sequence[tuple[str, dt.datetime]], owner: str) -> int:
        """End ``owner``'s turns, in one transaction: each channel's next post may go at its instant. Returns how many
        were still ours (a turn whose lease ran out may have been taken by another process: left alone)."""
        ended = 0
        async with self._tx() as conn:
            for start in range(0, len(items), 400):  # one statement per 400 channels
                chunk = items[start : start + 400]
                next_at = case(*((channel_turns.c.channel_id == c, literal(n, UTCDateTime())) for c, n in chunk))
                stmt = (
                    update(channel_turns)
                    .where(channel_turns.c.channel_id.in_([c for c, _ in chunk]), channel_turns.c.holder == owner)
                    .values(next_at=next_at, holder=None)
                    .returning(channel_turns.c.channel_id)
                )
                ended += len((await conn.execute(stmt)).all())
        return ended

    async def ledger(self, channel_id: Optional[str] = None) -> list[LedgerRow]:
        stmt = select(deliveries).order_by(deliveries.c.fire_at, deliveries.c.channel_id, deliveries.c.item_id)
        if channel_id is not None:
            stmt = stmt.where(deliveries.c.channel_id == channel_id)
        async with self._tx() as conn:
            return [_ledger(r) for r in await conn.execute(stmt)]

    async def settled_keys(self, channel_ids: Optional[Iterable[str]] = None) -> set[LedgerKey]:
        """Keys that are delivered or skipped (nothing left to do for them)."""
        stmt = select(deliveries.c.channel_id, deliveries.c.item_id, deliveries.c.lead).where(
            deliveries.c.state.in_([DELIVERED, SKIPPED])
        )
        if channel_ids is not None:
            stmt = stmt.where(deliveries.c.channel_id.in_(list(channel_ids)))
        async with self._tx() as conn:
            return {LedgerKey(*r) for r in await conn.execute(stmt)}


class StorageEventIdStore:
    """:class:`bot.slack.dedup.EventIdStore` backed by ``processed_events`` (shared by every bot process)."""

    def __init__(self, storage: Storage, clock: Any, retention: dt.timedelta = EVENT_RETENTION) -> None:
        self.storage = storage
        self.clock = clock
        self.retention = retention

    async def claim(self, event_id: str) -> bool:
        return await self.storage.claim_event(event_id, self.clock.now(), retention=self.retention)


async def table_names(conn: AsyncConnection) -> list[str]:
    from sqlalchemy import inspect

    return await conn.run_sync(lambda c: inspect(c).get_table_names())
