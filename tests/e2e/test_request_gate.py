"""Requests before and around the signature, over real HTTP: size, signature, shape, workspace, replays.

Unsigned bodies of any shape get 401 without being parsed and without a log line; a signed body must match its
Content-Type and name the bot's workspace; a replayed state-changing command changes nothing."""

from __future__ import annotations

import json
import logging
import time
import urllib.parse

import aiohttp

from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.playground.fakeslack.signing import sign

SECRET = "0123456789abcdef0123456789abcdef"
UNSIGNED_BODIES = [
    (b'{"type": "event_callback", "event": {', "application/json"),
    (b"payload={not json", "application/x-www-form-urlencoded"),
    (b"payload=" + urllib.parse.quote(json.dumps([1, 2])).encode(), "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
    (b"command=%2Feo&text=hi", "application/json"),
]


async def post(url: str, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers={"Content-Type": content_type, **(headers or {})}) as response:
            return response.status, await response.text()


def events_url(driver: SlackDriver) -> str:
    return f"http://127.0.0.1:{driver.server.port}/slack/events"  # type: ignore[attr-defined]


async def test_unsigned_bodies_of_any_shape_get_401_and_leave_no_trace(http_driver: SlackDriver, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        statuses = [(await post(events_url(http_driver), body, kind))[0] for body, kind in UNSIGNED_BODIES]
    assert statuses == [401] * len(UNSIGNED_BODIES)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]


async def test_a_timestamp_that_is_not_a_number_gets_401(http_driver: SlackDriver) -> None:
    body = b"command=%2Feo&text=help"
    headers = {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=" + "0" * 64}
    status, _ = await post(events_url(http_driver), body, "application/x-www-form-urlencoded", headers)
    assert status == 401


def signed(body: bytes) -> dict[str, str]:
    return sign(SECRET, body, int(time.time()))


async def test_a_body_over_256_kb_gets_413(http_driver: SlackDriver) -> None:
    body = b"command=%2Feo&text=" + b"a" * (300 * 1024)
    status, _ = await post(events_url(http_driver), body, "application/x-www-form-urlencoded", signed(body))
    assert status == 413


async def test_a_form_sent_as_json_and_truncated_json_get_400_once_signed(http_driver: SlackDriver, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        form_as_json = b"command=%2Feo&text=help"
        assert (await post(events_url(http_driver), form_as_json, "application/json", signed(form_as_json)))[0] == 400
        truncated = b'{"type": "event_callback", "event": {'
        assert (await post(events_url(http_driver), truncated, "application/json", signed(truncated)))[0] == 400
    assert not [r for r in caplog.records if r.exc_info]


async def test_another_workspace_is_refused_on_bolt_s_path_too(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    event = {
        "type": "event_callback",
        "team_id": "T9999",
        "api_app_id": fake_slack.team.app_id,
        "event_id": "Ev9999",
        "event": {"type": "app_home_opened", "user": "U0000ALCE", "tab": "home"},
    }
    body = json.dumps(event).encode()
    status, _ = await post(events_url(http_driver), body, "application/json", signed(body))
    assert status == 403
    command = urllib.parse.urlencode(
        {
            "command": "/eo",
            "text": "help",
            "team_id": "T9999",
            "user_id": "U0000ALCE",
            "channel_id": "C0000GNRL",
            "response_url": "http://127.0.0.1:9/x",
        }
    ).encode()
    assert (await post(events_url(http_driver), command, "application/x-www-form-urlencoded", signed(command)))[0] == 403
    assert fake_slack.calls_to("views.publish") == []
