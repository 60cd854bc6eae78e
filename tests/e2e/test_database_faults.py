"""Database faults never cost a DM its answer and never hold up an ack: a locked and a read-only SQLite file under
a real bot process. /eo status then says the database is unavailable, and /healthz reports it."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import AsyncIterator

import aiohttp
import pytest
from botproc import SECRET, BotProc, BotProcesses

from bot.playground.fakeslack import FakeSlack, SlackDriver

ALICE = "U0000ALCE"


@pytest.fixture
async def sqlite_bot(fake_slack: FakeSlack, tmp_path: Path) -> AsyncIterator[tuple[BotProc, Path]]:
    path = tmp_path / "eo.db"
    procs = BotProcesses(fake_slack, f"sqlite:///{path}", tmp_path)
    try:
        yield await procs.start(), path
    finally:
        await procs.stop_all()
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


async def health(bot: BotProc) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.get(bot.url.replace("/slack/events", "/healthz")) as response:
            return response.status, await response.json()


async def test_a_locked_database_still_answers_dms_and_says_so_for_status(
    sqlite_bot: tuple[BotProc, Path], fake_slack: FakeSlack
) -> None:
    bot, path = sqlite_bot
    assert (await health(bot))[0] == 200
    lock = sqlite3.connect(path, timeout=0, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        async with SlackDriver.http(fake_slack, bot.url, SECRET) as slack:
            delivery = await slack.dm(ALICE, "who runs the clearinghouse?")
            assert delivery.status == 200
            answer = await fake_slack.wait_for_call("chat.postMessage", timeout=10)  # well inside the 15 s busy timeout
            assert "Treasury" in str(answer.body.get("blocks"))
            await slack.slash_command("status", user=ALICE)
            reply = await fake_slack.wait_for(lambda: fake_slack.response_posts and fake_slack.response_posts[-1], 30)
            assert (
                "database is unavailable" in reply.text or "database is not answering" in reply.text
            ) and "something went wrong" not in reply.text
        status, body = await health(bot)
        assert status == 503 and body["database"] == "unavailable"
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert (await health(bot))[0] == 200
    assert "Traceback" not in bot.log


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
async def test_a_read_only_database_still_answers_dms(sqlite_bot: tuple[BotProc, Path], fake_slack: FakeSlack) -> None:
    bot, path = sqlite_bot
    path.chmod(stat.S_IRUSR)
    async with SlackDriver.http(fake_slack, bot.url, SECRET) as slack:
        await slack.dm(ALICE, "is the review mandatory?")
        answer = await fake_slack.wait_for_call("chat.postMessage", timeout=10)
    assert "voluntar" in str(answer.body.get("blocks")).lower()
