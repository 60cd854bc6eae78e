"""`eo-bot run` start-up checks: one clear line naming the setting, exit code 2, no traceback."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import aiohttp
import pytest

from bot.core.settings import SettingsError, load_settings
from bot.runner import choose_mode

BOT, APP, SECRET = "xoxb-1-2-abc", "xapp-1-A1-2-def", "0123456789abcdef0123456789abcdef"


def settings(**env: str):
    return load_settings(_env_file=None, **env)


def test_mode_selection() -> None:
    assert choose_mode(settings()) == "none"
    assert choose_mode(settings(SLACK_BOT_TOKEN=BOT, SLACK_APP_TOKEN=APP)) == "socket"
    assert choose_mode(settings(SLACK_BOT_TOKEN=BOT, SLACK_APP_TOKEN=APP, SLACK_SIGNING_SECRET=SECRET), force_http=True) == "http"
    assert choose_mode(settings(SLACK_BOT_TOKEN=BOT, SLACK_SIGNING_SECRET=SECRET)) == "http"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"SLACK_APP_TOKEN": APP}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": "app-token"}, "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": BOT}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": BOT, "SLACK_SIGNING_SECRET": "has spaces in it!"}, "SLACK_SIGNING_SECRET"),
    ],
)
def test_problems_name_the_setting_and_where_to_get_it(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError) as info:
        choose_mode(settings(**env))
    assert str(info.value).startswith(f"Setting {named} ") and "get it from" in str(info.value)


def run_bot(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_", "PORT"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_malformed_setting_prints_one_line_and_exits_2(tmp_path) -> None:
    result = run_bot(tmp_path, SLACK_BOT_TOKEN=BOT, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL="ftp://nowhere")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert "SLACK_API_URL" in lines[0] and "Traceback" not in result.stderr


def test_wrong_token_kind_is_named_without_echoing_it(tmp_path) -> None:
    result = run_bot(tmp_path, SLACK_BOT_TOKEN="xoxp-secret-user-token", SLACK_SIGNING_SECRET=SECRET)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN" in result.stderr
    assert "xoxp-secret-user-token" not in result.stderr + result.stdout


async def test_no_tokens_starts_the_playground_on_loopback(tmp_path) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_", "PORT", "DATABASE_URL"))}
    env = {**clean, "PORT": "0", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'eo.db'}"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        banner = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        assert "playground" in banner and "http://127.0.0.1:" in banner
        url = banner.split("open ", 1)[1].split(" ", 1)[0]
        async with aiohttp.ClientSession() as session, session.get(url) as page:
            assert page.status == 200 and "eo-bot" in await page.text()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(proc.wait(), 20)
        finally:
            if proc.returncode is None:
                proc.kill()
    assert proc.returncode == 0


def bot_env(fake_slack, **settings: str) -> dict[str, str]:
    """The environment of a bot process against the fake Slack (no inherited Slack or EO settings)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_", "PORT"))}
    return {
        **clean,
        "SLACK_BOT_TOKEN": fake_slack.team.bot_token,
        "SLACK_API_URL": fake_slack.api_url,
        "PORT": "0",
        "HOST": "127.0.0.1",
        **settings,
    }


async def run_until_exit(tmp_path, env: dict[str, str]) -> tuple[int | None, str]:
    """``python -m bot run`` until it exits (at most a minute): its exit code and stderr."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    return proc.returncode, err.decode()


async def test_rejected_app_token_is_one_clear_line(tmp_path, fake_slack) -> None:
    code, stderr = await run_until_exit(tmp_path, bot_env(fake_slack, SLACK_APP_TOKEN="xapp-1-wrong"))
    assert code == 2 and "SLACK_APP_TOKEN was rejected" in stderr.strip().splitlines()[-1]
    assert "Traceback" not in stderr and "xapp-1-wrong" not in stderr


@pytest.mark.parametrize(
    ("method", "mode", "expected"),
    [
        ("auth.test", "http", "Slack could not be reached to check SLACK_BOT_TOKEN"),
        ("apps.connections.open", "socket", "Slack could not be reached to open the Socket Mode connection"),
    ],
)
async def test_a_start_up_answer_that_is_not_json_is_one_clear_line(tmp_path, fake_slack, method, mode, expected) -> None:
    """auth.test or apps.connections.open answered by an outage page: one line and exit 2, not a traceback."""
    fake_slack.fail_next(method, 502, body="<html><h1>502 Bad Gateway</h1></html>", content_type="text/html", times=5)
    env = bot_env(fake_slack, SLACK_SIGNING_SECRET="0123456789abcdef0123456789abcdef")
    if mode == "socket":
        env["SLACK_APP_TOKEN"] = fake_slack.team.app_token
    code, stderr = await run_until_exit(tmp_path, env)
    assert code == 2 and expected in stderr.strip().splitlines()[-1], stderr[-600:]
    assert "Traceback" not in stderr
