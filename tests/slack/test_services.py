"""Services: the per-day answer cache and the start-up token check."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.settings import load_settings
from bot.engine.answer import Answer
from bot.engine.cache import CachingAnswerer
from bot.slack.services import Services, StartupError

DAY = dt.datetime(2026, 6, 20, 9, 0, tzinfo=dt.timezone.utc)


class CountingEngine:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dt.date]] = []

    def answer(self, question: str, now: dt.datetime, context: object = ()) -> Answer:
        self.calls.append((question, now.date()))
        return Answer(answered=True, headline=f"{question} {now.date()}", text=question)


def test_answers_are_cached_per_question_and_day() -> None:
    engine = CountingEngine()
    cached = CachingAnswerer(engine, size=2)  # type: ignore[arg-type]
    first = cached.answer("a", DAY)
    assert cached.answer("a", DAY + dt.timedelta(hours=3)) is first
    assert cached.answer("a", DAY + dt.timedelta(days=1)).headline.endswith("2026-06-21")
    cached.answer("b", DAY)
    cached.answer("c", DAY)  # evicts the least recently used
    cached.answer("a", DAY)
    assert engine.calls == [
        ("a", DAY.date()),
        ("a", dt.date(2026, 6, 21)),
        ("b", DAY.date()),
        ("c", DAY.date()),
        ("a", DAY.date()),
    ]


def test_cache_size_zero_always_asks_the_engine() -> None:
    engine = CountingEngine()
    uncached = CachingAnswerer(engine, size=0)  # type: ignore[arg-type]
    uncached.answer("a", DAY)
    uncached.answer("a", DAY)
    assert engine.calls == [("a", DAY.date()), ("a", DAY.date())]


async def test_start_checks_the_token_once(fake_slack, real_content) -> None:
    settings = load_settings(_env_file=None, SLACK_BOT_TOKEN=fake_slack.team.bot_token, SLACK_API_URL=fake_slack.api_url)
    services = Services.build(settings, real_content)
    try:
        await services.start()
        await services.authorize()
        assert services.identity.bot_user_id == fake_slack.team.bot_user_id  # type: ignore[union-attr]
        assert len(fake_slack.calls_to("auth.test")) == 1
    finally:
        await services.close()


async def test_rejected_token_is_one_clear_line(fake_slack, real_content) -> None:
    settings = load_settings(_env_file=None, SLACK_BOT_TOKEN="xoxb-wrong", SLACK_API_URL=fake_slack.api_url)
    services = Services.build(settings, real_content)
    try:
        with pytest.raises(StartupError) as info:
            await services.start()
        message = str(info.value)
        assert "SLACK_BOT_TOKEN" in message and "invalid_auth" in message and "xoxb-wrong" not in message
    finally:
        await services.close()
