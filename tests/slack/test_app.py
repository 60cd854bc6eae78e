"""bot/slack/app.py: the app factory."""

from __future__ import annotations

import logging
import os
from typing import Any

import pytest

from bot.slack.app import create_app
from handlers import register_listeners

BOLT_TOKEN_WARNING = "`token` will be unused"


async def test_building_the_app_logs_no_token_warning_with_the_token_in_the_environment(
    bot: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-from-the-environment")  # as in every real run and the playground
    caplog.set_level(logging.DEBUG)
    app = create_app(bot.settings, bot.services, register_listeners)
    assert app.client.token is None, "the token comes from authorize, per request"
    said = [r.getMessage() for r in caplog.records]
    assert not [m for m in said if BOLT_TOKEN_WARNING in m or "will be ignored" in m], said
    assert os.environ["SLACK_BOT_TOKEN"] == "xoxb-from-the-environment", "the environment is left as it was"
