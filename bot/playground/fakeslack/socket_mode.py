"""Socket Mode side of the fake: tickets, websocket connections, envelopes out, acks in."""

from __future__ import annotations

import json
import logging
import secrets
import uuid
from typing import Any, Optional

from aiohttp import WSMsgType, web

from .recorder import Notifier

log = logging.getLogger(__name__)

ACCEPTS_RESPONSE_PAYLOAD = {"events_api": False, "slash_commands": True, "interactive": False}


class SocketHub:
    """Issues ``ws://`` URLs, serves the websocket, sends envelopes and collects acks."""

    def __init__(self, notifier: Notifier, app_id: str) -> None:
        self._notifier = notifier
        self._app_id = app_id
        self._tickets: set[str] = set()
        self.connections: list[web.WebSocketResponse] = []
        self.connections_opened = 0
        self.acks: dict[str, dict[str, Any]] = {}
        self.sent: list[dict[str, Any]] = []
        self.received: list[dict[str, Any]] = []

    @property
    def connected(self) -> bool:
        return any(not ws.closed for ws in self.connections)

    def new_ticket(self) -> str:
        ticket = secrets.token_hex(8)
        self._tickets.add(ticket)
        return ticket

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("ticket") not in self._tickets:
            return web.json_response({"ok": False, "error": "invalid_ticket"}, status=401)
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.connections.append(ws)
        self.connections_opened += 1
        await ws.send_json(self._hello())
        self._notifier.changed()
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._on_text(msg.data)
        finally:
            self.connections.remove(ws)
            self._notifier.changed()
        return ws

    def _hello(self) -> dict[str, Any]:
        return {
            "type": "hello",
            "num_connections": sum(1 for ws in self.connections if not ws.closed),
            "debug_info": {"host": "applink-fake-1", "build_number": 1, "approximate_connection_time": 18060},
            "connection_info": {"app_id": self._app_id},
        }

    def _on_text(self, data: str) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            log.warning("fake socket mode: non-JSON frame ignored")
            return
        self.received.append(message)
        if isinstance(message, dict) and message.get("envelope_id"):
            self.acks[message["envelope_id"]] = message
        self._notifier.changed()

    async def send_envelope(
        self,
        type: str,
        payload: dict[str, Any],
        *,
        envelope_id: Optional[str] = None,
        accepts_response_payload: Optional[bool] = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> str:
        """Send one envelope on the newest open connection; returns its envelope_id."""
        live = [ws for ws in self.connections if not ws.closed]
        if not live:
            raise RuntimeError("no socket mode connection is open")
        envelope_id = envelope_id or str(uuid.uuid4())
        accepts = ACCEPTS_RESPONSE_PAYLOAD.get(type, False) if accepts_response_payload is None else accepts_response_payload
        envelope = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": type,
            "accepts_response_payload": accepts,
            "retry_attempt": retry_attempt,
            "retry_reason": retry_reason,
        }
        self.sent.append(envelope)
        await live[-1].send_json(envelope)
        return envelope_id

    async def send_disconnect(self, reason: str = "refresh_requested") -> None:
        """What Slack sends before rotating a connection."""
        for ws in [w for w in self.connections if not w.closed]:
            await ws.send_json({"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-fake-1"}})

    async def close_all(self, code: int = 1001) -> None:
        for ws in list(self.connections):
            if not ws.closed:
                await ws.close(code=code, message=b"fake slack dropped the connection")
