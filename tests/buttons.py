"""Button values as the bot renders them, for tests that click."""

from __future__ import annotations

from bot.command_table import SHARE_PURPOSE
from bot.core.signing import sign
from bot.ui.render import BUTTON_VALUE_LIMIT

TEST_SIGNING_SECRET = "0123456789abcdef0123456789abcdef"  # the suite's app signing secret (tests/conftest.py)


def share_value(command: str, secret: str = TEST_SIGNING_SECRET) -> str:
    """The value the bot puts on a Share button for ``command`` (signed with the app's signing secret)."""
    return sign(secret, SHARE_PURPOSE, command, BUTTON_VALUE_LIMIT)


def feedback_value(
    ref: str, text: str = "", rule: str = "retrieval", provisions: tuple[str, ...] = (), secret: str = TEST_SIGNING_SECRET
) -> str:
    """A feedback button's value as the bot seals it (see bot.feedback.tokens) for an answer to ``ref``."""
    from bot.feedback.tokens import AnswerRecord, seal

    return seal(secret, AnswerRecord(ref, text, rule, provisions), BUTTON_VALUE_LIMIT)
