"""The :class:`bot.announce.poster.Poster` for the running bot: ``chat.postMessage`` through slack_sdk's AsyncWebClient.

Slack's answers map to the typed errors delivery understands: HTTP 429 -> :class:`RateLimited` (with the
``Retry-After`` seconds), HTTP 5xx and transient error codes -> :class:`ServerError`, timeouts and connection
failures -> :class:`PostTimeout`, channel problems (``not_in_channel``, ``channel_not_found``, ``is_archived``,
``account_inactive``...) -> :class:`PermanentError`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Optional

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.announce.poster import PERMANENT_CODES, PermanentError, PostError, PostResult, PostTimeout, RateLimited, ServerError

log = logging.getLogger(__name__)

TRANSIENT_CODES = frozenset({"ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout"})


def _retry_after(headers: Any, default: float = 1.0) -> float:
    value = None
    if headers:
        value = headers.get("Retry-After") or headers.get("retry-after")
        if isinstance(value, list):
            value = value[0] if value else None
    try:
        return max(float(value), 0.0) if value is not None else default
    except (TypeError, ValueError):
        return default


def classify(error: SlackApiError) -> PostError:
    """The typed error for a SlackApiError from ``chat.postMessage``."""
    response = error.response
    status = getattr(response, "status_code", 200)
    code = str(response.get("error", "")) if response is not None else ""
    if status == 429 or code == "ratelimited":
        return RateLimited(_retry_after(getattr(response, "headers", None)))
    if code in PERMANENT_CODES:
        return PermanentError(code)
    if status >= 500 or code in TRANSIENT_CODES:
        return ServerError(f"HTTP {status} {code}".strip())
    return PostError(f"HTTP {status} {code}".strip())


class SlackPoster:
    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
        try:
            response = await self.client.chat_postMessage(
                channel=channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False
            )
        except SlackApiError as exc:
            raise classify(exc) from None
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise PostTimeout(f"{type(exc).__name__}: {exc}") from None
        return PostResult(response.get("ts"))

    async def find_marker(self, channel: str, marker: str, limit: int = 100) -> Optional[str]:
        """The ts of a recent message of ours in ``channel`` whose first block carries ``marker`` (None if none).

        Raises :class:`PostError` when the history cannot be read (missing scope, Slack down): the caller then
        cannot tell, and posts."""
        try:
            response = await self.client.conversations_history(channel=channel, limit=limit)
        except SlackApiError as exc:
            raise classify(exc) from None
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise PostTimeout(f"{type(exc).__name__}: {exc}") from None
        for message in response.get("messages") or []:
            blocks = message.get("blocks") or []
            if message.get("bot_id") and blocks and blocks[0].get("block_id") == marker:
                return str(message.get("ts") or "")
        return None

    async def can_post(self, channel: str) -> Optional[bool]:
        """Whether the bot is a member of ``channel`` (None if Slack could not say)."""
        try:
            response = await self.client.conversations_info(channel=channel)
        except SlackApiError as exc:
            code = exc.response.get("error") if exc.response is not None else None
            return False if code in PERMANENT_CODES else None
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError):
            return None
        info = response.get("channel") or {}
        if info.get("is_archived"):
            return False
        return bool(info.get("is_member") or info.get("is_im"))
