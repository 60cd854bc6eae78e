"""Tracked background tasks: failures logged, drained on shutdown."""

from __future__ import annotations

import asyncio
import logging

from bot.core.background import BackgroundTasks


async def test_failure_is_logged_with_the_task_name(caplog) -> None:
    tasks = BackgroundTasks()

    async def boom() -> None:
        raise ValueError("kaput")

    with caplog.at_level(logging.ERROR, logger="bot.core.background"):
        tasks.spawn(boom(), "reply")
        await tasks.wait_idle()
    record = next(r for r in caplog.records if r.getMessage() == "background task failed")
    assert record.fields == {"task": "reply"} and "kaput" in str(record.exc_info[1])
    assert len(tasks) == 0


async def test_drain_waits_for_tasks_in_flight() -> None:
    tasks = BackgroundTasks()
    gate = asyncio.Event()
    finished: list[str] = []

    async def reply() -> None:
        await gate.wait()
        finished.append("reply")

    tasks.spawn(reply(), "reply")
    gate.set()
    await tasks.drain(timeout=5)
    assert finished == ["reply"] and len(tasks) == 0


async def test_drain_cancels_what_does_not_finish() -> None:
    tasks = BackgroundTasks()
    stuck = tasks.spawn(asyncio.Event().wait(), "stuck")
    await tasks.drain(timeout=0)
    assert stuck.cancelled() and len(tasks) == 0
