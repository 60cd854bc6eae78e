"""/eo subscribe, unsubscribe, status and review wired into the app: replies via response_url, admins,
the invite hint, DMs, the Home tab, and channel events that pause a subscription."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, AsyncIterator

import pytest
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.core.settings import load_settings
from bot.playground.fakeslack import FakeSlack, Payloads
from bot.slack.app import create_app
from bot.slack.services import Services
from bot.storage.database import StorageEventIdStore
from handlers import register_listeners

ALICE, BOB, GENERAL, RANDOM = "U0000ALCE", "U0000BOB1", "C0000GNRL", "C0000RAND"
SECRET = "0123456789abcdef0123456789abcdef"
NOW = __import__("datetime").datetime(2026, 6, 20, 14, 0, tzinfo=__import__("datetime").timezone.utc)


class Harness:
    def __init__(self, services: Services, fake: FakeSlack) -> None:
        self.services, self.fake = services, fake
        self.app = create_app(services.settings, services, register_listeners)
        self.payloads = Payloads(fake.workspace)

    async def dispatch(self, body: dict[str, Any]) -> Any:
        return await self.app.async_dispatch(AsyncBoltRequest(body=body, mode="socket_mode"))

    async def command(self, text: str, user: str = ALICE, channel: str = GENERAL) -> dict[str, Any]:
        """Run ``/eo text``; the ack is empty and the reply arrives at the response_url."""
        url = self.fake.new_response_url(channel, user)
        seen = len(self.fake.response_posts)
        ack = await self.dispatch(self.payloads.slash_command(text, user, channel, response_url=url))
        assert ack.status == 200 and ack.body == ""
        post = await self.fake.wait_for(lambda: self.fake.response_posts[seen:] and self.fake.response_posts[seen])
        return post.body


async def start(fake: FakeSlack, content: Content, tmp_path: Path, **env: str) -> Services:
    settings = load_settings(
        _env_file=None,
        SLACK_BOT_TOKEN=fake.team.bot_token,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'eo.db'}",
        **env,
    )
    services = Services.build(settings, content, clock=ManualClock(NOW))
    await services.start()
    await services.start_announcements()
    return services


@pytest.fixture
async def harness(fake_slack: FakeSlack, real_content: Content, tmp_path: Path) -> AsyncIterator[Harness]:
    services = await start(fake_slack, real_content, tmp_path)
    try:
        yield Harness(services, fake_slack)
    finally:
        await services.close()


def shown(body: dict[str, Any]) -> str:
    return json.dumps(body.get("blocks"), ensure_ascii=False) + body.get("text", "")


async def test_help_lists_the_subscription_rows(harness: Harness) -> None:
    url = harness.fake.new_response_url(GENERAL, ALICE)
    ack = await harness.dispatch(harness.payloads.slash_command("help", ALICE, GENERAL, response_url=url))
    body = json.loads(ack.body)
    for syntax in ("/eo subscribe", "/eo unsubscribe", "/eo status", "/eo review start"):
        assert syntax in shown(body)


async def test_subscribe_status_unsubscribe(harness: Harness) -> None:
    body = await harness.command("subscribe tz=Europe/London")
    assert body["response_type"] == "in_channel" and "subscribed to all deadlines" in shown(body)
    assert "Europe/London" in shown(body) and "Next announcements" in shown(body)
    assert isinstance(harness.services.event_ids, StorageEventIdStore)
    assert len(harness.services.scheduler.job_times()) > 0  # the scheduler re-planned

    status = await harness.command("status")
    assert status["response_type"] == "ephemeral" and "BST" in shown(status)
    gone = await harness.command("unsubscribe")
    assert gone["response_type"] == "in_channel" and "unsubscribed" in gone["text"]
    assert harness.services.scheduler.job_times() == []


async def test_bad_input_gets_a_friendly_reply(harness: Harness) -> None:
    assert "Valid deadline ids" in shown(await harness.command("subscribe nonsense-due"))
    assert "don't know the timezone" in shown(await harness.command("subscribe tz=Mars/Olympus"))
    assert "I don't know that review command" not in shown(await harness.command("review"))  # = list
    assert "Which review clock" in shown(await harness.command("review cancel x"))


async def test_channel_without_the_bot_gets_the_invite_hint(harness: Harness) -> None:
    body = await harness.command("subscribe", channel=RANDOM)
    assert "/invite @eo-bot" in body["text"] and body["response_type"] == "ephemeral"
    assert await harness.services.storage.get_subscription(RANDOM) is None


async def test_admins_restrict_changes(fake_slack: FakeSlack, real_content: Content, tmp_path: Path) -> None:
    services = await start(fake_slack, real_content, tmp_path, EO_ADMINS=BOB)
    try:
        harness = Harness(services, fake_slack)
        refused = await harness.command("subscribe", user=ALICE)
        assert "only the bot's admins" in refused["text"]
        assert await services.storage.get_subscription(GENERAL) is None
        assert "subscribed" in (await harness.command("subscribe", user=BOB))["text"]
        assert "only the bot's admins" in (await harness.command("unsubscribe", user=ALICE))["text"]
    finally:
        await services.close()


async def test_review_clock_start_list_cancel(harness: Harness) -> None:
    started = await harness.command('review start "Frontier Model X" 2026-06-20')
    assert started["response_type"] == "in_channel" and "Frontier Model X" in shown(started)
    assert "July 19, 2026" in shown(started)  # day 30 of a window starting June 20 (inclusive reading)
    clock_id = (await harness.services.storage.list_review_clocks(GENERAL))[0].id
    assert "Frontier Model X" in shown(await harness.command("review list"))
    assert "cancelled" in (await harness.command(f"review cancel {clock_id}"))["text"]
    assert "No active review clocks" in shown(await harness.command("review list"))


async def test_subscribe_in_a_dm_subscribes_the_dm(harness: Harness) -> None:
    dm = harness.fake.workspace.im_with(ALICE)
    message = harness.fake.workspace.post(dm.id, text="subscribe", user=ALICE)
    await harness.dispatch(harness.payloads.event_callback(harness.payloads.message_event(ALICE, dm.id, "subscribe", message.ts)))
    await harness.fake.wait_for(lambda: len(harness.fake.messages(dm.id)) > 1)
    assert "This conversation is subscribed to all deadlines" in harness.fake.messages(dm.id)[-1].text
    assert (await harness.services.storage.get_subscription(dm.id)) is not None


async def test_home_shows_the_users_subscriptions(harness: Harness) -> None:
    await harness.command("subscribe cisa-directives-due")
    await harness.services.subscriptions.pause(GENERAL, "the channel was archived")
    await harness.command("subscribe", user=BOB, channel=harness.fake.workspace.im_with(BOB).id)
    await harness.dispatch(harness.payloads.event_callback(harness.payloads.app_home_opened_event(ALICE)))
    view = await harness.fake.wait_for(lambda: harness.fake.workspace.home_views.get(ALICE))
    text = json.dumps(view["blocks"])
    assert "Your deadline announcements" in text and f"<#{GENERAL}>" in text and "Paused" in text
    assert "direct messages" not in text  # Bob's DM subscription is not Alice's business


@pytest.mark.parametrize(
    "event",
    [
        {"type": "channel_archive", "channel": GENERAL, "user": ALICE},
        {"type": "channel_left", "channel": GENERAL, "actor_id": ALICE},
    ],
)
async def test_archive_or_removal_pauses_only_that_channel(harness: Harness, event: dict[str, Any]) -> None:
    await harness.command("subscribe")
    other = harness.fake.add_channel("C0000OTHR", "other").id
    await harness.command("subscribe", channel=other)
    await harness.dispatch(harness.payloads.event_callback(event))
    storage = harness.services.storage
    await harness.services.background.drain()
    assert (await storage.get_subscription(GENERAL)).paused
    assert not (await storage.get_subscription(other)).paused
    status = await harness.command("status")
    assert "Paused" in shown(status)


async def test_review_model_name_is_stored_as_typed_and_shown_escaped_once(harness: Harness) -> None:
    # Slack escapes &, < and > in slash command text; the name must not come back double-escaped.
    started = await harness.command('review start "R&amp;D &lt;b&gt; model" 2026-06-20')
    clock = (await harness.services.storage.list_review_clocks(GENERAL))[0]
    assert clock.model_name == "R&D <b> model"
    assert "R&amp;D &lt;b&gt; model" in json.dumps(started["blocks"]) and "&amp;amp;" not in json.dumps(started)


async def test_review_reply_words_and_own_announcements(harness: Harness) -> None:
    await harness.command('review start "First" 2026-06-20')
    started = json.dumps((await harness.command('review start "Second" 2026-06-20'))["blocks"])
    assert "7 days before its last day" in started and "(its last day)" in started and "0d" not in started
    assert "First" not in started, "the reply lists the new clock's announcements only"
    listed = json.dumps((await harness.command("review list"))["blocks"])
    assert "Review clocks in this channel" in listed and "/eo review cancel ID" in listed


async def test_subscribing_after_every_deadline_says_nothing_is_left(harness: Harness) -> None:
    harness.services.clock.set(NOW.replace(year=2027))  # type: ignore[attr-defined]
    reply = json.dumps((await harness.command("subscribe"))["blocks"])
    assert "Already passed" in reply and "nothing left to announce" in reply


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500, "body": "Internal Server Error"},
        {"status": 200, "body": "<html>proxy</html>", "content_type": "text/html"},
        {"status": 200, "error": "invalid_auth"},
    ],
)
async def test_subscribe_is_kept_when_slack_cannot_say_whether_the_bot_may_post(harness: Harness, fault: dict) -> None:
    harness.fake.fail_next("conversations.info", **fault)
    body = await harness.command("subscribe")
    text = shown(body)
    assert "subscribed" in text and "couldn't check with Slack" in text
    assert "something went wrong" not in text and "invite me first" not in text.lower()
    assert await harness.services.storage.get_subscription(GENERAL) is not None
