"""Exactly-once delivery of announcements through the ledger in :mod:`bot.storage.database`.

For a batch: too old (older than the catch-up window) -> recorded as skipped and logged; the rest are claimed in the
ledger in one transaction (only one process wins each). Then one task per channel posts the channel's messages in
time order: the announcements due at the same instant in a channel go out as **one** message, a digest
(:mod:`bot.announce.digest`; a lone announcement as itself). Each message waits for the channel's turn
(:mod:`bot.announce.pacing`: one message per second per channel, across processes) and all its items are marked
delivered with Slack's ts in one transaction. Rate limits wait ``Retry-After``; server errors and timeouts back off
exponentially (capped); every retry refreshes the claims so no other process takes them over. A permanent error (bot
removed, channel archived...) skips the items and pauses that channel's subscription; other channels carry on. Posts
in flight are bounded overall.

All waiting goes through the injected ``sleep`` and all time through the injected clocks.

Every item carries its marker (:func:`bot.announce.digest.announcement_marker`, the ``block_id`` of its first block).
Before re-posting after an ambiguous failure (a timeout or 5xx: Slack may have posted it anyway) or after taking over a
crashed process's claims, delivery asks the poster which of the items' markers the channel's recent messages already
hold (``find_markers``, one conversations.history read); those items are recorded with the message found, and only
the rest are posted (as a digest of what is left). So a crash mid-digest (after the claims, while the post is in
flight, or after Slack took it but before the ledger recorded it) neither loses nor repeats an item. A claim is
renewed right before each post when it has aged (a third of ``claim_timeout``), and a post is only sent for items this
process still holds, so a live process's announcement is never taken over mid-way.

Known limit: if a process dies after Slack accepted a post but before the ledger write, and the channel's history
cannot be read (missing scope, Slack down) or the message was deleted, the claims are taken over after
``claim_timeout`` and the items are posted again (Slack offers no idempotency key).
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
from typing import Any, Awaitable, Callable, Iterable, Literal, Optional, Sequence

from bot.announce.digest import (
    MARKER_PREFIX,
    Render,
    RenderDigest,
    announcement_marker,
    block_ids,
    group,
    stacked,
    with_marker,
)
from bot.announce.pacing import ChannelTurns
from bot.announce.poster import PermanentError, Poster, PostError, PostResult, PostTimeout, RateLimited, ServerError
from bot.announce.schedule import Announcement
from bot.core.clock import Clock
from bot.storage.database import LedgerKey, Storage, StorageUnavailable

log = logging.getLogger(__name__)

__all__ = ["MARKER_PREFIX", "Delivery", "DeliveryPolicy", "FanOutReport", "announcement_marker", "with_marker"]

UNKNOWN = object()  # a history lookup that could not be made

Sleep = Callable[[float], Awaitable[Any]]
Outcome = Literal["delivered", "taken", "stale", "skipped", "failed", "lost"]
Outcomes = dict[LedgerKey, Outcome]


def process_owner_id() -> str:
    """Identifies this process in the ledger's ``claimed_by``."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _names(items: Sequence[Announcement]) -> str:
    first = items[0]
    more = f" (+{len(items) - 1} in one digest)" if len(items) > 1 else ""
    return f"{first.channel}/{first.item_id}/{first.lead}{more}"


@dataclass(frozen=True)
class DeliveryPolicy:
    catchup_window: dt.timedelta = dt.timedelta(hours=24)
    claim_timeout: dt.timedelta = dt.timedelta(minutes=10)
    per_channel_interval: float = 1.0  # seconds between two posts to one channel (from the end of the earlier)
    turn_lease: float = 15.0  # seconds a channel's turn is held for a post: >= the poster's timeout + the interval
    digest_limit: int = 10  # items in one digest message
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


@dataclass
class FanOutReport:
    outcomes: Outcomes = field(default_factory=dict)

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
        render_digest: Optional[RenderDigest] = None,
        policy: DeliveryPolicy = DeliveryPolicy(),
        sleep: Sleep = asyncio.sleep,
        owner: Optional[str] = None,
        turn_clock: Optional[Clock] = None,
    ) -> None:
        self.storage = storage
        self.poster = poster
        self.clock = clock
        self.render = render
        self.render_digest = render_digest or stacked(render)
        self.policy = policy
        self.sleep = sleep
        self.owner = owner or process_owner_id()
        self.turns = ChannelTurns(
            storage, turn_clock or clock, self.owner, policy.per_channel_interval, policy.turn_lease, policy.max_wait
        )
        self._posting = asyncio.Semaphore(policy.concurrency)
        self.paused_channels: set[str] = set()
        self._delivered: list[tuple[Announcement, Optional[str]]] = []
        self._flush_lock = asyncio.Lock()
        self._inflight: set[LedgerKey] = set()  # claimed by this process and not finished yet
        self._claimed_at: dict[LedgerKey, dt.datetime] = {}  # when our claim was last written

    async def deliver_many(self, announcements: Iterable[Announcement]) -> FanOutReport:
        """Deliver a batch: stale ones skipped and the rest claimed in one transaction, then one task per channel (its
        messages in time order, a digest per instant) with posts bounded overall and deliveries group-committed."""
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
        await self.turns.prefetch(c for c in by_channel if c not in self.paused_channels)
        results = await asyncio.gather(
            *(self._channel(items, claimed, takeovers, report) for items in by_channel.values()), return_exceptions=True
        )
        await self.turns.release_unused(by_channel)
        for failure in (r for r in results if isinstance(r, BaseException)):  # one channel's trouble stays its own
            if isinstance(failure, asyncio.CancelledError):
                raise failure
            log.error("a channel's announcements failed: %s: %s", type(failure).__name__, failure)
        await self._flush_delivered()
        return report

    async def _channel(
        self, items: list[Announcement], claimed: dict[LedgerKey, int], takeovers: set[LedgerKey], report: FanOutReport
    ) -> None:
        for message in group(items, self.policy.digest_limit):
            cancelled = False
            outcomes: Outcomes = {}
            try:
                if message[0].channel in self.paused_channels:
                    for a in message:
                        await self.storage.release_as_skipped(a.key, self.owner, "channel paused")
                        outcomes[a.key] = "skipped"
                else:
                    attempts = max(claimed[a.key] for a in message)
                    taken_over = any(a.key in takeovers for a in message)
                    await self._send(message, attempts, outcomes, batched=True, taken_over=taken_over)
            except asyncio.CancelledError:  # shutting down: the claims stay held so give_back_held returns them
                cancelled = True
                raise
            except Exception as exc:  # this message fails; the channel's next ones still go, and the claims are given back
                log.warning("announcement %s failed: %s", _names(message), type(exc).__name__)
                for a in message:
                    if a.key not in outcomes:
                        outcomes[a.key] = "failed"
                        await self._give_back(a.key, f"{type(exc).__name__}: {exc}")
            finally:
                report.outcomes.update(outcomes)
                if not cancelled:
                    for a in message:
                        self._release(a.key)

    async def give_back_held(self, reason: str) -> int:
        """Give back every claim (and channel turn) this process holds but has not finished (at shutdown); returns
        how many claims."""
        held = list(self._inflight)
        for key in held:
            await self._give_back(key, reason)
            self._release(key)
        await self.turns.release_all()
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
        outcomes: Outcomes = {}
        try:
            await self._send([a], claim.attempts, outcomes, taken_over=claim.taken_over)
        finally:
            self._release(a.key)
        await self.turns.flush()
        return outcomes.get(a.key, "failed")

    async def _send(
        self, message: list[Announcement], attempts: int, outcomes: Outcomes, batched: bool = False, taken_over: bool = False
    ) -> None:
        """Post one message (one announcement or a digest) until every item has an outcome in ``outcomes``."""
        pending = list(message)
        channel = message[0].channel
        maybe_posted = taken_over  # a crashed owner (or an ambiguous failure) may have posted it already
        unknown_checks = 0
        while pending:
            if maybe_posted:
                found = await self._find_posted(channel, pending)
                if found is UNKNOWN and unknown_checks < self.policy.max_unknown_checks:
                    unknown_checks += 1  # can't tell whether it went out: look again later rather than post again
                    wait = self.policy.backoff(unknown_checks)
                    log.info("cannot read %s's history to check %s; checking again in %.1fs", channel, _names(pending), wait)
                    await self.sleep(wait)
                    continue
                maybe_posted = False
                if isinstance(found, dict) and found:
                    done = [(a, found[announcement_marker(a)] or None) for a in pending if announcement_marker(a) in found]
                    await self._record(done, batched, outcomes)
                    pending = [a for a in pending if a.key not in outcomes]
            pending = await self._still_ours(pending, outcomes)
            if not pending:
                return
            text, blocks = self._message(pending)
            try:
                result = await self._post(channel, text, blocks)
                if result is None:  # waited long for the channel's turn: renew the claims first
                    continue
            except PermanentError as exc:
                return await self._permanent(pending, exc.code, outcomes)
            except RateLimited as exc:
                wait = min(exc.retry_after, self.policy.max_wait)  # the channel's turn waits as long (pacing)
                error, maybe_posted = str(exc), False
            except StorageUnavailable as exc:  # the channel's turn could not be taken: nothing was posted
                wait = self.policy.backoff(attempts + 1)
                error, maybe_posted = f"database: {exc}", False
            except (PostError, asyncio.TimeoutError, OSError) as exc:
                wait = self.policy.backoff(attempts + 1)
                error = f"{type(exc).__name__}: {exc}"
                maybe_posted = isinstance(exc, (ServerError, PostTimeout, asyncio.TimeoutError, OSError))
            except Exception as exc:  # a poster bug or an answer nobody foresaw: one failed attempt, never the fan-out
                log.warning("unexpected failure posting %s: %s", _names(pending), type(exc).__name__)
                wait = self.policy.backoff(attempts + 1)
                error, maybe_posted = f"{type(exc).__name__}: {exc}", True
            else:
                return await self._record([(a, result.ts) for a in pending], batched, outcomes)
            attempts += 1
            if attempts >= self.policy.max_attempts:
                log.error("giving up on %s after %d attempts: %s", _names(pending), attempts, error)
                for a in pending:
                    await self.storage.mark_failed(a.key, self.owner, error)
                    outcomes[a.key] = "failed"
                return
            pending = await self._count_attempt(pending, error, outcomes)
            if pending:
                log.info("retrying %s in %.1fs (attempt %d): %s", _names(pending), wait, attempts, error)
                await self.sleep(wait)

    def _message(self, items: list[Announcement]) -> tuple[str, list[dict[str, Any]]]:
        """(text, blocks) of the message for ``items``: the announcement itself, or a digest of them."""
        if len(items) == 1:
            text, blocks = self.render(items[0])
            return text, with_marker(blocks, announcement_marker(items[0]))
        markers = [announcement_marker(a) for a in items]
        text, blocks = self.render_digest(items, markers)
        missing = set(markers) - block_ids(blocks)
        if missing:  # without them a crash could repeat the digest's items
            raise ValueError(f"the digest renderer left out the markers {sorted(missing)}")
        return text, blocks

    async def _post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> Optional[PostResult]:
        """Post in the channel's turn (:mod:`bot.announce.pacing`). A turn held elsewhere is waited for outside the
        bound on posts in flight, so one slow channel never holds back the others; None if it has not come within a
        third of the claim timeout (the caller renews its claims and asks again)."""
        since = self.clock.now()
        while True:
            async with self._posting:
                wait = await self.turns.take(channel)
                if not wait:
                    return await self.turns.run(channel, lambda: self.poster.post(channel, text, blocks))
            if self.clock.now() - since >= self.policy.claim_timeout / 3:
                return None
            await self.sleep(wait)

    async def _record(self, done: list[tuple[Announcement, Optional[str]]], batched: bool, outcomes: Outcomes) -> None:
        """Mark the items delivered (the message's ts each), all in one ledger write."""
        if batched:
            await self._queue_delivered(done)
        else:
            await self._write_delivered(done)
        outcomes.update((a.key, "delivered") for a, _ in done)

    async def _find_posted(self, channel: str, items: list[Announcement]) -> dict[str, str] | object:
        """{marker: ts of the message holding it ("" if Slack gave no ts)} for the items the channel already shows
        (empty if none, or if the poster has no way to look), :data:`UNKNOWN` if the history could not be read."""
        markers = [announcement_marker(a) for a in items]
        try:
            found = await self._lookup(channel, markers)
        except Exception as exc:
            log.warning("could not check %s for an earlier post of %s: %s", channel, _names(items), type(exc).__name__)
            return UNKNOWN
        for a in items:
            ts = found.get(announcement_marker(a))
            if ts is not None:
                log.warning(
                    "%s/%s/%s was already posted (ts %s), probably by a process that died before recording "
                    "it; recording it instead of posting again",
                    a.channel,
                    a.item_id,
                    a.lead,
                    ts,
                )
        return found

    async def _lookup(self, channel: str, markers: list[str]) -> dict[str, str]:
        """The poster's ``find_markers`` (one history read), or its older one-marker ``find_marker``."""
        many = getattr(self.poster, "find_markers", None)
        if many is not None:
            return dict(await many(channel, markers))
        one = getattr(self.poster, "find_marker", None)
        found: dict[str, str] = {}
        if one is not None:
            for marker in markers:
                ts = await one(channel, marker)
                if ts is not None:
                    found[marker] = ts
        return found

    async def _still_ours(self, items: list[Announcement], outcomes: Outcomes) -> list[Announcement]:
        """The items whose claims are still ours, renewed if they have aged (a third of the claim timeout: long waits
        for the channel's turn), so no other process can take them over while the post is in flight."""
        kept = []
        for a in items:
            if await self._renew_if_aged(a.key):
                kept.append(a)
            else:
                log.warning("lost the claim on %s/%s/%s before posting", a.channel, a.item_id, a.lead)
                outcomes[a.key] = "lost"
        return kept

    async def _renew_if_aged(self, key: LedgerKey) -> bool:
        since = self._claimed_at.get(key)
        now = self.clock.now()
        if since is None or now - since < self.policy.claim_timeout / 3:
            return True
        if not await self.storage.refresh_claim(key, self.owner, now):
            return False
        self._claimed_at[key] = now
        return True

    async def _count_attempt(self, items: list[Announcement], error: str, outcomes: Outcomes) -> list[Announcement]:
        """Record a failed attempt on each item (refreshing its claim); the items another process took are dropped."""
        kept = []
        for a in items:
            if await self.storage.record_attempt(a.key, self.owner, error, self.clock.now()):
                self._claimed_at[a.key] = self.clock.now()
                kept.append(a)
            else:
                log.warning("lost the claim on %s/%s/%s to another process", a.channel, a.item_id, a.lead)
                outcomes[a.key] = "lost"
        return kept

    async def _queue_delivered(self, done: list[tuple[Announcement, Optional[str]]]) -> None:
        """Group commit: while one ledger write runs, confirmations queue up and go in the next one (a message's items
        always in the same write)."""
        self._delivered.extend(done)
        if not self._flush_lock.locked():
            await self._flush_delivered()

    async def _flush_delivered(self) -> None:
        """Write every queued confirmation (waits for a flush in progress, so nothing is left behind)."""
        async with self._flush_lock:
            while self._delivered:
                batch, self._delivered = self._delivered, []
                await self._write_delivered(batch)

    async def _write_delivered(self, batch: list[tuple[Announcement, Optional[str]]]) -> None:
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

    async def _permanent(self, items: list[Announcement], code: str, outcomes: Outcomes) -> None:
        channel = items[0].channel
        reason = f"Slack said {code} when posting to {channel}"
        for a in items:
            await self.storage.release_as_skipped(a.key, self.owner, reason)
            outcomes[a.key] = "skipped"
        self.paused_channels.add(channel)
        if await self.storage.pause_subscription(channel, reason, self.clock.now()):
            log.warning("paused the subscription of %s: %s", channel, reason)
