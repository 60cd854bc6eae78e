"""The assistant pane end to end, over signed HTTP and over Socket Mode, against the fake Slack.

The bot runs with its database (the conversation record and the assistant thread store). A thread is started in
the pane (greeting, suggested prompts from the content), a question is asked (status, title, the answer in the
thread with native feedback buttons), then a follow-up that only makes sense with the question before it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any, AsyncIterator

import pytest

from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.core.settings import Settings, load_settings
from bot.engine.answer import Turn
from bot.playground.fakeslack import Call, FakeSlack, SlackDriver
from bot.slack.app import create_app
from bot.slack.services import Services
from bot.storage.feedback import FeedbackRecords
from bot.ui import assistant as pane
from bot.ui import render
from handlers import register_listeners

ALICE, GENERAL, RANDOM = "U0000ALCE", "C0000GNRL", "C0000RAND"
SECRET = "0123456789abcdef0123456789abcdef"  # the suite's signing secret (tests/conftest.py)
NOW = dt.datetime(2026, 6, 20, 14, 0, tzinfo=dt.timezone.utc)
QUESTION = "when is the classified benchmark due?"
FOLLOW_UP = "and who runs it?"


@pytest.fixture
def bot_settings(fake_slack: FakeSlack, tmp_path: Path) -> Settings:
    return load_settings(
        _env_file=None,
        SLACK_BOT_TOKEN=fake_slack.team.bot_token,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'eo.db'}",
    )


@pytest.fixture
async def bot(bot_settings: Settings, real_content: Content) -> AsyncIterator[SimpleNamespace]:
    """The running bot's wiring (what the suite's ``bot`` gives, plus the database, opened before the app is built)."""
    clock = ManualClock(NOW)
    services = Services.build(bot_settings, real_content, clock=clock)
    await services.start()
    await services.start_announcements()
    try:
        app = create_app(bot_settings, services, register_listeners)
        yield SimpleNamespace(settings=bot_settings, services=services, app=app, clock=clock)
    finally:
        await services.close()


@pytest.fixture(params=["http", "socket"])
def driver(request: pytest.FixtureRequest) -> SlackDriver:
    return request.getfixturevalue(f"{request.param}_driver")


def in_thread(fake: FakeSlack, thread_ts: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.body.get("thread_ts") == thread_ts and c.response.get("ok")]


def blocks_text(call: Call) -> str:
    return str(call.body.get("blocks"))


async def test_thread_question_status_title_answer_and_follow_up(driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    thread, started = await driver.assistant_thread_started(ALICE, context_channel=GENERAL)
    assert started.status == 200

    prompts = await fake_slack.wait_for_call("assistant.threads.setSuggestedPrompts")
    assert (prompts.body["channel_id"], prompts.body["thread_ts"]) == (thread.channel, thread.thread_ts)
    assert prompts.body["prompts"] == pane.suggested_prompts(bot.services.content)
    assert thread.prompts and thread.prompts_title == pane.PROMPTS_TITLE
    [greeting] = in_thread(fake_slack, thread.thread_ts)
    assert "Hi!" in greeting.body["text"]
    assert fake_slack.calls.index(greeting) < fake_slack.calls.index(prompts), "greeted, then the prompts"

    await driver.assistant_message(thread, QUESTION)
    answer = await fake_slack.wait_for(lambda: in_thread(fake_slack, thread.thread_ts)[1:2])
    status = fake_slack.calls_to("assistant.threads.setStatus")[0]
    assert status.body["status"] == "Looking that up in the reports…" and status.body["thread_ts"] == thread.thread_ts
    assert fake_slack.calls.index(status) < fake_slack.calls.index(answer[0]), "the status shows while answering"
    assert thread.status == "", "the answer ends the status"
    title = fake_slack.calls_to("assistant.threads.setTitle")
    assert [c.body["title"] for c in title] == [QUESTION] and thread.title == QUESTION
    first = answer[0]
    assert "Classified benchmark" in blocks_text(first) and "60 days" in blocks_text(first)
    feedback = [b for b in first.body["blocks"] if b["type"] == "context_actions"]
    assert feedback and feedback[0]["elements"][0]["type"] == "feedback_buttons"
    assert render.ACTION_HELPFUL not in blocks_text(first), "native feedback buttons replace the classic ones"

    await driver.assistant_message(thread, FOLLOW_UP)
    replies = await fake_slack.wait_for(lambda: in_thread(fake_slack, thread.thread_ts)[2:3])
    follow_up = blocks_text(replies[0])
    answerer, now = bot.services.answerer, bot.clock.now()
    first_turn = Turn(question=QUESTION, provisions=tuple(answerer.answer(QUESTION, now).provisions))
    in_context, alone = answerer.answer(FOLLOW_UP, now, [first_turn]), answerer.answer(FOLLOW_UP, now)
    assert in_context.headline != alone.headline, "the follow-up means something else without its question"
    assert render.escape(in_context.headline) in follow_up and render.escape(alone.headline) not in follow_up
    assert "benchmark" in follow_up.lower() and "clearinghouse" not in follow_up.lower()
    assert len(fake_slack.calls_to("assistant.threads.setStatus")) == 2
    assert len(fake_slack.calls_to("assistant.threads.setTitle")) == 1, "only the first question titles the thread"


async def test_context_change_is_kept_in_the_database(driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    from bot.slack.assistant_threads import StorageThreadContextStore

    thread, _ = await driver.assistant_thread_started(ALICE, context_channel=GENERAL)
    await fake_slack.wait_for_call("assistant.threads.setSuggestedPrompts")
    delivery = await driver.assistant_context_changed(thread, RANDOM)
    assert delivery.status == 200
    await bot.services.background.wait_idle()
    other_process = StorageThreadContextStore(lambda: bot.services.storage, bot.clock)
    found = await other_process.find(channel_id=thread.channel, thread_ts=thread.thread_ts)
    assert found is not None and found.channel_id == RANDOM and found["team_id"] == fake_slack.team.id


async def test_native_feedback_is_handled_like_the_classic_buttons(driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    thread, _ = await driver.assistant_thread_started(ALICE)
    await driver.assistant_message(thread, QUESTION)
    [answer] = await fake_slack.wait_for(lambda: in_thread(fake_slack, thread.thread_ts)[1:2])
    element = next(b for b in answer.body["blocks"] if b["type"] == "context_actions")["elements"][0]
    message: dict[str, Any] = answer.response["message"]

    await driver.block_action(
        pane.ACTION_FEEDBACK, element["negative_button"]["value"], ALICE, thread.channel, message, action_type="feedback_buttons"
    )
    await fake_slack.wait_for(lambda: len(fake_slack.response_posts) >= 1)  # the first verdict is taken before the second
    await driver.block_action(
        pane.ACTION_FEEDBACK, element["positive_button"]["value"], ALICE, thread.channel, message, action_type="feedback_buttons"
    )
    await fake_slack.wait_for(lambda: len(fake_slack.response_posts) >= 2)
    texts = [p.body.get("text") for p in fake_slack.response_posts]
    assert texts == [
        "Thanks for telling me; the people who curate my answers will see it.",
        "Thanks, I've changed your feedback on that answer to helpful.",
    ]
    [click] = await FeedbackRecords(bot.services.storage).clicks()  # one row per person and answer: the latest verdict
    assert click.helpful is True and click.question == QUESTION
