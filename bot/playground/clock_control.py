"""Time control: where the bot's clock should jump so the next announcement fires in a few seconds.

The next announcement comes from the same planning code the scheduler uses, over the same database
(see :mod:`bot.playground.timeline`); the jump itself is a bot restart with ``EO_CLOCK_START`` set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Optional
from zoneinfo import ZoneInfo

LEAD_IN = dt.timedelta(seconds=10)


@dataclass(frozen=True)
class Upcoming:
    """One planned message (an announcement, or a digest of several): when, where (channel id) and what (a label)."""

    at: dt.datetime
    channel: str
    label: str


Planner = Callable[[dt.datetime], Awaitable[Optional[Upcoming]]]


class ClockControl:
    def __init__(
        self,
        planner: Optional[Planner],
        signing_date: dt.date,
        tz: ZoneInfo,
        unavailable: str = "",
        close: Optional[Callable[[], Awaitable[None]]] = None,
        forget_after: Optional[Callable[[dt.datetime], Awaitable[int]]] = None,
    ) -> None:
        self.planner = planner
        self._close = close
        self._forget_after = forget_after
        self.signing_date = signing_date
        self.tz = tz
        self.unavailable = unavailable

    async def close(self) -> None:
        if self._close is not None:
            await self._close()

    async def next_after(self, now: dt.datetime) -> Optional[Upcoming]:
        return await self.planner(now) if self.planner is not None else None

    async def jump_target(self, now: dt.datetime) -> Optional[dt.datetime]:
        """Ten seconds before the next announcement (never earlier than now: the clock only moves ahead)."""
        upcoming = await self.next_after(now)
        if upcoming is None:
            return None
        return max(upcoming.at - LEAD_IN, now)

    async def rewind(self, target: dt.datetime) -> int:
        """Moving the clock back replays the timeline: forget the ledger's record of every announcement
        planned after ``target`` (posted or skipped), so each is announced again when its time comes."""
        return await self._forget_after(target) if self._forget_after is not None else 0

    def signing_morning(self) -> dt.datetime:
        """08:00 on the signing day in the bot's timezone: the start of the whole deadline timeline."""
        return dt.datetime.combine(self.signing_date, dt.time(8, 0), self.tz)

    async def describe(self, now: dt.datetime) -> dict[str, Any]:
        out: dict[str, Any] = {"timezone": self.tz.key, "signing": self.signing_morning().isoformat()}
        if self.planner is None:
            out["unavailable"] = self.unavailable or "announcements are not available in this build"
            return out
        upcoming = await self.next_after(now)
        if upcoming is not None:
            out["next"] = {"at": upcoming.at.isoformat(), "channel": upcoming.channel, "label": upcoming.label}
        return out
