"""What delivery needs from Slack: post a message to a channel, or fail with a typed error.

The running bot implements it with slack_sdk (:mod:`bot.slack.poster`); tests use an in-memory fake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Protocol

# Slack error codes after which posting to the channel cannot succeed until a person acts.
PERMANENT_CODES = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "account_inactive",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_non_threadable_channel",
        "team_access_not_granted",
        "ekm_access_denied",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "missing_scope",
    }
)


@dataclass(frozen=True)
class PostResult:
    ts: Optional[str]


class PostError(Exception):
    """Posting failed; subclasses say whether and when to retry."""


class RateLimited(PostError):
    def __init__(self, retry_after: float, message: str = "ratelimited") -> None:
        super().__init__(f"{message} (retry after {retry_after:g}s)")
        self.retry_after = retry_after


class ServerError(PostError):
    """5xx or a transient Slack-side error: retry with backoff."""


class PostTimeout(PostError):
    """No answer in time (or the connection failed): retry with backoff."""


class PermanentError(PostError):
    """The channel cannot be posted to (``not_in_channel``, ``is_archived``...): pause it, do not retry."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Poster(Protocol):
    async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
        """Post a message; raise :class:`RateLimited`, :class:`ServerError`, :class:`PostTimeout` or
        :class:`PermanentError` (any other :class:`PostError` counts as transient)."""
