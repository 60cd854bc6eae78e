"""Slack's assistant pane ("Agents & AI Apps") through Bolt's :class:`AsyncAssistant`.

A thread started in the pane is greeted and given suggested prompts drawn from the content; each question sets a
status while it is answered, the first one titles the thread, and follow-ups are read with the thread's earlier
turns (the same record DM threads use; Slack's own copy of the thread when the record can't be read). Answers carry
Slack's native feedback buttons. The context Slack sends (the channel the user is viewing) is kept in the bot's
database (:class:`bot.slack.assistant_threads.StorageThreadContextStore`), which also tells the pane's threads from
plain DM threads: Bolt hands every DM thread message to the assistant, and one the pane did not start is answered
exactly as :mod:`handlers.messages` answers it. Where the workspace has no assistant pane, no thread is ever recorded
as the pane's, so every DM thread is answered as before.

Listeners return at once (the ack never waits); the work runs in background tasks.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from slack_bolt.async_app import AsyncApp, AsyncAssistant, AsyncBoltContext

from bot.conversations import Conversations
from bot.engine.normalise import slack_to_plain
from bot.slack.assistant_threads import StorageThreadContextStore
from bot.slack.services import Services
from bot.slack.thread_history import thread_turns
from bot.slack.web_api import call
from bot.ui import assistant as pane
from handlers.messages import post_reply, record_turns, reply_to

log = logging.getLogger(__name__)

SaveContext = Callable[[dict[str, Any]], Awaitable[None]]
SlackCall = Callable[..., Awaitable[Any]]


async def _checked(request: Awaitable[Any], what: str) -> bool:
    result = await call(request)
    if not result.ok:
        log.info("assistant call failed", extra={"fields": {"call": what, "reason": result.error}})
    return result.ok


async def _save(save: SaveContext, context: Any, why: str) -> None:
    try:
        await save(context if isinstance(context, dict) else {})
    except Exception as exc:  # the database is down or slow: the thread is answered as a plain DM thread
        log.warning("assistant thread context not saved on %s (%s)", why, type(exc).__name__)


async def start_thread(services: Services, thread: dict[str, Any], save: SaveContext, set_prompts: SlackCall) -> None:
    """Record the thread (with the channel the user is viewing), greet, and set the suggested prompts."""
    await _save(save, thread.get("context"), "thread start")
    greeting = pane.greeting(services.content)
    await _checked(
        services.client.chat_postMessage(channel=thread["channel_id"], thread_ts=thread["thread_ts"], **greeting.message()),
        "greeting",
    )
    await _checked(set_prompts(prompts=pane.suggested_prompts(services.content), title=pane.PROMPTS_TITLE), "prompts")


async def answer_in_thread(
    services: Services, store: StorageThreadContextStore, event: dict[str, Any], set_status: SlackCall, set_title: SlackCall
) -> None:
    """Status, title (first question), the answer in the thread with native feedback, and the turn recorded."""
    channel, thread_ts, user, text = event["channel"], event["thread_ts"], event.get("user"), event.get("text") or ""
    if not await store.is_assistant_thread(channel, thread_ts):
        await post_reply(services, event, text, thread_ts, thread_ts)
        return
    await _checked(set_status(pane.STATUS), "status")
    conversations = Conversations(services.storage, services.clock)
    turns = await conversations.read(channel, thread_ts)
    if turns is None:
        turns = await thread_turns(services.client, channel, thread_ts, str(event.get("ts") or ""), str(user))
    if not turns:
        await _checked(set_title(pane.thread_title(slack_to_plain(text))), "title")
    reply, answers = await reply_to(services, channel, user, text, turns)
    message = pane.with_native_feedback(reply).message()
    await record_turns(conversations, channel, thread_ts, text, answers)  # before the post: a quick follow-up reads it
    if not await _checked(services.client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message), "answer"):
        await _checked(set_status(""), "clear status")  # else Slack shows it for two minutes


def is_question(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """A person's new message (Bolt's matcher also passes file shares, which carry no question)."""
    return "subtype" not in event and bool(event.get("user")) and event.get("user") != bot_user_id


def build(services: Services) -> AsyncAssistant:
    store = StorageThreadContextStore(lambda: services.storage, services.clock)
    assistant = AsyncAssistant(thread_context_store=store, logger=logging.getLogger("slack_bolt"))

    async def on_thread_started(
        payload: dict[str, Any], save_thread_context: SaveContext, set_suggested_prompts: SlackCall
    ) -> None:
        thread = payload.get("assistant_thread") or {}
        services.background.spawn(start_thread(services, thread, save_thread_context, set_suggested_prompts), "assistant-start")

    async def on_context_changed(payload: dict[str, Any], save_thread_context: SaveContext) -> None:
        context = (payload.get("assistant_thread") or {}).get("context")
        services.background.spawn(_save(save_thread_context, context, "context change"), "assistant-context")

    async def on_user_message(
        payload: dict[str, Any], context: AsyncBoltContext, set_status: SlackCall, set_title: SlackCall
    ) -> None:
        if is_question(payload, context.bot_user_id):
            services.background.spawn(answer_in_thread(services, store, payload, set_status, set_title), "assistant-reply")

    assistant.thread_started(on_thread_started)
    assistant.thread_context_changed(on_context_changed)
    assistant.user_message(on_user_message)
    return assistant


def register(app: AsyncApp, services: Services) -> None:
    app.assistant(build(services))
