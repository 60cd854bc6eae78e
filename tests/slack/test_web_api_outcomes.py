"""Every Web API outcome is a value: non-JSON bodies, ok:false, rate limits, timeouts, dropped connections.

The Slack poster and the delivery ledger run against the fake Slack answering as an outage or a proxy would; one
bad answer fails one post (then it is retried), never the fan-out, and every claim is finished or given back."""

from __future__ import annotations

import datetime as dt

import pytest
from announce_fakes import FakeSleep, storage  # noqa: F401  (fixture)
from slack_sdk.web.async_client import AsyncWebClient

from bot.announce.delivery import Delivery, DeliveryPolicy
from bot.announce.poster import PostTimeout, ServerError
from bot.announce.schedule import Announcement
from bot.core.clock import ManualClock
from bot.playground.fakeslack import FakeSlack
from bot.slack.poster import SlackPoster
from bot.slack.web_api import CONNECTION, NOT_JSON, RATE_LIMITED, TIMEOUT, call
from bot.storage.database import CLAIMED, DELIVERED, Storage

UTC = dt.timezone.utc
FIRE = dt.datetime(2026, 7, 2, 13, 0, tzinfo=UTC)
NOT_SLACK = [
    (500, "Internal Server Error", "text/plain"),
    (200, "<html><body>Proxy error</body></html>", "text/html"),
    (200, '{"ok": tru', "application/json"),
    (405, "Method Not Allowed", "text/plain"),
    (502, "", "text/plain"),
]


def client(fake: FakeSlack, timeout: int = 5) -> AsyncWebClient:
    return AsyncWebClient(token=fake.team.bot_token, base_url=fake.api_url, timeout=timeout, retry_handlers=[])


@pytest.mark.parametrize(("status", "body", "kind"), NOT_SLACK)
async def test_a_body_that_is_not_slack_json_is_a_failed_result(fake_slack: FakeSlack, status: int, body: str, kind: str) -> None:
    fake_slack.fail_next("chat.postMessage", status, body=body, content_type=kind)
    result = await call(client(fake_slack).chat_postMessage(channel="C0000GNRL", text="x"))
    assert not result.ok and result.error == NOT_JSON and result.transient and dict(result.data) == {}


async def test_ok_false_rate_limit_timeout_and_no_connection(fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", 200, error="channel_not_found")
    assert (await call(client(fake_slack).chat_postMessage(channel="C0000GNRL", text="x"))).error == "channel_not_found"
    fake_slack.fail_next("chat.postMessage", 429, retry_after=7)
    limited = await call(client(fake_slack).chat_postMessage(channel="C0000GNRL", text="x"))
    assert (limited.error, limited.retry_after) == (RATE_LIMITED, 7.0)
    fake_slack.fail_next("chat.postMessage", hang=True)
    hung = await call(client(fake_slack, timeout=1).chat_postMessage(channel="C0000GNRL", text="x"))
    assert hung.error == TIMEOUT
    fake_slack.release_hangs()
    gone = AsyncWebClient(token="xoxb-1", base_url="http://127.0.0.1:9/api/", retry_handlers=[])
    assert (await call(gone.chat_postMessage(channel="C1", text="x"))).error == CONNECTION
    assert (await call(client(fake_slack).chat_postMessage(channel="C0000GNRL", text="x"))).ok


async def test_the_poster_turns_non_json_into_one_retryable_post_error(fake_slack: FakeSlack) -> None:
    poster = SlackPoster(client(fake_slack))
    fake_slack.fail_next("chat.postMessage", 500, body="Internal Server Error")
    with pytest.raises(ServerError):
        await poster.post("C0000GNRL", "x", [])
    fake_slack.fail_next("conversations.history", 502, body="<html>Bad gateway</html>", content_type="text/html")
    with pytest.raises(ServerError):
        await poster.find_marker("C0000GNRL", "eo-announcement:x:0d")
    fake_slack.fail_next("chat.postMessage", hang=True)
    slow = SlackPoster(client(fake_slack, timeout=1))
    with pytest.raises(PostTimeout):
        await slow.post("C0000GNRL", "x", [])
    fake_slack.release_hangs()


async def test_membership_unknown_when_slack_cannot_say(fake_slack: FakeSlack) -> None:
    poster = SlackPoster(client(fake_slack))
    fake_slack.fail_next("conversations.info", 500, body="Internal Server Error")
    assert await poster.can_post("C0000GNRL") is None
    fake_slack.fail_next("conversations.info", 200, error="invalid_auth")
    assert await poster.can_post("C0000GNRL") is None  # a token problem says nothing about the channel
    fake_slack.fail_next("conversations.info", 200, error="channel_not_found")
    assert await poster.can_post("C0000GNRL") is False
    assert await poster.can_post("C0000GNRL") is True


def ann(channel: str, item: str, lead: str = "0d", later: int = 0) -> Announcement:
    at = FIRE + dt.timedelta(seconds=later)
    return Announcement(at, channel, item, lead, "deadline", dt.date(2026, 7, 2), "America/New_York")


def render(a: Announcement) -> tuple[str, list[dict]]:
    return f"{a.item_id} {a.lead}", [{"type": "section", "text": {"type": "mrkdwn", "text": a.item_id}}]


async def test_non_json_answers_fail_single_posts_and_the_fan_out_completes(fake_slack: FakeSlack, storage: Storage) -> None:
    """Slack answers text/plain 500 to the first posts, then recovers: every announcement goes out once, none stays
    claimed, and no post is repeated (the history check finds nothing, since Slack kept none of the failed posts)."""
    fake_slack.add_channel("C0000OTHR", "other")
    clock = ManualClock(FIRE)
    delivery = Delivery(
        storage, SlackPoster(client(fake_slack)), clock, render, policy=DeliveryPolicy(), sleep=FakeSleep(clock), owner="p1"
    )
    fake_slack.fail_next("chat.postMessage", 500, body="Internal Server Error", times=3)
    items = ("a-due", "b-due", "c-due")
    batch = [ann(c, item, later=k) for c in ("C0000GNRL", "C0000OTHR") for k, item in enumerate(items)]  # 6 messages
    report = await delivery.deliver_many(batch)
    assert set(report.outcomes.values()) == {"delivered"}
    states = {r.key: r.state for r in await storage.ledger()}
    assert set(states.values()) == {DELIVERED} and CLAIMED not in states.values()
    posted = [m.text for c in ("C0000GNRL", "C0000OTHR") for m in fake_slack.workspace.history(c)]
    assert sorted(posted) == sorted(f"{i} 0d" for i in ("a-due", "b-due", "c-due") for _ in (1, 2))
