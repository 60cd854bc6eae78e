"""Announcing updates (``content/updates.yaml``): which subscribed channels get each, and when.

An update is announced once in every active subscription it concerns: a channel subscribed to every deadline (the
default ``/eo subscribe``) gets every update; a channel that chose deadlines gets the updates naming one of those
deadlines or the provision one of them belongs to. Its time is when the update first appeared in any bot process
(recorded in the database, so every process plans the same instant), or, for an update dated later than that,
the announce time on its date. A channel that subscribed after the update appeared is not sent it (``/eo news``
lists it). The announcement goes through the delivery ledger like a deadline's, keyed (channel, ``update:<id>``,
``news``), so it is posted once across processes and restarts.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from bot.announce.schedule import Announcement, PlanSettings, local_instant
from bot.content.models import Content
from bot.content.updates import Update
from bot.core.clock import Clock
from bot.storage.content_records import ContentRecords
from bot.storage.database import Subscription

UPDATE_PREFIX = "update:"
UPDATE_LEAD = "news"


def concerns(update: Update, sub: Subscription, content: Content) -> bool:
    """Whether the subscription's choice covers the update (see the module docstring)."""
    if sub.deadline_ids is None:
        return True
    chosen = set(sub.deadline_ids)
    if chosen & set(update.deadlines):
        return True
    provisions = {content.deadlines[d].provision for d in chosen if d in content.deadlines}
    return bool(provisions & set(update.provisions))


def update_time(update: Update, first_seen: dt.datetime, tz_name: str, at: dt.time) -> dt.datetime:
    """When the update is announced in a channel of ``tz_name``: when it appeared, unless it is dated later."""
    tz = ZoneInfo(tz_name)
    if update.date <= first_seen.astimezone(tz).date():
        return first_seen
    return local_instant(update.date, at, tz)


def plan_updates(
    content: Content,
    updates: Iterable[Update],
    seen: Mapping[str, dt.datetime],
    subs: Iterable[Subscription],
    plan: PlanSettings,
) -> list[Announcement]:
    """Update announcements for the active subscriptions, sorted (updates without a first-seen time are skipped)."""
    out: list[Announcement] = []
    updates = list(updates)
    for sub in subs:
        if sub.paused:
            continue
        tz_name = plan.tz_for(sub.timezone)
        for update in updates:
            first = seen.get(update.id)
            if first is None or not concerns(update, sub, content):
                continue
            at = update_time(update, first, tz_name, plan.announce_time)
            if at < sub.created_at:
                continue
            item = f"{UPDATE_PREFIX}{update.id}"
            out.append(Announcement(at, sub.channel_id, item, UPDATE_LEAD, "update", update.date, tz_name, update=update))
    out.sort()
    return out


class UpdateFeed:
    """The updates of the content being served, planned with their first-seen times from the database."""

    def __init__(self, records: ContentRecords, clock: Clock, updates: Sequence[Update] = ()) -> None:
        self.records = records
        self.clock = clock
        self.updates: tuple[Update, ...] = tuple(updates)

    async def plan(self, content: Content, subs: Sequence[Subscription], plan: PlanSettings) -> list[Announcement]:
        """Records the first appearance of new updates (now) and plans every update announcement."""
        updates = self.updates
        if not updates:
            return []
        seen = await self.records.first_seen([u.id for u in updates], self.clock.now())
        return plan_updates(content, updates, seen, subs, plan)
