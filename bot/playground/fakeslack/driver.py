"""SlackDriver: plays the Slack side towards an app, over signed HTTP or over Socket Mode.

User actions (dm, mention) are also written into the fake's workspace first, like Slack stores the user's
message before telling the app about it; slash commands and button clicks get response_urls on the fake.
"""

from __future__ import annotations

import json
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Protocol

import aiohttp

from .payloads import Payloads
from .server import FakeSlack
from .signing import sign
from .state import AssistantThread


@dataclass
class Delivery:
    """What happened to one delivery: HTTP status/body (HTTP) or the ack (Socket Mode)."""

    kind: str  # "events_api" | "slash_commands" | "interactive"
    payload: dict[str, Any]
    status: int = 0
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    ack: Optional[dict[str, Any]] = None
    envelope_id: Optional[str] = None
    response_url: Optional[str] = None

    def json(self) -> Any:
        """The response payload: the HTTP body as JSON, or the ack's ``payload`` in Socket Mode."""
        if self.ack is not None:
            return self.ack.get("payload")
        return json.loads(self.body) if self.body else None


class Transport(Protocol):
    async def deliver(self, kind: str, payload: dict[str, Any], retry_num: Optional[int], retry_reason: str) -> Delivery: ...

    async def close(self) -> None: ...


class HttpTransport:
    """POSTs to the app's request URL like Slack: JSON events, form commands, ``payload=`` interactions."""

    def __init__(self, url: str, signing_secret: str, clock: Callable[[], float] = time.time, timeout: float = 10.0) -> None:
        self.url = url
        self.signing_secret = signing_secret
        self.clock = clock
        self.timeout = timeout
        self._session: Optional[aiohttp.ClientSession] = None

    def encode(self, kind: str, payload: dict[str, Any]) -> tuple[bytes, str]:
        if kind == "events_api":
            return json.dumps(payload).encode(), "application/json"
        form = payload if kind == "slash_commands" else {"payload": json.dumps(payload)}
        return urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"

    async def deliver(
        self, kind: str, payload: dict[str, Any], retry_num: Optional[int] = None, retry_reason: str = ""
    ) -> Delivery:
        body, content_type = self.encode(kind, payload)
        headers = {
            "Content-Type": content_type,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            **sign(self.signing_secret, body, int(self.clock())),
        }
        if retry_num is not None:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason})
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        async with self._session.post(self.url, data=body, headers=headers) as resp:
            text = await resp.text()
            return Delivery(kind, payload, resp.status, text, dict(resp.headers))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


class SocketTransport:
    """Sends envelopes over the fake's Socket Mode connection and waits for the app's ack."""

    def __init__(self, fake: FakeSlack, timeout: float = 5.0) -> None:
        self.fake = fake
        self.timeout = timeout

    async def deliver(
        self, kind: str, payload: dict[str, Any], retry_num: Optional[int] = None, retry_reason: str = ""
    ) -> Delivery:
        envelope_id = await self.fake.send_envelope(
            kind, payload, timeout=self.timeout, retry_attempt=retry_num or 0, retry_reason=retry_reason
        )
        ack = await self.fake.wait_ack(envelope_id, self.timeout)
        return Delivery(kind, payload, 200, json.dumps(ack), ack=ack, envelope_id=envelope_id)

    async def close(self) -> None:
        return None


class SlackDriver:
    """High-level user actions against an app. ``SlackDriver.http(fake, url, secret)`` or ``.socket(fake)``."""

    def __init__(self, fake: FakeSlack, transport: Transport, clock: Callable[[], float] = time.time) -> None:
        self.fake = fake
        self.transport = transport
        self.payloads = Payloads(fake.workspace, clock)

    @classmethod
    def http(cls, fake: FakeSlack, url: str, signing_secret: str, clock: Callable[[], float] = time.time) -> "SlackDriver":
        return cls(fake, HttpTransport(url, signing_secret, clock), clock)

    @classmethod
    def socket(cls, fake: FakeSlack, timeout: float = 5.0) -> "SlackDriver":
        return cls(fake, SocketTransport(fake, timeout))

    async def close(self) -> None:
        await self.transport.close()

    async def __aenter__(self) -> "SlackDriver":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def _default_user(self) -> str:
        return next(u for u in self.fake.workspace.users.values() if not u.is_bot).id

    async def slash_command(
        self,
        text: str,
        user: Optional[str] = None,
        channel: str = "C0000GNRL",
        command: str = "/eo",
        trigger_id: Optional[str] = None,
    ) -> Delivery:
        user = user or self._default_user
        response_url = self.fake.new_response_url(self.fake.workspace.channel(channel).id, user)
        payload = self.payloads.slash_command(
            text, user, channel, response_url=response_url, command=command, trigger_id=trigger_id
        )
        delivery = await self.transport.deliver("slash_commands", payload, None, "")
        delivery.response_url = response_url
        return delivery

    async def event(
        self,
        event: dict[str, Any],
        event_id: Optional[str] = None,
        retry_num: Optional[int] = None,
        retry_reason: str = "http_timeout",
    ) -> Delivery:
        """Deliver ``event`` in an event_callback; ``retry_num`` marks it as Slack's N-th redelivery."""
        payload = self.payloads.event_callback(event, event_id=event_id)
        return await self.transport.deliver("events_api", payload, retry_num, retry_reason if retry_num is not None else "")

    async def block_action(
        self,
        action_id: str,
        value: str,
        user: Optional[str] = None,
        channel: str = "C0000GNRL",
        message: Optional[dict[str, Any]] = None,
        response_url: Optional[str] = None,
        block_id: Optional[str] = None,
        action_type: str = "button",
    ) -> Delivery:
        user = user or self._default_user
        chan_id = self.fake.workspace.channel(channel).id
        message_ts = (message or {}).get("ts")
        response_url = response_url or self.fake.new_response_url(chan_id, user, message_ts)
        payload = self.payloads.block_actions(
            action_id,
            value,
            user,
            channel,
            response_url=response_url,
            message=message,
            block_id=block_id,
            action_type=action_type,
        )
        delivery = await self.transport.deliver("interactive", payload, None, "")
        delivery.response_url = response_url
        return delivery

    async def app_home_opened(self, user: Optional[str] = None) -> Delivery:
        return await self.event(self.payloads.app_home_opened_event(user or self._default_user))

    async def dm(self, user: Optional[str], text: str, thread_ts: Optional[str] = None) -> Delivery:
        """The user writes to the bot in their DM: stored in the workspace, then delivered as a message event."""
        user = user or self._default_user
        chan = self.fake.workspace.im_with(user)
        msg = self.fake.workspace.post(chan.id, text=text, user=user, thread_ts=thread_ts)
        return await self.event(self.payloads.message_event(user, chan.id, text, msg.ts, thread_ts))

    async def mention(self, user: Optional[str], channel: str, text: str, thread_ts: Optional[str] = None) -> Delivery:
        """The user @-mentions the bot in ``channel`` (the mention is prefixed unless ``text`` has one)."""
        user = user or self._default_user
        tag = f"<@{self.fake.team.bot_user_id}>"
        full = text if tag in text else f"{tag} {text}"
        msg = self.fake.workspace.post(channel, text=full, user=user, thread_ts=thread_ts)
        return await self.event(self.payloads.app_mention_event(user, msg.channel, full, msg.ts, thread_ts))

    # -- the assistant pane --------------------------------------------------------------------------------
    async def assistant_thread_started(
        self, user: Optional[str] = None, context_channel: Optional[str] = None
    ) -> tuple[AssistantThread, Delivery]:
        """The user opens the assistant pane (viewing ``context_channel``): a new thread, then the event."""
        pane = self.fake.workspace.start_assistant_thread(user or self._default_user, context_channel)
        return pane, await self.event(self.payloads.assistant_thread_event("assistant_thread_started", pane))

    async def assistant_context_changed(self, pane: AssistantThread, context_channel: Optional[str]) -> Delivery:
        """With the pane open, the user moves to ``context_channel``."""
        self.fake.workspace.change_assistant_context(pane, context_channel)
        return await self.event(self.payloads.assistant_thread_event("assistant_thread_context_changed", pane))

    async def assistant_message(self, pane: AssistantThread, text: str) -> Delivery:
        """The user writes in the pane's thread (a DM message in that thread, as Slack delivers it)."""
        return await self.dm(pane.user, text, thread_ts=pane.thread_ts)
