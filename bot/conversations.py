"""The bot's record of its conversations: the earlier turns of a DM or @-mention thread, for follow-ups.

Kept in the database (``conversation_turns``), so any bot process reads the same thread, after a restart too. A
thread's turns count for a week; a DM's main timeline (no thread) only for the last half hour, so a question asked
days later is not read as a follow-up. A database fault never stops an answer: the question is answered alone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from bot.core.background import within
from bot.core.clock import Clock
from bot.engine.answer import MAX_TURNS, Turn
from bot.engine.normalise import MAX_QUESTION_CHARS
from bot.storage.database import TURN_RETENTION, Storage

log = logging.getLogger(__name__)

DM_TIMELINE = ""  # the thread key of a DM's main timeline
DM_WINDOW = dt.timedelta(minutes=30)
DB_TIMEOUT = 1.0  # seconds: past this the question is answered without its context


class Conversations:
    def __init__(self, storage: Storage | None, clock: Clock) -> None:
        self.storage = storage
        self.clock = clock

    async def turns(self, channel_id: str, thread_ts: str | None) -> tuple[Turn, ...]:
        """The conversation's earlier turns, oldest first; none when the record cannot be read."""
        return await self.read(channel_id, thread_ts) or ()

    async def read(self, channel_id: str, thread_ts: str | None) -> tuple[Turn, ...] | None:
        """Like :meth:`turns`, but None when there is no record to read (no database, or it is down or locked),
        so a caller with another source of the thread's questions can use it."""
        if self.storage is None:
            return None
        key = thread_ts or DM_TIMELINE
        since = self.clock.now() - (DM_WINDOW if key == DM_TIMELINE else TURN_RETENTION)
        try:
            rows = await within(self.storage.recent_turns(channel_id, key, since, MAX_TURNS), DB_TIMEOUT)
        except Exception as exc:  # the database is down or locked: answer the question on its own
            log.warning("conversation record unreadable; answering without it (%s)", type(exc).__name__)
            return None
        return tuple(Turn(question=q[:MAX_QUESTION_CHARS], provisions=p) for q, p in rows)

    async def record(self, channel_id: str, thread_ts: str | None, question: str, provisions: Sequence[str]) -> None:
        if self.storage is None or not question.strip():
            return
        try:
            await within(
                self.storage.add_turn(
                    channel_id, thread_ts or DM_TIMELINE, question[:MAX_QUESTION_CHARS], list(provisions), self.clock.now()
                ),
                DB_TIMEOUT,
            )
        except Exception as exc:
            log.warning("conversation turn not recorded (%s)", type(exc).__name__)
