"""Failure injection: the next N calls to a method fail with an HTTP status, a Slack error, or hang."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from aiohttp import web


@dataclass
class Fault:
    status: int = 500
    retry_after: Optional[int] = None
    error: Optional[str] = None
    hang: bool = False
    times: int = 1
    body: Optional[str] = None  # a raw body instead of Slack's JSON: an HTML error page, text/plain, broken JSON
    content_type: str = "text/plain"

    def response(self) -> web.Response:
        """The response Slack would give: 429 + Retry-After + ratelimited, 5xx, or ``ok: false`` errors; or, with
        ``body``, what a proxy or an outage answers instead (not JSON)."""
        if self.body is not None:
            return web.Response(status=self.status, text=self.body, content_type=self.content_type, charset="utf-8")
        headers = {}
        if self.status == 429:
            headers["Retry-After"] = str(self.retry_after if self.retry_after is not None else 1)
        error = self.error or {429: "ratelimited"}.get(self.status, "fatal_error" if self.status >= 500 else "")
        body = json.dumps({"ok": False, "error": error or "invalid_arguments"})
        return web.Response(status=self.status, text=body, headers=headers, content_type="application/json", charset="utf-8")


@dataclass
class Latency:
    """Slowness of one method: call n waits ``before + n * step`` seconds before Slack handles it, and ``after``
    seconds after handling it before answering (the request was accepted, the answer is late)."""

    before: float = 0.0
    step: float = 0.0
    after: float = 0.0
    calls: int = 0

    def next_before(self) -> float:
        wait = self.before + self.calls * self.step
        self.calls += 1
        return wait


class FaultPlan:
    """Pending faults keyed by method name ("chat.postMessage", "response_url", "apps.connections.open")."""

    def __init__(self) -> None:
        self._pending: dict[str, list[Fault]] = {}

    def add(self, method: str, fault: Fault) -> None:
        self._pending.setdefault(method, []).append(fault)

    def take(self, method: str) -> Optional[Fault]:
        queue = self._pending.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    def clear(self) -> None:
        self._pending.clear()
