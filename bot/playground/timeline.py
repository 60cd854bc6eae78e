"""The next planned announcement, from the scheduler's own planning code over the bot's own database.

The playground opens the same database the bot uses (``DATABASE_URL``, by default the SQLite file of a real
run) and asks :func:`bot.announce.scheduler.next_message`, so the time control and the scheduler always agree, also
on which announcements go out together as one digest message (the panel names them all).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Optional

from bot.content.models import Content
from bot.core.settings import Settings

from .clock_control import ClockControl, Upcoming

log = logging.getLogger(__name__)


class DatabasePlanner:
    """``await planner(now)``: the next announcement after ``now`` that the ledger has not settled."""

    def __init__(self, settings: Settings, content: Content) -> None:
        from bot.announce.schedule import PlanSettings

        self.url = settings.database_url
        self.content = content
        self.plan = PlanSettings(settings.reminder_leads, settings.announce_time, settings.timezone)
        self._storage: Any = None

    async def __call__(self, now: dt.datetime) -> Optional[Upcoming]:
        from bot.announce.scheduler import next_message
        from bot.storage.database import Storage

        try:
            if self._storage is None:
                self._storage = await Storage.open(self.url)
            found = await next_message(self._storage, self.content, self.plan, now)
        except Exception:  # a broken or unreachable database must not break the page
            log.warning("could not read the announcement plan", exc_info=True)
            return None
        return Upcoming(found[0].fire_at, found[0].channel, self.message_label(found)) if found else None

    def label(self, announcement: Any) -> str:
        """The same words the bot uses in ``/eo status`` (``CISA ... (7 days ahead)``)."""
        from bot.ui.announcements import announcement_label

        return announcement_label(announcement, self.content)

    def message_label(self, announcements: Any) -> str:
        """One message's label: the announcement's, or a digest's heading and each item's."""
        from bot.ui.announcements import message_label

        return message_label(announcements, self.content)

    async def forget_after(self, instant: dt.datetime) -> int:
        """Delete the ledger rows of announcements planned after ``instant`` (the playground's rewind)."""
        from sqlalchemy import delete

        from bot.storage.database import Storage, deliveries

        if self._storage is None:
            self._storage = await Storage.open(self.url)
        async with self._storage.engine.begin() as conn:
            result = await conn.execute(delete(deliveries).where(deliveries.c.fire_at > instant))
        log.info(
            "rewound the announcement ledger", extra={"fields": {"after": instant.isoformat(), "forgotten": result.rowcount}}
        )
        return int(result.rowcount or 0)

    async def close(self) -> None:
        if self._storage is not None:
            await self._storage.close()
            self._storage = None


def build_clock_control(settings: Settings, content: Content) -> ClockControl:
    try:
        planner = DatabasePlanner(settings, content)
    except ImportError as exc:  # announcements not part of this build
        log.info("time control without announcements", extra={"fields": {"reason": str(exc)}})
        return ClockControl(
            None, content.order.signing_date, settings.tz, unavailable="deadline announcements are not part of this build"
        )
    return ClockControl(planner, content.order.signing_date, settings.tz, close=planner.close, forget_after=planner.forget_after)
