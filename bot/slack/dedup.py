"""Answer each Slack ``event_id`` once, however often Slack retries it.

:class:`DedupMiddleware` is Bolt global middleware: the first delivery of an event id goes
on to the listeners; a repeat (``X-Slack-Retry-Num``, or the same envelope over Socket Mode)
is acknowledged with 200 and nothing else. The store is a small interface so a database
store (shared by several bot processes) can replace the in-memory one.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from typing import Awaitable, Callable, Protocol

from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.core.background import within

log = logging.getLogger(__name__)


class EventIdStore(Protocol):
    async def claim(self, event_id: str) -> bool:
        """Record ``event_id``; True the first time, False if it was already claimed."""


class InMemoryEventIdStore:
    """Event ids remembered for ``ttl`` seconds (Slack retries within minutes), at most ``max_size``."""

    def __init__(self, ttl: float = 3600.0, max_size: int = 100_000, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._max_size = max_size
        self._monotonic = monotonic
        self._seen: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def _prune(self, now: float) -> None:
        while self._seen:
            oldest_id, expires = next(iter(self._seen.items()))
            if expires > now and len(self._seen) <= self._max_size:
                break
            del self._seen[oldest_id]

    async def claim(self, event_id: str) -> bool:
        now = self._monotonic()
        self._prune(now)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now + self._ttl
        return True


class DedupMiddleware(AsyncMiddleware):
    def __init__(self, store: EventIdStore, timeout: float = 0.5) -> None:
        self.store = store
        self.timeout = timeout  # seconds the ack may wait for the event record

    @property
    def name(self) -> str:
        return "EventIdDedup"

    async def _first_delivery(self, event_id: str) -> bool:
        """Claim the event id, but never hold up the ack for it: when the record cannot be written quickly (a locked
        or read-only database), the event is handled anyway. A rare duplicate answer is better than a lost one, and
        Slack's 3-second window leaves no time to wait for a database."""
        try:
            return await within(self.store.claim(event_id), self.timeout)
        except Exception as exc:  # asyncio.TimeoutError, the database's own errors
            log.warning("event record unavailable (%s); handling the event without de-duplication", type(exc).__name__)
            return True

    async def async_process(
        self,
        *,
        req: AsyncBoltRequest,
        resp: BoltResponse,
        next: Callable[[], Awaitable[BoltResponse]],
    ) -> BoltResponse:
        event_id = req.body.get("event_id") if req.body.get("type") == "event_callback" else None
        if not event_id or await self._first_delivery(str(event_id)):
            return await next()
        retry = (req.headers.get("x-slack-retry-num") or [""])[0]
        log.info("duplicate event ignored", extra={"fields": {"event_id": event_id, "retry_num": retry}})
        return BoltResponse(status=200, body="")
