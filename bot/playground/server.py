"""The playground server: the fake Slack's routes (which the bot calls) plus the page and its small JSON API.

Routes under ``/ui/`` are for the page only: ``GET /ui/state`` (workspace snapshot), ``GET /ui/events``
(server-sent events: one line per change, so the page never polls), ``POST /ui/send|click|home|invite|
modal/close|clock/jump|clock/reset|clock/signing|bot/restart|assistant/start|assistant/context|assistant/send``. POSTs take JSON, which a browser cannot
send cross-site without asking; the Host header must name the loopback address (no DNS rebinding).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Awaitable, Callable, Optional

from aiohttp import web

from bot.playground.fakeslack import FakeSlack, SlackDriver, SlackError
from bot.playground.fakeslack.recorder import Notifier

from .assistant_pane import AssistantActions, assistant_snapshot
from .bot_process import BotConfig, BotProcess, BotStartError
from .clock_control import ClockControl
from .snapshot import ME, Notes, playground_workspace, snapshot
from .user_actions import UserActions

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
KEEPALIVE = 15.0  # seconds between comment lines on an idle event stream (proxies, and noticing a closed page)


class Playground:
    """Fake Slack + the bot as a child process + the page. ``await pg.start(port)``; ``await pg.stop()``."""

    def __init__(self, bot_config: Optional[BotConfig] = None, clock: Optional[ClockControl] = None) -> None:
        self.fake = FakeSlack(playground_workspace())
        self.notes = Notes()
        self.version = 0
        self._changed = asyncio.Event()
        self._closing = False
        self.fake.workspace.subscribe(self.bump)
        self._bot_config = bot_config
        self.bot: Optional[BotProcess] = None
        self.driver: Optional[SlackDriver] = None
        self.actions: Optional[UserActions] = None
        self.assistant: Optional[AssistantActions] = None
        self.clock = clock
        self.busy = ""  # what the bot is doing right now ("restarting"), shown on the page
        self.keepalive = KEEPALIVE
        self.streams = 0  # pages connected to /ui/events
        self.stream_notifier = Notifier()  # woken when a stream ends (tests await it)

    # -- lifecycle -----------------------------------------------------------------------------------------
    async def start(self, port: int = 0, start_bot: bool = True) -> "Playground":
        await self.fake.start("127.0.0.1", port, app=self.make_app())
        config = replace(self._bot_config or BotConfig("", ""), bot_token=self.fake.team.bot_token, api_url=self.fake.api_url)
        self.bot = BotProcess(config, self.bump)
        self.driver = SlackDriver.http(self.fake, "", self.bot.signing_secret)
        self.actions = UserActions(self.fake, self.driver, self.notes)
        self.assistant = AssistantActions(self.fake, self.driver)
        if start_bot:
            await self.restart_bot(None)
        return self

    async def stop(self) -> None:
        self._closing = True
        self.bump()
        if self.bot is not None:
            await self.bot.stop()
        if self.driver is not None:
            await self.driver.close()
        if self.clock is not None:
            await self.clock.close()
        await self.fake.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.fake.port}/"

    async def restart_bot(
        self, clock_start: Optional[dt.datetime], while_stopped: Optional[Callable[[], Awaitable[Any]]] = None
    ) -> None:
        assert self.bot is not None and self.driver is not None
        self.busy = "restarting"
        self.bump()
        try:
            await self.bot.restart(clock_start, while_stopped)
        finally:
            self.busy = ""
            self.driver.transport.url = self.bot.url  # type: ignore[attr-defined]
            self.bump()

    def bump(self) -> None:
        """Something changed: wake every event stream."""
        self.version += 1
        self._changed.set()
        self._changed = asyncio.Event()

    # -- routes --------------------------------------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = self.fake.make_app()
        app.middlewares.append(_loopback_only)
        app.router.add_get("/", self.index)
        app.router.add_static("/static/", STATIC)
        app.router.add_get("/ui/state", self.state)
        app.router.add_get("/ui/events", self.events)
        posts: dict[str, Callable[[dict[str, Any]], Awaitable[Any]]] = {
            "send": self._send,
            "click": self._click,
            "home": self._home,
            "invite": self._invite,
            "modal/close": self._close_modal,
            "clock/jump": self._jump,
            "clock/reset": self._reset,
            "clock/signing": self._signing,
            "bot/restart": self._restart,
            "assistant/start": self._assistant_start,
            "assistant/context": self._assistant_context,
            "assistant/send": self._assistant_send,
        }
        for name, handler in posts.items():
            app.router.add_post(f"/ui/{name}", _json_post(handler))
        return app

    async def index(self, request: web.Request) -> web.StreamResponse:
        """The page. Loading it starts a new client, so a modal an earlier page left open is closed, not shown
        again; one the bot opens after the load (a click just before it) is shown."""
        if self.notes.close_views(self.fake.workspace):
            self.bump()
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def state(self, request: web.Request) -> web.Response:
        body = snapshot(self.fake.workspace, self.notes)
        body["version"] = self.version
        body["bot"] = self.bot_status()
        body["clock"] = await self.clock_status()
        body["assistant"] = assistant_snapshot(self.fake.workspace, self.notes)
        return web.json_response(body)

    def bot_status(self) -> dict[str, Any]:
        bot = self.bot
        running = bool(bot and bot.running)
        return {
            "running": running,
            "busy": self.busy,
            "exit_code": bot.exit_code if bot else None,
            "pid": bot.pid if running and bot else None,
        }

    async def clock_status(self) -> dict[str, Any]:
        bot = self.bot
        now = bot.now() if bot else dt.datetime.now(dt.timezone.utc)
        out: dict[str, Any] = {"now": now.isoformat(), "simulated": bool(bot and bot.clock_start)}
        if self.clock is not None:
            out.update(await self.clock.describe(now))
        return out

    async def events(self, request: web.Request) -> web.StreamResponse:
        """One ``data:`` line per change. A page that goes away (tab closed, reloaded) is not an error: the
        next write to it fails, and the stream ends quietly."""
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        self.streams += 1
        try:
            await resp.prepare(request)
            await self._stream_changes(resp)
        except ConnectionError as exc:  # aiohttp's ClientConnectionResetError is one
            log.debug("a page closed its event stream", extra={"fields": {"reason": str(exc) or type(exc).__name__}})
        finally:
            self.streams -= 1
            self.stream_notifier.changed()
        return resp

    async def _stream_changes(self, resp: web.StreamResponse) -> None:
        seen = -1
        while not self._closing:
            if self.version != seen:
                seen = self.version
                await resp.write(f"data: {seen}\n\n".encode())
            if not await self._wait_changed(self.keepalive):
                await resp.write(b": keep-alive\n\n")

    async def _wait_changed(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    # -- page actions --------------------------------------------------------------------------------------
    async def _send(self, body: dict[str, Any]) -> None:
        assert self.actions is not None
        await self.actions.send(_str(body, "channel"), _str(body, "text"), _str(body, "thread_ts") or None)

    async def _click(self, body: dict[str, Any]) -> None:
        assert self.actions is not None
        await self.actions.click(
            _str(body, "channel"),
            _str(body, "ts"),
            _str(body, "action_id"),
            _str(body, "value"),
            body.get("block_id"),
            _str(body, "source") or "message",
        )

    async def _home(self, body: dict[str, Any]) -> None:
        assert self.actions is not None
        await self.actions.open_home()

    async def _invite(self, body: dict[str, Any]) -> None:
        assert self.actions is not None
        self.actions.invite(_str(body, "channel"))

    async def _close_modal(self, body: dict[str, Any]) -> None:
        self.notes.closed_views.add(_str(body, "id"))
        self.bump()

    async def _restart(self, body: dict[str, Any]) -> None:
        assert self.bot is not None
        await self.restart_bot(self.bot.clock_start)

    async def _jump(self, body: dict[str, Any]) -> dict[str, Any]:
        assert self.bot is not None
        if self.clock is None:
            return {"ok": False, "error": "The clock control is not available."}
        target = await self.clock.jump_target(self.bot.now())
        if target is None:
            return {
                "ok": False,
                "error": "No announcement is scheduled after the bot's current time. "
                "Subscribe a channel with /eo subscribe, or rewind to the signing day.",
            }
        await self.restart_bot(target)
        return {"ok": True, "clock_start": target.isoformat()}

    async def _signing(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.clock is None:
            return {"ok": False, "error": "The clock control is not available."}
        clock, target = self.clock, self.clock.signing_morning()
        await self.restart_bot(target, lambda: clock.rewind(target))
        return {"ok": True, "clock_start": target.isoformat()}

    async def _reset(self, body: dict[str, Any]) -> dict[str, Any]:
        await self.restart_bot(None)
        return {"ok": True}

    # -- the assistant pane (bot/playground/assistant_pane.py) ---------------------------------------------------
    async def _assistant_start(self, body: dict[str, Any]) -> dict[str, Any]:
        assert self.assistant is not None
        return await self.assistant.start(_str(body, "channel"))

    async def _assistant_context(self, body: dict[str, Any]) -> dict[str, Any]:
        assert self.assistant is not None
        return await self.assistant.context(_str(body, "thread_ts"), _str(body, "channel"))

    async def _assistant_send(self, body: dict[str, Any]) -> dict[str, Any]:
        assert self.assistant is not None
        return await self.assistant.send(_str(body, "thread_ts"), _str(body, "text"))


def _str(body: dict[str, Any], key: str) -> str:
    value = body.get(key, "")
    return value if isinstance(value, str) else str(value)


def _json_post(handler: Callable[[dict[str, Any]], Awaitable[Any]]) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def route(request: web.Request) -> web.Response:
        if request.content_type != "application/json":
            return web.json_response({"ok": False, "error": "send JSON"}, status=415)
        try:
            body = await request.json()
        except ValueError:
            return web.json_response({"ok": False, "error": "invalid JSON"}, status=400)
        if not isinstance(body, dict):
            return web.json_response({"ok": False, "error": "send a JSON object"}, status=400)
        try:
            result = await handler(body)
        except SlackError as exc:
            return web.json_response({"ok": False, "error": exc.code}, status=400)
        except BotStartError as exc:
            log.error("bot did not start", extra={"fields": {"reason": str(exc)}})
            return web.json_response({"ok": False, "error": str(exc)}, status=500)
        return web.json_response(result if isinstance(result, dict) else {"ok": True})

    return route


@web.middleware
async def _loopback_only(request: web.Request, handler: Any) -> web.StreamResponse:
    host = (request.host or "").rsplit(":", 1)[0] if not (request.host or "").startswith("[") else "[::1]"
    if host not in LOOPBACK_HOSTS:
        return web.json_response({"ok": False, "error": "The playground answers on the loopback address only."}, status=403)
    return await handler(request)


__all__ = ["ME", "Playground"]
