"""The curators' report from stored rows: counts of people, not clicks; the text form is safe for a terminal."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.feedback.report import build_report, entry_ratings, rated_answers
from bot.storage.database import Storage
from bot.storage.feedback import Click, FeedbackRecords

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 6, 20, 14, 0, tzinfo=UTC)


def clicks() -> list[Click]:
    def c(answer: str, helpful: bool, provisions: tuple[str, ...], minutes: int) -> Click:
        return Click(
            answer * 32,
            helpful,
            f"question {answer}",
            f"answer {answer}",
            "retrieval",
            provisions,
            T0 + dt.timedelta(minutes=minutes),
        )

    return [
        c("a", False, ("clearinghouse",), 1),
        c("a", False, ("clearinghouse",), 2),
        c("a", True, ("clearinghouse",), 3),
        c("b", False, ("mythos", "clearinghouse"), 4),
        c("c", True, ("mythos",), 5),
    ]


def test_answers_and_entries_are_ranked_by_people_marking_them_not_helpful() -> None:
    answers = rated_answers(clicks())
    assert [(a.question, a.not_helpful, a.helpful) for a in answers] == [("question a", 2, 1), ("question b", 1, 0)]
    entries = entry_ratings(clicks(), {"clearinghouse": "AI cybersecurity clearinghouse"})
    assert [(e.id, e.title, e.not_helpful, e.helpful) for e in entries] == [
        ("clearinghouse", "AI cybersecurity clearinghouse", 3, 1),
        ("mythos", "not in the content now", 1, 1),
    ]


async def test_the_text_report_prints_what_people_typed_on_one_printable_line(tmp_path) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    try:
        records = FeedbackRecords(storage)
        await records.click("a" * 32, "h1", False, "who runs\x1b[31m it?\nreally", "retrieval", ["clearinghouse"], 1, T0)
        report = await build_report(records, since=None, tz=ZoneInfo("America/New_York"), titles={})
    finally:
        await storage.close()
    text = report.as_text()
    assert "\x1b" not in text and '"who runs\ufffd[31m it? really": 1 not helpful, 0 helpful (last 2026-06-20 10:00 EDT)' in text
    assert "answer: (no longer on record)" in text and "Decline reasons: none" in text
