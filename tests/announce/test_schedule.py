"""bot/schedule.py: pure date math (timezones, DST, leads before signing, review windows, past/catch-up split)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.announce.schedule import (
    PlanSettings,
    fire_time,
    lead_label,
    next_announcements,
    plan_all,
    plan_deadlines,
    plan_reviews,
    review_announcements,
    review_last_day,
    split_by_time,
)
from bot.content.models import Content
from bot.storage.database import ReviewClock, Subscription

UTC = dt.timezone.utc
EPOCH = dt.datetime(2026, 1, 1, tzinfo=UTC)
LEADS = [dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)]
PLAN = PlanSettings(LEADS, dt.time(9, 0), "America/New_York")


def sub(channel: str = "C1", ids=None, tz=None, created=EPOCH, paused=False) -> Subscription:
    return Subscription(channel, ids, tz, paused, None, "U1", created)


def test_lead_labels() -> None:
    assert [lead_label(x) for x in LEADS] == ["7d", "1d", "0d"]
    assert lead_label(dt.timedelta(hours=12)) == "12h"
    assert lead_label(dt.timedelta(days=1, hours=6)) == "1d6h"
    assert lead_label(dt.timedelta(minutes=90)) == "5400s"


def test_deadline_dates_and_times_in_new_york(real_content: Content) -> None:
    plan = plan_deadlines(real_content, [sub(ids=("cisa-directives-due",))], PLAN)
    # signed 2026-06-02, due 30 days later: 2026-07-02; 09:00 EDT is 13:00 UTC
    assert [(a.lead, a.fire_at) for a in plan] == [
        ("7d", dt.datetime(2026, 6, 25, 13, tzinfo=UTC)),
        ("1d", dt.datetime(2026, 7, 1, 13, tzinfo=UTC)),
        ("0d", dt.datetime(2026, 7, 2, 13, tzinfo=UTC)),
    ]
    assert all(a.due == dt.date(2026, 7, 2) and a.kind == "deadline" for a in plan)
    assert [a.days_left() for a in plan] == [7, 1, 0]


def test_all_deadlines_sorted_and_channel_timezone_override(real_content: Content) -> None:
    plan = plan_deadlines(real_content, [sub("CNY"), sub("CLON", tz="Europe/London")], PLAN)
    assert plan == sorted(plan)
    assert len(plan) == 2 * len(real_content.deadlines) * 3
    london = [a for a in plan if a.channel == "CLON" and a.item_id == "cisa-directives-due" and a.lead == "0d"]
    assert london[0].fire_at == dt.datetime(2026, 7, 2, 8, tzinfo=UTC)  # 09:00 BST
    assert london[0].fire_at.astimezone(ZoneInfo("Europe/London")).hour == 9


def test_paused_subscription_plans_nothing(real_content: Content) -> None:
    assert plan_deadlines(real_content, [sub(paused=True)], PLAN) == []


def test_local_time_kept_across_dst_change() -> None:
    ny = ZoneInfo("America/New_York")
    # US DST ends 2026-11-01: a deadline on Nov 3 with a 7-day lead fires on Oct 27 in EDT
    before = fire_time(dt.date(2026, 11, 3), dt.timedelta(days=7), dt.time(9), ny)
    after = fire_time(dt.date(2026, 11, 3), dt.timedelta(0), dt.time(9), ny)
    assert before == dt.datetime(2026, 10, 27, 13, tzinfo=UTC)  # 09:00 EDT (UTC-4)
    assert after == dt.datetime(2026, 11, 3, 14, tzinfo=UTC)  # 09:00 EST (UTC-5)
    assert before.astimezone(ny).hour == after.astimezone(ny).hour == 9
    # spring forward 2026-03-08: 7 days before Mar 10 is Mar 3 (EST)
    assert fire_time(dt.date(2026, 3, 10), dt.timedelta(days=7), dt.time(9), ny) == dt.datetime(2026, 3, 3, 14, tzinfo=UTC)


def test_nonexistent_local_time_resolves_forward() -> None:
    ny = ZoneInfo("America/New_York")
    at = fire_time(dt.date(2026, 3, 8), dt.timedelta(0), dt.time(2, 30), ny)
    assert at == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert at.astimezone(ny).strftime("%H:%M %Z") == "03:30 EDT"


def test_hour_leads_subtract_absolute_time() -> None:
    ny = ZoneInfo("America/New_York")
    at = fire_time(dt.date(2026, 7, 2), dt.timedelta(hours=12), dt.time(9), ny)
    assert at == dt.datetime(2026, 7, 2, 1, tzinfo=UTC)  # 21:00 EDT the evening before


def test_leads_before_signing_date_are_dropped(real_content: Content) -> None:
    plan = PlanSettings([dt.timedelta(days=40), dt.timedelta(days=29), dt.timedelta(0)], dt.time(9), "America/New_York")
    leads = [a.lead for a in plan_deadlines(real_content, [sub(ids=("cisa-directives-due",))], plan)]
    # 40 days before a 30-day deadline precedes the signing date; 29 days before is June 3 (kept)
    assert leads == ["29d", "0d"]
    plan30 = PlanSettings([dt.timedelta(days=30)], dt.time(9), "America/New_York")
    (on_signing_day,) = plan_deadlines(real_content, [sub(ids=("cisa-directives-due",))], plan30)
    assert on_signing_day.local_date == real_content.order.signing_date


def test_announcements_before_subscription_are_dropped(real_content: Content) -> None:
    created = dt.datetime(2026, 6, 26, tzinfo=UTC)  # after the 7d reminder for July 2
    plan = plan_deadlines(real_content, [sub(ids=("cisa-directives-due",), created=created)], PLAN)
    assert [a.lead for a in plan] == ["1d", "0d"]


def review(start: dt.date, clock_id: int = 7, created=EPOCH, cancelled=False) -> ReviewClock:
    return ReviewClock(clock_id, "C1", "Model X", start, "U1", created, cancelled)


def test_review_window_is_thirty_days_inclusive() -> None:
    assert review_last_day(dt.date(2026, 7, 1)) == dt.date(2026, 7, 30)
    start = dt.date(2026, 7, 1)
    days = (review_last_day(start) - start).days + 1
    assert days == 30


def test_review_announcements_start_7d_1d_last_day() -> None:
    plan = review_announcements(review(dt.date(2026, 7, 1)), "America/New_York", dt.time(9))
    assert [(a.lead, a.local_date, a.days_left()) for a in plan] == [
        ("start", dt.date(2026, 7, 1), 29),
        ("7d", dt.date(2026, 7, 23), 7),
        ("1d", dt.date(2026, 7, 29), 1),
        ("0d", dt.date(2026, 7, 30), 0),
    ]
    assert all(a.item_id == "review:7" and a.kind == "review" and a.review_name == "Model X" for a in plan)
    assert plan[0].fire_at == dt.datetime(2026, 7, 1, 13, tzinfo=UTC)


def test_plan_reviews_uses_channel_tz_and_skips_cancelled_paused_and_past() -> None:
    london = {"C1": sub(tz="Europe/London")}
    (first, *_) = plan_reviews([review(dt.date(2026, 7, 1))], london, PLAN)
    assert first.fire_at == dt.datetime(2026, 7, 1, 8, tzinfo=UTC) and first.timezone == "Europe/London"
    assert plan_reviews([review(dt.date(2026, 7, 1), cancelled=True)], {}, PLAN) == []
    assert plan_reviews([review(dt.date(2026, 7, 1))], {"C1": sub(paused=True)}, PLAN) == []
    created = dt.datetime(2026, 7, 1, 15, tzinfo=UTC)  # started after 09:00 on its first day
    assert [a.lead for a in plan_reviews([review(dt.date(2026, 7, 1), created=created)], {}, PLAN)] == ["7d", "1d", "0d"]


def test_plan_all_merges_sorted(real_content: Content) -> None:
    plan = plan_all(real_content, [sub(ids=("clearinghouse-due",))], [review(dt.date(2026, 6, 20))], PLAN)
    assert plan == sorted(plan)
    assert {a.kind for a in plan} == {"deadline", "review"}


@pytest.mark.parametrize("age_hours,bucket", [(-1, "future"), (0, "catch_up"), (23.9, "catch_up"), (24, "stale"), (100, "stale")])
def test_split_by_time(real_content: Content, age_hours: float, bucket: str) -> None:
    (a,) = plan_deadlines(
        real_content, [sub(ids=("cisa-directives-due",))], PlanSettings([dt.timedelta(0)], dt.time(9), "America/New_York")
    )
    split = split_by_time([a], a.fire_at + dt.timedelta(hours=age_hours), dt.timedelta(hours=24))
    assert getattr(split, bucket) == [a]
    assert sum(len(x) for x in (split.stale, split.catch_up, split.future)) == 1


def test_next_announcements(real_content: Content) -> None:
    plan = plan_deadlines(real_content, [sub()], PLAN)
    now = dt.datetime(2026, 7, 1, 13, tzinfo=UTC)  # exactly at the 1d reminders: not "next"
    nxt = next_announcements(plan, now, limit=2)
    assert len(nxt) == 2 and all(a.fire_at > now for a in nxt)
    assert nxt[0].fire_at == dt.datetime(2026, 7, 2, 13, tzinfo=UTC)
