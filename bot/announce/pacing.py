"""One message per second per channel, across every process sharing the database.

Before each post a process takes the channel's *turn* in the database (:meth:`Storage.take_turn`, one conditional
UPDATE, atomic on SQLite and PostgreSQL): the channel's ``next_at`` moves to the end of a lease, at least the longest
a post may take (the poster's timeout) plus the interval. So the next post to that channel, from any process, starts
at least the interval after the previous one *ended*, which means at least the interval apart at Slack too. When
the post ends the turn is ended (``next_at`` = the end + the interval, or + Slack's ``Retry-After``), which frees
the channel before the lease runs out. A process that dies mid-post holds its channel until the lease runs out; a
process shutting down ends its turns at once (:meth:`release_all`).

A fan-out takes the turns of all its channels in one transaction (:meth:`prefetch`, with a double lease, used only
within its first half) and ends them all in one write when it is over (:meth:`release_unused`), so a thousand
channels cost two transactions, not two per post; a ``Retry-After`` end, which the lease does not cover, is written
at once. An end not yet written only makes other processes wait longer; this process writes it before taking the
same channel's turn again.

The turns have their own clock: Slack's limit is in real time, and every process sharing the database must read
the same clock for the spacing to hold. The running bot uses the wall clock for them even under ``EO_CLOCK_START``
(each process's simulated clock starts at its own launch); tests inject a ManualClock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Awaitable, Callable, Iterable, TypeVar

from bot.announce.poster import RateLimited
from bot.core.clock import Clock
from bot.storage.database import Storage

log = logging.getLogger(__name__)

T = TypeVar("T")
MIN_WAIT = 0.01  # seconds; never spin on a turn that frees up this very instant


class ChannelTurns:
    def __init__(self, storage: Storage, clock: Clock, owner: str, interval: float, lease: float, max_pause: float) -> None:
        self.storage = storage
        self.clock = clock
        self.owner = owner
        self.interval = interval
        self.lease = dt.timedelta(seconds=lease)  # >= the longest post + interval
        self.max_pause = max_pause  # the longest Retry-After honoured for one channel
        self._held: set[str] = set()  # turns that are ours in the database
        self._ready: dict[str, dt.datetime] = {}  # taken ahead by prefetch, not used yet: since when
        self._posting: set[str] = set()  # a post of ours to the channel is in flight
        self._ending: dict[str, dt.datetime] = {}  # ended, not written yet: the channel's next allowed instant
        self._writing: set[str] = set()  # ends being written now
        self._flush_lock = asyncio.Lock()
        self._flushers: set[asyncio.Task[None]] = set()

    async def prefetch(self, channels: Iterable[str]) -> None:
        """Take the turns of a fan-out's channels at once (those free now); a failure only means taking them one by
        one later."""
        wanted = [c for c in dict.fromkeys(channels) if c not in self._held]
        if not wanted:
            return
        now = self.clock.now()
        try:
            granted = await self.storage.take_turns(wanted, self.owner, now, 2 * self.lease)
        except Exception as exc:
            log.warning("could not take %d posting turns at once: %s", len(wanted), type(exc).__name__)
            return
        self._held.update(granted)
        self._ready.update((c, now) for c in granted)

    async def take(self, channel: str) -> float:
        """0 if the channel's turn is ours now (post through :meth:`run`), else the seconds to wait before asking
        again: until the channel's next post may go, but at most ``interval`` (a turn held by a post in flight
        usually ends long before its lease). Raises :class:`bot.storage.database.StorageUnavailable` if the database
        cannot say."""
        if channel in self._posting:
            return self.interval  # this process is posting there already (another fan-out)
        now = self.clock.now()
        since = self._ready.pop(channel, None)
        if since is not None:
            if now - since < self.lease:  # so a post started now ends a full lease before the double one runs out
                self._posting.add(channel)
                return 0.0
            self._ending[channel] = now  # taken too long ago to post under: hand it back and take a fresh one
        if channel in self._ending or channel in self._writing:
            await self._flush()
        allowed = await self.storage.take_turn(channel, self.owner, now, self.lease)
        if allowed is None:
            self._held.add(channel)
            self._posting.add(channel)
            return 0.0
        return max(MIN_WAIT, min((allowed - now).total_seconds(), self.interval))

    async def run(self, channel: str, post: Callable[[], Awaitable[T]]) -> T:
        """Run ``post`` in the channel's turn (just taken) and end the turn: the channel's next post may start
        ``interval`` after this one ended, or after Slack's ``Retry-After``. Cancelled (shutdown), the turn stays
        held for :meth:`release_all`."""
        try:
            result = await post()
        except asyncio.CancelledError:
            raise
        except RateLimited as exc:
            await self.finish(channel, max(self.interval, min(exc.retry_after, self.max_pause)))
            raise
        except BaseException:
            await self.finish(channel, self.interval)
            raise
        await self.finish(channel, self.interval)
        return result

    async def finish(self, channel: str, pause: float) -> None:
        """End our turn: the next post to the channel may start ``pause`` seconds from now. Written with the
        fan-out's other ends (:meth:`flush`), or at once in the background for a pause longer than the interval
        (a ``Retry-After`` the lease may not cover). Never raises."""
        self._posting.discard(channel)
        self._ending[channel] = self.clock.now() + dt.timedelta(seconds=pause)
        if pause > self.interval and not self._flush_lock.locked():  # else the write in progress takes it too
            task = asyncio.ensure_future(self._flush())
            self._flushers.add(task)
            task.add_done_callback(self._flushers.discard)

    async def flush(self) -> None:
        """Write the ends queued so far."""
        await self._flush()

    async def release_unused(self, channels: Iterable[str]) -> None:
        """End the turns a fan-out took ahead for ``channels`` but did not post under (the items were found already
        posted, or their claims lost): those channels are free at once."""
        now = self.clock.now()
        for channel in channels:
            if self._ready.pop(channel, None) is not None:
                self._ending[channel] = now
        await self._flush()

    async def release_all(self) -> int:
        """End every turn this process still holds (posts cancelled at shutdown); returns how many."""
        held = [c for c in self._held if c not in self._ending]
        now = self.clock.now()
        for channel in held:
            self._ending[channel] = now + dt.timedelta(seconds=self.interval)
        self._ready.clear()
        self._posting.clear()
        await self._flush()
        return len(held)

    async def _flush(self) -> None:
        """Write every queued end (group commit; waits for a write in progress, so nothing is left behind)."""
        async with self._flush_lock:
            while self._ending:
                batch, self._ending = self._ending, {}
                self._held.difference_update(batch)
                self._writing.update(batch)
                try:
                    ended = await self.storage.end_turns(list(batch.items()), self.owner)
                except Exception as exc:
                    log.warning("could not end %d posting turn(s) (they free themselves): %s", len(batch), type(exc).__name__)
                    continue
                finally:
                    self._writing.difference_update(batch)
                if ended < len(batch):
                    log.warning("%d posting turn(s) ran out before their post ended", len(batch) - ended)
