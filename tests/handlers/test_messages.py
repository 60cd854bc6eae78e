"""DMs and mentions: who gets an answer, where it goes, and what is ignored."""

from __future__ import annotations

import pytest

from bot.playground.fakeslack import FakeSlack

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"


def dm_event(payloads, fake: FakeSlack, **changes):
    event = payloads.message_event(
        ALICE, fake.workspace.im_with(ALICE).id, "when is the CISA directive due?", "1700000000.000001"
    )
    event.update(changes)
    return payloads.event_callback(event)


@pytest.mark.parametrize(
    "changes",
    [
        {"user": "U0000BOT1"},  # our own message
        {"bot_id": "B0OTHER01", "subtype": "bot_message"},
        {"bot_id": "B0OTHER01"},
        {"subtype": "message_changed"},
        {"subtype": "message_deleted"},
        {"subtype": "channel_join"},
        {"channel_type": "channel"},  # channel chatter is not for us (mentions are)
    ],
)
async def test_ignored_messages(dispatch, payloads, fake_slack: FakeSlack, bot, changes) -> None:
    response = await dispatch(dm_event(payloads, fake_slack, **changes))
    await bot.services.background.wait_idle()
    assert response.status == 200
    assert fake_slack.calls_to("chat.postMessage") == []


async def test_dm_answered_in_the_dm(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    await dispatch(dm_event(payloads, fake_slack))
    await bot.services.background.wait_idle()
    (call,) = fake_slack.calls_to("chat.postMessage")
    assert call.body["channel"] == fake_slack.workspace.im_with(ALICE).id and "thread_ts" not in call.body
    assert "eo_share" not in str(call.body["blocks"])  # a DM answer is already visible where it was asked


async def test_mention_is_stripped_and_threaded(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    event = payloads.app_mention_event(ALICE, GENERAL, "<@U0000BOT1> when is the CISA directive due?", "1700000000.000009")
    await dispatch(payloads.event_callback(event))
    await bot.services.background.wait_idle()
    (call,) = fake_slack.calls_to("chat.postMessage")
    assert call.body["thread_ts"] == "1700000000.000009"
    assert "You asked: _when is the CISA directive due?_" in str(call.body["blocks"])


async def test_bare_mention_gets_help(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    event = payloads.app_mention_event(ALICE, GENERAL, "<@U0000BOT1>", "1700000000.000010")
    await dispatch(payloads.event_callback(event))
    await bot.services.background.wait_idle()
    assert "/eo deadlines" in str(fake_slack.calls_to("chat.postMessage")[0].body["blocks"])


async def test_answering_failure_gets_an_apology(dispatch, payloads, fake_slack: FakeSlack, bot, monkeypatch) -> None:
    def broken(question, now, context=()):
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.services.answerer, "answer", broken)
    await dispatch(dm_event(payloads, fake_slack))
    await bot.services.background.wait_idle()
    (call,) = fake_slack.calls_to("chat.postMessage")
    assert "Sorry, something went wrong" in call.body["text"] and "exploded" not in str(call.body)
