"""Records behind content reloads and updates (tables of migration 5 in :mod:`bot.storage.database`).

* ``bot_processes``: every running bot process checks in (``heartbeat``) with the content version it serves, so
  ``eo-bot content reload`` knows which processes to wait for; a process that stopped checking in is not waited for.
* ``content_reload_requests`` / ``content_reload_results``: the operator's request (a row), and each process's
  answer to it (reloaded, or refused with the content error).
* ``content_updates_seen``: when each update of ``content/updates.yaml`` first appeared in any process. That
  instant is the update's announcement time, the same in every process, so the delivery ledger announces it once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
from dataclasses import dataclass
from typing import Awaitable, Callable, Iterable, Sequence

from sqlalchemy import delete, func, select

from bot.storage.database import (
    Storage,
    bot_processes,
    content_reload_requests,
    content_reload_results,
    content_updates_seen,
)

PROCESS_RETENTION = dt.timedelta(days=1)  # rows of processes not seen for this long are removed
HEARTBEAT = dt.timedelta(seconds=5)  # how often a running process checks in
LIVE_WITHIN = 3 * HEARTBEAT  # a process that has not checked in for this long is not waited for


def this_process() -> str:
    """How a process is named in these tables: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class BotProcessRow:
    owner: str
    started_at: dt.datetime
    seen_at: dt.datetime
    content_version: str


@dataclass(frozen=True)
class ReloadResult:
    request_id: int
    owner: str
    ok: bool
    message: str
    finished_at: dt.datetime


class ContentRecords:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    # -- processes -----------------------------------------------------------------------------------------
    async def heartbeat(self, owner: str, now: dt.datetime, version: str) -> None:
        """Record that ``owner`` is alive and serves ``version`` (registers it the first time)."""
        stmt = (
            self.storage._insert(bot_processes)
            .values(owner=owner, started_at=now, seen_at=now, content_version=version)
            .on_conflict_do_update(index_elements=[bot_processes.c.owner], set_=dict(seen_at=now, content_version=version))
        )
        async with self.storage._tx() as conn:
            await conn.execute(stmt)

    async def register(self, owner: str, now: dt.datetime, version: str) -> None:
        """First heartbeat; also forgets processes not seen for a day (killed without a chance to sign off)."""
        async with self.storage._tx() as conn:
            await conn.execute(delete(bot_processes).where(bot_processes.c.seen_at < now - PROCESS_RETENTION))
        await self.heartbeat(owner, now, version)

    async def unregister(self, owner: str) -> None:
        async with self.storage._tx() as conn:
            await conn.execute(delete(bot_processes).where(bot_processes.c.owner == owner))

    async def live_processes(self, since: dt.datetime) -> list[BotProcessRow]:
        """Processes that checked in at or after ``since``."""
        stmt = select(bot_processes).where(bot_processes.c.seen_at >= since).order_by(bot_processes.c.started_at)
        async with self.storage._tx() as conn:
            return [BotProcessRow(r.owner, r.started_at, r.seen_at, r.content_version) for r in await conn.execute(stmt)]

    # -- reload requests -------------------------------------------------------------------------------------
    async def request_reload(self, requested_by: str, now: dt.datetime) -> int:
        """A new reload request for every process; its id."""
        stmt = content_reload_requests.insert().values(requested_by=requested_by[:128], requested_at=now)
        async with self.storage._tx() as conn:
            result = await conn.execute(stmt.returning(content_reload_requests.c.id))
            return int(result.scalar_one())

    async def latest_request(self) -> int:
        """The id of the newest reload request (0 when there is none)."""
        async with self.storage._tx() as conn:
            return int((await conn.execute(select(func.max(content_reload_requests.c.id)))).scalar() or 0)

    async def record_result(self, request_ids: Iterable[int], owner: str, ok: bool, message: str, now: dt.datetime) -> None:
        """This process's answer to each request (one reload answers every request that was waiting)."""
        rows = [dict(request_id=i, owner=owner, ok=ok, message=message, finished_at=now) for i in request_ids]
        if not rows:
            return
        stmt = self.storage._insert(content_reload_results).values(rows).on_conflict_do_nothing()
        async with self.storage._tx() as conn:
            await conn.execute(stmt)

    async def results(self, request_id: int) -> list[ReloadResult]:
        stmt = (
            select(content_reload_results)
            .where(content_reload_results.c.request_id == request_id)
            .order_by(content_reload_results.c.finished_at)
        )
        async with self.storage._tx() as conn:
            return [ReloadResult(r.request_id, r.owner, bool(r.ok), r.message, r.finished_at) for r in await conn.execute(stmt)]

    # -- updates -------------------------------------------------------------------------------------------
    async def first_seen(self, update_ids: Sequence[str], now: dt.datetime) -> dict[str, dt.datetime]:
        """When each update first appeared: recorded as ``now`` the first time any process asks (atomic across
        processes: the first insert wins, later ones keep it)."""
        if not update_ids:
            return {}
        rows = [dict(update_id=i, first_seen_at=now) for i in dict.fromkeys(update_ids)]
        insert = self.storage._insert(content_updates_seen).values(rows).on_conflict_do_nothing()
        query = select(content_updates_seen).where(content_updates_seen.c.update_id.in_(list(update_ids)))
        async with self.storage._tx() as conn:
            await conn.execute(insert)
            return {r.update_id: r.first_seen_at for r in await conn.execute(query)}


Sleep = Callable[[float], Awaitable[object]]
Now = Callable[[], dt.datetime]


async def wait_for_answers(
    records: ContentRecords,
    request_id: int,
    owners: set[str],
    timeout: float,
    now: Now,
    sleep: Sleep = asyncio.sleep,
    poll: float = 0.2,
) -> list[ReloadResult]:
    """The answers to ``request_id``, once every one of ``owners`` answered or ``timeout`` seconds passed."""
    deadline = now() + dt.timedelta(seconds=timeout)
    while True:
        answers = await records.results(request_id)
        if owners <= {a.owner for a in answers} or now() >= deadline:
            return answers
        await sleep(poll)
