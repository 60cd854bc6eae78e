"""Turn what a user typed in Slack into a plain question, or say plainly why not.

Slack sends text with its own markup (``&lt;``, ``<@U123>``, ``<https://x|label>``); the
answerer wants plain words. Rendering escapes everything again on the way out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.engine.index import MAX_QUESTION_CHARS  # noqa: E402  one limit for every surface and the engine

_LINK = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Cleaned:
    text: str
    problem: str | None = None  # a friendly, already-escaped sentence when the input is unusable


def _link_text(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if label:
        return label
    if target.startswith(("@", "!", "#")):
        return ""  # bare user/channel/special mentions carry no words
    return target


def slack_to_plain(text: str) -> str:
    """``<https://x|label>`` -> ``label``, mentions dropped, entities decoded."""
    text = _LINK.sub(_link_text, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    good = sum(1 for c in text if c.isprintable() or c in "\n\t")
    return good / len(text)


def clean_question(raw: str) -> Cleaned:
    """Plain, single-spaced text, or a reason the bot cannot use it."""
    plain = raw.isprintable()  # the common case, checked at C speed
    if not plain and ("\x00" in raw or _printable_ratio(raw) < 0.8):
        return Cleaned("", "That looks like binary data, not a question. Please ask in plain words.")
    text = slack_to_plain(raw)
    if not plain:
        text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\n\t")
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_QUESTION_CHARS:
        return Cleaned(
            "",
            f"That message is {len(text):,} characters long. "
            f"Please ask a shorter question (under {MAX_QUESTION_CHARS:,} characters).",
        )
    return Cleaned(text)
