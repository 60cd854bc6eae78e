"""Values the bot puts in its own buttons, signed so that a click can only select what the bot rendered.

A Slack button's value comes back verbatim in the action payload, and anyone who can send a signed request for the
workspace (or replay one) could put anything there. The bot therefore appends an HMAC of the value, keyed by the
app's signing secret and a purpose ("share", ...), and accepts a click only when the tag matches.
"""

from __future__ import annotations

import hashlib
import hmac

SEPARATOR = "~"
TAG_HEX = 24  # 96 bits: ample against forgery, short enough for Slack's 2,000-character value


def tag(secret: str, purpose: str, value: str) -> str:
    mac = hmac.new(secret.encode(), f"{purpose}\0{value}".encode("utf-8", "surrogatepass"), hashlib.sha256)
    return mac.hexdigest()[:TAG_HEX]


def sign(secret: str, purpose: str, value: str, limit: int) -> str:
    """``value~tag``, the value shortened so that the whole fits in ``limit`` characters."""
    value = value[: max(0, limit - TAG_HEX - len(SEPARATOR))]
    return f"{value}{SEPARATOR}{tag(secret, purpose, value)}"


def verify(secret: str, purpose: str, signed: object) -> str | None:
    """The value, when ``signed`` is a value this secret signed for this purpose; otherwise None."""
    if not isinstance(signed, str) or SEPARATOR not in signed:
        return None
    value, _, got = signed.rpartition(SEPARATOR)
    return value if hmac.compare_digest(got, tag(secret, purpose, value)) else None
