"""Bolt's assistant thread context store, kept in the bot's database so every bot process shares it.

Bolt's default store keeps the context in the metadata of the bot's first reply (found again with
``conversations.replies`` and rewritten with ``chat.update``), which costs two Web API calls per read and fails
when that reply is missing. This one keeps a row per assistant thread in ``assistant_threads``: written when the
thread starts and whenever Slack says the user moved to another channel, read by whichever process answers. A
thread that has a row is one the assistant pane started (see :meth:`StorageThreadContextStore.is_assistant_thread`),
which tells it from a plain DM thread. Without a database (the Q&A-only services of some tests) the rows live in
this process only. The context comes from Slack events, so only its three known ids are kept.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Callable, Dict, Optional

from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.async_store import AsyncAssistantThreadContextStore

from bot.core.background import within
from bot.core.clock import Clock
from bot.storage.database import Storage

log = logging.getLogger(__name__)

CONTEXT_KEYS = ("channel_id", "team_id", "enterprise_id")
_SLACK_ID = re.compile(r"^[A-Z0-9]{1,32}$")
DB_TIMEOUT = 1.0  # seconds; past this a read says "unknown" and a write is given up (logged)


def clean_context(context: object) -> dict[str, str]:
    """The ids Slack sends in an assistant thread's context, each a well-formed Slack id; anything else is dropped."""
    if not isinstance(context, dict):
        return {}
    return {k: v for k in CONTEXT_KEYS if isinstance(v := context.get(k), str) and _SLACK_ID.match(v)}


class StorageThreadContextStore(AsyncAssistantThreadContextStore):
    """``storage`` is read at each call (the database is opened after the app is built, and may be absent)."""

    def __init__(self, storage: Callable[[], Optional[Storage]], clock: Clock) -> None:
        self._storage = storage
        self._clock = clock
        self._local: dict[tuple[str, str], str] = {}  # used only when there is no database

    async def save(self, *, channel_id: str, thread_ts: str, context: Dict[str, str]) -> None:
        text = json.dumps(clean_context(context), sort_keys=True)
        storage = self._storage()
        if storage is None:
            self._local[(channel_id, thread_ts)] = text
            return
        await within(storage.save_assistant_thread(channel_id, thread_ts, text, self._clock.now()), DB_TIMEOUT)

    async def _read(self, channel_id: str, thread_ts: str) -> Optional[str]:
        storage = self._storage()
        if storage is None:
            return self._local.get((channel_id, thread_ts))
        return await within(storage.assistant_thread(channel_id, thread_ts), DB_TIMEOUT)

    async def find(self, *, channel_id: str, thread_ts: str) -> Optional[AssistantThreadContext]:
        """The context last saved for the thread; None when there is none, it names no channel, or it can't be read."""
        try:
            text = await self._read(channel_id, thread_ts)
        except Exception as exc:  # the database is down or slow: the thread is answered without its context
            log.warning("assistant thread context unreadable (%s)", type(exc).__name__)
            return None
        context = clean_context(json.loads(text)) if text else {}
        return AssistantThreadContext(context) if "channel_id" in context else None

    async def is_assistant_thread(self, channel_id: str, thread_ts: str) -> bool:
        """Whether the assistant pane started this thread (False when the record can't be read: a plain DM reply)."""
        try:
            return await self._read(channel_id, thread_ts) is not None
        except Exception as exc:
            log.warning("assistant thread record unreadable; answering as a DM thread (%s)", type(exc).__name__)
            return False
