"""Content reloads end to end: the bot as real processes (``python -m bot run --http``) on a shared database, the
fake Slack, fixture content in a temporary directory, and ``eo-bot content reload`` as a real command.

* SIGHUP while ``/eo`` requests are in flight: none fails; answers before the reload are the old content's, after
  it the new content's.
* Invalid content: ``content reload`` is refused with exactly what ``content check`` prints, logged once, and the
  old content keeps answering; fixed content then reloads.
* A new update in ``updates.yaml``: two processes reload it and each subscribed channel it concerns gets it once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from botproc import SECRET, BotProc, BotProcesses, announcements, eventually, ledger_states
from update_fixtures import FixtureContent, cisa_update, clearinghouse_update, make_fixture_content

from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.storage.database import Storage

UTC = dt.timezone.utc
ALICE, GENERAL = "U0000ALCE", "C0000GNRL"
QUESTION = "when is the clearinghouse due?"
OLD_TITLE, NEW_TITLE = "AI cybersecurity clearinghouse created", "AI cybersecurity clearinghouse stood up"
NOW = dt.datetime(2026, 7, 10, 14, 0, tzinfo=UTC)  # after the updates' dates
LONG_AGO = dt.datetime(2026, 6, 3, 12, 0, tzinfo=UTC)
RELOADED = 'msg="content reloaded"'


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


async def eo_bot(bots: BotProcesses, *args: str, **env: str) -> Ran:
    """``python -m bot ARGS`` with the bots' database and settings."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=bots.workdir,
        env=bots.environment(None, env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return Ran(proc.returncode or 0, out.decode(), err.decode())


async def logged(bot: BotProc, text: str, count: int = 1) -> None:
    async def seen() -> bool:
        return bot.log.count(text) >= count

    await eventually(seen, timeout=20, describe=f"{count} x {text!r} in the bot's log")


async def ask(driver: SlackDriver, question: str = QUESTION) -> str:
    delivery = await driver.slash_command(f"ask {question}", user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    return json.dumps(delivery.json()["blocks"])


def fixture_in(tmp_path: Path) -> FixtureContent:
    return make_fixture_content(tmp_path / "fixture")


async def test_a_reload_while_requests_are_in_flight_fails_none(
    fake_slack: FakeSlack, bots: BotProcesses, tmp_path: Path
) -> None:
    fixture = fixture_in(tmp_path)
    bot = await bots.start(EO_ANSWER_CACHE_SIZE="0", **fixture.env())  # every request runs the engine
    loop = asyncio.get_running_loop()
    done: list[tuple[float, float, int, str]] = []  # (sent, answered, status, blocks)
    stop = asyncio.Event()
    async with SlackDriver.http(fake_slack, bot.url, SECRET) as driver:

        async def client() -> None:
            while not stop.is_set():
                sent = loop.time()
                delivery = await driver.slash_command(f"ask {QUESTION}", user=ALICE, channel=GENERAL)
                done.append((sent, loop.time(), delivery.status, delivery.body))

        clients = [asyncio.create_task(client()) for _ in range(4)]
        await eventually(lambda: _true(len(done) >= 20), describe="traffic flowing")
        fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
        signalled = loop.time()
        bot.proc.send_signal(signal.SIGHUP)
        await logged(bot, RELOADED)
        reloaded = loop.time()
        count = len(done)
        await eventually(lambda: _true(len(done) >= count + 20), describe="traffic after the reload")
        stop.set()
        await asyncio.gather(*clients)

    assert {status for _, _, status, _ in done} == {200}
    assert all((OLD_TITLE in body) != (NEW_TITLE in body) for *_, body in done), "every answer is whole: old or new"
    assert all(OLD_TITLE in body for _, answered, _, body in done if answered < signalled)
    assert all(NEW_TITLE in body for sent, _, _, body in done if sent > reloaded)
    during = [body for sent, answered, _, body in done if sent > signalled and answered < reloaded]
    assert during, "requests were answered while the reload ran"
    assert "went wrong" not in "".join(body for *_, body in done)
    assert "Traceback" not in bot.log and bot.log.count(RELOADED) == 1


async def test_an_invalid_reload_is_refused_and_the_old_content_keeps_answering(
    fake_slack: FakeSlack, bots: BotProcesses, tmp_path: Path
) -> None:
    fixture = fixture_in(tmp_path)
    bot = await bots.start(**fixture.env())
    fixture.edit("deadlines.yaml", "provision: clearinghouse\n", "provision: no-such-provision\n")
    check = await eo_bot(bots, "--content", str(fixture.content), "content", "check", **fixture.env())
    assert check.code == 1 and check.err.startswith("Content error: ") and "no-such-provision" in check.err

    refused = await eo_bot(bots, "content", "reload", "--timeout", "20")

    assert refused.code == 1, refused
    assert "refused the new content and keeps serving its previous content" in refused.err
    assert check.err.strip() in refused.err.splitlines()  # word for word what content check prints
    assert bot.log.count("content reload refused") == 1 and check.err.strip() in bot.log
    async with SlackDriver.http(fake_slack, bot.url, SECRET) as driver:
        assert OLD_TITLE in await ask(driver)

        fixture.edit("deadlines.yaml", "provision: no-such-provision\n", "provision: clearinghouse\n")
        fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
        fixed = await eo_bot(bots, "content", "reload")
        assert fixed.code == 0, fixed
        assert "reloaded" in fixed.out and "0 updates" in fixed.out
        assert NEW_TITLE in await ask(driver)
    assert "Traceback" not in bot.log


async def test_a_new_update_is_announced_once_per_concerned_channel_across_two_processes(
    fake_slack: FakeSlack, bots: BotProcesses, database: tuple[str, Storage], tmp_path: Path
) -> None:
    storage = database[1]
    clearinghouse_channel, benchmark_channel = "C0000CLRH", "C0000BNCH"
    for channel in (clearinghouse_channel, benchmark_channel):
        fake_slack.add_channel(channel, channel.lower())
    await storage.upsert_subscription(GENERAL, None, None, ALICE, LONG_AGO)  # everything: every update
    await storage.upsert_subscription(clearinghouse_channel, ["clearinghouse-due"], None, ALICE, LONG_AGO)
    await storage.upsert_subscription(benchmark_channel, ["classified-benchmark-due"], None, ALICE, LONG_AGO)
    fixture = fixture_in(tmp_path)
    first = await bots.start(clock_start=NOW, **fixture.env())
    second = await bots.start(clock_start=NOW, **fixture.env())
    fixture.write_updates([clearinghouse_update(), cisa_update()])

    result = await eo_bot(bots, "content", "reload")

    assert result.code == 0, result
    assert result.out.count("2 updates") == 2 and "Asked 2 bot processes" in result.out

    async def posted() -> bool:
        return len(fake_slack.calls_to("chat.postMessage")) >= 2 and all(
            state == "delivered" for key, state in (await ledger_states(storage)).items() if key[1].startswith("update:")
        )

    await eventually(posted, timeout=20, describe="the update announcements delivered")
    # Both processes re-plan again (another reload each): nothing is posted twice.
    for bot in (first, second):
        bot.proc.send_signal(signal.SIGHUP)
    for bot in (first, second):
        await logged(bot, RELOADED, 2)
    # #general's two updates appear at the same instant: one digest; the clearinghouse channel gets only its own.
    [general] = [json.dumps(m.blocks) for m in announcements(fake_slack, GENERAL)]
    assert "CISA issues its first directive under the order" in general and "takes its first reports" in general
    [clearing] = [json.dumps(m.blocks) for m in announcements(fake_slack, clearinghouse_channel)]
    assert "takes its first reports" in clearing and "CISA issues its first directive" not in clearing
    assert announcements(fake_slack, benchmark_channel) == []
    assert len(fake_slack.calls_to("chat.postMessage")) == 2
    updates = {k: s for k, s in (await ledger_states(storage)).items() if k[1].startswith("update:")}
    assert updates == {
        (GENERAL, "update:clearinghouse-opens", "news"): "delivered",
        (GENERAL, "update:first-cisa-directive", "news"): "delivered",
        (clearinghouse_channel, "update:clearinghouse-opens", "news"): "delivered",
    }
    for bot in (first, second):  # both serve the new content
        async with SlackDriver.http(fake_slack, bot.url, SECRET) as driver:
            news = (await driver.slash_command("news", user=ALICE)).json()
            assert news["text"].startswith("Latest: CISA issues its first directive")
        assert "Traceback" not in bot.log


async def _true(value: bool) -> bool:
    return value
