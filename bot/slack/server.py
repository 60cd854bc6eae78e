"""Serving the app: HTTP mode (aiohttp, ``POST /slack/events``) or Socket Mode, both with ``GET /healthz``.

Both servers bind the given host and port (0 = any free port; :attr:`port` says which).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Mapping, Protocol

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp

from bot.slack.request_gate import MAX_BODY, RequestGate
from bot.slack.web_api import call

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


class _Site:
    """An aiohttp application on host:port with start/stop."""

    def __init__(self, web_app: web.Application) -> None:
        self.web_app = web_app
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, host: str, port: int) -> int:
        self._runner = web.AppRunner(self.web_app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


class FastPath(Protocol):
    """Answers some requests before Bolt (it verifies them itself); None passes the request on to Bolt."""

    def respond(self, headers: Mapping[str, str], raw: bytes) -> Awaitable[bytes | None]: ...


class HttpServer(_Site):
    """Commands, events and interactivity on one URL; Bolt verifies Slack's request signature.

    ``gate`` (:class:`bot.slack.request_gate.RequestGate`) checks size, signature, shape and workspace first;
    ``fast_path`` (the runner passes :class:`bot.slack.fast_path.SlashCommandFastPath`) answers verified
    ``/eo`` commands without Bolt's per-request machinery; everything else goes through Bolt.
    """

    def __init__(
        self,
        app: AsyncApp,
        fast_path: FastPath | None = None,
        gate: RequestGate | None = None,
        database_ok: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        self.app = app
        self.fast_path = fast_path
        self.gate = gate
        self.database_ok = database_ok
        web_app = web.Application(client_max_size=MAX_BODY)
        web_app.router.add_post(EVENTS_PATH, self.events)
        web_app.router.add_get("/healthz", self.healthz)
        super().__init__(web_app)

    async def events(self, request: web.Request) -> web.Response:
        raw = await request.read()  # beyond MAX_BODY aiohttp answers 413 itself
        if self.fast_path is not None:  # verifies the signature and the workspace of /eo commands itself
            ack = await self.fast_path.respond(request.headers, raw)
            if ack is not None:
                return web.Response(body=ack, content_type="application/json" if ack else "text/plain")
        if self.gate is not None:
            refusal = self.gate.check(request.headers, raw)
            if refusal is not None:
                return web.Response(status=refusal.status, text=refusal.reason)
        bolt_response = await self.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    async def healthz(self, request: web.Request) -> web.Response:
        """200 when the bot can serve; 503 when its database does not answer (announcements and subscriptions need
        it; questions are still answered)."""
        if self.database_ok is not None and not await self.database_ok():
            return web.json_response({"status": "degraded", "mode": "http", "database": "unavailable"}, status=503)
        body: dict[str, Any] = {"status": "ok", "mode": "http"}
        if self.database_ok is not None:
            body["database"] = "ok"
        return web.json_response(body)


class SocketModeRefused(Exception):
    """``apps.connections.open`` gave no websocket URL: Slack's error code, and whether trying later may help."""

    def __init__(self, error: str, transient: bool) -> None:
        super().__init__(error)
        self.error, self.transient = error, transient


class SocketModeServer(_Site):
    """The Socket Mode websocket, plus a small health server reporting whether it is connected."""

    def __init__(self, app: AsyncApp, app_token: str, ping_interval: float = 10) -> None:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler  # only Socket Mode needs it

        self.handler = AsyncSocketModeHandler(app, app_token, ping_interval=ping_interval)
        web_app = web.Application()
        web_app.router.add_get("/healthz", self.healthz)
        super().__init__(web_app)

    async def connected(self) -> bool:
        return bool(await self.handler.client.is_connected())

    async def start(self, host: str, port: int) -> int:
        bound = await super().start(host, port)
        # Ask for the websocket URL once up front: a rejected app token raises here (a clear start-up
        # error) instead of inside the SDK's connect loop, which would retry it forever.
        client = self.handler.client
        result = await call(client.web_client.apps_connections_open(app_token=client.app_token))
        url = result.get("url")
        if not result.ok or not isinstance(url, str):
            raise SocketModeRefused(result.error or "no websocket URL", result.transient)
        client.wss_uri = url
        await self.handler.connect_async()
        return bound

    async def stop(self) -> None:
        await self.handler.close_async()
        await super().stop()

    async def healthz(self, request: web.Request) -> web.Response:
        connected = await self.connected()
        body: dict[str, Any] = {"status": "ok" if connected else "disconnected", "mode": "socket", "connected": connected}
        return web.json_response(body, status=200 if connected else 503)
