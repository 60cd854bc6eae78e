"""The assistant pane's listeners, dispatched into the app against the fake (the suite's bot: no database).

Without a database the thread store lives in the process and a follow-up is read from Slack's copy of the thread
(``conversations.replies``). A DM thread the pane did not start is answered exactly as before.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.playground.fakeslack import AssistantThread, Call, FakeSlack, Payloads
from bot.ui import assistant as pane
from bot.ui import render

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"
QUESTION = "who writes the classified benchmark?"
FOLLOW_UP = "how long do they have?"


def in_thread(fake: FakeSlack, thread_ts: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.body.get("thread_ts") == thread_ts]


async def start(dispatch, payloads: Payloads, fake: FakeSlack, bot, context_channel: str | None = GENERAL) -> AssistantThread:
    thread = fake.workspace.start_assistant_thread(ALICE, context_channel)
    response = await dispatch(payloads.event_callback(payloads.assistant_thread_event("assistant_thread_started", thread)))
    assert response.status == 200
    await bot.services.background.wait_idle()
    return thread


async def ask(dispatch, payloads: Payloads, fake: FakeSlack, bot, thread_ts: str, text: str, **changes: Any) -> None:
    channel = fake.workspace.im_with(ALICE).id
    msg = fake.workspace.post(channel, text=text, user=ALICE, thread_ts=thread_ts)
    event = payloads.message_event(ALICE, channel, text, msg.ts, thread_ts)
    event.update(changes)
    response = await dispatch(payloads.event_callback(event))
    assert response.status == 200
    await bot.services.background.wait_idle()


async def test_without_a_database_the_follow_up_is_read_from_the_thread(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    thread = await start(dispatch, payloads, fake_slack, bot)
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, QUESTION)
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, FOLLOW_UP)
    greeting, first, follow_up = in_thread(fake_slack, thread.thread_ts)
    assert "benchmark" in str(first.body["blocks"]).lower()
    assert "60 days" in str(follow_up.body["blocks"]) and "benchmark" in str(follow_up.body["blocks"]).lower()
    replies = fake_slack.calls_to("conversations.replies")
    assert replies and all(c.body["ts"] == thread.thread_ts for c in replies)
    assert [c.body["title"] for c in fake_slack.calls_to("assistant.threads.setTitle")] == [QUESTION]


async def test_a_follow_up_in_a_fresh_thread_has_nothing_to_lean_on(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    thread = await start(dispatch, payloads, fake_slack, bot)
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, FOLLOW_UP)
    _, answer = in_thread(fake_slack, thread.thread_ts)
    assert "60 days" not in str(answer.body["blocks"])


async def test_a_dm_thread_the_pane_did_not_start_is_answered_as_before(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    channel = fake_slack.workspace.im_with(ALICE).id
    parent = fake_slack.workspace.post(channel, text="hello", user=ALICE)
    await ask(dispatch, payloads, fake_slack, bot, parent.ts, QUESTION)
    [answer] = in_thread(fake_slack, parent.ts)
    assert render.ACTION_HELPFUL in str(answer.body["blocks"]) and "context_actions" not in str(answer.body["blocks"])
    assert not fake_slack.calls_to("assistant.threads.setStatus") and not fake_slack.calls_to("assistant.threads.setTitle")


async def test_file_shares_and_bot_messages_in_the_pane_are_not_questions(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    thread = await start(dispatch, payloads, fake_slack, bot)
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, "a file", subtype="file_share")
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, "from a bot", bot_id="B0OTHER01")
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, "edited", subtype="message_changed")
    assert len(in_thread(fake_slack, thread.thread_ts)) == 1, "only the greeting"
    assert not fake_slack.calls_to("assistant.threads.setStatus")


async def test_an_answer_slack_refuses_clears_the_status(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    thread = await start(dispatch, payloads, fake_slack, bot)
    fake_slack.fail_next("chat.postMessage", 200, error="msg_too_long")
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, QUESTION)
    assert [c.body["status"] for c in fake_slack.calls_to("assistant.threads.setStatus")] == [pane.STATUS, ""]
    assert thread.status == ""


async def test_status_and_prompt_failures_do_not_stop_the_answer(dispatch, payloads, fake_slack: FakeSlack, bot) -> None:
    fake_slack.fail_next("assistant.threads.setSuggestedPrompts", 500)
    thread = await start(dispatch, payloads, fake_slack, bot)
    fake_slack.fail_next("assistant.threads.setStatus", 200, error="invalid_thread_ts", times=5)
    fake_slack.fail_next("assistant.threads.setTitle", 200, error="invalid_thread_ts")
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, QUESTION)
    greeting, answer = in_thread(fake_slack, thread.thread_ts)
    assert "benchmark" in str(answer.body["blocks"]).lower()


async def test_native_feedback_reaches_the_feedback_handler(dispatch, payloads, fake_slack: FakeSlack, bot, caplog) -> None:
    thread = await start(dispatch, payloads, fake_slack, bot)
    await ask(dispatch, payloads, fake_slack, bot, thread.thread_ts, QUESTION)
    _, answer = in_thread(fake_slack, thread.thread_ts)
    element = next(b for b in answer.body["blocks"] if b["type"] == "context_actions")["elements"][0]
    url = fake_slack.new_response_url(thread.channel, ALICE)
    body = payloads.block_actions(
        pane.ACTION_FEEDBACK,
        element["negative_button"]["value"],
        ALICE,
        thread.channel,
        response_url=url,
        action_type="feedback_buttons",
    )
    with caplog.at_level(logging.INFO, logger="handlers.actions"):
        assert (await dispatch(body)).status == 200
        await bot.services.background.wait_idle()
    record = next(r for r in caplog.records if r.getMessage() == "feedback")
    assert record.fields["verdict"] == "not_helpful"  # stored when the bot has a database: tests/e2e/test_assistant_transports
    assert ALICE not in str(record.fields)  # the user is never logged
    assert "Thanks for telling me" in fake_slack.response_posts[0].text
    assert "Thanks for telling me" in fake_slack.response_posts[0].text


async def test_a_forged_native_feedback_value_is_refused(dispatch, payloads, fake_slack: FakeSlack, bot, caplog) -> None:
    url = fake_slack.new_response_url(GENERAL, ALICE)
    body = payloads.block_actions(
        pane.ACTION_FEEDBACK, '{"r": "x"}', ALICE, GENERAL, response_url=url, action_type="feedback_buttons"
    )
    with caplog.at_level(logging.INFO, logger="handlers.actions"):
        assert (await dispatch(body)).status == 200
        await bot.services.background.wait_idle()
    assert not any(r.getMessage() == "feedback" for r in caplog.records)
    assert fake_slack.response_posts == []
