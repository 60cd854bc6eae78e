"""The playground's assistant pane over its page API, with the real bot running as a child process behind it."""

from __future__ import annotations

from typing import Any

import aiohttp

from bot.playground.server import Playground
from bot.playground.snapshot import ME

GENERAL, RANDOM, DM = "C0000GNRL", "C0000RAND", "D0000YOU0"
WAIT = 15


async def call(pg: Playground, path: str, body: Any = None) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session:
        if body is None:
            async with session.get(pg.url + path) as resp:
                return resp.status, await resp.json()
        async with session.post(pg.url + path, json=body) as resp:
            return resp.status, await resp.json(content_type=None)


async def chat(pg: Playground, thread_ts: str) -> dict[str, Any]:
    status, state = await call(pg, "ui/state")
    assert status == 200
    return next(t for t in state["assistant"]["threads"] if t["thread_ts"] == thread_ts)


async def test_the_pane_opens_a_chat_with_prompts_answers_and_a_title(playground: Playground) -> None:
    fake = playground.fake
    status, started = await call(playground, "ui/assistant/start", {"channel": GENERAL})
    assert status == 200 and started["ok"] is True
    thread_ts = started["thread_ts"]
    pane = fake.workspace.assistant_thread(DM, thread_ts)
    assert pane.user == ME and pane.context["channel_id"] == GENERAL
    await fake.wait_for(lambda: pane.prompts, WAIT)
    shown = await chat(playground, thread_ts)
    assert shown["context_channel"] == GENERAL and shown["prompts_title"] and len(shown["prompts"]) == 4
    assert "Hi!" in shown["items"][0]["text"]

    prompt = shown["prompts"][1]["message"]
    status, sent = await call(playground, "ui/assistant/send", {"thread_ts": thread_ts, "text": prompt})
    assert (status, sent["ok"]) == (200, True)
    await fake.wait_for(lambda: len(fake.workspace.thread(DM, thread_ts)) >= 4, WAIT)  # root, greeting, question, answer
    shown = await chat(playground, thread_ts)
    assert shown["title"] == prompt and shown["status"] == ""
    answer = shown["items"][-1]
    assert answer["is_bot"] and "context_actions" in str(answer["blocks"])
    assert [c.body["status"] for c in fake.calls_to("assistant.threads.setStatus")][:1] == ["Looking that up in the reports…"]

    status, state = await call(playground, "ui/state")
    dm = next(c for c in state["channels"] if c["id"] == DM)
    assert all(item["ts"] != thread_ts for item in dm["items"]), "the pane's chats are not in the DM view"

    status, moved = await call(playground, "ui/assistant/context", {"thread_ts": thread_ts, "channel": RANDOM})
    assert (status, moved["ok"]) == (200, True)
    assert pane.context["channel_id"] == RANDOM
    assert fake.calls_to("assistant.threads.setSuggestedPrompts"), "prompts were set through the Web API"


async def test_the_pane_next_to_the_dm_has_no_channel_context_and_unknown_threads_are_refused(playground: Playground) -> None:
    status, started = await call(playground, "ui/assistant/start", {"channel": DM})
    assert status == 200 and playground.fake.workspace.assistant_thread(DM, started["thread_ts"]).context == {}
    status, body = await call(playground, "ui/assistant/send", {"thread_ts": "1.000001", "text": "hi"})
    assert (status, body) == (400, {"ok": False, "error": "invalid_thread_ts"})
