"""A thread's earlier questions as Slack has them (``conversations.replies``), for when the bot's own record is
unreadable: the database is down or the bot runs without one. Only the asker's own messages before the current
one count; the bot's answers are never read back. Anything Slack cannot answer gives no earlier turns."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.engine.answer import MAX_TURNS, Turn
from bot.engine.normalise import MAX_QUESTION_CHARS, slack_to_plain
from bot.slack.web_api import call

log = logging.getLogger(__name__)

REPLIES_LIMIT = 200  # messages read from the thread's start; a conversation in the pane is far shorter


def _ts(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("inf")


def _is_question(message: Any, asker: str, before: float) -> bool:
    return (
        isinstance(message, dict)
        and message.get("user") == asker
        and not message.get("bot_id")
        and not message.get("subtype")  # the thread's root in the assistant pane, joins, edits...
        and isinstance(message.get("text"), str)
        and _ts(message.get("ts")) < before
    )


async def thread_turns(client: AsyncWebClient, channel: str, thread_ts: str, before_ts: str, asker: str) -> tuple[Turn, ...]:
    """The asker's questions in the thread before ``before_ts``, oldest first (at most the engine's turns)."""
    result = await call(client.conversations_replies(channel=channel, ts=thread_ts, limit=REPLIES_LIMIT))
    if not result.ok:
        log.info("thread history unavailable", extra={"fields": {"reason": result.error}})
        return ()
    messages = result.get("messages")
    before = _ts(before_ts)
    questions = [
        slack_to_plain(m["text"]).strip()
        for m in (messages if isinstance(messages, list) else [])
        if _is_question(m, asker, before)
    ]
    return tuple(Turn(question=q[:MAX_QUESTION_CHARS]) for q in questions if q)[-MAX_TURNS:]
