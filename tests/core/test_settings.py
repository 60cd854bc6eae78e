"""Settings: one place, read from the environment and .env; mistakes named clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_env_example_copied_as_is_gives_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_BOT_TOKEN", "EO_CLOCK_START", "DATABASE_URL", "EO_ADMINS", "EO_REMINDER_LEADS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(_env_file=ROOT / ".env.example")
    assert settings.slack_bot_token is None and settings.clock_start is None and settings.database_url is None
    assert settings.reminder_leads == [dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)]
    assert settings.announce_time == dt.time(9, 0) and settings.admins == []


def test_feedback_settings_default_to_keeping_no_declined_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(_env_file=ROOT / ".env.example")
    assert settings.store_declined_questions is False and settings.declined_retention_days == 30
    assert settings.feedback_salt is None
    monkeypatch.setenv("EO_STORE_DECLINED_QUESTIONS", "true")
    monkeypatch.setenv("EO_DECLINED_RETENTION_DAYS", "7")
    monkeypatch.setenv("EO_FEEDBACK_SALT", "a-long-random-salt")
    settings = load_settings(_env_file=None)
    assert settings.store_declined_questions is True and settings.declined_retention_days == 7
    assert "a-long-random-salt" not in repr(settings)


def test_lists_and_durations_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EO_ADMINS", "U1, U2")
    monkeypatch.setenv("EO_REMINDER_LEADS", "1d,12h,0d")
    settings = load_settings(_env_file=None)
    assert settings.admins == ["U1", "U2"]
    assert settings.reminder_leads == [dt.timedelta(days=1), dt.timedelta(hours=12), dt.timedelta(0)]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("EO_TIMEZONE", "Mars/Olympus"),
        ("EO_REMINDER_LEADS", "soon"),
        ("EO_CLOCK_START", "2026-07-01T09:00:00"),
        ("SLACK_API_URL", "slack.com/api"),
        ("EO_ANSWER_CACHE_SIZE", "-1"),
        ("EO_STORE_DECLINED_QUESTIONS", "maybe"),
        ("EO_DECLINED_RETENTION_DAYS", "0"),
    ],
)
def test_a_bad_value_names_the_setting(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings(_env_file=None)
    assert str(info.value).startswith(f"Setting {name} is invalid") and "\n" not in str(info.value)
