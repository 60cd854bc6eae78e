"""The next planned announcement, from the scheduler's own planning code and the bot's database.

HOOK: filled in once bot/schedule.py and bot/storage.py exist (issue 4); until then the time control
says announcements are not available.
"""

from __future__ import annotations

from bot.content import Content
from bot.settings import Settings

from .clock_control import ClockControl


def build_clock_control(settings: Settings, content: Content) -> ClockControl:
    return ClockControl(None, content.order.signing_date, settings.tz,
                        unavailable="deadline announcements are not wired into this build yet")
