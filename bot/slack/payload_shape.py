"""Interaction payloads of a shape Slack never sends are answered 200 and dropped before Bolt's listener matching.

Bolt reads ``actions[0]`` and ``view["type"]`` while matching listeners; a signed but malformed payload
(``actions: []``, a ``view_submission`` without ``view.type``) would otherwise raise inside Bolt and answer 500.
Each is logged once at WARNING (with the payload type only, never its content).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)

VIEW_TYPES = frozenset({"view_submission", "view_closed"})


def problem(body: dict[str, Any]) -> str | None:
    """Why the payload cannot be one Slack sent, or None when its shape is fine."""
    kind = body.get("type")
    if kind == "block_actions":
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions or not all(isinstance(a, dict) for a in actions):
            return "block_actions without actions"
        if not all(isinstance(a.get("action_id"), str) for a in actions):
            return "an action without an action_id"
    if kind in VIEW_TYPES:
        view = body.get("view")
        if not isinstance(view, dict) or not isinstance(view.get("type"), str):
            return f"{kind} without a view type"
    return None


class PayloadShapeMiddleware(AsyncMiddleware):
    @property
    def name(self) -> str:
        return "PayloadShape"

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        found = problem(req.body) if isinstance(req.body, dict) else "a payload that is not an object"
        if found is None:
            return await next()
        log.warning("dropped a malformed interaction payload: %s", found)
        return BoltResponse(status=200, body="")
