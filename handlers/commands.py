"""``/eo``: the answer is cheap (well under a millisecond), so it travels in the acknowledgement itself.

The command is served by a small middleware rather than an ``app.command`` listener: it runs after
Bolt's signature check, authorization and event de-duplication, recognises the ``/eo`` payload and
returns the ack response directly. That skips Bolt's per-listener matching and argument injection,
about a third of the per-request cost under load, and there is no Web API call at all. Errors reach
the app's global error handler (a friendly ephemeral apology).

Rows that need the database or the Slack API (subscribe, status, review...) are ``deferred``: the ack is
empty and the reply goes to the command's ``response_url`` from a background task, so a slow database or
Slack API never delays an acknowledgement.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot import cards
from bot.command_table import CommandContext, dispatch, parse
from bot.render import Reply
from bot.services import Services

log = logging.getLogger(__name__)

COMMAND = "/eo"


class EoCommand(AsyncMiddleware):
    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def name(self) -> str:
        return "EoCommand"

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        body = req.body
        if body.get("command") != COMMAND or "type" in body:
            return await next()
        ctx = CommandContext(self.services, user_id=body.get("user_id"), channel_id=body.get("channel_id"))
        text = body.get("text") or ""
        if parse(text).command.deferred and body.get("response_url"):
            self.services.background.spawn(answer_later(ctx, text, str(body["response_url"])), "deferred-command")
            return BoltResponse(status=200, body="")
        reply = await dispatch(ctx, text)
        return BoltResponse(status=200, body=reply.ack())


async def answer_later(ctx: CommandContext, text: str, response_url: str) -> None:
    """Run a deferred subcommand and send its reply (or an apology) to the command's response_url."""
    try:
        reply: Reply = await dispatch(ctx, text)
    except Exception:
        log.exception("command failed", extra={"fields": {"command": text.split()[0] if text else ""}})
        reply = cards.apology()
    payload: dict[str, Any] = {"response_type": reply.response_type, **reply.message()}
    response = await AsyncWebhookClient(response_url).send_dict(payload)
    if response.status_code != 200:
        log.warning("response_url refused the reply", extra={"fields": {"status": response.status_code}})


def register(app: AsyncApp, services: Services) -> None:
    app.use(EoCommand(services))
