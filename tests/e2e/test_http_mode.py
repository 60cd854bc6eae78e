"""End to end over real HTTP: signed requests from the fake Slack to the bot's server, replies to the fake."""

from __future__ import annotations

import json
import time

import aiohttp
from buttons import share_value

from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.playground.fakeslack.driver import HttpTransport
from bot.ui import render

GENERAL, ALICE = "C0000GNRL", "U0000ALCE"
QUESTION = "when is the CISA directive due?"


def all_text(value: object) -> str:
    return json.dumps(value)


def shown_text(value: object) -> str:
    """Every string Slack would display (``text`` fields), leaving out opaque button values."""
    if isinstance(value, dict):
        return "\n".join(v if k == "text" and isinstance(v, str) else shown_text(v) for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(shown_text(v) for v in value)
    return ""


async def test_slash_command_answer_travels_in_the_ack(http_driver: SlackDriver, bot, fake_slack: FakeSlack) -> None:
    expected = bot.services.answerer.answer(QUESTION, bot.clock.now())
    delivery = await http_driver.slash_command(f"ask {QUESTION}")

    assert delivery.status == 200
    body = delivery.json()
    assert body["response_type"] == "ephemeral"
    assert render.escape(expected.headline) in body["text"]
    action_ids = [e["action_id"] for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert action_ids == [
        render.ACTION_SHOW,
        render.ACTION_SOURCES,
        render.ACTION_SHARE,
        render.ACTION_HELPFUL,
        render.ACTION_NOT_HELPFUL,
    ]
    assert fake_slack.calls_to("chat.postMessage") == []  # nothing but the ack was needed


async def test_bare_question_and_unknown_subcommand(http_driver: SlackDriver) -> None:
    bare = (await http_driver.slash_command(QUESTION)).json()
    unknown = (await http_driver.slash_command("frobnicate")).json()
    empty = (await http_driver.slash_command("")).json()

    assert "You asked" in all_text(bare["blocks"])
    assert "/eo deadlines" in all_text(unknown["blocks"]) and "frobnicate" in all_text(unknown["blocks"])
    assert "/eo deadlines" in all_text(empty["blocks"])


async def test_bad_signature_and_stale_timestamp_are_rejected(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    url = http_driver.transport.url  # type: ignore[attr-defined]
    forged = SlackDriver(fake_slack, HttpTransport(url, "not-the-signing-secret"))
    stale = SlackDriver(fake_slack, HttpTransport(url, http_driver.transport.signing_secret, clock=lambda: time.time() - 600))  # type: ignore[attr-defined]
    try:
        assert (await forged.slash_command("ask anything")).status == 401
        assert (await stale.slash_command("ask anything")).status == 401
    finally:
        await forged.close()
        await stale.close()


async def test_dm_is_answered_in_the_dm_and_in_its_thread(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    first = await http_driver.dm(ALICE, QUESTION)
    assert first.status == 200
    call = await fake_slack.wait_for_call("chat.postMessage")
    im = fake_slack.workspace.im_with(ALICE).id
    assert call.body["channel"] == im and not call.body.get("thread_ts")

    await http_driver.dm(ALICE, "what is section 3?", thread_ts="1700000000.000100")
    threaded = await fake_slack.wait_for_call("chat.postMessage", count=2)
    assert threaded.body["channel"] == im and threaded.body["thread_ts"] == "1700000000.000100"


async def test_mention_gets_a_threaded_reply(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    await http_driver.mention(ALICE, GENERAL, QUESTION)
    call = await fake_slack.wait_for_call("chat.postMessage")
    mention_msg = next(m for m in fake_slack.messages(GENERAL) if m.user == ALICE)
    assert call.body["channel"] == GENERAL and call.body["thread_ts"] == mention_msg.ts
    assert "<@" not in call.body["text"]


async def test_retried_event_is_answered_once(http_driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    event = http_driver.payloads.message_event(ALICE, fake_slack.workspace.im_with(ALICE).id, QUESTION, "1700000001.000200")
    first = await http_driver.event(event, event_id="Ev0RETRY01")
    retry = await http_driver.event(event, event_id="Ev0RETRY01", retry_num=1)
    await bot.services.background.wait_idle()

    assert first.status == 200 and retry.status == 200
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_app_home_is_published(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    await http_driver.app_home_opened(ALICE)
    call = await fake_slack.wait_for_call("views.publish")
    view = call.body["view"]
    assert call.body["user_id"] == ALICE and view["type"] == "home"
    text = all_text(view)
    assert ("Next deadlines" in text or "Deadlines (all passed)" in text) and "/eo deadlines" in text


async def test_share_click_posts_in_the_channel(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    delivery = await http_driver.block_action(render.ACTION_SHARE, share_value(f"ask {QUESTION}"), user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    call = await fake_slack.wait_for_call("chat.postMessage")
    assert call.body["channel"] == GENERAL
    assert f"<@{ALICE}> asked" in all_text(call.body["blocks"])
    assert render.ACTION_SHARE not in all_text(call.body["blocks"])


async def test_share_falls_back_to_response_url_when_not_in_channel(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    await http_driver.block_action(render.ACTION_SHARE, share_value("deadlines"), user=ALICE, channel="C0000RAND")
    await fake_slack.wait_for(lambda: fake_slack.response_posts)
    post = fake_slack.response_posts[0]
    assert post.response_type == "in_channel" and "deadlines" in post.text
    assert fake_slack.calls_to("chat.postMessage")[0].response["error"] == "not_in_channel"


async def test_rate_limited_post_is_retried_and_arrives(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", 429, retry_after=0)
    await http_driver.dm(ALICE, QUESTION)
    await fake_slack.wait_for_call("chat.postMessage", count=2)
    statuses = [c.status for c in fake_slack.calls_to("chat.postMessage")]
    assert statuses == [429, 200]
    assert fake_slack.messages(fake_slack.workspace.im_with(ALICE).id)[-1].bot_id == fake_slack.team.bot_id


async def test_healthz(http_driver: SlackDriver) -> None:
    port = http_driver.server.port  # type: ignore[attr-defined]
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
            assert resp.status == 200
            assert (await resp.json()) == {"status": "ok", "mode": "http"}


# Slack markup as Slack delivers it, and the same characters typed by a user (which Slack sends as entities).
HOSTILE = (
    "<!channel> @here <@U0000BOB1> <https://evil.example|click> "
    "&lt;!here&gt; &lt;https://evil.example|forged&gt; &amp; what is section 3?"
)


async def test_hostile_text_never_pings_or_links(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    ack = (await http_driver.slash_command(f"ask {HOSTILE}")).json()
    await http_driver.dm(ALICE, HOSTILE)
    await http_driver.block_action(render.ACTION_SHARE, share_value(f"ask {HOSTILE}"), user=ALICE, channel=GENERAL)
    await fake_slack.wait_for_call("chat.postMessage", count=2)

    outgoing = [ack] + [c.body for c in fake_slack.calls_to("chat.postMessage")]
    for message in outgoing:
        text = shown_text({"text": message.get("text"), "blocks": message.get("blocks")})
        assert text
        for forbidden in ("<!channel>", "<!here>", "<@U0000BOB1>", "<https://evil"):
            assert forbidden not in text
    echoed = shown_text(ack["blocks"])
    assert "&lt;!here&gt;" in echoed and "&lt;https://evil.example|forged&gt;" in echoed and "&amp;" in echoed
