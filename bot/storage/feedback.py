"""The feedback records (tables in :mod:`bot.storage.database`, migration 3): answers as given, one feedback row per
(answer, hashed user), decline counts per day and reason, and declined questions where the workspace keeps them.

Plain values in and out; what to record, and the hashing of user ids, is decided by :mod:`bot.feedback`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Optional, Sequence

from sqlalchemy import delete, desc, func, select, update

from bot.storage.database import Storage, answer_records, decline_counts, declined_questions, feedback_clicks

ClickResult = Literal["new", "changed", "kept", "stale"]
REASON_CHARS = 300
RULE_CHARS = 64


@dataclass(frozen=True)
class Click:
    answer_id: str
    helpful: bool
    question: str
    answer_text: Optional[str]
    rule: str
    provisions: tuple[str, ...]
    clicked_at: dt.datetime


@dataclass(frozen=True)
class DeclineCount:
    rule: str
    reason: str
    count: int


@dataclass(frozen=True)
class DeclinedQuestion:
    rule: str
    reason: str
    question: str
    asked_at: dt.datetime


def _ids(provisions: Sequence[str]) -> str:
    return ",".join(provisions)


def _split(provisions: str) -> tuple[str, ...]:
    return tuple(p for p in provisions.split(",") if p)


class FeedbackRecords:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def put_answer(self, answer_id: str, text: str, rule: str, provisions: Sequence[str], now: dt.datetime) -> None:
        """Record an answer as given (again: its ``seen_at`` moves on, so an answer still being given is kept)."""
        await self.put_answers([(answer_id, text, rule, provisions)], now)

    async def put_answers(self, answers: Sequence[tuple[str, str, str, Sequence[str]]], now: dt.datetime) -> None:
        """Several answers (id, text, rule, entry ids) in one transaction."""
        async with self.storage._tx() as conn:
            for answer_id, text, rule, provisions in answers:
                values = dict(
                    answer_id=answer_id, answer_text=text, rule=rule[:RULE_CHARS], provisions=_ids(provisions), seen_at=now
                )
                stmt = self.storage._insert(answer_records).values(**values)
                stmt = stmt.on_conflict_do_update(index_elements=[answer_records.c.answer_id], set_=dict(seen_at=now))
                await conn.execute(stmt)

    async def prune(self, answers_before: dt.datetime, questions_before: dt.datetime) -> None:
        """Drop answers last given before ``answers_before`` (feedback rows keep their own copy of the text) and
        declined questions asked before ``questions_before``."""
        async with self.storage._tx() as conn:
            await conn.execute(delete(answer_records).where(answer_records.c.seen_at < answers_before))
            await conn.execute(delete(declined_questions).where(declined_questions.c.asked_at < questions_before))

    async def answer_text(self, answer_id: str) -> Optional[str]:
        async with self.storage._tx() as conn:
            query = select(answer_records.c.answer_text).where(answer_records.c.answer_id == answer_id)
            return (await conn.execute(query)).scalar()

    async def click(
        self,
        answer_id: str,
        user_hash: str,
        helpful: bool,
        question: str,
        rule: str,
        provisions: Sequence[str],
        action_us: int,
        now: dt.datetime,
    ) -> ClickResult:
        """One person's verdict on one answer: one row, whatever the number of clicks. A click that is not newer than
        the last one taken (``action_us``: a repeated or replayed request) changes nothing."""
        key = (feedback_clicks.c.answer_id == answer_id, feedback_clicks.c.user_hash == user_hash)
        newer = feedback_clicks.c.action_us < action_us
        async with self.storage._tx() as conn:
            text_query = select(answer_records.c.answer_text).where(answer_records.c.answer_id == answer_id)
            text = (await conn.execute(text_query)).scalar()
            row = dict(
                answer_id=answer_id,
                user_hash=user_hash,
                helpful=helpful,
                question=question,
                answer_text=text,
                rule=rule[:RULE_CHARS],
                provisions=_ids(provisions),
                action_us=action_us,
                first_at=now,
                clicked_at=now,
            )
            if (await conn.execute(self.storage._insert(feedback_clicks).values(**row).on_conflict_do_nothing())).rowcount == 1:
                return "new"
            change = update(feedback_clicks).where(*key, newer, feedback_clicks.c.helpful != helpful)
            if (await conn.execute(change.values(helpful=helpful, clicked_at=now, action_us=action_us))).rowcount == 1:
                return "changed"
            keep = update(feedback_clicks).where(*key, newer).values(action_us=action_us)
            return "kept" if (await conn.execute(keep)).rowcount == 1 else "stale"

    async def count_decline(
        self, day: dt.date, rule: str, reason: str, question: Optional[str], now: dt.datetime, keep_after: dt.datetime
    ) -> None:
        """Count a decline for its day and reason; keep ``question`` when given. Declined questions asked before
        ``keep_after`` are deleted in the same transaction (the retention)."""
        rule, reason = rule[:RULE_CHARS], reason[:REASON_CHARS]
        stmt = self.storage._insert(decline_counts).values(day=day, rule=rule, reason=reason, count=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=[decline_counts.c.day, decline_counts.c.rule, decline_counts.c.reason],
            set_=dict(count=decline_counts.c.count + 1),
        )
        async with self.storage._tx() as conn:
            await conn.execute(stmt)
            await conn.execute(delete(declined_questions).where(declined_questions.c.asked_at < keep_after))
            if question is not None:
                await conn.execute(declined_questions.insert().values(rule=rule, reason=reason, question=question, asked_at=now))

    # -- the report ------------------------------------------------------------------------------------------
    async def clicks(self, since: Optional[dt.datetime] = None) -> list[Click]:
        """Feedback rows whose verdict was set at or after ``since``, latest first."""
        query = select(feedback_clicks).order_by(desc(feedback_clicks.c.clicked_at))
        if since is not None:
            query = query.where(feedback_clicks.c.clicked_at >= since)
        async with self.storage._tx() as conn:
            rows = (await conn.execute(query)).all()
        return [
            Click(r.answer_id, bool(r.helpful), r.question, r.answer_text, r.rule, _split(r.provisions), r.clicked_at)
            for r in rows
        ]

    async def decline_counts(self, since: Optional[dt.date] = None) -> list[DeclineCount]:
        """Declines per (rule, reason) on days from ``since`` on, most frequent first."""
        total = func.sum(decline_counts.c.count).label("total")
        query = select(decline_counts.c.rule, decline_counts.c.reason, total).group_by(
            decline_counts.c.rule, decline_counts.c.reason
        )
        if since is not None:
            query = query.where(decline_counts.c.day >= since)
        async with self.storage._tx() as conn:
            rows = (await conn.execute(query.order_by(desc(total), decline_counts.c.reason))).all()
        return [DeclineCount(r.rule, r.reason, int(r.total)) for r in rows]

    async def declined_questions(self, since: Optional[dt.datetime] = None) -> list[DeclinedQuestion]:
        """The declined questions kept (only where the workspace opted in), latest first."""
        query = select(declined_questions).order_by(desc(declined_questions.c.asked_at), desc(declined_questions.c.id))
        if since is not None:
            query = query.where(declined_questions.c.asked_at >= since)
        async with self.storage._tx() as conn:
            rows = (await conn.execute(query)).all()
        return [DeclinedQuestion(r.rule, r.reason, r.question, r.asked_at) for r in rows]
