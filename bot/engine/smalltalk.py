"""Conversational turns that are not questions about the order: greetings, requests for help, thanks.

They get a friendly reply of their own (``Answer.kind == "smalltalk"``) instead of a decline.
A message counts as small talk only when nothing but such words is in it: "hi, when is the
clearinghouse due?" is a question about the order, not a greeting.
"""

from __future__ import annotations

import re
from typing import Literal

Talk = Literal["greeting", "help", "thanks", "bye"]

_NAME = r"(?:\s+(?:there|all|everyone|team|folks|guys|bot|eo ?bot|friend))?"
_GREETING = rf"(?:hi+|hello+|hey+|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|sup|what'?s up|hola){_NAME}"
_HELP = (
    r"(?:help|help me|h[ae]lp|halp|usage|commands|menu|start|get started|getting started|how does this work|how do (?:i|you) use (?:this|you|it)"
    r"|how do you work|what (?:can|do|should|could) (?:i|we) ask(?: you)?(?: about)?|what (?:can|do) you (?:do|answer|know|cover|help with)"
    r"|what (?:questions|things|topics) can (?:i|we|you) (?:ask|answer)(?: you)?(?: about)?|what (?:kind|sort|type)s? of questions(?: can (?:i|you) (?:ask|answer))?"
    r"|who are you|what are you|are you a bot|what is this bot|what'?s this bot|what do you do|how can you help(?: me)?|can you help(?: me)?|what are (?:my|the) options)"
)
_THANKS = (
    r"(?:(?:ok(?:ay)?|great|cool|perfect|awesome|nice|got it|that helps|that'?s helpful|very helpful|helpful)[ ,!.]*)*"
    r"(?:thanks+|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it|thanks a lot|many thanks)"
    r"(?: (?:so|very) much| a lot| again| for (?:the|your) help| for that)?"
    r"(?:[ ,!.]*(?:that|this|it)(?:'s| is| was) (?:really |very |super |so )?(?:helpful|useful|great|perfect|clear|what i needed))?"
)
_BYE = r"(?:bye|goodbye|see ya|see you|later|cya|good night)"
_PATTERNS: list[tuple[Talk, re.Pattern[str]]] = [
    ("help", re.compile(rf"(?:{_GREETING}[ ,!.]*)?{_HELP}(?: please| pls)?")),
    ("greeting", re.compile(rf"{_GREETING}(?:[ ,!.]*how are you(?: doing)?)?")),
    ("thanks", re.compile(rf"{_THANKS}(?:[ ,!.]*{_BYE})?")),
    ("bye", re.compile(_BYE)),
]


def normalise(text: str) -> str:
    """Lower case, punctuation and emoji reduced to single spaces (apostrophes kept)."""
    text = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("\u2019", "'"))
    return " ".join(text.split())


# Loose markers: a message with one of these and no topic the index knows is small talk too
# ("morning! first time here, what kind of stuff should i ask you").
_LOOSE: list[tuple[Talk, re.Pattern[str]]] = [
    (
        "help",
        re.compile(
            r"\b(what (?:kind|sort|type)s? of (?:stuff|things|questions)|what (?:should|can|could) (?:i|we) ask"
            r"|what can you (?:do|answer|help)|how (?:do i|to) use (?:this|you)|first time using|new here)\b"
        ),
    ),
    ("thanks", re.compile(r"\b(thanks|thank you|thx|cheers|appreciate it)\b")),
    ("greeting", re.compile(rf"^{_GREETING}\b")),
]


# After the thanks, a request of another kind ("ok thanks, now translate my grocery list"): not small talk.
_ANOTHER_REQUEST = re.compile(r"\b(now|can you|could you|would you|please|tell me|give me|show me|write|translate|make|find)\b")


def loose(text: str) -> Talk | None:
    """The small-talk kind a message leans to, for messages that name no topic of the order."""
    plain = normalise(text)
    for kind, pattern in _LOOSE:
        found = pattern.search(plain)
        if found:
            rest = plain[found.end() :]
            return None if kind == "thanks" and _ANOTHER_REQUEST.search(rest) else kind
    return None


def classify(text: str) -> Talk | None:
    """The kind of conversational turn ``text`` is, or None when it asks something else."""
    plain = normalise(text)
    if not plain or len(plain) > 80:
        return None
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(plain):
            return kind
    return None
