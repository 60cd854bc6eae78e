"""Digests end to end: the bot as a real process, the fake Slack, a real database, fixture content in which three
deadlines fall due on the same day (a tmp copy of content/).

Three announcements due at the same instant in one channel arrive as one message, exactly once, also when the bot is
SIGKILLed mid-digest and restarted; and two processes posting to one channel at the same moment post at least a
second apart (by the fake Slack's own clock). Each test runs on SQLite and, with EO_TEST_POSTGRES_URL, PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from botproc import BotProcesses, announcements, eventually, wait_delivered
from content_fixtures import SameDayContent, same_day_content
from sqlalchemy import select

from bot.announce.schedule import local_instant
from bot.playground.fakeslack import FakeSlack, Message
from bot.storage.database import CLAIMED, DELIVERED, Storage, channel_turns

UTC = dt.timezone.utc
GENERAL, ALICE = "C0000GNRL", "U0000ALCE"
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def fixture_content(tmp_path: Path) -> SameDayContent:
    """The first three deadlines 40 days after signing, the others 50 (so their 17-day lead falls on the three's
    7-day morning)."""
    return same_day_content(tmp_path, days=40, other_days=50)


def week_before(c: SameDayContent) -> dt.datetime:
    """09:00 New York, 7 days before the three deadlines: when the digest is due."""
    due = c.content.deadline_date(c.content.deadlines[c.together[0]])
    return local_instant(due - dt.timedelta(days=7), dt.time(9, 0), NEW_YORK)


async def subscribe(storage: Storage, c: SameDayContent) -> None:
    signed = dt.datetime.combine(c.content.order.signing_date, dt.time(0), UTC)
    await storage.upsert_subscription(GENERAL, None, None, ALICE, signed)


def markers(message: Message) -> list[str]:
    return [str(b["block_id"]) for b in message.blocks or [] if str(b.get("block_id", "")).startswith("eo-announcement:")]


def expected_markers(c: SameDayContent, lead: str = "7d") -> list[str]:
    return [f"eo-announcement:{i}:{lead}" for i in sorted(c.together)]  # same due date: in id order


async def test_three_deadlines_due_together_arrive_as_one_digest_exactly_once(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage], fixture_content: SameDayContent
) -> None:
    storage, c = database[1], fixture_content
    await subscribe(storage, c)
    fire = week_before(c)
    env = {"EO_CONTENT_DIR": str(c.directory)}
    first = await bots.start(clock_start=fire - dt.timedelta(seconds=2), **env)
    await wait_delivered(storage, 3)
    (message,) = announcements(fake_slack, GENERAL)
    assert message.blocks is not None
    assert message.blocks[0]["type"] == "header" and message.blocks[0]["text"]["text"] == "3 deadlines due in 7 days"
    assert markers(message) == expected_markers(c)
    shown = str(message.blocks)
    for deadline_id in c.together:
        assert c.content.deadlines[deadline_id].title in message.text  # the notification names all three
    for label in ("Due in 7 days: ", "*Who:*", "*Provision:*", "*Date:*", "Sources:", "Show full provision"):
        assert shown.count(label) == 3, label
    rows = await storage.ledger(GENERAL)
    assert [(r.key.item_id, r.state, r.message_ts, r.attempts) for r in sorted(rows, key=lambda r: r.key.item_id)] == [
        (i, DELIVERED, message.ts, 1) for i in sorted(c.together)
    ]
    # Exactly once: a process started afterwards, on the same database, plans the same digest and posts nothing.
    second = await bots.start(clock_start=fire + dt.timedelta(seconds=1), **env)
    await eventually(lambda: _true("announcements planned" in second.log), describe="the second process planned")
    await first.kill()  # the first one's periodic re-plans are over too
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert len(announcements(fake_slack, GENERAL)) == 1
    assert "Traceback" not in first.log + second.log


async def _true(value: bool) -> bool:
    return value


async def _posting(storage: Storage) -> bool:
    """Whether a process holds GENERAL's posting turn (its post is in flight)."""
    async with storage.engine.connect() as conn:
        holder = (await conn.execute(select(channel_turns.c.holder).where(channel_turns.c.channel_id == GENERAL))).scalar()
    return holder is not None


@pytest.mark.parametrize("kill_when", ["while Slack has the post", "after Slack kept the post"])
async def test_sigkill_mid_digest_then_restart_delivers_each_item_once(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage], fixture_content: SameDayContent, kill_when: str
) -> None:
    """The bot claims the three items and posts the digest; it is killed while Slack is still handling the post (it
    never lands), or after Slack applied it but before its answer came back (so the ledger never heard). The next
    process takes the claims over, looks for the items' markers in the channel and either posts the digest or
    records the one already there: one message, each item delivered once with that message's ts."""
    storage, c = database[1], fixture_content
    await subscribe(storage, c)
    fire = week_before(c)
    env = {"EO_CONTENT_DIR": str(c.directory), "EO_CLAIM_TIMEOUT": "6"}  # posts time out after 2 s
    kept = kill_when == "after Slack kept the post"
    fake_slack.set_latency("chat.postMessage", **({"after": 30.0} if kept else {"before": 30.0}))
    first = await bots.start(clock_start=fire - dt.timedelta(seconds=1), **env)
    if kept:
        await fake_slack.wait_for(lambda: announcements(fake_slack, GENERAL), timeout=10)
    else:
        await eventually(lambda: _posting(storage), describe="the digest's post is in flight")
    await first.kill()
    assert {r.state for r in await storage.ledger(GENERAL)} == {CLAIMED} and len(await storage.ledger(GENERAL)) == 3
    assert len(announcements(fake_slack, GENERAL)) == (1 if kept else 0)
    fake_slack.clear_latency()

    second = await bots.start(clock_start=fire + dt.timedelta(seconds=7), **env)  # the claims have timed out
    await wait_delivered(storage, 3, timeout=20)
    (message,) = announcements(fake_slack, GENERAL)
    assert markers(message) == expected_markers(c)
    rows = await storage.ledger(GENERAL)
    assert {(r.state, r.message_ts) for r in rows} == {(DELIVERED, message.ts)}
    applied = [call for call in fake_slack.calls_to("chat.postMessage") if call.status == 200]
    assert len(applied) == 1
    assert fake_slack.calls_to("conversations.history"), "the taken-over claims were checked against the channel"
    assert second.log.count("was already posted") == (3 if kept else 0)
    assert "Traceback" not in second.log


async def test_two_processes_post_to_one_channel_at_least_a_second_apart(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage], fixture_content: SameDayContent
) -> None:
    """Two processes reach one channel at the same moment with different messages (one announces 7 days ahead, the
    other 17: the three deadlines' digest and the other two's), each post taking Slack 0.3 s. By the fake Slack's
    clock, the second message is applied at least a second after the first."""
    storage, c = database[1], fixture_content
    await subscribe(storage, c)
    fire = week_before(c)
    fake_slack.set_latency("chat.postMessage", before=0.3)
    start = fire - dt.timedelta(seconds=3)
    await asyncio.gather(
        *(bots.start(clock_start=start, EO_CONTENT_DIR=str(c.directory), EO_REMINDER_LEADS=lead) for lead in ("7d", "17d"))
    )
    await wait_delivered(storage, len(c.together) + len(c.others), timeout=20)
    posts = sorted((call for call in fake_slack.calls_to("chat.postMessage") if call.status == 200), key=lambda call: call.at)
    assert len(posts) == 2 and len(announcements(fake_slack, GENERAL)) == 2
    assert posts[1].at - posts[0].at >= 1.0, [call.at for call in posts]
    owners = {r.key.lead: r.claimed_by for r in await storage.ledger(GENERAL) if r.state == DELIVERED}
    assert owners["7d"] != owners["17d"], "each process posted its own message"
