"""Recording feedback: answers as they are given, feedback clicks and declines; called with plain values.

An answer's record and a decline's count are written after the reply (never in the way of an acknowledgement) and a
database fault only costs that record (logged). A click is taken once per person and answer: the person is a keyed
hash of the Slack user id (``EO_FEEDBACK_SALT``, else the signing secret), the id itself is never stored or logged.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, Coroutine, Literal
from zoneinfo import ZoneInfo

from bot.core.background import within
from bot.core.clock import Clock
from bot.core.settings import Settings, reveal
from bot.engine.cache import LruCache
from bot.feedback.tokens import AnswerRecord, Rated, action_micros, unseal, user_hash
from bot.storage.feedback import FeedbackRecords

log = logging.getLogger(__name__)

ANSWER_RETENTION = dt.timedelta(days=30)  # an answer not given for this long is forgotten (its ratings keep their copy)
DB_TIMEOUT = 5.0  # seconds a record may take before it is given up (logged)
PRUNE_EVERY = 100  # answer records written between two prunes
KNOWN_ANSWERS = 4096  # answer ids this process recorded today (a repeat is not written again)

ClickOutcome = Literal["new", "changed", "kept", "stale", "refused", "unavailable", "off"]


@dataclass(frozen=True)
class Decline:
    """A decline: the rule that declined and its reason (the reply's headline); the question only where it is kept."""

    rule: str
    reason: str
    question: str


@dataclass(frozen=True)
class Feedback:
    """A click's outcome and, when the value was genuine, what it rated."""

    outcome: ClickOutcome
    rated: Rated | None = None


def feedback_key(settings: Settings) -> str:
    """The key of the feedback buttons' signature and of the user-id hash: ``EO_FEEDBACK_SALT``, else the signing
    secret ("" when neither is set: feedback is then not recorded)."""
    return reveal(settings.feedback_salt) or reveal(settings.slack_signing_secret)


class FeedbackService:
    def __init__(
        self,
        records: FeedbackRecords,
        clock: Clock,
        key: str,
        *,
        keep_declined: bool = False,
        declined_retention: dt.timedelta = dt.timedelta(days=30),
        tz: dt.tzinfo = ZoneInfo("America/New_York"),
    ) -> None:
        if not key:
            raise ValueError("feedback needs a key (EO_FEEDBACK_SALT or SLACK_SIGNING_SECRET)")
        self.records = records
        self.clock = clock
        self.key = key
        self.keep_declined = keep_declined
        self.declined_retention = declined_retention
        self.tz = tz
        self._known: LruCache[str, dt.date] = LruCache(KNOWN_ANSWERS)
        self._written = 0
        # Records wait here until the one write in flight takes them all: under load one transaction carries many
        # answers instead of one write (and one possible timeout) per request.
        self._answers: dict[str, AnswerRecord] = {}
        self._declines: list[Decline] = []
        self._flushing = False
        self._failures_logged: dt.date | None = None

    @classmethod
    def from_settings(cls, settings: Settings, records: FeedbackRecords, clock: Clock) -> "FeedbackService | None":
        key = feedback_key(settings)
        if not key:
            log.warning("feedback clicks and declines are not recorded: set EO_FEEDBACK_SALT (or SLACK_SIGNING_SECRET)")
            return None
        return cls(
            records,
            clock,
            key,
            keep_declined=settings.store_declined_questions,
            declined_retention=dt.timedelta(days=settings.declined_retention_days),
            tz=settings.tz,
        )

    def note(self, record: AnswerRecord | None, decline: Decline | None) -> Coroutine[Any, Any, None] | None:
        """Queue recording an answer just given (and counting it if it declined). Returns the work that writes what
        is queued, or None when a write is already under way (it takes this too) or there is nothing new (an answer
        this process already recorded today is not written again)."""
        today = self.clock.now().date()
        fresh = record is not None and self._known.get(record.answer_id) != today
        if fresh and record is not None:
            self._known.put(record.answer_id, today)
            self._answers[record.answer_id] = record
        if decline is not None:
            self._declines.append(decline)
        if self._flushing or not (self._answers or self._declines):
            return None
        self._flushing = True
        return self._flush()

    async def _flush(self) -> None:
        """Write everything queued, again and again until nothing is left; one write at a time."""
        try:
            while self._answers or self._declines:
                answers, self._answers = list(self._answers.values()), {}
                declines, self._declines = self._declines, []
                await self._write(answers, declines)
        finally:
            self._flushing = False

    async def _write(self, answers: list[AnswerRecord], declines: list[Decline]) -> None:
        now = self.clock.now()
        try:
            if answers:
                await within(self._put_answers(answers, now), DB_TIMEOUT)
            day, keep_after = now.astimezone(self.tz).date(), now - self.declined_retention
            for decline in declines:
                question = decline.question if self.keep_declined else None
                await within(self.records.count_decline(day, decline.rule, decline.reason, question, now, keep_after), DB_TIMEOUT)
        except Exception as exc:  # the database is down or slow: these records are lost, the answers were not
            for record in answers:
                self._known.put(record.answer_id, dt.date.min)
            if self._failures_logged != now.date():  # once a day, not once a request
                self._failures_logged = now.date()
                log.warning("feedback records not written (%s); the answers were given", type(exc).__name__)

    async def _put_answers(self, records: list[AnswerRecord], now: dt.datetime) -> None:
        await self.records.put_answers([(r.answer_id, r.text, r.rule, r.provisions) for r in records], now)
        self._written += len(records)
        if self._written >= PRUNE_EVERY:
            self._written = 0
            await self.records.prune(now - ANSWER_RETENTION, now - self.declined_retention)

    async def click(self, value: object, helpful: bool, user_id: str | None, action_ts: object = None) -> Feedback:
        """Take one click on a feedback button: ``value`` as the button carried it, the clicker's Slack user id, and
        Slack's ``action_ts`` (a click no newer than the last one taken from that person changes nothing)."""
        rated = unseal(self.key, value)
        if rated is None or not user_id:
            return Feedback("refused")
        now = self.clock.now()
        try:
            outcome = await within(
                self.records.click(
                    rated.answer_id,
                    user_hash(self.key, user_id),
                    helpful,
                    rated.question,
                    rated.rule,
                    rated.provisions,
                    action_micros(action_ts, now),
                    now,
                ),
                DB_TIMEOUT,
            )
        except Exception as exc:
            log.warning("feedback click not recorded (%s)", type(exc).__name__)
            return Feedback("unavailable", rated)
        return Feedback(outcome, rated)
