"""One message per second per channel, across every process sharing the database.

Before each post a process takes the channel's *turn* in the database (:meth:`Storage.take_turn`, one conditional
UPDATE, atomic on SQLite and PostgreSQL): the channel's ``next_at`` moves to the end of a lease while the post is in
flight, and when the post has ended it moves to the end + the interval (or + Slack's ``Retry-After``). So the next
post to that channel, from any process, starts at least the interval after the previous one *ended*, which means
at least the interval apart at Slack too. A process that dies mid-post holds its channel until the lease runs out
(set a little above the poster's timeout); a process shutting down ends its turns at once (:meth:`release_all`).

The turns have their own clock: Slack's limit is in real time, and every process sharing the database must read
the same clock for the spacing to hold. The running bot uses the wall clock for them even under ``EO_CLOCK_START``
(each process's simulated clock starts at its own launch); tests inject a ManualClock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Awaitable, Callable, TypeVar

from bot.announce.poster import RateLimited
from bot.core.clock import Clock
from bot.storage.database import Storage

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[Any]]
MIN_WAIT = 0.01  # seconds; never spin on a turn that frees up this very instant


class ChannelTurns:
    def __init__(self, storage: Storage, clock: Clock, owner: str, interval: float, lease: float, max_pause: float) -> None:
        self.storage = storage
        self.clock = clock
        self.owner = owner
        self.interval = interval
        self.lease = dt.timedelta(seconds=lease)
        self.max_pause = max_pause  # the longest Retry-After honoured for one channel
        self._held: set[str] = set()

    async def take(self, channel: str) -> float:
        """0 if the channel's turn is ours now (post, then :meth:`finish`), else the seconds to wait before asking
        again. Raises :class:`bot.storage.database.StorageUnavailable` if the database cannot say."""
        now = self.clock.now()
        allowed = await self.storage.take_turn(channel, self.owner, now, self.lease)
        if allowed is None:
            self._held.add(channel)
            return 0.0
        return max(MIN_WAIT, (allowed - now).total_seconds())

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
        """End our turn: the next post to the channel may start ``pause`` seconds from now. Never raises (the post's
        outcome matters more; an unended turn frees itself when its lease runs out)."""
        self._held.discard(channel)
        try:
            if not await self.storage.end_turn(channel, self.owner, self.clock.now() + dt.timedelta(seconds=pause)):
                log.warning("the posting turn of %s ran out before the post ended", channel)
        except Exception as exc:
            log.warning("could not end the posting turn of %s (it frees itself): %s", channel, type(exc).__name__)

    async def release_all(self) -> int:
        """End every turn this process still holds (posts cancelled at shutdown); returns how many."""
        held = list(self._held)
        for channel in held:
            await self.finish(channel, self.interval)
        return len(held)
