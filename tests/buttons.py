"""Button values as the bot renders them, for tests that click."""

from __future__ import annotations

from bot.command_table import SHARE_PURPOSE
from bot.core.signing import sign
from bot.ui.render import BUTTON_VALUE_LIMIT

TEST_SIGNING_SECRET = "0123456789abcdef0123456789abcdef"  # the suite's app signing secret (tests/conftest.py)


def share_value(command: str, secret: str = TEST_SIGNING_SECRET) -> str:
    """The value the bot puts on a Share button for ``command`` (signed with the app's signing secret)."""
    return sign(secret, SHARE_PURPOSE, command, BUTTON_VALUE_LIMIT)
