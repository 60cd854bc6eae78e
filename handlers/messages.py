"""Direct messages and @mentions: acknowledged by Bolt at once, answered in a background task."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext

from bot.command_table import CommandContext, dispatch
from bot.conversations import Conversations
from bot.engine.answer import Answer, Turn
from bot.engine.normalise import slack_to_plain
from bot.slack.services import Services
from bot.ui import cards
from bot.ui.render import Reply

log = logging.getLogger(__name__)


def is_dm_question(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """A person's new message in a DM: no subtype (edits, deletions, bot_message...), no bot, not us."""
    return (
        event.get("channel_type") == "im"
        and "subtype" not in event
        and not event.get("bot_id")
        and bool(event.get("user"))
        and event.get("user") != bot_user_id
    )


def strip_mention(text: str, bot_user_id: str | None) -> str:
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    return text.strip()


async def reply_to(
    services: Services, channel: str, user: str | None, text: str, turns: tuple[Turn, ...]
) -> tuple[Reply, list[Answer]]:
    """The reply to a message in a conversation (read with its earlier ``turns``) and the answers it holds, for the
    conversation record; a failure is logged and gets an apology instead of silence."""
    ctx = CommandContext(services, user_id=user, channel_id=channel, shareable=False, turns=turns)
    try:
        reply = await dispatch(ctx, text)
    except Exception:
        log.exception("answering failed", extra={"fields": {"channel": channel}})
        reply = cards.apology()
    return reply, ctx.answers


async def record_turns(
    conversations: Conversations, channel: str, conversation: str | None, text: str, answers: list[Answer]
) -> None:
    for answer in answers:
        await conversations.record(channel, conversation, slack_to_plain(text), answer.provisions)


async def post_reply(
    services: Services, event: dict[str, Any], text: str, thread_ts: str | None, conversation: str | None = None
) -> None:
    """Answer (reading the conversation's earlier turns) and post. ``conversation`` keys the record of turns: the
    thread, or None for a DM's main timeline."""
    channel = event["channel"]
    conversations = Conversations(services.storage, services.clock)
    turns = await conversations.turns(channel, conversation)
    reply, answers = await reply_to(services, channel, event.get("user"), text, turns)
    # Recorded before the answer is posted: a follow-up sent the moment the answer appears reads this turn.
    await record_turns(conversations, channel, conversation, text, answers)
    await services.client.chat_postMessage(channel=channel, thread_ts=thread_ts, **reply.message())


def register(app: AsyncApp, services: Services) -> None:
    async def on_message(event: dict[str, Any], context: AsyncBoltContext) -> None:
        if is_dm_question(event, context.bot_user_id):
            text = event.get("text") or ""
            thread = event.get("thread_ts")
            services.background.spawn(post_reply(services, event, text, thread, thread), "dm-reply")

    async def on_mention(event: dict[str, Any], context: AsyncBoltContext) -> None:
        if event.get("bot_id") or event.get("user") == context.bot_user_id:
            return
        text = strip_mention(event.get("text") or "", context.bot_user_id)
        thread_ts = event.get("thread_ts") or event.get("ts")
        services.background.spawn(post_reply(services, event, text, thread_ts, thread_ts), "mention-reply")

    app.event("message")(on_message)
    app.event("app_mention")(on_mention)
