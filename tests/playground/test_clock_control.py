"""The time control's arithmetic, with a stand-in planner (the real one is the scheduler's planning code)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.playground.clock_control import LEAD_IN, ClockControl, Upcoming

NY = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 6, 20, 12, 0, tzinfo=dt.timezone.utc)


def control(at: dt.datetime | None) -> ClockControl:
    async def planner(now: dt.datetime) -> Upcoming | None:
        return Upcoming(at, "C0000GNRL", "CISA directives, 7 days to go") if at and at > now else None

    return ClockControl(planner, dt.date(2026, 6, 2), NY)


async def test_jump_lands_ten_seconds_before_the_next_announcement() -> None:
    at = dt.datetime(2026, 6, 25, 9, 0, tzinfo=NY)
    assert await control(at).jump_target(NOW) == at - LEAD_IN
    assert LEAD_IN == dt.timedelta(seconds=10)


async def test_jump_never_moves_the_clock_back() -> None:
    soon = NOW + dt.timedelta(seconds=3)
    assert await control(soon).jump_target(NOW) == NOW


async def test_nothing_ahead_means_no_jump() -> None:
    assert await control(None).jump_target(NOW) is None
    assert "next" not in await control(None).describe(NOW)


async def test_describe_names_the_next_announcement() -> None:
    at = dt.datetime(2026, 6, 25, 9, 0, tzinfo=NY)
    described = await control(at).describe(NOW)
    assert described["next"] == {"at": at.isoformat(), "channel": "C0000GNRL", "label": "CISA directives, 7 days to go"}
    assert described["timezone"] == "America/New_York"


def test_signing_morning_is_eight_local_on_the_signing_day() -> None:
    morning = control(None).signing_morning()
    assert morning.isoformat() == "2026-06-02T08:00:00-04:00"


async def test_without_a_planner_the_control_says_why() -> None:
    described = await ClockControl(None, dt.date(2026, 6, 2), NY, unavailable="not wired").describe(NOW)
    assert described["unavailable"] == "not wired"


def test_the_panel_names_announcements_in_the_bots_words(real_content) -> None:
    from bot.announce.schedule import Announcement
    from bot.core.settings import load_settings
    from bot.playground.timeline import DatabasePlanner

    planner = DatabasePlanner(load_settings(_env_file=None), real_content)
    at = dt.datetime(2026, 6, 25, 13, 0, tzinfo=dt.timezone.utc)
    deadline = Announcement(at, "C1", "cisa-directives-due", "7d", "deadline", dt.date(2026, 7, 2), "America/New_York")
    review = Announcement(at, "C1", "review:1", "0d", "review", dt.date(2026, 7, 1), "America/New_York", "Model X")
    assert planner.label(deadline) == "CISA binding operational directives (7 days ahead)"
    assert planner.label(review) == "review clock for Model X (its last day)"
