"""The assistant pane across two real bot processes on one database: the thread starts on one, the question and a
context change go to the other, the follow-up to the first; each knows the thread and its earlier turn."""

from __future__ import annotations

import datetime as dt
import json

from botproc import SECRET, BotProcesses, eventually

from bot.playground.fakeslack import Call, FakeSlack, SlackDriver
from bot.storage.database import Storage
from bot.ui import assistant as pane

ALICE, GENERAL, RANDOM = "U0000ALCE", "C0000GNRL", "C0000RAND"
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def answers(fake: FakeSlack, thread_ts: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.body.get("thread_ts") == thread_ts and c.response.get("ok")]


async def test_two_processes_share_the_pane_threads_and_their_turns(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage]
) -> None:
    storage = database[1]
    first, second = await bots.start(), await bots.start()
    async with SlackDriver.http(fake_slack, first.url, SECRET) as one, SlackDriver.http(fake_slack, second.url, SECRET) as two:
        thread, _ = await one.assistant_thread_started(ALICE, context_channel=GENERAL)
        await fake_slack.wait_for_call("assistant.threads.setSuggestedPrompts", timeout=10)
        assert json.loads(await storage.assistant_thread(thread.channel, thread.thread_ts) or "{}")["channel_id"] == GENERAL

        await two.assistant_message(thread, "who writes the classified benchmark?")
        await fake_slack.wait_for(lambda: answers(fake_slack, thread.thread_ts)[1:], timeout=10)
        assert fake_slack.calls_to("assistant.threads.setStatus")[0].body["status"] == pane.STATUS
        assert "context_actions" in str(answers(fake_slack, thread.thread_ts)[1].body["blocks"])

        await two.assistant_context_changed(thread, RANDOM)

        async def moved() -> bool:
            saved = await storage.assistant_thread(thread.channel, thread.thread_ts)
            return bool(saved) and json.loads(saved or "{}").get("channel_id") == RANDOM

        await eventually(moved, describe="the new context saved")

        async def recorded() -> bool:
            return bool(await storage.recent_turns(thread.channel, thread.thread_ts, since=EPOCH))

        await eventually(recorded, describe="the first turn recorded")
        await one.assistant_message(thread, "how long do they have?")
        await fake_slack.wait_for(lambda: answers(fake_slack, thread.thread_ts)[2:], timeout=10)
    follow_up = str(answers(fake_slack, thread.thread_ts)[2].body["blocks"])
    assert "60 days" in follow_up and "benchmark" in follow_up.lower()
    assert len(fake_slack.calls_to("assistant.threads.setStatus")) == 2
    assert len(fake_slack.calls_to("assistant.threads.setTitle")) == 1
