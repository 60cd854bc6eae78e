"""The one normaliser: what a user typed in Slack -> the plain question every surface and the engine read.

* :func:`clean_question` (the surfaces: /eo, DMs, mentions, buttons) turns Slack's markup into plain text
  (``&lt;`` -> ``<``, ``<@U123>`` dropped, ``<https://x|label>`` -> ``label``) or says plainly why the input is
  unusable (binary data, over :data:`MAX_QUESTION_CHARS`).
* :func:`clean` (the engine) strips what is left for matching: markup, mentions, emoji codes, control characters,
  typographic quotes. Both share the one length limit. Rendering escapes everything again on the way out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


MAX_QUESTION_CHARS = 1000  # the one limit for every surface and the engine

_SLACK_LINK = re.compile(r"<(https?://|mailto:)[^|>]*\|([^>]*)>")
_SLACK_BARE_LINK = re.compile(r"<(?:https?://|mailto:)[^>]*>")
_SLACK_CHANNEL = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")
_SLACK_SPECIAL = re.compile(r"<!(channel|here|everyone)[^>]*>")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+\-']+:")
_MARKUP = re.compile(r"[*_~`]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """Slack message text -> plain text: markup, mentions, emoji codes and control chars removed."""
    text = text[: limit * 4]
    # Each step is skipped when the characters it acts on are absent (most questions are plain ASCII).
    if "<" in text:
        text = _SLACK_LINK.sub(r" \2 ", text)
        text = _SLACK_BARE_LINK.sub(" ", text)
        text = _SLACK_CHANNEL.sub(r" \1 ", text)
        text = _SLACK_SPECIAL.sub(r" @\1 ", text)
        text = _SLACK_MENTION.sub(" ", text)
    if ":" in text:
        text = _EMOJI_CODE.sub(" ", text)
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")  # Slack escapes typed < > &
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)
        text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    text = _MARKUP.sub(" ", text)
    return " ".join(text.split())[:limit]
