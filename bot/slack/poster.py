"""The :class:`bot.announce.poster.Poster` for the running bot: ``chat.postMessage`` through slack_sdk's AsyncWebClient.

Slack's answers map to the typed errors delivery understands: HTTP 429 -> :class:`RateLimited` (with the
``Retry-After`` seconds), HTTP 5xx and transient error codes -> :class:`ServerError`, timeouts and connection
failures -> :class:`PostTimeout`, channel problems (``not_in_channel``, ``channel_not_found``, ``is_archived``,
``account_inactive``...) -> :class:`PermanentError`. Every answer first goes through :func:`bot.slack.web_api.call`, so a
body that is not JSON is one failed post, never an exception out of the poster.
"""

from __future__ import annotations

import logging
from typing import Any, Optional, Sequence

from slack_sdk.web.async_client import AsyncWebClient

from bot.announce.poster import PERMANENT_CODES, PermanentError, PostError, PostResult, PostTimeout, RateLimited, ServerError
from bot.slack.web_api import CONNECTION, RATE_LIMITED, TIMEOUT, ApiResult, call

log = logging.getLogger(__name__)

CHANNEL_CODES = frozenset({"not_in_channel", "channel_not_found", "is_archived"})


def classify(result: ApiResult) -> PostError:
    """The typed error delivery understands for a failed ``chat.postMessage`` / ``conversations.history``."""
    if result.error == RATE_LIMITED:
        return RateLimited(result.retry_after if result.retry_after is not None else 1.0)
    if result.error in (TIMEOUT, CONNECTION):
        return PostTimeout(result.error)
    if result.error in PERMANENT_CODES:
        return PermanentError(result.error)
    if result.transient:
        return ServerError(f"HTTP {result.status} {result.error}".strip())
    return PostError(f"HTTP {result.status} {result.error}".strip())


class SlackPoster:
    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
        result = await call(
            self.client.chat_postMessage(channel=channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
        )
        if not result.ok:
            raise classify(result)
        ts = result.get("ts")
        return PostResult(ts if isinstance(ts, str) else None)

    async def find_markers(self, channel: str, markers: Sequence[str], limit: int = 100) -> dict[str, str]:
        """{marker: ts} for each marker a recent message of ours in ``channel`` carries as a block's ``block_id`` (an
        announcement's first block, or an item's part of a digest); one history read for them all.

        Raises :class:`PostError` when the history cannot be read (missing scope, Slack down): the caller then
        cannot tell."""
        wanted = set(markers)
        result = await call(self.client.conversations_history(channel=channel, limit=limit))
        if not result.ok:
            raise classify(result)
        messages = result.get("messages")
        found: dict[str, str] = {}
        for message in messages if isinstance(messages, list) else []:
            if not isinstance(message, dict) or not message.get("bot_id"):
                continue
            blocks = message.get("blocks")
            for block in blocks if isinstance(blocks, list) else []:
                marker = block.get("block_id") if isinstance(block, dict) else None
                if marker in wanted and marker not in found:
                    found[str(marker)] = str(message.get("ts") or "")
        return found

    async def find_marker(self, channel: str, marker: str, limit: int = 100) -> Optional[str]:
        """The ts of a recent message of ours in ``channel`` carrying ``marker`` (None if none); see :meth:`find_markers`."""
        return (await self.find_markers(channel, [marker], limit)).get(marker)

    async def can_post(self, channel: str) -> Optional[bool]:
        """Whether the bot is a member of ``channel``: False when Slack says it can't, None when Slack could not say
        (an outage, an answer that is not JSON, a token problem): the caller keeps what the user asked for."""
        result = await call(self.client.conversations_info(channel=channel))
        if not result.ok:  # only an answer about the channel says no; a token or scope problem says nothing about it
            return False if result.error in CHANNEL_CODES else None
        info = result.get("channel")
        if not isinstance(info, dict):
            return None
        if info.get("is_archived"):
            return False
        return bool(info.get("is_member") or info.get("is_im"))
