"""Every Web API outcome as a value: one adapter between slack_sdk and the bot's callers.

slack_sdk answers a call with a response object, or raises ``SlackApiError`` whose ``response`` may hold a dict,
a string (a ``text/plain`` 500 or 405), an empty dict (an HTML page from a proxy) or the raw aiohttp response
(invalid JSON); timeouts and dropped connections raise their own errors. :func:`call` turns all of them into an
:class:`ApiResult`, so no caller ever touches ``SlackApiError.response`` or assumes a dict.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

NOT_JSON = "not_json"  # the body was not Slack's JSON: an outage page, a proxy, a truncated answer
TIMEOUT = "timeout"
CONNECTION = "connection_failed"
RATE_LIMITED = "ratelimited"
TRANSIENT = frozenset(
    {RATE_LIMITED, "fatal_error", "internal_error", "service_unavailable", "request_timeout", NOT_JSON, TIMEOUT, CONNECTION}
)


@dataclass(frozen=True)
class ApiResult:
    """What one Web API call came to. ``error`` is Slack's error code, or one of :data:`NOT_JSON`,
    :data:`TIMEOUT`, :data:`CONNECTION` (empty when ``ok``)."""

    ok: bool
    error: str = ""
    status: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    retry_after: float | None = None

    @property
    def transient(self) -> bool:
        """Worth retrying later: a rate limit, a server error, no usable answer."""
        return not self.ok and (self.error in TRANSIENT or (self.status or 0) >= 500)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def _retry_after(headers: Any) -> float | None:
    if not headers:
        return None
    try:
        value = headers.get("Retry-After") or headers.get("retry-after")
    except AttributeError:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(float(value), 0.0) if value is not None else None
    except (TypeError, ValueError):
        return None


def from_response(response: Any) -> ApiResult:
    """The result that a response object (or whatever ``SlackApiError.response`` holds) stands for."""
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    status = status if isinstance(status, int) else None
    data = getattr(response, "data", None)
    if not isinstance(data, Mapping) or "ok" not in data:
        return ApiResult(False, NOT_JSON, status, {}, _retry_after(getattr(response, "headers", None)))
    retry = _retry_after(getattr(response, "headers", None))
    if status == 429:
        return ApiResult(False, RATE_LIMITED, status, data, retry if retry is not None else 1.0)
    if data.get("ok") is True:
        return ApiResult(True, "", status, data)
    error = data.get("error")
    return ApiResult(False, error if isinstance(error, str) and error else "unknown_error", status, data, retry)


async def call(request: Awaitable[Any]) -> ApiResult:
    """Await one ``client.<method>(...)`` call and say what it came to; never raises for anything Slack or the
    network can do (cancellation still propagates)."""
    try:
        return from_response(await request)
    except SlackApiError as exc:
        return from_response(exc.response)
    except asyncio.TimeoutError:
        return ApiResult(False, TIMEOUT)
    except (aiohttp.ClientError, OSError) as exc:
        log.debug("Web API connection failed: %s", type(exc).__name__)
        return ApiResult(False, CONNECTION)
    except (AttributeError, TypeError, ValueError) as exc:  # slack_sdk's own validate() on a body that is not JSON
        log.debug("Web API answer could not be read: %s", type(exc).__name__)
        return ApiResult(False, NOT_JSON)
