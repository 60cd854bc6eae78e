"""What every request to ``POST /slack/events`` passes before anything parses it.

* The body is capped (aiohttp's ``client_max_size``: 413 beyond :data:`MAX_BODY`); Slack's payloads are far smaller.
* Slack's signature is checked on the raw bytes first (slack_sdk's ``SignatureVerifier``: HMAC-SHA256, constant-time,
  five-minute window). A request that is unsigned, badly signed, stale or carries a timestamp that is not a number
  gets 401 and is never parsed; nothing is logged for it (anonymous requests must not be able to fill the log).
* The Content-Type must match the body's shape: a form for commands and interactivity, JSON for events (else 400).
* The request must come from the bot's own workspace (else 403), on this path as well as the fast path.

A signed request whose body still cannot be read is answered 400 with one WARNING line (no traceback).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024
FORM = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"


@dataclass(frozen=True)
class Refusal:
    status: int
    reason: str


class RequestGate:
    def __init__(self, signing_secret: str, team_id: Callable[[], str | None]) -> None:
        self.verifier = SignatureVerifier(signing_secret)
        self.team_id = team_id

    def check(self, headers: Mapping[str, str], raw: bytes) -> Refusal | None:
        """None when the request may go on to the app, else the status to answer with."""
        if not self._signed(headers, raw):
            return Refusal(401, "invalid signature")
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            text = raw.decode("utf-8")
            team = self._team(kind, text)
        except (UnicodeDecodeError, ValueError) as exc:
            log.warning("refused a signed request whose body cannot be read: %s", type(exc).__name__)
            return Refusal(400, "unreadable body")
        expected = self.team_id()
        if team is not None and expected and team != expected:
            log.warning("refused a signed request for another workspace")
            return Refusal(403, "another workspace")
        return None

    def _signed(self, headers: Mapping[str, str], raw: bytes) -> bool:
        timestamp, signature = headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature")
        if not timestamp or not signature or not timestamp.strip().isdigit():
            return False
        try:
            return self.verifier.is_valid(raw, timestamp, signature)
        except (ValueError, TypeError):
            return False

    @staticmethod
    def _team(kind: str, text: str) -> str | None:
        """The workspace the request names; ValueError when the body does not have the shape its Content-Type says."""
        if kind == FORM:
            form = parse_qs(text, keep_blank_values=True, strict_parsing=bool(text))
            if "payload" in form:
                payload = json.loads(form["payload"][0])
                if not isinstance(payload, dict):
                    raise ValueError("payload is not an object")
                team = payload.get("team")
                return _text(team.get("id") if isinstance(team, dict) else payload.get("team_id"))
            if "ssl_check" in form or "command" in form:
                return _text(form.get("team_id", [None])[0])
            raise ValueError("a form that is neither a command nor an interaction")
        if kind == JSON_TYPE:
            body = json.loads(text)
            if not isinstance(body, dict):
                raise ValueError("JSON body is not an object")
            return _text(body.get("team_id"))
        raise ValueError(f"unexpected content type {kind[:40]!r}")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
