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


async def test_the_panel_shows_a_digest_as_the_one_message_it_will_be(tmp_path) -> None:
    """Fixture content with three deadlines on one day: the next planned message, read from the bot's database, is
    their digest (the time of the first, every item named); once the ledger settles it, the next one follows."""
    from content_fixtures import same_day_content

    from bot.core.settings import load_settings
    from bot.playground.timeline import DatabasePlanner
    from bot.storage.database import Storage

    c = same_day_content(tmp_path, days=40, other_days=50)
    url = f"sqlite:///{tmp_path / 'eo.db'}"
    signed = dt.datetime.combine(c.content.order.signing_date, dt.time(12), dt.timezone.utc)
    storage = await Storage.open(url)
    planner = DatabasePlanner(load_settings(_env_file=None, DATABASE_URL=url), c.content)
    try:
        await storage.upsert_subscription("C0000GNRL", None, None, "U1", signed)
        upcoming = await ClockControl(planner, c.content.order.signing_date, NY).describe(signed)
        due = c.content.order.signing_date + dt.timedelta(days=40 - 7)
        assert upcoming["next"]["at"] == dt.datetime.combine(due, dt.time(9), NY).astimezone(dt.timezone.utc).isoformat()
        label = upcoming["next"]["label"]
        assert label.startswith("3 deadlines due in 7 days, in one message: ")
        assert all(c.content.deadlines[i].title in label for i in c.together)
        from bot.announce.scheduler import next_message

        digest = await next_message(storage, c.content, planner.plan, signed)
        await storage.mark_skipped([(a.key, a.fire_at) for a in digest], "test: settled")
        after = (await ClockControl(planner, c.content.order.signing_date, NY).describe(signed))["next"]
        assert after["label"] == "3 deadlines due tomorrow, in one message: " + "; ".join(
            f"{c.content.deadlines[i].title} (1 day ahead)" for i in sorted(c.together)
        )
    finally:
        await planner.close()
        await storage.close()
