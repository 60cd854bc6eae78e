"""`eo-bot run --http` as a real process against the fake Slack: healthy, answers, stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys

import aiohttp

from bot.playground.fakeslack import FakeSlack, SlackDriver

SECRET = "0123456789abcdef0123456789abcdef"


async def test_process_serves_and_stops(fake_slack: FakeSlack, tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_", "PORT"))}
    env.update(
        SLACK_BOT_TOKEN=fake_slack.team.bot_token,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake_slack.api_url,
        SLACK_APP_TOKEN=fake_slack.team.app_token,
        PORT="0",
        HOST="127.0.0.1",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--http", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        port = None
        while port is None:
            line = (await asyncio.wait_for(proc.stderr.readline(), 30)).decode()  # type: ignore[union-attr]
            assert line, "process exited before it was ready"
            assert fake_slack.team.bot_token not in line and SECRET not in line
            assert "will be unused" not in line, "Bolt's token warning is not logged at start-up"
            match = re.search(r'msg="eo-bot ready" mode=http port=(\d+)', line)
            port = int(match.group(1)) if match else None
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                assert resp.status == 200
        async with SlackDriver.http(fake_slack, f"http://127.0.0.1:{port}/slack/events", SECRET) as driver:
            assert (await driver.slash_command("deadlines")).json()["response_type"] == "ephemeral"
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
