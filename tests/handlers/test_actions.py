"""Buttons: show full provision, share, feedback and suggested questions."""

from __future__ import annotations

import json
import logging

from bot.playground.fakeslack import FakeSlack
from bot.ui import render

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"


def click(payloads, fake: FakeSlack, action_id: str, value: str, channel: str = GENERAL) -> dict:
    url = fake.new_response_url(channel, ALICE)
    return payloads.block_actions(action_id, value, ALICE, channel, response_url=url)


async def test_show_provision_opens_a_modal(dispatch, payloads, fake_slack, bot) -> None:
    entry = bot.services.content.provisions()[0]
    response = await dispatch(click(payloads, fake_slack, render.ACTION_SHOW, entry.id))
    await bot.services.background.wait_idle()
    assert response.status == 200
    (call,) = fake_slack.calls_to("views.open")
    assert call.body["view"]["type"] == "modal" and render.escape(entry.title) in json.dumps(call.body["view"])


async def test_show_provision_falls_back_to_an_ephemeral_reply(dispatch, payloads, fake_slack, bot) -> None:
    entry = bot.services.content.provisions()[0]
    fake_slack.fail_next("views.open", 200, error="expired_trigger_id")
    await dispatch(click(payloads, fake_slack, render.ACTION_SHOW, entry.id))
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert post.response_type == "ephemeral" and render.escape(entry.title) in post.text


async def test_feedback_is_logged_and_thanked(dispatch, payloads, fake_slack, bot, caplog) -> None:
    value = render.feedback_value("ask who runs it?", ["some-provision"])
    with caplog.at_level(logging.INFO, logger="handlers.actions"):
        await dispatch(click(payloads, fake_slack, render.ACTION_NOT_HELPFUL, value))
        await bot.services.background.wait_idle()
    record = next(r for r in caplog.records if r.getMessage() == "feedback")
    assert record.fields == {
        "verdict": "not_helpful",
        "user": ALICE,
        "channel": GENERAL,
        "ref": "ask who runs it?",
        "provisions": "some-provision",
    }
    assert "Thanks" in fake_slack.response_posts[0].text


async def test_suggestion_click_answers_ephemerally(dispatch, payloads, fake_slack, bot) -> None:
    await dispatch(click(payloads, fake_slack, render.ACTION_SUGGEST, "when is the CISA directive due?"))
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert post.response_type == "ephemeral" and "CISA" in post.text


async def test_share_failure_gets_an_apology(dispatch, payloads, fake_slack, bot) -> None:
    fake_slack.fail_next("chat.postMessage", 200, error="msg_too_long")
    await dispatch(click(payloads, fake_slack, render.ACTION_SHARE, "deadlines"))
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert "Sorry, something went wrong" in post.text and post.response_type == "ephemeral"
