"""Buttons: show full provision, share, feedback and suggested questions."""

from __future__ import annotations

import json
import logging

import pytest
from buttons import feedback_value, share_value

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


async def test_feedback_without_a_database_is_logged_without_the_user_and_thanked(
    dispatch, payloads, fake_slack, bot, caplog
) -> None:
    """(Stored feedback: tests/feedback/test_feedback_http.py.) The user id is never logged."""
    value = feedback_value("ask who runs it?", provisions=("some-provision",))
    with caplog.at_level(logging.INFO, logger="handlers.actions"):
        await dispatch(click(payloads, fake_slack, render.ACTION_NOT_HELPFUL, value))
        await bot.services.background.wait_idle()
    record = next(r for r in caplog.records if r.getMessage() == "feedback")
    assert record.fields == {"verdict": "not_helpful", "outcome": "off"}
    assert ALICE not in str(record.__dict__)
    assert "Thanks" in fake_slack.response_posts[0].text


async def test_suggestion_click_answers_ephemerally(dispatch, payloads, fake_slack, bot) -> None:
    await dispatch(click(payloads, fake_slack, render.ACTION_SUGGEST, "when is the CISA directive due?"))
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert post.response_type == "ephemeral" and "CISA" in post.text


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ({"status": 200, "error": "msg_too_long"}, "Slack refused the post (msg_too_long)"),
        ({"status": 500, "body": "Internal Server Error"}, "Slack is busy right now"),
    ],
)
async def test_a_share_slack_does_not_take_gets_a_specific_private_reply(
    dispatch, payloads, fake_slack, bot, fault, expected
) -> None:
    fake_slack.fail_next("chat.postMessage", times=3, **fault)
    await dispatch(click(payloads, fake_slack, render.ACTION_SHARE, share_value("deadlines")))
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert expected in post.text and post.response_type == "ephemeral" and "something went wrong" not in post.text


async def test_a_forged_share_value_runs_nothing_and_is_refused_privately(dispatch, payloads, fake_slack, bot) -> None:
    """A value the bot never rendered (unsigned, tampered, or a signed row that acts instead of answering) shares
    nothing and starts nothing; only the clicker hears about it."""
    forged = [
        'review start "ForgedViaShare"',
        share_value("deadlines")[:-1] + "0",
        share_value('review start "ForgedViaShare"'),
        share_value("deadlines", secret="another-apps-secret-0123456789ab"),
    ]
    for value in forged:
        await dispatch(click(payloads, fake_slack, render.ACTION_SHARE, value))
    await bot.services.background.wait_idle()
    assert fake_slack.calls_to("chat.postMessage") == []
    assert [p.response_type for p in fake_slack.response_posts] == ["ephemeral"] * len(forged)
    assert all("not one I can share" in p.text for p in fake_slack.response_posts)


async def test_share_buttons_the_bot_renders_are_signed_and_accepted(dispatch, payloads, fake_slack, bot) -> None:
    from bot.command_table import CommandContext
    from bot.command_table import dispatch as run

    reply = await run(
        CommandContext(bot.services, user_id="U0000ALCE", channel_id="C0000GNRL"), "ask who runs the clearinghouse?"
    )
    (value,) = [
        e["value"] for b in reply.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == render.ACTION_SHARE
    ]
    assert value != "ask who runs the clearinghouse?" and value.startswith("ask who runs the clearinghouse?~")
    await dispatch(click(payloads, fake_slack, render.ACTION_SHARE, value))
    await bot.services.background.wait_idle()
    (call,) = fake_slack.calls_to("chat.postMessage")
    assert "Treasury" in str(call.body["blocks"])


@pytest.mark.parametrize("value", ["[1,2]", "null", '"x"', '{"p":5}', '{"p":[{"x":1}],"r":7}', "{", "\udcff"])
async def test_malformed_feedback_values_are_taken_without_error(dispatch, payloads, fake_slack, bot, value, caplog) -> None:
    with caplog.at_level(logging.INFO):
        response = await dispatch(click(payloads, fake_slack, render.ACTION_NOT_HELPFUL, value))
        await bot.services.background.wait_idle()
    assert response.status == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "body",
    [
        {"type": "block_actions", "actions": []},
        {"type": "block_actions", "actions": [1]},
        {"type": "block_actions", "actions": [{"value": "x"}]},
        {"type": "view_submission", "view": {}},
        {"type": "view_submission"},
        {"type": "view_closed", "view": "x"},
    ],
)
async def test_payloads_slack_never_sends_get_200_and_one_warning(dispatch, payloads, fake_slack, bot, body, caplog) -> None:
    full = {"team": {"id": fake_slack.team.id}, "user": {"id": "U0000ALCE"}, "api_app_id": "A0000EOBT", **body}
    with caplog.at_level(logging.WARNING):
        response = await dispatch(full)
    assert response.status == 200
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "malformed" in r.getMessage()]
    assert len(warnings) == 1 and not [r for r in caplog.records if r.levelno >= logging.ERROR]
