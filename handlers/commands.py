"""``/eo``: the answer is cheap (well under a millisecond), so it travels in the acknowledgement itself.

Two doors lead to the same :func:`ack_body`:

* :class:`EoCommand`, a small Bolt middleware (Socket Mode, and any HTTP request the fast path passes on). It runs
  after Bolt's signature check, authorization and event de-duplication, recognises the ``/eo`` payload and
  returns the ack directly, skipping Bolt's per-listener matching and argument injection. Errors reach the
  app's global error handler (a friendly ephemeral apology).
* :class:`bot.slack.fast_path.SlashCommandFastPath`, used by the HTTP server before Bolt (the runner hands it
  :func:`ack_body`): for a form-encoded ``/eo`` command whose
  Slack signature is valid (slack_sdk's ``SignatureVerifier``: five-minute window, constant-time compare) and
  whose team is the bot's own, it answers without building a Bolt request, context and per-request Web API
  client (the bulk of the per-request cost under load). Anything else (a bad signature, a stale timestamp, an
  event, an action, another team) returns None and goes through Bolt unchanged, which rejects bad signatures
  with 401. Slash commands need none of Bolt's other global middleware: there is no event id to
  de-duplicate, no self event to ignore and no URL verification.

Rows that need the database or the Slack API (subscribe, status, review...) are ``deferred``: the ack is
empty and the reply goes to the command's ``response_url`` from a background task, so a slow database or
Slack API never delays an acknowledgement. ``ask`` acks are cached as JSON bytes per text for the day in
:attr:`Services.acks` (sized like the answer cache; off when it is off): they depend on nothing else. Declines are
not cached, so each one is counted for the curators (:mod:`bot.feedback`).
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any, Awaitable, Callable, Mapping

from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.command_table import CommandContext, dispatch, parse
from bot.core.background import within
from bot.slack.fast_path import is_eo_command
from bot.slack.services import Services
from bot.ui import cards
from bot.ui.render import Reply

log = logging.getLogger(__name__)

CLAIM_TIMEOUT = 1.0  # seconds a command waits to record its invocation before running anyway


async def ack_body(services: Services, body: Mapping[str, Any]) -> bytes:
    """The acknowledgement of one ``/eo`` command: the reply as JSON, or empty for a deferred row."""
    text = str(body.get("text") or "")
    parsed = parse(text)
    ctx = CommandContext(services, user_id=body.get("user_id"), channel_id=body.get("channel_id"))
    if parsed.command.deferred and body.get("response_url"):
        key = invocation_key(body)
        services.background.spawn(answer_later(ctx, text, str(body["response_url"]), key), "deferred-command")
        return b""
    if parsed.command.name != "ask" or parsed.unknown_word is not None:
        return (await dispatch(ctx, text)).ack_bytes()
    day = services.clock.now().date()
    acks = services.acks  # this content's cache: an ack is never kept for content swapped in meanwhile
    cached = acks.get(day, text)
    if cached is not None:
        return cached
    encoded = (await dispatch(ctx, text)).ack_bytes()
    # Not across midnight (the answer was for this day), and not a decline: each decline is counted as it is given.
    if services.clock.now().date() == day and all(a.answered for a in ctx.answers):
        acks.put(day, text, encoded)
    return encoded


class EoCommand(AsyncMiddleware):
    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def name(self) -> str:
        return "EoCommand"

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        if not is_eo_command(req.body):
            return await next()
        return BoltResponse(status=200, body=(await ack_body(self.services, req.body)).decode())


def invocation_key(body: Mapping[str, Any]) -> str:
    """One key per invocation of a command: Slack's ``trigger_id`` (unique per slash command), else a hash of what
    the request says (a replayed request says the same)."""
    trigger = body.get("trigger_id")
    if isinstance(trigger, str) and trigger:
        return f"command:{trigger[:100]}"
    fields = "\0".join(f"{k}={body.get(k)}" for k in ("team_id", "user_id", "channel_id", "text", "response_url"))
    return "command:" + hashlib.sha256(fields.encode("utf-8", "surrogatepass")).hexdigest()


async def answer_later(ctx: CommandContext, text: str, response_url: str, key: str | None = None) -> None:
    """Run a deferred subcommand and send its reply (or an apology) to the command's response_url. Deferred rows
    change state (subscribe, review start...), so one invocation runs once: a replayed request is claimed already and
    does nothing (Slack never retries a slash command, so a repeat is never a lost original)."""
    if key is not None and not await _first_time(ctx, key):
        log.warning("ignored a repeated command invocation", extra={"fields": {"command": text.split()[0] if text else ""}})
        return
    try:
        reply: Reply = await dispatch(ctx, text)
    except Exception:
        log.exception("command failed", extra={"fields": {"command": text.split()[0] if text else ""}})
        reply = cards.apology()
    payload: dict[str, Any] = {"response_type": reply.response_type, **reply.message()}
    response = await AsyncWebhookClient(response_url).send_dict(payload)
    if response.status_code != 200:
        log.warning("response_url refused the reply", extra={"fields": {"status": response.status_code}})


async def _first_time(ctx: CommandContext, key: str) -> bool:
    try:
        return await within(ctx.services.event_ids.claim(key), CLAIM_TIMEOUT)
    except Exception as exc:  # the record cannot be read: run it (a replay is rarer than a database hiccup)
        log.warning("command invocation not recorded (%s); running it", type(exc).__name__)
        return True


def register(app: AsyncApp, services: Services) -> None:
    app.use(EoCommand(services))
