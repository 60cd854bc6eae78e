"""Exactly-once delivery of announcements through the ledger in :mod:`bot.storage.database`.

For each announcement: too old (older than the catch-up window) -> recorded as skipped and logged; otherwise
claim it in the ledger (only one process wins), wait for the channel's turn (at most one message per second
per channel), post, and mark it delivered with Slack's ts. Rate limits wait ``Retry-After``; server errors and
timeouts back off exponentially (capped); every retry refreshes the claim so no other process takes it over.
A permanent error (bot removed, channel archived...) skips the announcement and pauses that channel's
subscription; other channels carry on. Fan-out runs one task per channel with bounded concurrency on posts.

All waiting goes through the injected ``sleep`` and all time through the injected clock.

Every announcement carries a marker (the ``block_id`` of its first block, :func:`announcement_marker`). Before
re-posting after an ambiguous failure (a timeout or 5xx: Slack may have posted it anyway) or after taking over a
crashed process's claim, delivery asks the poster whether the channel's recent messages already hold the marker
(``find_marker``, conversations.history); if so it records that message as the delivery instead of posting.
A claim is renewed right before each post when it has aged (a third of ``claim_timeout``), and a post is only
sent while this process holds the claim, so a live process's announcement is never taken over mid-way.

Known limit: if a process dies after Slack accepted a post but before the ledger write, and the channel's history
cannot be read (missing scope, Slack down) or the message was deleted, the claim is taken over after
``claim_timeout`` and the announcement is posted again (Slack offers no idempotency key).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import socket
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Iterable, Literal, Optional

from bot.announce.poster import PermanentError, Poster, PostError, PostTimeout, RateLimited, ServerError
from bot.announce.schedule import Announcement
from bot.core.clock import Clock
from bot.storage.database import LedgerKey, Storage

log = logging.getLogger(__name__)

UNKNOWN = object()  # a history lookup that could not be made

Sleep = Callable[[float], Awaitable[Any]]
Render = Callable[[Announcement], tuple[str, list[dict[str, Any]]]]
Outcome = Literal["delivered", "taken", "stale", "skipped", "failed", "lost"]


MARKER_PREFIX = "eo-announcement"


def announcement_marker(a: Announcement) -> str:
    """Identifies an announcement's message inside its channel (Block Kit ``block_id``, at most 255 chars)."""
    return f"{MARKER_PREFIX}:{a.item_id}:{a.lead}"[:255]


def with_marker(blocks: list[dict[str, Any]], marker: str) -> list[dict[str, Any]]:
    if not blocks:
        return blocks
    return [{**blocks[0], "block_id": marker}, *blocks[1:]]


def process_owner_id() -> str:
    """Identifies this process in the ledger's ``claimed_by``."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass(frozen=True)
class DeliveryPolicy:
    catchup_window: dt.timedelta = dt.timedelta(hours=24)
    claim_timeout: dt.timedelta = dt.timedelta(minutes=10)
    per_channel_interval: float = 1.0  # seconds between two posts to one channel
    concurrency: int = 32  # posts in flight at once
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    max_wait: float = 300.0  # longest single wait (a huge Retry-After); must stay under claim_timeout
    max_attempts: int = 10
    # When a post may have gone out (a 5xx, a timeout) and the channel's history cannot be read, check again this
    # many times (backing off) before posting once more: a long outage costs at most one duplicate per announcement.
    max_unknown_checks: int = 5

    def backoff(self, attempt: int) -> float:
        """1, 2, 4, ... seconds for the 1st, 2nd, 3rd ... failure, capped."""
        return min(self.backoff_cap, self.backoff_base * 2 ** max(attempt - 1, 0))


class ChannelLimiter:
    """Spaces posts to one channel at least ``interval`` seconds apart (by the injected clock).

    Callers post to a channel one after another (delivery runs one task per channel), so a channel's next
    allowed instant is simply the last post's start plus the interval (or later after a ``Retry-After``)."""

    def __init__(self, clock: Clock, sleep: Sleep, interval: float) -> None:
        self.clock = clock
        self.sleep = sleep
        self.interval = dt.timedelta(seconds=interval)
        self._next: dict[str, dt.datetime] = {}

    async def wait_turn(self, channel: str) -> None:
        allowed = self._next.get(channel)
        if allowed is not None:
            delay = (allowed - self.clock.now()).total_seconds()
            if delay > 0:
                await self.sleep(delay)

    def posted(self, channel: str) -> None:
        now = self.clock.now()
        self._next[channel] = max(self._next.get(channel, now), now + self.interval)
        if len(self._next) > 10_000:
            self._next = {c: t for c, t in self._next.items() if t > now}

    def defer(self, channel: str, seconds: float) -> None:
        self._next[channel] = max(self._next.get(channel, self.clock.now()), self.clock.now() + dt.timedelta(seconds=seconds))


@dataclass
class FanOutReport:
    outcomes: dict[LedgerKey, Outcome] = field(default_factory=dict)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)


class Delivery:
    def __init__(
        self,
        storage: Storage,
        poster: Poster,
        clock: Clock,
        render: Render,
        *,
        policy: DeliveryPolicy = DeliveryPolicy(),
        sleep: Sleep = asyncio.sleep,
        owner: Optional[str] = None,
    ) -> None:
        self.storage = storage
        self.poster = poster
        self.clock = clock
        self.render = render
        self.policy = policy
        self.sleep = sleep
        self.owner = owner or process_owner_id()
        self.limiter = ChannelLimiter(clock, sleep, policy.per_channel_interval)
        self._posting = asyncio.Semaphore(policy.concurrency)
        self.paused_channels: set[str] = set()
        self._delivered: list[tuple[Announcement, Optional[str]]] = []
        self._flush_lock = asyncio.Lock()
        self._inflight: set[LedgerKey] = set()  # claimed by this process and not finished yet
        self._claimed_at: dict[LedgerKey, dt.datetime] = {}  # when our claim was last written

    async def deliver_many(self, announcements: Iterable[Announcement]) -> FanOutReport:
        """Deliver a batch: stale ones skipped and the rest claimed in one transaction each, then one task per
        channel (its announcements in time order) with posts bounded overall and deliveries group-committed."""
        report = FanOutReport()
        now = self.clock.now()
        fresh: list[Announcement] = []
        for a in sorted(announcements):
            if a.key in self._inflight:
                report.outcomes[a.key] = "taken"  # this process is already delivering it
            elif a.channel in self.paused_channels or now - a.fire_at >= self.policy.catchup_window:
                report.outcomes[a.key] = await self.deliver(a)  # skipped, with the reason logged
            else:
                fresh.append(a)
        takeovers: set[LedgerKey] = set()
        claimed = await self.storage.claim_many(
            [(a.key, a.fire_at) for a in fresh], self.owner, now, self.policy.claim_timeout, takeovers=takeovers
        )
        by_channel: dict[str, list[Announcement]] = defaultdict(list)
        for a in fresh:
            if a.key in claimed:
                self._hold(a.key, now)
                by_channel[a.channel].append(a)
            else:
                report.outcomes[a.key] = "taken"
        results = await asyncio.gather(
            *(self._channel(items, claimed, takeovers, report) for items in by_channel.values()), return_exceptions=True
        )
        for failure in (r for r in results if isinstance(r, BaseException)):  # one channel's trouble stays its own
            if isinstance(failure, asyncio.CancelledError):
                raise failure
            log.error("a channel's announcements failed: %s: %s", type(failure).__name__, failure)
        await self._flush_delivered()
        return report

    async def _channel(
        self, items: list[Announcement], claimed: dict[LedgerKey, int], takeovers: set[LedgerKey], report: FanOutReport
    ) -> None:
        for a in items:
            cancelled = False
            try:
                if a.channel in self.paused_channels:
                    await self.storage.release_as_skipped(a.key, self.owner, "channel paused")
                    report.outcomes[a.key] = "skipped"
                else:
                    report.outcomes[a.key] = await self._send(a, claimed[a.key], batched=True, taken_over=a.key in takeovers)
            except asyncio.CancelledError:  # shutting down: the claim stays held so give_back_held returns it
                cancelled = True
                raise
            except Exception as exc:  # this one fails; the channel's next ones still go, and the claim is given back
                log.warning("announcement %s/%s/%s failed: %s", a.channel, a.item_id, a.lead, type(exc).__name__)
                report.outcomes[a.key] = "failed"
                await self._give_back(a.key, f"{type(exc).__name__}: {exc}")
            finally:
                if not cancelled:
                    self._release(a.key)

    async def give_back_held(self, reason: str) -> int:
        """Give back every claim this process holds but has not finished (at shutdown); returns how many."""
        held = list(self._inflight)
        for key in held:
            await self._give_back(key, reason)
            self._release(key)
        return len(held)

    async def _give_back(self, key: LedgerKey, reason: str) -> None:
        try:
            await self.storage.release_claim(key, self.owner, reason)
        except Exception as exc:  # the database is down too: the claim times out instead
            log.warning("could not give back the claim on %s: %s", key, type(exc).__name__)

    def _hold(self, key: LedgerKey, at: dt.datetime) -> None:
        self._inflight.add(key)
        self._claimed_at[key] = at

    def _release(self, key: LedgerKey) -> None:
        self._inflight.discard(key)
        self._claimed_at.pop(key, None)

    async def deliver(self, a: Announcement) -> Outcome:
        """Deliver one announcement at most once across every process sharing the database."""
        now = self.clock.now()
        if a.channel in self.paused_channels:
            await self.storage.mark_skipped([(a.key, a.fire_at)], "channel paused")
            return "skipped"
        if now - a.fire_at >= self.policy.catchup_window:
            if await self.storage.mark_skipped([(a.key, a.fire_at)], "older than the catch-up window"):
                log.warning(
                    "skipped %s/%s/%s: due %s, older than the catch-up window",
                    a.channel,
                    a.item_id,
                    a.lead,
                    a.fire_at.isoformat(),
                )
            return "stale"
        if a.key in self._inflight:
            return "taken"
        claim = await self.storage.claim_delivery(a.key, a.fire_at, self.owner, now, self.policy.claim_timeout)
        if claim is None:
            return "taken"
        self._hold(a.key, now)
        try:
            return await self._send(a, claim.attempts, taken_over=claim.taken_over)
        finally:
            self._release(a.key)

    async def _send(self, a: Announcement, attempts: int, batched: bool = False, taken_over: bool = False) -> Outcome:
        text, blocks = self.render(a)
        marker = announcement_marker(a)
        blocks = with_marker(blocks, marker)
        maybe_posted = taken_over  # a crashed owner (or an ambiguous failure) may have posted it already
        unknown_checks = 0
        while True:
            await self.limiter.wait_turn(a.channel)
            if maybe_posted:
                found = await self._find_posted(a, marker)
                if found is UNKNOWN and unknown_checks < self.policy.max_unknown_checks:
                    unknown_checks += 1  # can't tell whether it went out: look again later rather than post again
                    wait = self.policy.backoff(unknown_checks)
                    log.info("cannot read %s's history to check %s; checking again in %.1fs", a.channel, marker, wait)
                    await self.sleep(wait)
                    continue
                if isinstance(found, str):
                    return await self._record(a, found or None, batched)
            if not await self._renew_if_aged(a.key):
                log.warning("lost the claim on %s/%s/%s before posting", a.channel, a.item_id, a.lead)
                return "lost"
            try:
                async with self._posting:
                    self.limiter.posted(a.channel)
                    result = await self.poster.post(a.channel, text, blocks)
            except PermanentError as exc:
                return await self._permanent(a, exc.code)
            except RateLimited as exc:
                wait = min(exc.retry_after, self.policy.max_wait)
                self.limiter.defer(a.channel, wait)
                error, maybe_posted = str(exc), False
            except (PostError, asyncio.TimeoutError, OSError) as exc:
                wait = self.policy.backoff(attempts + 1)
                error = f"{type(exc).__name__}: {exc}"
                maybe_posted = isinstance(exc, (ServerError, PostTimeout, asyncio.TimeoutError, OSError))
            except Exception as exc:  # a poster bug or an answer nobody foresaw: one failed attempt, never the fan-out
                log.warning("unexpected failure posting %s/%s/%s: %s", a.channel, a.item_id, a.lead, type(exc).__name__)
                wait = self.policy.backoff(attempts + 1)
                error, maybe_posted = f"{type(exc).__name__}: {exc}", True
            else:
                return await self._record(a, result.ts, batched)
            attempts += 1
            if attempts >= self.policy.max_attempts:
                log.error("giving up on %s/%s/%s after %d attempts: %s", a.channel, a.item_id, a.lead, attempts, error)
                await self.storage.mark_failed(a.key, self.owner, error)
                return "failed"
            if not await self.storage.record_attempt(a.key, self.owner, error, self.clock.now()):
                log.warning("lost the claim on %s/%s/%s to another process", a.channel, a.item_id, a.lead)
                return "lost"
            self._claimed_at[a.key] = self.clock.now()
            log.info("retrying %s/%s/%s in %.1fs (attempt %d): %s", a.channel, a.item_id, a.lead, wait, attempts, error)
            await self.sleep(wait)

    async def _record(self, a: Announcement, ts: Optional[str], batched: bool) -> Outcome:
        if batched:
            await self._queue_delivered(a, ts)
        else:
            await self._mark_delivered(a, ts)
        return "delivered"

    async def _find_posted(self, a: Announcement, marker: str) -> Optional[str] | object:
        """The ts of this announcement's message if the channel already shows it ("" if Slack gave no ts), None if
        it does not (or the poster has no way to look), :data:`UNKNOWN` if the history could not be read."""
        finder = getattr(self.poster, "find_marker", None)
        if finder is None:
            return None
        try:
            ts = await finder(a.channel, marker)
        except Exception as exc:
            log.warning("could not check %s for an earlier post of %s: %s", a.channel, marker, type(exc).__name__)
            return UNKNOWN
        if ts is not None:
            log.warning(
                "%s/%s/%s was already posted (ts %s), probably by a process that died before recording "
                "it; recording it instead of posting again",
                a.channel,
                a.item_id,
                a.lead,
                ts,
            )
        return ts

    async def _renew_if_aged(self, key: LedgerKey) -> bool:
        """Renew our claim before posting if it is older than a third of the claim timeout (long waits for the
        channel's turn), so no other process can take it over while the post is in flight."""
        since = self._claimed_at.get(key)
        now = self.clock.now()
        if since is None or now - since < self.policy.claim_timeout / 3:
            return True
        if not await self.storage.refresh_claim(key, self.owner, now):
            return False
        self._claimed_at[key] = now
        return True

    async def _queue_delivered(self, a: Announcement, ts: Optional[str]) -> None:
        """Group commit: while one ledger write runs, confirmations queue up and go in the next one."""
        self._delivered.append((a, ts))
        if not self._flush_lock.locked():
            await self._flush_delivered()

    async def _flush_delivered(self) -> None:
        """Write every queued confirmation (waits for a flush in progress, so nothing is left behind)."""
        async with self._flush_lock:
            while self._delivered:
                batch, self._delivered = self._delivered, []
                try:
                    await self.storage.mark_delivered_many([(a.key, ts) for a, ts in batch], self.owner, self.clock.now())
                except Exception:  # the posts went out; record them one by one (with retries)
                    log.exception("could not record a batch of %d deliveries", len(batch))
                    for a, ts in batch:
                        await self._mark_delivered(a, ts)

    async def _mark_delivered(self, a: Announcement, ts: Optional[str]) -> None:
        for attempt in range(3):
            try:
                await self.storage.mark_delivered(a.key, self.owner, ts, self.clock.now())
                return
            except Exception:  # the post went out; keep trying to record it
                log.exception("could not record delivery of %s/%s/%s", a.channel, a.item_id, a.lead)
                await self.sleep(0.5 * (attempt + 1))

    async def _permanent(self, a: Announcement, code: str) -> Outcome:
        reason = f"Slack said {code} when posting to {a.channel}"
        await self.storage.release_as_skipped(a.key, self.owner, reason)
        self.paused_channels.add(a.channel)
        if await self.storage.pause_subscription(a.channel, reason, self.clock.now()):
            log.warning("paused the subscription of %s: %s", a.channel, reason)
        return "skipped"
