"""The service behind ``/eo subscribe``, ``unsubscribe``, ``status`` and ``review start|list|cancel``.

Returns plain result objects (rendered by :func:`bot.ui.announcements.render_result`); a :class:`Problem` carries a
friendly message for bad input or a refusal. After every change it calls ``on_change`` (the scheduler's
``reschedule``). Announcements that are already in the past when a channel subscribes (or a review clock is
started with a past date) are recorded as skipped in the ledger, so the channel gets one summary instead of
stale reminders.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shlex
from dataclasses import dataclass, field, replace
from typing import Awaitable, Callable, Optional, Sequence, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.announce.schedule import (
    Announcement,
    PlanSettings,
    plan_deadlines,
    plan_reviews,
    review_announcements,
    review_last_day,
)
from bot.content.deadlines import DeadlineStatus, status_for
from bot.content.models import Content
from bot.core.clock import Clock
from bot.storage.database import ReviewClock, Storage, Subscription

log = logging.getLogger(__name__)

MAX_TZ_NAME = 64  # the longest IANA zone name is 32 characters
_TZ_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2}")
_CLOCK_ID = re.compile(r"[0-9]{1,18}")
MAX_CLOCK_ID = 2**63 - 1  # the database's integer range
MAX_START_DAYS = 366 * 5

OnChange = Callable[[], Awaitable[object]]
CanPost = Callable[[str], Awaitable[Optional[bool]]]

MAX_MODEL_NAME = 100
NEXT_LIMIT = 5
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OTHER_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Problem:
    """Bad input or a refusal, explained in one friendly message (plain text, escaped when rendered)."""

    message: str


@dataclass(frozen=True)
class NotInChannel:
    channel: str


@dataclass(frozen=True)
class Subscribed:
    subscription: Subscription
    timezone: str
    passed: list[DeadlineStatus]  # due before today (the summary says what passed and when)
    today: list[DeadlineStatus]
    ahead: list[DeadlineStatus]
    next: list[Announcement]
    unverified: bool = False  # Slack could not say whether the bot can post here (the subscription is kept)


@dataclass(frozen=True)
class Unsubscribed:
    channel: str
    was_subscribed: bool


@dataclass(frozen=True)
class ReviewView:
    clock: ReviewClock
    last_day: dt.date
    days_left: int  # to the last day; negative once the window is over


@dataclass(frozen=True)
class Status:
    channel: str
    subscription: Optional[Subscription]
    timezone: str
    deadlines: list[DeadlineStatus]  # the ones the channel is subscribed to
    next: list[Announcement]
    reviews: list[ReviewView] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewStarted:
    review: ReviewView
    next: list[Announcement]


@dataclass(frozen=True)
class ReviewList:
    channel: str
    reviews: list[ReviewView]


@dataclass(frozen=True)
class ReviewCancelled:
    clock_id: int


Result = Union[Problem, NotInChannel, Subscribed, Unsubscribed, Status, ReviewStarted, ReviewList, ReviewCancelled]


async def _nothing() -> None:
    return None


class SubscriptionService:
    def __init__(
        self,
        storage: Storage,
        content: Content,
        plan: PlanSettings,
        clock: Clock,
        *,
        admins: Sequence[str] = (),
        on_change: OnChange = _nothing,
        can_post: Optional[CanPost] = None,
    ) -> None:
        self.storage = storage
        self.content = content
        self.plan = plan
        self.clock = clock
        self.admins = frozenset(admins)
        self.on_change = on_change
        self.can_post = can_post

    # -- helpers --------------------------------------------------------------------------------------------
    def _refusal(self, user: str) -> Optional[Problem]:
        if not self.admins or user in self.admins:
            return None
        return Problem(
            "Sorry, only the bot's admins can change this channel's announcements. "
            "Ask one of them, or use `/eo status` to see what is set up."
        )

    def _today(self, tz_name: str) -> dt.date:
        return self.clock.now().astimezone(ZoneInfo(tz_name)).date()

    def _review_view(self, clock: ReviewClock, tz_name: str) -> ReviewView:
        last = review_last_day(clock.start_date)
        return ReviewView(clock, last, (last - self._today(tz_name)).days)

    async def _tz_of(self, channel: str) -> tuple[Optional[Subscription], str]:
        sub = await self.storage.get_subscription(channel)
        return sub, self.plan.tz_for(sub.timezone if sub else None)

    async def _skip_past(self, announcements: list[Announcement], reason: str) -> None:
        now = self.clock.now()
        await self.storage.mark_skipped([(a.key, a.fire_at) for a in announcements if a.fire_at <= now], reason)

    async def _next_for(self, channel: str, sub: Optional[Subscription], item_id: Optional[str] = None) -> list[Announcement]:
        """The channel's next announcements (only ``item_id``'s, if given)."""
        now = self.clock.now()
        planned = plan_deadlines(self.content, [sub], self.plan) if sub else []
        clocks = await self.storage.list_review_clocks(channel)
        planned += plan_reviews(clocks, {channel: sub} if sub else {}, self.plan)
        settled = await self.storage.settled_keys([channel])
        wanted = [a for a in planned if item_id is None or a.item_id == item_id]
        return sorted(a for a in wanted if a.fire_at > now and a.key not in settled)[:NEXT_LIMIT]

    # -- subscribe / unsubscribe / status -------------------------------------------------------------------
    def parse_subscribe(self, args: str) -> Union[Problem, tuple[Optional[list[str]], Optional[str]]]:
        """``[DEADLINE_ID...] [tz=Area/City]`` -> (ids or None for all, timezone or None)."""
        ids: list[str] = []
        tz: Optional[str] = None
        for token in args.replace(",", " ").split():
            low = token.lower()
            if low.startswith(("tz=", "timezone=")):
                tz = token.split("=", 1)[1].strip()
                if not tz:
                    return Problem("Give a timezone after `tz=`, for example `tz=Europe/London`.")
                shown = tz if len(tz) <= MAX_TZ_NAME else tz[:MAX_TZ_NAME] + "…"
                try:
                    if len(tz) > MAX_TZ_NAME or not _TZ_NAME.fullmatch(tz):
                        raise ValueError(tz)  # not a zone name; never handed to the file system
                    ZoneInfo(tz)
                except (ZoneInfoNotFoundError, ValueError, OSError):
                    return Problem(
                        f"I don't know the timezone '{shown}'. Use an IANA name such as "
                        "America/New_York, America/Los_Angeles or Europe/London."
                    )
            elif low != "all":
                ids.append(low)
        unknown = [i for i in ids if i not in self.content.deadlines]
        if unknown:
            valid = ", ".join(self.content.deadlines)
            return Problem(
                f"I don't know the deadline {', '.join(repr(u) for u in unknown)}. "
                f"Valid deadline ids: {valid}. Or use `/eo subscribe` alone for all of them."
            )
        return (list(dict.fromkeys(ids)) or None), tz

    async def subscribe(self, channel: str, user: str, args: str = "") -> Result:
        refusal = self._refusal(user)
        if refusal:
            return refusal
        parsed = self.parse_subscribe(args)
        if isinstance(parsed, Problem):
            return parsed
        ids, tz = parsed
        postable = await self.can_post(channel) if self.can_post is not None and not channel.startswith("D") else True
        if postable is False:
            return NotInChannel(channel)
        now = self.clock.now()
        sub = await self.storage.upsert_subscription(channel, ids, tz, user, now)
        everything = plan_deadlines(self.content, [replace(sub, created_at=_EPOCH)], self.plan)
        await self._skip_past(everything, "before the subscription")
        await self.on_change()
        tz_name = self.plan.tz_for(sub.timezone)
        today = self._today(tz_name)
        statuses = [status_for(self.content, d, today) for d in self.content.deadlines.values() if sub.covers(d.id)]
        statuses.sort(key=lambda s: s.due)
        return Subscribed(
            sub,
            tz_name,
            [s for s in statuses if s.state == "passed"],
            [s for s in statuses if s.state == "today"],
            [s for s in statuses if s.state == "upcoming"],
            await self._next_for(channel, sub),
            unverified=postable is None,
        )

    async def unsubscribe(self, channel: str, user: str) -> Result:
        refusal = self._refusal(user)
        if refusal:
            return refusal
        removed = await self.storage.delete_subscription(channel)
        if removed:
            await self.on_change()
        return Unsubscribed(channel, removed)

    async def status(self, channel: str) -> Status:
        sub, tz_name = await self._tz_of(channel)
        today = self._today(tz_name)
        deadlines = sorted(
            (status_for(self.content, d, today) for d in self.content.deadlines.values() if sub is not None and sub.covers(d.id)),
            key=lambda s: s.due,
        )
        reviews = [self._review_view(c, tz_name) for c in await self.storage.list_review_clocks(channel)]
        return Status(channel, sub, tz_name, deadlines, await self._next_for(channel, sub), reviews)

    async def pause(self, channel: str, reason: str) -> bool:
        """The channel was archived or the bot removed: pause (not delete) its subscription, log it, re-plan.
        Other channels are unaffected; ``/eo subscribe`` in the channel resumes it."""
        paused = await self.storage.pause_subscription(channel, reason, self.clock.now())
        if paused:
            log.warning("paused the subscription of %s: %s", channel, reason)
            await self.on_change()
        return paused

    async def for_user(self, user: str, limit: int = 10) -> list[Status]:
        """Status of the channels whose subscription or review clocks ``user`` set up (their DM included)."""
        channels = [s.channel_id for s in await self.storage.list_subscriptions(include_paused=True) if s.created_by == user]
        channels += [c.channel_id for c in await self.storage.list_review_clocks() if c.created_by == user]
        return [await self.status(c) for c in list(dict.fromkeys(channels))[:limit]]

    # -- review clocks --------------------------------------------------------------------------------------
    def parse_review_start(self, args: str, today: dt.date) -> Union[Problem, tuple[str, dt.date]]:
        """``"MODEL NAME" [YYYY-MM-DD]`` (quotes optional) -> (name, start date)."""
        usage = 'Usage: `/eo review start "MODEL NAME" [YYYY-MM-DD]`, e.g. `/eo review start "Claude Mythos"`.'
        try:
            words = shlex.split(args.translate(_QUOTES))
        except ValueError:
            return Problem("That quote is not closed. " + usage)
        start = today
        if words and _OTHER_DATE.match(words[-1]) and not _DATE.match(words[-1]):
            return Problem(f"Write the start date as YYYY-MM-DD (not {words[-1]}). " + usage)
        if words and _DATE.match(words[-1]):
            try:
                start = dt.date.fromisoformat(words.pop())
            except ValueError:
                return Problem("That date does not exist. " + usage)
            if abs((start - today).days) > MAX_START_DAYS:  # 9999-12-31 would overflow the window arithmetic
                return Problem("That start date is more than a year away; pick a nearer date.")
        quoted = args.translate(_QUOTES).lstrip().startswith(('"', "'"))
        if quoted and len(words) > 1:
            return Problem(
                f"After the quoted model name I expected a start date as YYYY-MM-DD, not {' '.join(words[1:])[:40]}. " + usage
            )
        name = " ".join(words).strip()
        if not name:
            return Problem("Which model? " + usage)
        if len(name) > MAX_MODEL_NAME:
            return Problem(f"That model name is too long (at most {MAX_MODEL_NAME} characters).")
        if review_last_day(start) < today:
            return Problem(
                f"A review window starting {start.isoformat()} ended on "
                f"{review_last_day(start).isoformat()}; pick a later start date."
            )
        if start > today + dt.timedelta(days=366):
            return Problem("That start date is more than a year away; pick a nearer date.")
        return name, start

    async def review_start(self, channel: str, user: str, args: str) -> Result:
        refusal = self._refusal(user)
        if refusal:
            return refusal
        sub, tz_name = await self._tz_of(channel)
        parsed = self.parse_review_start(args, self._today(tz_name))
        if isinstance(parsed, Problem):
            return parsed
        name, start = parsed
        now = self.clock.now()
        clock = await self.storage.add_review_clock(channel, name, start, user, now)
        await self._skip_past(review_announcements(clock, tz_name, self.plan.announce_time), "before the review clock")
        await self.on_change()
        return ReviewStarted(self._review_view(clock, tz_name), await self._next_for(channel, sub, f"review:{clock.id}"))

    async def review_list(self, channel: str) -> ReviewList:
        _, tz_name = await self._tz_of(channel)
        return ReviewList(channel, [self._review_view(c, tz_name) for c in await self.storage.list_review_clocks(channel)])

    async def review_cancel(self, channel: str, user: str, args: str) -> Result:
        refusal = self._refusal(user)
        if refusal:
            return refusal
        text = args.strip().lstrip("#")
        if not _CLOCK_ID.fullmatch(text) or int(text) > MAX_CLOCK_ID:  # ASCII digits only ("²" is a digit to isdigit)
            if text and len(text) <= 40 and text.isdecimal() and text.isascii():
                return Problem(f"There is no active review clock {text} in this channel. See `/eo review list`.")
            return Problem("Which review clock? Usage: `/eo review cancel ID` (see `/eo review list` for ids).")
        if not await self.storage.cancel_review_clock(channel, int(text)):
            return Problem(f"There is no active review clock {text} in this channel. See `/eo review list`.")
        await self.on_change()
        return ReviewCancelled(int(text))
