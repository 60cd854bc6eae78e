"""The ``/eo`` fast path: a verified slash command answered before Bolt builds a request, context and client.

For a form-encoded ``/eo`` command whose Slack signature is valid (slack_sdk's ``SignatureVerifier``: five-minute
window, constant-time compare) and whose team is the bot's own, the ack comes straight from the ``ack`` function
it is given (:func:`handlers.commands.ack_body`, the same one Bolt's path uses). Anything else returns None and goes
through Bolt unchanged, which rejects bad signatures with 401.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import unquote_plus

from slack_sdk.signature import SignatureVerifier

from bot.slack.services import Services
from bot.ui import cards

log = logging.getLogger(__name__)

COMMAND = "/eo"
_FORM_FIELD = b"command=%2Feo"  # how Slack's form encoding carries ``command=/eo``
_FIELDS = frozenset({"command", "type", "ssl_check", "payload", "team_id", "text", "user_id", "channel_id", "response_url"})


def form_fields(text: str, wanted: frozenset[str] = _FIELDS) -> dict[str, str]:
    """``dict(parse_qsl(text, keep_blank_values=True))`` (as Bolt parses a form body) restricted to ``wanted``:
    the other values (a dozen per command) are never unquoted."""
    fields: dict[str, str] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        if "%" in key or "+" in key:
            key = unquote_plus(key)
        if key in wanted:
            fields[key] = unquote_plus(value) if "%" in value or "+" in value else value
    return fields


AckFunction = Callable[[Services, Mapping[str, Any]], Awaitable[bytes]]


def is_eo_command(body: Mapping[str, Any]) -> bool:
    return body.get("command") == COMMAND and "type" not in body


class SlashCommandFastPath:
    """Verified ``/eo`` commands answered before Bolt (see the module docstring for what it checks)."""

    def __init__(self, signing_secret: str, services: Services, ack: AckFunction) -> None:
        self.verifier = SignatureVerifier(signing_secret)
        self.services = services
        self.ack = ack

    def _form(self, headers: Mapping[str, str], raw: bytes) -> dict[str, str] | None:
        """The signed form fields of an ``/eo`` command, or None."""
        if _FORM_FIELD not in raw or not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return None
        try:
            text = raw.decode()
            signed = self.verifier.is_valid(text, headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature"))
        except ValueError:  # not UTF-8, or a timestamp that is not a number: Bolt decides
            return None
        return form_fields(text) if signed else None

    async def respond(self, headers: Mapping[str, str], raw: bytes) -> bytes | None:
        """The ack body, or None when the request is not a verified ``/eo`` command from the bot's team."""
        form = self._form(headers, raw)
        identity = self.services.identity
        if form is None or "ssl_check" in form or "payload" in form or not is_eo_command(form):
            return None
        if identity is None or not identity.team_id or form.get("team_id") != identity.team_id:
            return None
        try:
            return await self.ack(self.services, form)
        except Exception:
            log.exception("listener failed", extra={"fields": {"kind": "command"}})
            return cards.apology().ack_bytes()
