"""Fixtures shared by the whole suite: the fake Slack, the bot under test (services, app, clock) and its HTTP and
Socket Mode servers, the real content, the one answer engine, and a database (announce_fakes.storage)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass as _dataclass
from typing import AsyncIterator

import pytest
from announce_fakes import storage  # noqa: F401  (fixture: a fresh database, SQLite and, when configured, PostgreSQL)
from slack_bolt.async_app import AsyncApp

from bot.content.loader import load_content
from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.core.settings import Settings, load_settings
from bot.engine.answer import Answerer
from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.slack.app import create_app
from bot.slack.fast_path import SlashCommandFastPath
from bot.slack.request_gate import RequestGate
from bot.slack.server import HttpServer, SocketModeServer
from bot.slack.services import Services
from handlers import register_listeners
from handlers.commands import ack_body

TEST_SIGNING_SECRET = "0123456789abcdef0123456789abcdef"
TEST_NOW = _dt.datetime(2026, 6, 20, 14, 0, tzinfo=_dt.timezone.utc)  # after signing, before the deadlines


@pytest.fixture(scope="session")
def real_content() -> Content:
    return load_content()


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A FakeSlack on 127.0.0.1 with an ephemeral port and the default workspace, stopped after the test."""
    async with FakeSlack() as fake:
        yield fake


@pytest.fixture(scope="session")
def answerer(real_content: Content) -> Answerer:
    """The answer engine on the real content (one per test session: it loads the sentence encoder's index)."""
    return Answerer(real_content)


@pytest.fixture
def bot_settings(fake_slack: FakeSlack) -> Settings:
    return load_settings(
        _env_file=None,
        SLACK_BOT_TOKEN=fake_slack.team.bot_token,
        SLACK_SIGNING_SECRET=TEST_SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
    )


@_dataclass
class BotUnderTest:
    settings: Settings
    services: Services
    app: AsyncApp
    clock: ManualClock


@pytest.fixture
async def bot(bot_settings: Settings, real_content: Content) -> AsyncIterator[BotUnderTest]:
    """Services started against the fake (auth.test done) and a fresh app; closed after the test."""
    clock = ManualClock(TEST_NOW)
    services = Services.build(bot_settings, real_content, clock=clock)
    await services.start()
    try:
        yield BotUnderTest(bot_settings, services, create_app(bot_settings, services, register_listeners), clock)
    finally:
        await services.close()


@pytest.fixture
async def http_driver(bot: BotUnderTest, fake_slack: FakeSlack) -> AsyncIterator[SlackDriver]:
    """The bot's HTTP server on 127.0.0.1:0 (with the runner's /eo fast path) and a driver sending it signed requests."""
    gate = RequestGate(TEST_SIGNING_SECRET, lambda: bot.services.identity.team_id if bot.services.identity else None)
    server = HttpServer(bot.app, SlashCommandFastPath(TEST_SIGNING_SECRET, bot.services, ack_body), gate)
    port = await server.start("127.0.0.1", 0)
    driver = SlackDriver.http(fake_slack, f"http://127.0.0.1:{port}/slack/events", TEST_SIGNING_SECRET)
    driver.server = server  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        await driver.close()
        await server.stop()


@pytest.fixture
async def socket_driver(bot: BotUnderTest, fake_slack: FakeSlack) -> AsyncIterator[SlackDriver]:
    """The bot connected over Socket Mode to the fake's websocket (health server on 127.0.0.1:0)."""
    server = SocketModeServer(bot.app, fake_slack.team.app_token)
    await server.start("127.0.0.1", 0)
    driver = SlackDriver.socket(fake_slack)
    driver.server = server  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        await driver.close()
        await server.stop()
