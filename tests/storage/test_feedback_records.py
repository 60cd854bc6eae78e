"""bot/storage/feedback.py on SQLite (and PostgreSQL when EO_TEST_POSTGRES_URL is set): one row per person and
answer, clicks ordered by Slack's action_ts, decline counts per day and reason, the retention of declined questions."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from bot.storage.database import Storage, answer_records, declined_questions, feedback_clicks
from bot.storage.feedback import FeedbackRecords

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 6, 20, 14, 0, tzinfo=UTC)
DAY = dt.date(2026, 6, 20)
ID = "0" * 32


async def rows(storage: Storage, table) -> int:
    async with storage.engine.begin() as conn:
        return (await conn.execute(select(func.count()).select_from(table))).scalar_one()


async def test_one_row_per_person_and_answer_whatever_the_clicks(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    await records.put_answer(ID, "The Treasury leads it.", "retrieval", ["clearinghouse"], T0)
    click = dict(question="who runs it?", rule="retrieval", provisions=["clearinghouse"], now=T0)
    assert await records.click(ID, "h1", False, action_us=100, **click) == "new"
    assert await records.click(ID, "h1", False, action_us=200, **click) == "kept"
    assert await records.click(ID, "h1", True, action_us=300, **click) == "changed"
    assert await records.click(ID, "h1", False, action_us=200, **click) == "stale"  # an older click, replayed
    assert await records.click(ID, "h1", True, action_us=300, **click) == "stale"  # the same click again
    assert await records.click(ID, "h2", False, action_us=150, **click) == "new"
    assert await rows(storage, feedback_clicks) == 2
    clicks = {c.helpful for c in await records.clicks()}
    assert clicks == {True, False}
    (mine,) = [c for c in await records.clicks() if c.helpful]
    assert (mine.question, mine.answer_text, mine.provisions) == ("who runs it?", "The Treasury leads it.", ("clearinghouse",))


async def test_concurrent_first_clicks_of_one_person_make_one_row(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    click = dict(question="q", rule="r", provisions=[], now=T0)
    results = await asyncio.gather(*(records.click(ID, "h1", i % 2 == 0, action_us=1000 + i, **click) for i in range(6)))
    assert results.count("new") == 1 and await rows(storage, feedback_clicks) == 1


async def test_a_click_on_an_answer_no_longer_on_record_keeps_what_the_button_said(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    assert await records.click(ID, "h1", False, "q", "gap", ["mythos"], 1, T0) == "new"
    (click,) = await records.clicks()
    assert click.answer_text is None and click.rule == "gap" and click.provisions == ("mythos",)


async def test_clicks_since(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    await records.click(ID, "h1", False, "old", "r", [], 1, T0)
    await records.click("1" * 32, "h1", False, "new", "r", [], 2, T0 + dt.timedelta(days=2))
    assert [c.question for c in await records.clicks(T0 + dt.timedelta(days=1))] == ["new"]
    assert [c.question for c in await records.clicks()] == ["new", "old"]


async def test_declines_are_counted_per_day_and_reason(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    keep_after = T0 - dt.timedelta(days=30)
    for _ in range(3):
        await records.count_decline(DAY, "declined-by-shape", "I don't write poems.", None, T0, keep_after)
    await records.count_decline(DAY + dt.timedelta(days=1), "declined-by-shape", "I don't write poems.", None, T0, keep_after)
    await records.count_decline(DAY + dt.timedelta(days=1), "not-covered", "The reports don't cover that.", None, T0, keep_after)
    counts = [(c.rule, c.reason, c.count) for c in await records.decline_counts()]
    assert counts == [("declined-by-shape", "I don't write poems.", 4), ("not-covered", "The reports don't cover that.", 1)]
    later = [(c.reason, c.count) for c in await records.decline_counts(DAY + dt.timedelta(days=1))]
    assert later == [("I don't write poems.", 1), ("The reports don't cover that.", 1)]
    assert await rows(storage, declined_questions) == 0


async def test_declined_questions_kept_only_when_given_and_purged_after_the_retention(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    retention = dt.timedelta(days=2)
    await records.count_decline(DAY, "r", "why", "first question", T0, T0 - retention)
    await records.count_decline(
        DAY, "r", "why", "second question", T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=1) - retention
    )
    assert [q.question for q in await records.declined_questions()] == ["second question", "first question"]
    third = T0 + dt.timedelta(days=2, hours=1)
    await records.count_decline(DAY, "r", "why", None, third, third - retention)  # not kept, but the purge runs
    assert [q.question for q in await records.declined_questions()] == ["second question"]
    (count,) = await records.decline_counts()
    assert count.count == 3


async def test_prune_forgets_old_answers_and_old_declined_questions(storage: Storage) -> None:
    records = FeedbackRecords(storage)
    await records.put_answer(ID, "old", "r", [], T0)
    await records.put_answer("1" * 32, "recent", "r", [], T0 + dt.timedelta(days=40))
    await records.put_answer(ID, "old", "r", [], T0)  # a repeat keeps one row
    assert await rows(storage, answer_records) == 2
    await records.count_decline(DAY, "r", "why", "q", T0, T0)
    await records.prune(T0 + dt.timedelta(days=1), T0 + dt.timedelta(days=1))
    assert await rows(storage, answer_records) == 1 and await rows(storage, declined_questions) == 0


async def test_a_version_2_database_gains_the_feedback_tables(tmp_path) -> None:
    from sqlalchemy import text

    from bot.storage.database import table_names

    url = f"sqlite:///{tmp_path / 'v2.db'}"
    store = await Storage.open(url)
    async with store.engine.begin() as conn:  # a database written by the version-2 bot
        for table in ("answer_records", "feedback_clicks", "decline_counts", "declined_questions"):
            await conn.execute(text(f"DROP TABLE {table}"))
        await conn.execute(text("DELETE FROM schema_version WHERE version >= 3"))
    await store.close()
    store = await Storage.open(url)
    try:
        async with store.engine.connect() as conn:
            assert {"answer_records", "feedback_clicks", "decline_counts", "declined_questions"} <= set(await table_names(conn))
        assert await FeedbackRecords(store).click(ID, "h1", True, "q", "r", [], 1, T0) == "new"
    finally:
        await store.close()
