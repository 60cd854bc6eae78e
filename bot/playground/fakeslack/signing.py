"""Slack request signing (the real v0 HMAC-SHA256 scheme), used by the driver to sign what it delivers."""

from __future__ import annotations

import hashlib
import hmac


def signature(secret: str, body: bytes, timestamp: int) -> str:
    """``v0=`` + hex HMAC-SHA256 of ``v0:{timestamp}:{body}`` keyed with the signing secret."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, timestamp: int) -> dict[str, str]:
    """The two headers Slack adds to every request it sends to an app."""
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature(secret, body, timestamp)}
