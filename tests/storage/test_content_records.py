"""Migration 5's records: running processes check in, reload requests and answers, first appearances of updates."""

from __future__ import annotations

import datetime as dt

from announce_fakes import FakeSleep, storage  # noqa: F401

from bot.core.clock import ManualClock
from bot.storage.content_records import PROCESS_RETENTION, ContentRecords, wait_for_answers
from bot.storage.database import Storage

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 12, 1, 12, tzinfo=UTC)


async def test_processes_check_in_and_sign_off(storage: Storage) -> None:  # noqa: F811
    records = ContentRecords(storage)
    await records.register("host:1", T0 - PROCESS_RETENTION - dt.timedelta(seconds=1), "old")  # killed long ago
    await records.register("host:2", T0, "v1")  # registering forgets processes not seen for a day
    await records.heartbeat("host:3", T0, "v1")
    await records.heartbeat("host:2", T0 + dt.timedelta(seconds=5), "v2")
    live = await records.live_processes(T0 + dt.timedelta(seconds=1))
    assert [(p.owner, p.content_version, p.started_at) for p in live] == [("host:2", "v2", T0)]
    assert {p.owner for p in await records.live_processes(T0 - dt.timedelta(days=2))} == {"host:2", "host:3"}
    await records.unregister("host:2")
    assert [p.owner for p in await records.live_processes(T0)] == ["host:3"]


async def test_reload_requests_get_one_answer_per_process(storage: Storage) -> None:  # noqa: F811
    records = ContentRecords(storage)
    assert await records.latest_request() == 0
    first = await records.request_reload("operator", T0)
    second = await records.request_reload("operator", T0)
    assert await records.latest_request() == second > first
    await records.record_result([first, second], "host:1", True, "reloaded", T0)
    await records.record_result([second], "host:1", False, "again", T0)  # a repeat answer keeps the first
    await records.record_result([second], "host:2", False, "Content error: x", T0)
    answers = await records.results(second)
    assert {(a.owner, a.ok, a.message) for a in answers} == {("host:1", True, "reloaded"), ("host:2", False, "Content error: x")}


async def test_waiting_for_answers_stops_when_all_answered_or_at_the_timeout(storage: Storage) -> None:  # noqa: F811
    records = ContentRecords(storage)
    clock = ManualClock(T0)
    request = await records.request_reload("operator", T0)
    await records.record_result([request], "host:1", True, "reloaded", T0)
    sleep = FakeSleep(clock)
    answers = await wait_for_answers(records, request, {"host:1"}, 5, clock.now, sleep)
    assert [a.owner for a in answers] == ["host:1"] and sleep.waits == []
    answers = await wait_for_answers(records, request, {"host:1", "host:2"}, 5, clock.now, sleep)
    assert [a.owner for a in answers] == ["host:1"] and sum(sleep.waits) >= 5


async def test_first_seen_is_the_first_time_any_process_saw_the_update(storage: Storage) -> None:  # noqa: F811
    records = ContentRecords(storage)
    assert await records.first_seen([], T0) == {}
    assert await records.first_seen(["a"], T0) == {"a": T0}
    later = T0 + dt.timedelta(hours=1)
    assert await records.first_seen(["a", "b", "b"], later) == {"a": T0, "b": later}
