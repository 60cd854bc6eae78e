"""All configuration, read once from the environment and ``.env`` (pydantic-settings)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LEAD_PATTERN = re.compile(r"^(\d{1,3})([dh])$")
DURATION_PATTERN = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")

# Where a user gets each setting, used in the one-line start-up error.
WHERE_TO_GET = {
    "SLACK_BOT_TOKEN": "Slack app settings > OAuth & Permissions > Bot User OAuth Token (xoxb-...)",
    "SLACK_SIGNING_SECRET": "Slack app settings > Basic Information > App Credentials > Signing Secret",
    "SLACK_APP_TOKEN": "Slack app settings > Basic Information > App-Level Tokens (xapp-..., scope connections:write)",
    "SLACK_API_URL": "https://slack.com/api/ (or https://slack-gov.com/api/ on GovSlack)",
    "EO_CLOCK_START": "an ISO 8601 instant with offset, e.g. 2026-07-02T08:59:50-04:00",
    "EO_REMINDER_LEADS": "a comma-separated list like 7d,1d,0d",
    "EO_ANNOUNCE_TIME": "a 24-hour time like 09:00",
    "EO_TIMEZONE": "an IANA timezone like America/New_York",
    "EO_CATCHUP_WINDOW": "a duration like 24h, 90m, 86400 (seconds) or PT24H",
    "EO_CLAIM_TIMEOUT": "a duration like 10m, 600 (seconds) or PT10M, at least 2 seconds",
    "DATABASE_URL": "a SQLAlchemy URL, e.g. postgresql://user:pass@host/db or sqlite:////path/eo-bot.db",
    "EO_STORE_DECLINED_QUESTIONS": "true or false",
    "EO_DECLINED_RETENTION_DAYS": "a whole number of days from 1 to 3650",
}


def reveal(secret: SecretStr | None) -> str:
    """The plain value of a secret setting ("" when unset), for the few places that must hand it on."""
    return secret.get_secret_value() if secret is not None else ""


def parse_lead(text: str) -> dt.timedelta:
    match = LEAD_PATTERN.match(text.strip().lower())
    if not match:
        raise ValueError(f"'{text}' is not a lead time like 7d or 12h")
    amount, unit = int(match.group(1)), match.group(2)
    return dt.timedelta(days=amount) if unit == "d" else dt.timedelta(hours=amount)


# The curated index shipped with the bot (the repository's content/ directory).
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
# The five reports the content cites, checked by `eo-bot content evidence` (not needed to run the bot).
DEFAULT_SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    port: int = Field(default=3000, ge=0, le=65535, alias="PORT")
    host: str = Field(default="0.0.0.0", alias="HOST")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")

    content_dir: Path = Field(default=DEFAULT_CONTENT_DIR, alias="EO_CONTENT_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    admins: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="EO_ADMINS")
    reminder_leads: Annotated[list[dt.timedelta], NoDecode] = Field(
        default_factory=lambda: [dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)],
        alias="EO_REMINDER_LEADS",
    )
    announce_time: dt.time = Field(default=dt.time(9, 0), alias="EO_ANNOUNCE_TIME")
    timezone: str = Field(default="America/New_York", alias="EO_TIMEZONE")
    clock_start: dt.datetime | None = Field(default=None, alias="EO_CLOCK_START")
    answer_cache_size: int = Field(default=2048, ge=0, le=1_000_000, alias="EO_ANSWER_CACHE_SIZE")
    catchup_window: dt.timedelta = Field(default=dt.timedelta(hours=24), alias="EO_CATCHUP_WINDOW")
    # How long a delivery claim of a crashed process blocks the announcement before another process takes it over.
    claim_timeout: dt.timedelta = Field(default=dt.timedelta(minutes=10), alias="EO_CLAIM_TIMEOUT")
    shutdown_grace: float = Field(default=25.0, ge=0, le=600, alias="EO_SHUTDOWN_GRACE")
    # Feedback for the curators: the key of the user-id hash (and of the feedback buttons' signature); the signing
    # secret when unset. Declined questions are only counted per reason unless the workspace opts in to keeping them.
    feedback_salt: SecretStr | None = Field(default=None, alias="EO_FEEDBACK_SALT")
    store_declined_questions: bool = Field(default=False, alias="EO_STORE_DECLINED_QUESTIONS")
    declined_retention_days: int = Field(default=30, ge=1, le=3650, alias="EO_DECLINED_RETENTION_DAYS")
    # Content reloads (README "Changing the content while the bot runs"): the report files updates are checked
    # against (default <content>/../../shared/seeds), reloading when the content files change, and how often each
    # process looks for `eo-bot content reload` requests (and file changes) in the database.
    seeds_dir: Path | None = Field(default=None, alias="EO_BOT_SEEDS_DIR")
    content_watch: bool = Field(default=False, alias="EO_CONTENT_WATCH")
    reload_poll: float = Field(default=1.0, ge=0.05, le=60, alias="EO_RELOAD_POLL")

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not re.match(r"^https?://", value):
            raise ValueError("must start with http:// or https://")
        return value if value.endswith("/") else value + "/"

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @field_validator("admins", mode="before")
    @classmethod
    def _admins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
        return value

    @field_validator("reminder_leads", mode="before")
    @classmethod
    def _leads(cls, value: object) -> object:
        if isinstance(value, str):
            leads = sorted({parse_lead(part) for part in value.split(",") if part.strip()}, reverse=True)
            if not leads:
                raise ValueError("needs at least one lead time")
            return leads
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone '{value}'") from exc
        return value

    @field_validator("clock_start")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a UTC offset, e.g. 2026-07-02T08:59:50-04:00")
        return value

    @field_validator("catchup_window", "claim_timeout", mode="before")
    @classmethod
    def _duration(cls, value: object) -> object:
        """Plain seconds (``600``) or ``30s``/``10m``/``24h``/``1d``; anything else goes to pydantic (ISO 8601)."""
        if isinstance(value, str):
            match = DURATION_PATTERN.match(value.strip().lower())
            if match:
                unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
                return dt.timedelta(seconds=float(match.group(1)) * unit)
        return value

    @field_validator("catchup_window", "claim_timeout")
    @classmethod
    def _positive(cls, value: dt.timedelta) -> dt.timedelta:
        if value < dt.timedelta(seconds=2):
            raise ValueError("must be at least 2 seconds")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def has_slack_tokens(self) -> bool:
        return self.slack_bot_token is not None


class SettingsError(Exception):
    """One clear line naming the setting and where to get it."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        hint = WHERE_TO_GET.get(name)
        raise SettingsError(f"Setting {name} is invalid: {first['msg']}" + (f" (expected {hint})" if hint else "")) from None
