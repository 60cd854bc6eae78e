"""Thread follow-ups end to end: the earlier turn is read from the database by whichever bot process answers.

Two real bot processes share one database (SQLite and, with EO_TEST_POSTGRES_URL, PostgreSQL); the first answers a
question in a DM thread, the second answers the follow-up in that thread, and a restarted process answers the next.
"""

from __future__ import annotations

from botproc import SECRET, BotProcesses, eventually

from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.storage.database import Storage

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"
THREAD = "1700000000.000200"


def replies_in(fake: FakeSlack, thread: str) -> list[str]:
    return [str(c.body.get("blocks")) for c in fake.calls_to("chat.postMessage") if c.body.get("thread_ts") == thread]


async def test_follow_up_in_a_dm_thread_is_read_with_its_earlier_turn_across_processes(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage]
) -> None:
    first, second = await bots.start(), await bots.start()
    async with SlackDriver.http(fake_slack, first.url, SECRET) as one, SlackDriver.http(fake_slack, second.url, SECRET) as two:
        await one.dm(ALICE, "when is the clearinghouse due?", thread_ts=THREAD)
        await fake_slack.wait_for_call("chat.postMessage", count=1)
        await eventually_recorded(database[1], fake_slack, 1)
        await two.dm(ALICE, "and who runs it?", thread_ts=THREAD)
        await fake_slack.wait_for_call("chat.postMessage", count=2)
        follow_up = replies_in(fake_slack, THREAD)[-1]
        assert "Treasury" in follow_up and "clearinghouse" in follow_up.lower()

        # A follow-up that needs its thread: in a thread with no earlier turn it has nothing to lean on.
        await two.dm(ALICE, "how long do they have?", thread_ts="1700000000.000999")
        await fake_slack.wait_for_call("chat.postMessage", count=3)
        assert "don't cover that" in replies_in(fake_slack, "1700000000.000999")[-1]

    await eventually_recorded(database[1], fake_slack, 2)
    turns = await database[1].recent_turns(fake_slack.workspace.im_with(ALICE).id, THREAD, since=_epoch())
    assert [q for q, _ in turns] == ["when is the clearinghouse due?", "and who runs it?"]
    assert all("clearinghouse" in provisions for _, provisions in turns)

    await first.kill()  # a restart: the record is in the database, not in a process
    third = await bots.start()
    async with SlackDriver.http(fake_slack, third.url, SECRET) as three:
        await three.dm(ALICE, "who writes the classified benchmark?", thread_ts=THREAD)
        await fake_slack.wait_for_call("chat.postMessage", count=4)
        await eventually_recorded(database[1], fake_slack, 3)
        await three.dm(ALICE, "how long do they have?", thread_ts=THREAD)
        await fake_slack.wait_for_call("chat.postMessage", count=5)
    last = replies_in(fake_slack, THREAD)[-1]
    assert "60 days" in last and "benchmark" in last.lower()


async def eventually_recorded(storage: Storage, fake: FakeSlack, count: int) -> None:
    """The thread's record holds ``count`` turns (a reply is posted just before its turn is recorded)."""

    async def recorded() -> bool:
        return len(await storage.recent_turns(fake.workspace.im_with(ALICE).id, THREAD, since=_epoch(), limit=10)) >= count

    await eventually(recorded, describe=f"{count} turns recorded")


def _epoch():
    import datetime as dt

    return dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
