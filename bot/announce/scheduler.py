"""Fires announcements with APScheduler 3 (AsyncIOScheduler in the bot's event loop).

Jobs are derived, never stored: :meth:`AnnouncementScheduler.reschedule` reads the subscriptions and review
clocks, plans every announcement (:mod:`bot.announce.schedule`), drops what the ledger says is settled, records stale
ones as skipped, delivers the catch-up ones at once, and replaces the job set with one date-triggered job per
distinct ``fire_at`` (each job fans its announcements out through :class:`bot.announce.delivery.Delivery`). Call it at
start-up (:meth:`start`) and whenever subscriptions or review clocks change.

The bot's clock may differ from the wall clock (``EO_CLOCK_START`` -> :class:`bot.core.clock.OffsetClock`).
APScheduler only knows the wall clock, so each ``fire_at`` (bot time) is converted to the wall-clock instant at
which the bot's clock will read ``fire_at``: ``wall = fire_at - (clock.now() - wall_now())``. The offset is
measured at every reschedule; for an ``OffsetClock`` it is constant, so jobs fire when the bot's clock says so.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Coroutine, Optional

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.announce.delivery import Delivery
from bot.announce.digest import MAX_ITEMS
from bot.announce.digest import group as group_messages
from bot.announce.schedule import Announcement, PlanSettings, plan_all, split_by_time
from bot.announce.updates import UpdateFeed
from bot.content.models import Content
from bot.core.clock import Clock
from bot.storage.database import Storage

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
JOB_PREFIX = "announce:"
RESYNC_JOB = "resync"


def _wall_now() -> dt.datetime:
    return dt.datetime.now(UTC)


@dataclass(frozen=True)
class RescheduleSummary:
    planned: int
    jobs: int
    future: int
    catch_up: int
    stale: int


async def pending_announcements(
    storage: Storage, content: Content, plan: PlanSettings, updates: Optional[UpdateFeed] = None
) -> list[Announcement]:
    """Every planned announcement (deadlines, review clocks, and the content's updates when given) the ledger has not
    settled (delivered or skipped), sorted."""
    subs = await storage.list_subscriptions(include_paused=True)
    planned = plan_all(content, subs, await storage.list_review_clocks(), plan)
    if updates is not None:
        planned = sorted(planned + await updates.plan(content, subs, plan))
    settled = await storage.settled_keys()
    return [a for a in planned if a.key not in settled]


async def next_announcement(storage: Storage, content: Content, plan: PlanSettings, now: dt.datetime) -> Optional[Announcement]:
    """The next announcement after ``now`` (for the playground's time control and App Home)."""
    return next((a for a in await pending_announcements(storage, content, plan) if a.fire_at > now), None)


async def next_message(
    storage: Storage, content: Content, plan: PlanSettings, now: dt.datetime, limit: int = MAX_ITEMS
) -> list[Announcement]:
    """The announcements of the next message after ``now``, as delivery will group them: several when they fall due
    at the same instant in the same channel (a digest), none if nothing is planned."""
    future = [a for a in await pending_announcements(storage, content, plan) if a.fire_at > now]
    messages = group_messages(future, limit)
    return messages[0] if messages else []


class AnnouncementScheduler:
    def __init__(
        self,
        storage: Storage,
        content: Content,
        plan: PlanSettings,
        clock: Clock,
        delivery: Delivery,
        *,
        catchup_window: dt.timedelta = dt.timedelta(hours=24),
        scheduler: Optional[AsyncIOScheduler] = None,
        wall_now: Callable[[], dt.datetime] = _wall_now,
        resync_interval: Optional[dt.timedelta] = None,
        updates: Optional[UpdateFeed] = None,
    ) -> None:
        self.storage = storage
        self.content = content
        self.plan = plan
        self.clock = clock
        self.delivery = delivery
        self.catchup_window = catchup_window
        self.scheduler = scheduler or AsyncIOScheduler(timezone=UTC)
        self.wall_now = wall_now
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[object]] = set()
        self.resync_interval = resync_interval
        self.updates = updates  # the content's updates, announced like deadlines (bot.announce.updates)

    async def start(self) -> RescheduleSummary:
        """Start APScheduler in the running loop and plan (call from inside the bot's event loop)."""
        if not self.scheduler.running:
            self.scheduler.start()
        if self.resync_interval is not None:
            self.scheduler.add_job(
                self.resync,
                IntervalTrigger(seconds=self.resync_interval.total_seconds()),
                id=RESYNC_JOB,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
            )
        return await self.reschedule()

    async def resync(self) -> None:
        """The periodic re-plan: picks up subscriptions changed by another process, and announcements whose
        claim was left by a crashed process (taken over once older than the claim timeout)."""
        try:
            await self.reschedule(quiet=True)
        except Exception:
            log.exception("periodic re-plan failed; trying again at the next one")

    async def shutdown(self, grace: float = 0.0) -> None:
        """Stop: no new announcements start, the ones being posted get ``grace`` seconds to finish (a platform's
        SIGTERM-to-SIGKILL time), the rest are cancelled, and every claim not finished is given back at once so a
        restarted or sibling process posts it without waiting out the claim timeout."""
        if self.scheduler.running:
            self.scheduler.pause()
        if self._tasks and grace > 0:
            await asyncio.wait(list(self._tasks), timeout=grace)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        released = await self.delivery.give_back_held("the bot shut down before posting it")
        if released:
            log.info("gave back %d unposted announcement claims at shutdown", released)

    def to_wall(self, instant: dt.datetime) -> dt.datetime:
        """The wall-clock instant at which the bot's clock reads ``instant``."""
        return instant - (self.clock.now() - self.wall_now())

    async def reschedule(self, quiet: bool = False) -> RescheduleSummary:
        """Re-derive every job from content + stored subscriptions; deliver catch-ups; skip stale ones."""
        async with self._lock:
            subs = await self.storage.list_subscriptions(include_paused=True)
            self.delivery.paused_channels = {s.channel_id for s in subs if s.paused}
            pending = await pending_announcements(self.storage, self.content, self.plan, self.updates)
            split = split_by_time(pending, self.clock.now(), self.catchup_window)
            if split.stale:
                added = await self.storage.mark_skipped(
                    [(a.key, a.fire_at) for a in split.stale], "older than the catch-up window"
                )
                log.warning("skipped %d announcement(s) older than the catch-up window (%s)", added, self.catchup_window)
            groups: dict[dt.datetime, list[Announcement]] = defaultdict(list)
            for a in split.future:
                groups[a.fire_at].append(a)
            self._replace_jobs(groups)
            if split.catch_up:
                (log.debug if quiet else log.info)(
                    "catching up on %d announcement(s) due while the bot was down", len(split.catch_up)
                )
                self._spawn(self.delivery.deliver_many(split.catch_up))
            summary = RescheduleSummary(len(pending), len(groups), len(split.future), len(split.catch_up), len(split.stale))
            (log.debug if quiet else log.info)("announcements planned: %s", summary)
            return summary

    def _replace_jobs(self, groups: dict[dt.datetime, list[Announcement]]) -> None:
        wanted = {f"{JOB_PREFIX}{at.isoformat()}" for at in groups}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
                job.remove()
        for at, group in groups.items():
            self.scheduler.add_job(
                self.fire,
                DateTrigger(run_date=self.to_wall(at)),
                args=[group],
                id=f"{JOB_PREFIX}{at.isoformat()}",
                replace_existing=True,
                misfire_grace_time=None,
                coalesce=True,
                max_instances=1,
            )

    def job_times(self) -> list[dt.datetime]:
        """Wall-clock run times of the pending announcement jobs."""
        return sorted(
            j.next_run_time for j in self.scheduler.get_jobs() if j.id.startswith(JOB_PREFIX) and j.next_run_time is not None
        )

    async def fire(self, group: list[Announcement]) -> None:
        current = asyncio.current_task()
        if current is not None:  # tracked, so a shutdown lets it finish (within the grace) instead of killing it
            self._tasks.add(current)
            current.add_done_callback(self._tasks.discard)
        try:
            report = await self.delivery.deliver_many(group)
            log.info(
                "announcements at %s: %d delivered, %d already taken, %d skipped, %d failed",
                group[0].fire_at.isoformat(),
                report.count("delivered"),
                report.count("taken"),
                report.count("skipped") + report.count("stale"),
                report.count("failed"),
            )
        except asyncio.CancelledError:  # a shutdown past its grace: the claims are given back (see shutdown)
            log.info("announcement fan-out stopped by shutdown; unposted ones go out from the next process")
        except Exception:
            log.exception("announcement fan-out failed; unsent ones are retried at the next reschedule")

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: "asyncio.Future[object]") -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("catch-up delivery failed", exc_info=task.exception())

    async def wait_idle(self) -> None:
        """Wait for catch-up deliveries started by :meth:`reschedule` (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
