"""Under load the feedback records are coalesced: one write in flight at a time takes everything queued, so a busy
bot does not open a transaction (and risk a timeout and a log line) per request."""

from __future__ import annotations

import datetime as dt

from bot.core.clock import ManualClock
from bot.feedback.service import Decline, FeedbackService
from bot.feedback.tokens import AnswerRecord
from bot.storage.database import Storage
from bot.storage.feedback import FeedbackRecords

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


class CountingRecords(FeedbackRecords):
    def __init__(self, storage: Storage) -> None:
        super().__init__(storage)
        self.batches: list[int] = []

    async def put_answers(self, answers, now):  # type: ignore[no-untyped-def]
        self.batches.append(len(answers))
        await super().put_answers(answers, now)


def record(n: int) -> AnswerRecord:
    return AnswerRecord(ref=f"ask question {n}", text=f"answer {n}", rule="retrieval", provisions=("clearinghouse",))


async def test_answers_noted_before_the_write_runs_share_one_transaction(tmp_path) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    try:
        records = CountingRecords(storage)
        service = FeedbackService(records, ManualClock(NOW), "k" * 32)
        first = service.note(record(0), None)
        assert first is not None
        later = [
            service.note(record(n), Decline("not-covered", "The reports I draw on don't cover that.", "")) for n in (1, 2, 3)
        ]
        assert later == [None, None, None], "one write in flight takes what is queued"
        await first
        assert records.batches == [4], records.batches  # every answer queued before the write ran: one transaction
        assert service.note(record(2), None) is None, "an answer already recorded today is not written again"
        [declined] = await records.decline_counts()
        assert declined.count == 3
        assert all([await records.answer_text(record(n).answer_id) for n in range(4)])
    finally:
        await storage.close()
