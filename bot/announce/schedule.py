"""Planning announcements: pure functions from content, subscriptions and review clocks to instants.

Every announcement is at the announce time (default 09:00) *local to the channel's timezone*, on a calendar
day counted in that timezone: a 7-day lead is "seven calendar days before, at 09:00 local", so 09:00 stays 09:00
across daylight-saving changes (the UTC instant shifts by an hour instead). Hour leads (``12h``) are then
subtracted in absolute time. A local time that does not exist (spring-forward gap) resolves with the offset
before the change (zoneinfo's ``fold=0``), e.g. 02:30 becomes 03:30 daylight time.

Dropped while planning: deadline announcements whose local day falls before the signing date (a 60-day
lead on a 30-day deadline), and announcements before the subscription's start or the review clock's creation
(those are summarised once at subscribe time instead of being sent as stale reminders). A subscription's start
(``created_at``) is the earliest clock time the channel subscribed at: subscribing again after the clock was
moved back starts it from then (see :meth:`bot.storage.database.Storage.upsert_subscription`).

Review window: "up to 30 days" is read as 30 calendar days counted inclusively from the start date, so the
start date is day 1 and the window's *last day* is ``start + 29 days``; the window ends at the end of that
day. Announced at the start, 7 days and 1 day before the last day, and on the last day (leads ``start``,
``7d``, ``1d``, ``0d`` counted back from the last day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Literal, Optional, Sequence
from zoneinfo import ZoneInfo

from bot.content.models import Content
from bot.content.updates import Update
from bot.storage.database import LedgerKey, ReviewClock, Subscription

UTC = dt.timezone.utc
REVIEW_WINDOW_DAYS = 30
REVIEW_LEADS: tuple[tuple[str, Optional[int]], ...] = (("start", None), ("7d", 7), ("1d", 1), ("0d", 0))
REVIEW_PREFIX = "review:"

Kind = Literal["deadline", "review", "update"]  # updates: bot.announce.updates


@dataclass(frozen=True, order=True)
class Announcement:
    """One message to one channel. Ordered by ``fire_at`` first (then channel, item, lead)."""

    fire_at: dt.datetime  # aware, UTC
    channel: str
    item_id: str  # deadline id, "review:<id>" or "update:<id>"
    lead: str  # "7d", "1d", "0d", "12h"; for reviews also "start"
    kind: Kind
    due: dt.date = field(compare=False)  # the deadline's date, or the review window's last day
    timezone: str = field(compare=False)
    review_name: Optional[str] = field(default=None, compare=False)
    review_start: Optional[dt.date] = field(default=None, compare=False)
    update: Optional[Update] = field(default=None, compare=False)  # what an "update" announcement says

    @property
    def key(self) -> LedgerKey:
        return LedgerKey(self.channel, self.item_id, self.lead)

    @property
    def local_date(self) -> dt.date:
        return self.fire_at.astimezone(ZoneInfo(self.timezone)).date()

    def days_left(self) -> int:
        """Whole days from the announcement's local day to ``due`` (0 = today)."""
        return (self.due - self.local_date).days


def lead_label(lead: dt.timedelta) -> str:
    """``7d``, ``0d``, ``12h``, ``1d12h`` (the ledger key's lead; stable for a given setting)."""
    days, seconds = lead.days, lead.seconds
    hours, rest = divmod(seconds, 3600)
    if rest:
        return f"{int(lead.total_seconds())}s"
    if hours == 0:
        return f"{days}d"
    return f"{hours}h" if days == 0 else f"{days}d{hours}h"


def local_instant(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """``at`` o'clock on ``day`` in ``tz`` as an aware UTC datetime (DST-correct)."""
    return dt.datetime.combine(day, at.replace(tzinfo=None), tzinfo=tz).astimezone(UTC)


def fire_time(due: dt.date, lead: dt.timedelta, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """Announce time on the day ``lead.days`` calendar days before ``due``, minus the lead's hours."""
    return local_instant(due - dt.timedelta(days=lead.days), at, tz) - dt.timedelta(seconds=lead.seconds)


def review_last_day(start: dt.date) -> dt.date:
    """The last day of a review window starting on ``start`` (day 1): ``start + 29 days``."""
    return start + dt.timedelta(days=REVIEW_WINDOW_DAYS - 1)


@dataclass(frozen=True)
class PlanSettings:
    leads: Sequence[dt.timedelta]
    announce_time: dt.time
    timezone: str  # default for channels without their own

    def tz_for(self, override: Optional[str]) -> str:
        return override or self.timezone


def plan_deadlines(content: Content, subs: Iterable[Subscription], plan: PlanSettings) -> list[Announcement]:
    """Deadline announcements for the (active) subscriptions, sorted."""
    signing = content.order.signing_date
    deadlines = [(d.id, content.deadline_date(d)) for d in content.deadlines.values()]
    out: list[Announcement] = []
    for sub in subs:
        if sub.paused:
            continue
        tz_name = plan.tz_for(sub.timezone)
        tz = ZoneInfo(tz_name)
        for deadline_id, due in deadlines:
            if not sub.covers(deadline_id):
                continue
            for lead in plan.leads:
                at = fire_time(due, lead, plan.announce_time, tz)
                if at.astimezone(tz).date() < signing or at < sub.created_at:
                    continue
                out.append(Announcement(at, sub.channel_id, deadline_id, lead_label(lead), "deadline", due, tz_name))
    out.sort()
    return out


def review_announcements(clock: ReviewClock, tz_name: str, at: dt.time) -> list[Announcement]:
    """The four announcements of one review window (none dropped)."""
    tz = ZoneInfo(tz_name)
    last = review_last_day(clock.start_date)
    out = []
    for label, before_last in REVIEW_LEADS:
        day = clock.start_date if before_last is None else last - dt.timedelta(days=before_last)
        out.append(
            Announcement(
                local_instant(day, at, tz),
                clock.channel_id,
                f"{REVIEW_PREFIX}{clock.id}",
                label,
                "review",
                last,
                tz_name,
                clock.model_name,
                clock.start_date,
            )
        )
    return out


def plan_reviews(
    clocks: Iterable[ReviewClock], subs_by_channel: dict[str, Subscription], plan: PlanSettings
) -> list[Announcement]:
    """Review-window announcements (in the channel's subscription timezone when it has one), sorted.

    A review clock belongs to its channel whether or not the channel subscribes to deadlines; a paused
    subscription pauses its review announcements too (the bot cannot post there)."""
    out: list[Announcement] = []
    for clock in clocks:
        if clock.cancelled:
            continue
        sub = subs_by_channel.get(clock.channel_id)
        if sub is not None and sub.paused:
            continue
        tz_name = plan.tz_for(sub.timezone if sub else None)
        out.extend(a for a in review_announcements(clock, tz_name, plan.announce_time) if a.fire_at >= clock.created_at)
    out.sort()
    return out


def plan_all(
    content: Content, subs: Sequence[Subscription], clocks: Iterable[ReviewClock], plan: PlanSettings
) -> list[Announcement]:
    by_channel = {s.channel_id: s for s in subs}
    return sorted(plan_deadlines(content, subs, plan) + plan_reviews(clocks, by_channel, plan))


@dataclass(frozen=True)
class Split:
    """Announcements relative to ``now``: too old to send, due now (catch-up), and ahead."""

    stale: list[Announcement]
    catch_up: list[Announcement]
    future: list[Announcement]


def split_by_time(announcements: Iterable[Announcement], now: dt.datetime, catchup_window: dt.timedelta) -> Split:
    """``fire_at <= now - window`` is stale; ``now - window < fire_at <= now`` is due (catch-up); later is future."""
    stale, catch_up, future = [], [], []
    for a in announcements:
        if a.fire_at > now:
            future.append(a)
        elif now - a.fire_at < catchup_window:
            catch_up.append(a)
        else:
            stale.append(a)
    return Split(stale, catch_up, future)


def next_announcements(announcements: Iterable[Announcement], now: dt.datetime, limit: int = 5) -> list[Announcement]:
    return [a for a in sorted(announcements) if a.fire_at > now][:limit]
