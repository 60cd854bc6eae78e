"""bot/subscriptions.py and bot/render_announcements.py: /eo subscribe, unsubscribe, status, review."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import delete

from bot.announce.schedule import PlanSettings, review_announcements
from bot.announce.subscriptions import (
    NotInChannel,
    Problem,
    ReviewCancelled,
    ReviewList,
    ReviewStarted,
    Status,
    Subscribed,
    SubscriptionService,
    Unsubscribed,
)
from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.storage.database import SKIPPED, Storage, deliveries
from bot.ui.announcements import render_announcement, render_result
from bot.ui.render import ACTION_SHOW

UTC = dt.timezone.utc
PLAN = PlanSettings([dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)], dt.time(9), "America/New_York")
JULY_10 = dt.datetime(2026, 7, 10, 15, tzinfo=UTC)  # the 30-day deadlines (July 2) have passed


@pytest.fixture
async def env(tmp_path, real_content: Content):
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    clock = ManualClock(JULY_10)
    changes: list[int] = []

    async def on_change() -> None:
        changes.append(1)

    service = SubscriptionService(storage, real_content, PLAN, clock, on_change=on_change)
    yield service, storage, clock, changes
    await storage.close()


async def test_subscribe_after_some_deadlines_passed_gives_one_summary(env, real_content: Content) -> None:
    service, storage, clock, changes = env
    result = await service.subscribe("C1", "U1", "")
    assert isinstance(result, Subscribed) and changes == [1]
    assert {s.deadline.id for s in result.passed} == {"cisa-directives-due", "nss-dod-directives-due", "clearinghouse-due"}
    assert {s.deadline.id for s in result.ahead} == {"classified-benchmark-due", "implementation-details-due"}
    assert result.next and all(a.fire_at > JULY_10 for a in result.next)
    assert result.next[0].fire_at == dt.datetime(2026, 7, 25, 13, tzinfo=UTC)  # 7 days before Aug 1
    # every past reminder is recorded as skipped, so the scheduler never sends it late
    skipped = await storage.ledger("C1")
    assert len(skipped) == 3 * 3 and {r.state for r in skipped} == {SKIPPED}
    reply = render_result(result, real_content)
    body = json.dumps(reply.blocks)
    assert "Already passed" in body and "Still ahead" in body and reply.response_type == "in_channel"


async def test_subscribe_some_ids_and_timezone(env) -> None:
    service, storage, *_ = env
    result = await service.subscribe("C1", "U1", "classified-benchmark-due, tz=Europe/London")
    assert isinstance(result, Subscribed)
    assert result.subscription.deadline_ids == ("classified-benchmark-due",) and result.timezone == "Europe/London"
    assert result.passed == [] and [s.deadline.id for s in result.ahead] == ["classified-benchmark-due"]
    assert result.next[0].fire_at == dt.datetime(2026, 7, 25, 8, tzinfo=UTC)  # 09:00 BST


@pytest.mark.parametrize(
    "args,needle",
    [
        ("no-such-deadline", "Valid deadline ids: cisa-directives-due"),
        ("tz=Mars/Olympus", "I don't know the timezone 'Mars/Olympus'"),
        ("tz=", "Give a timezone after `tz=`"),
    ],
)
async def test_subscribe_bad_input_is_explained(env, args: str, needle: str) -> None:
    service, storage, _, changes = env
    result = await service.subscribe("C1", "U1", args)
    assert isinstance(result, Problem) and needle in result.message
    assert await storage.get_subscription("C1") is None and changes == []


async def test_admins_only_when_configured(env, real_content: Content) -> None:
    service, storage, clock, _ = env
    strict = SubscriptionService(storage, real_content, PLAN, clock, admins=["UADMIN"])
    refused = await strict.subscribe("C1", "UOTHER", "")
    assert isinstance(refused, Problem) and "only the bot's admins" in refused.message
    assert isinstance(await strict.review_start("C1", "UOTHER", "X"), Problem)
    assert isinstance(await strict.subscribe("C1", "UADMIN", ""), Subscribed)
    assert isinstance(await strict.unsubscribe("C1", "UOTHER"), Problem)
    assert isinstance(await service.unsubscribe("C1", "UANYONE"), Unsubscribed)  # no admins: anyone


async def test_not_in_channel_explains_invite(env, real_content: Content) -> None:
    service, storage, clock, _ = env

    async def cannot(channel: str) -> bool:
        return False

    checked = SubscriptionService(storage, real_content, PLAN, clock, can_post=cannot)
    result = await checked.subscribe("C1", "U1", "")
    assert result == NotInChannel("C1") and await storage.get_subscription("C1") is None
    assert "/invite @eo-bot" in render_result(result, real_content).text
    assert isinstance(await checked.subscribe("D1", "U1", ""), Subscribed)  # a DM needs no invite


async def test_status_and_unsubscribe(env, real_content: Content) -> None:
    service, storage, _, changes = env
    empty = await service.status("C1")
    assert isinstance(empty, Status) and empty.subscription is None and empty.next == []
    assert "not subscribed" in render_result(empty, real_content).text
    await service.subscribe("C1", "U1", "implementation-details-due")
    status = await service.status("C1")
    assert [s.deadline.id for s in status.deadlines] == ["implementation-details-due"]
    assert [a.lead for a in status.next] == ["7d", "1d", "0d"]
    assert "Jul 25, 2026 at 09:00 EDT" in json.dumps(render_result(status, real_content).blocks)
    assert await service.unsubscribe("C1", "U1") == Unsubscribed("C1", True)
    assert await service.unsubscribe("C1", "U1") == Unsubscribed("C1", False)
    assert changes == [1, 1]


async def test_review_start_list_cancel(env, real_content: Content) -> None:
    service, storage, clock, changes = env
    started = await service.review_start("C1", "U1", "“Claude Mythos”")  # Slack's smart quotes
    assert isinstance(started, ReviewStarted)
    view = started.review
    assert view.clock.model_name == "Claude Mythos" and view.clock.start_date == dt.date(2026, 7, 10)
    assert view.last_day == dt.date(2026, 8, 8) and view.days_left == 29
    # started at 11:00 local, after today's 09:00: the start announcement is recorded as skipped
    assert [(r.key.lead, r.state) for r in await storage.ledger("C1")] == [("start", SKIPPED)]
    later = await service.review_start("C1", "U1", "Model <b> 2026-07-20")
    assert isinstance(later, ReviewStarted) and later.review.clock.start_date == dt.date(2026, 7, 20)
    listed = await service.review_list("C1")
    assert isinstance(listed, ReviewList) and [r.clock.model_name for r in listed.reviews] == ["Claude Mythos", "Model <b>"]
    assert "Model &lt;b&gt;" in render_result(listed, real_content).text
    assert await service.review_cancel("C1", "U1", f"#{later.review.clock.id}") == ReviewCancelled(later.review.clock.id)
    again = await service.review_cancel("C1", "U1", str(later.review.clock.id))
    assert isinstance(again, Problem) and "no active review clock" in again.message
    assert len(changes) == 3


@pytest.mark.parametrize(
    "args,needle",
    [
        ("", "Which model?"),
        ('"Unclosed', "quote is not closed"),
        ("X 2026-02-30", "date does not exist"),
        ("X 2026-05-01", "ended on 2026-05-30"),
        ("X" * 101, "too long"),
        ('"Model Z" tomorrow', "expected a start date as YYYY-MM-DD, not tomorrow"),
        ("Model Z 07/01/2026", "Write the start date as YYYY-MM-DD (not 07/01/2026)"),
    ],
)
async def test_review_start_bad_input(env, args: str, needle: str) -> None:
    service, storage, *_ = env
    result = await service.review_start("C1", "U1", args)
    assert isinstance(result, Problem) and needle in result.message
    assert await storage.list_review_clocks() == []


def test_announcement_message_has_what_who_provision_date_sources_and_button(real_content: Content) -> None:
    from bot.announce.schedule import plan_deadlines
    from bot.storage.database import Subscription

    sub = Subscription("C1", ("cisa-directives-due",), None, False, None, "U", dt.datetime(2026, 6, 2, tzinfo=UTC))
    week, day, today = plan_deadlines(real_content, [sub], PLAN)
    text, blocks = render_announcement(real_content, week)
    body = json.dumps(blocks)
    assert text.startswith("Due in 7 days: CISA binding operational directives")
    for needle in ("*What:*", "*Who:* CISA", "*Provision:*", "Thursday, July 2, 2026 (7 days left)", "Sources:"):
        assert needle in body
    button = blocks[-1]["elements"][0]
    assert button["action_id"] == ACTION_SHOW and button["value"] == "cisa-bods"
    assert render_announcement(real_content, today)[0].startswith("Due today:")
    assert "(today)" in json.dumps(render_announcement(real_content, today)[1])


def test_review_announcement_escapes_the_model_name(real_content: Content) -> None:
    from bot.storage.database import ReviewClock

    clock = ReviewClock(3, "C1", "<!channel> & co", dt.date(2026, 7, 1), "U", dt.datetime(2026, 6, 1, tzinfo=UTC), False)
    start, week, day, last = review_announcements(clock, "America/New_York", dt.time(9))
    texts = [render_announcement(real_content, a) for a in (start, week, day, last)]
    assert "&lt;!channel&gt; &amp; co" in texts[0][0] and "<!channel>" not in json.dumps(texts)
    assert "starts today" in texts[0][0] and "ends in 7 days" in texts[1][0]
    assert "ends in 1 day" in texts[2][0] and "last day" in texts[3][0]


async def test_subscribing_again_after_a_rewind_plans_the_whole_timeline(env) -> None:
    """The playground's demo: subscribed at real time (every deadline passed), the clock rewound to the signing
    morning and the ledger's later rows forgotten, then `/eo subscribe` again: the announcements are planned."""
    service, storage, clock, _ = env
    clock.set(dt.datetime(2026, 12, 1, 12, tzinfo=UTC))
    first = await service.subscribe("C1", "U1", "")
    assert isinstance(first, Subscribed) and first.next == [] and len(first.passed) == 5
    signing_morning = dt.datetime(2026, 6, 2, 12, tzinfo=UTC)
    async with storage.engine.begin() as conn:  # what the rewind does (bot.playground.timeline.forget_after)
        await conn.execute(delete(deliveries).where(deliveries.c.fire_at > signing_morning))
    clock.set(signing_morning)
    again = await service.subscribe("C1", "U1", "")
    assert isinstance(again, Subscribed) and again.subscription.created_at == signing_morning
    assert again.next[0].fire_at == dt.datetime(2026, 6, 25, 13, tzinfo=UTC)  # 09:00 EDT, 7 days before July 2
    assert len(again.ahead) == 5 and again.passed == []
    assert await storage.ledger("C1") == [], "nothing is in the past, so nothing is skipped"
