"""FakeSlack: an aiohttp server speaking Slack's Web API, response_url and Socket Mode on 127.0.0.1.

State lives in :class:`~bot.playground.fakeslack.state.Workspace`; this module is only the HTTP/WebSocket layer,
recording, and failure injection. ``make_app()`` returns an extendable ``web.Application``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Callable, Optional, TypeVar

from aiohttp import web

from .faults import Fault, FaultPlan, Latency
from .recorder import Call, Recorder
from .responses import ResponsePost, ResponseUrls
from .socket_mode import SocketHub
from .state import SlackError, Workspace, default_workspace
from .webapi import METHODS, Method, check_token, decode_json_fields

log = logging.getLogger(__name__)
T = TypeVar("T")

FAKESLACK_KEY: web.AppKey["FakeSlack"] = web.AppKey("fakeslack")


class FakeSlack:
    """A local stand-in for slack.com. ``async with FakeSlack() as fake: AsyncWebClient(base_url=fake.api_url)``."""

    def __init__(self, workspace: Optional[Workspace] = None) -> None:
        self.workspace = workspace or default_workspace()
        self.recorder = Recorder()
        self.faults = FaultPlan()
        self.latency: dict[str, Latency] = {}
        self.responses = ResponseUrls(self.workspace)
        self.socket = SocketHub(self.recorder.notifier, self.workspace.team.app_id)
        self.methods: dict[str, Method] = dict(METHODS)
        self.methods["apps.connections.open"] = Method(self._connections_open, token="app")
        self.workspace.subscribe(self.recorder.notifier.changed)
        self._release = asyncio.Event()
        self._runner: Optional[web.AppRunner] = None
        self.host = "127.0.0.1"
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------------------------
    def make_app(self) -> web.Application:
        """The route table; callers (the playground) may add routes before starting."""
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{token}", self._handle_response_url)
        app.router.add_get("/socket", self.socket.handle)
        app[FAKESLACK_KEY] = self
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0, app: Optional[web.Application] = None) -> "FakeSlack":
        self._release = asyncio.Event()
        self._runner = web.AppRunner(app or self.make_app(), handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.host, self.port = self._runner.addresses[0][:2]
        return self

    async def stop(self) -> None:
        self._release.set()
        await self.socket.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeSlack":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    # -- workspace shortcuts -------------------------------------------------------------------------------
    @property
    def team(self):
        return self.workspace.team

    def add_user(self, user_id: str, name: str, real_name: str = "", **kw: Any):
        return self.workspace.add_user(user_id, name, real_name, **kw)

    def add_channel(self, channel_id: str, name: str, **kw: Any):
        return self.workspace.add_channel(channel_id, name, **kw)

    def archive(self, channel_id: str, archived: bool = True) -> None:
        self.workspace.archive(channel_id, archived)

    def remove_bot(self, channel_id: str) -> None:
        self.workspace.remove_bot(channel_id)

    def messages(self, channel: str):
        return self.workspace.history(channel)

    # -- recording -----------------------------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        return self.recorder.calls

    def calls_to(self, method: str) -> list[Call]:
        return self.recorder.calls_to(method)

    async def wait_for(self, predicate: Callable[[], Optional[T]], timeout: float = 5.0) -> T:
        """Await until ``predicate()`` is truthy (re-checked on every request, ack or state change)."""
        return await self.recorder.notifier.wait_for(predicate, timeout, describe=self._summary())

    async def wait_for_call(self, method: str, count: int = 1, timeout: float = 5.0) -> Call:
        """The ``count``-th call to ``method`` (1-based), once it has been answered."""

        def nth() -> Optional[Call]:
            done = [c for c in self.calls_to(method) if c.response is not None]
            return done[count - 1] if len(done) >= count else None

        return await self.wait_for(nth, timeout)

    def _summary(self) -> str:
        return "calls so far: " + (", ".join(c.method for c in self.calls[-20:]) or "none")

    # -- failure injection ---------------------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        status: int = 500,
        *,
        retry_after: Optional[int] = None,
        times: int = 1,
        error: Optional[str] = None,
        hang: bool = False,
        body: Optional[str] = None,
        content_type: str = "text/plain",
    ) -> None:
        """Make the next ``times`` calls to ``method`` fail (429 carries Retry-After; ``hang`` never answers
        until ``release_hangs()``/``stop()``; ``status=200, error=...`` gives an ``ok: false`` reply)."""
        self.faults.add(method, Fault(status, retry_after, error, hang, times, body, content_type))

    def set_latency(self, method: str, before: float = 0.0, *, step: float = 0.0, after: float = 0.0) -> None:
        """Slow ``method`` down (see :class:`~bot.playground.fakeslack.faults.Latency`). A client that disconnects during the
        ``before`` wait is dropped unhandled (its request never reached Slack); ``after`` delays the answer to a
        request Slack already applied, so a client killed meanwhile never learns it succeeded."""
        self.latency[method] = Latency(before, step, after)

    def clear_latency(self, method: Optional[str] = None) -> None:
        if method is None:
            self.latency.clear()
        else:
            self.latency.pop(method, None)

    def release_hangs(self) -> None:
        self._release.set()
        self._release = asyncio.Event()

    # -- response_url --------------------------------------------------------------------------------------
    def new_response_url(self, channel: str, user: str, message_ts: Optional[str] = None) -> str:
        return f"{self.base_url}/response/{self.responses.new_token(channel, user, message_ts)}"

    @property
    def response_posts(self) -> list[ResponsePost]:
        return self.responses.posts

    # -- socket mode ---------------------------------------------------------------------------------------
    @property
    def socket_connected(self) -> bool:
        return self.socket.connected

    async def send_envelope(self, type: str, payload: dict[str, Any], timeout: float = 5.0, **kw: Any) -> str:
        """Deliver an envelope to the connected app (waiting for a connection); returns envelope_id."""
        await self.wait_for(lambda: self.socket.connected, timeout)
        return await self.socket.send_envelope(type, payload, **kw)

    async def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        return await self.wait_for(lambda: self.socket.acks.get(envelope_id), timeout)

    async def drop_socket(self, graceful: bool = False) -> None:
        """Close every socket mode connection (``graceful``: send Slack's ``disconnect`` message instead)."""
        if graceful:
            await self.socket.send_disconnect()
        else:
            await self.socket.close_all()

    def _connections_open(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        return {"url": f"ws://{self.host}:{self.port}/socket?ticket={self.socket.new_ticket()}"}

    # -- HTTP handlers -------------------------------------------------------------------------------------
    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["method"]
        try:
            args = await _parse_args(request)
        except ValueError:
            return self._reply(name, request, {}, None, {"ok": False, "error": "invalid_json"})
        token = _bearer(request) or args.pop("token", None)
        args.pop("token", None)
        method = self.methods.get(name)
        if method is None:
            return self._reply(name, request, args, token, {"ok": False, "error": "unknown_method"})
        fault = self.faults.take(name)
        if fault is not None:
            return await self._faulted(name, request, args, token, fault)
        latency = self.latency.get(name)
        if latency is not None:
            await asyncio.sleep(latency.next_before())
            if request.transport is None or request.transport.is_closing():
                self.recorder.record(
                    Call(name, dict(request.headers), args, 499, {"ok": False, "error": "client_gone"}, request.path, token)
                )
                return web.Response(status=499)
        try:
            check_token(self.workspace, method, token)
            body = {"ok": True, **method.handler(self.workspace, decode_json_fields(args))}
        except SlackError as e:
            body = {"ok": False, "error": e.code}
        response = self._reply(name, request, args, token, body)
        if latency is not None and latency.after:
            await asyncio.sleep(latency.after)
        return response

    async def _faulted(
        self, name: str, request: web.Request, args: dict, token: Optional[str], fault: Fault
    ) -> web.StreamResponse:
        if fault.hang:
            call = self.recorder.record(Call(name, dict(request.headers), args, 0, None, request.path, token))
            await self._release.wait()
            call.status, call.response = 503, {"ok": False, "error": "hung"}
            return web.json_response(call.response, status=503)
        response = fault.response()
        recorded: dict[str, Any] = {"raw": fault.body} if fault.body is not None else json.loads(response.text or "{}")
        self.recorder.record(Call(name, dict(request.headers), args, fault.status, recorded, request.path, token))
        return response

    def _reply(self, name: str, request: web.Request, args: dict, token: Optional[str], body: dict[str, Any]) -> web.Response:
        self.recorder.record(Call(name, dict(request.headers), args, 200, body, request.path, token))
        return web.json_response(body)

    async def _handle_response_url(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        try:
            body = await _parse_response_body(request)
        except ValueError:
            body = {}
        call = Call("response_url", dict(request.headers), body, path=request.path)
        fault = self.faults.take("response_url")
        if fault is not None:
            return await self._faulted("response_url", request, body, None, fault)
        status, text = 200, "ok"
        try:
            self.responses.apply(token, body)
        except KeyError:
            status, text = 404, "no_service"
        except SlackError as e:
            status, text = 400, e.code
        call.status, call.response = status, text
        self.recorder.record(call)
        return web.Response(status=status, text=text)


async def _parse_args(request: web.Request) -> dict[str, Any]:
    """Query string + JSON or form body, as slack_sdk sends them (JSON for chat.*/views.*, else form/query)."""
    args: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            raw = await request.text()
            parsed = json.loads(raw) if raw.strip() else {}
            if not isinstance(parsed, dict):
                raise ValueError("JSON body must be an object")
            args.update(parsed)
        else:
            form = await request.post()
            args.update({k: v for k, v in form.items() if isinstance(v, str)})
    return args


async def _parse_response_body(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        parsed = json.loads(await request.text() or "{}")
        return parsed if isinstance(parsed, dict) else {}
    form = await request.post()
    if "payload" in form:
        return json.loads(str(form["payload"]))
    return decode_json_fields({k: v for k, v in form.items() if isinstance(v, str)})


def _bearer(request: web.Request) -> Optional[str]:
    auth = request.headers.get("Authorization", "")
    return auth[7:].strip() or None if auth.startswith("Bearer ") else None
