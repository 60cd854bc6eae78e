"""End to end over Socket Mode: envelopes on the fake's websocket, acks read back, replies to the fake."""

from __future__ import annotations

import aiohttp
from buttons import share_value

from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.ui import render

GENERAL, ALICE = "C0000GNRL", "U0000ALCE"
QUESTION = "when is the CISA directive due?"


async def test_slash_answer_arrives_in_the_envelope_ack(socket_driver: SlackDriver, bot) -> None:
    expected = bot.services.answerer.answer(QUESTION, bot.clock.now())
    delivery = await socket_driver.slash_command(f"ask {QUESTION}")
    payload = delivery.json()
    assert payload["response_type"] == "ephemeral"
    assert render.escape(expected.headline) in payload["text"]
    assert any(b["type"] == "actions" for b in payload["blocks"])


async def test_dm_mention_and_home(socket_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    await socket_driver.dm(ALICE, QUESTION, thread_ts="1700000000.000100")
    dm = await fake_slack.wait_for_call("chat.postMessage")
    assert dm.body["channel"] == fake_slack.workspace.im_with(ALICE).id and dm.body["thread_ts"] == "1700000000.000100"

    await socket_driver.mention(ALICE, GENERAL, QUESTION)
    mention = await fake_slack.wait_for_call("chat.postMessage", count=2)
    assert mention.body["channel"] == GENERAL and mention.body["thread_ts"]

    await socket_driver.app_home_opened(ALICE)
    home = await fake_slack.wait_for_call("views.publish")
    assert home.body["view"]["type"] == "home"


async def test_retried_envelope_is_answered_once(socket_driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    event = socket_driver.payloads.message_event(ALICE, fake_slack.workspace.im_with(ALICE).id, QUESTION, "1700000002.000300")
    first = await socket_driver.event(event, event_id="Ev0SOCKET1")
    again = await socket_driver.event(event, event_id="Ev0SOCKET1", retry_num=1)
    await bot.services.background.wait_idle()
    assert first.ack is not None and again.ack is not None
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_share_click_posts_in_the_channel(socket_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    await socket_driver.block_action(render.ACTION_SHARE, share_value("deadlines"), user=ALICE, channel=GENERAL)
    call = await fake_slack.wait_for_call("chat.postMessage")
    assert call.body["channel"] == GENERAL and "deadlines" in call.body["text"]


async def test_rate_limit_is_retried(socket_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", 429, retry_after=0)
    await socket_driver.mention(ALICE, GENERAL, QUESTION)
    await fake_slack.wait_for_call("chat.postMessage", count=2)
    assert [c.status for c in fake_slack.calls_to("chat.postMessage")] == [429, 200]


async def test_healthz_reports_the_websocket(socket_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    url = f"http://127.0.0.1:{socket_driver.server.port}/healthz"  # type: ignore[attr-defined]
    async with aiohttp.ClientSession() as session:
        await fake_slack.wait_for(lambda: fake_slack.socket_connected)
        async with session.get(url) as resp:
            assert resp.status == 200 and (await resp.json())["connected"] is True
        await socket_driver.server.handler.client.disconnect()  # type: ignore[attr-defined]
        async with session.get(url) as resp:
            assert resp.status == 503 and (await resp.json())["connected"] is False


async def test_the_bot_reconnects_each_time_slack_drops_the_socket(socket_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    """Slack closes the websocket (abruptly, then with its ``disconnect`` message, then abruptly again): each time
    /healthz says 503 while the socket is down, the bot reconnects on its own, and commands are answered again."""
    url = f"http://127.0.0.1:{socket_driver.server.port}/healthz"  # type: ignore[attr-defined]

    async def health() -> int:
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as resp:
                return resp.status

    opened = len(fake_slack.calls_to("apps.connections.open"))
    for round_number, graceful in enumerate((False, True, False), start=1):
        await fake_slack.wait_for(lambda: fake_slack.socket_connected, timeout=20)
        await fake_slack.drop_socket(graceful=graceful)
        if not graceful:
            assert await health() == 503  # an abrupt drop is seen at once; a graceful one may reconnect first
        await fake_slack.wait_for(lambda: len(fake_slack.calls_to("apps.connections.open")) > opened, timeout=20)
        opened = len(fake_slack.calls_to("apps.connections.open"))
        await fake_slack.wait_for(lambda: fake_slack.socket_connected, timeout=20)

        async def healthy() -> bool:
            return await health() == 200

        for _ in range(100):  # the health server follows the client's own state
            if await healthy():
                break
            await fake_slack.wait_for(lambda: fake_slack.socket_connected, timeout=1)
        assert await healthy(), f"not healthy after reconnect {round_number}"
        ack = await socket_driver.slash_command("help")
        assert "/eo deadlines" in str(ack.json())
