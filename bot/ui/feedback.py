"""Sealing a reply's feedback buttons: each gets a signed value naming the answer it rates (see bot.feedback.tokens).

The card builders put a placeholder on the buttons (:func:`bot.ui.render.feedback_value`: the command line and the
entries); this replaces it once the reply is built, as Share buttons are signed, and returns the record of the answer.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from bot.core.signing import SEPARATOR
from bot.engine.answer import Answer
from bot.feedback.tokens import AnswerRecord, seal, unseal
from bot.ui.render import ACTION_HELPFUL, ACTION_NOT_HELPFUL, BUTTON_VALUE_LIMIT, Block, Reply

FEEDBACK_ACTIONS = frozenset({ACTION_HELPFUL, ACTION_NOT_HELPFUL})


def feedback_elements(reply: Reply) -> Iterator[Block]:
    for block in reply.blocks:
        for element in block.get("elements", ()) if block.get("type") == "actions" else ():
            if element.get("action_id") in FEEDBACK_ACTIONS:
                yield element


def feedback_value_of(reply: Reply) -> str | None:
    """The (sealed) value on the reply's feedback buttons, for another surface's feedback control to carry."""
    return next((str(e.get("value")) for e in feedback_elements(reply)), None)


def _placeholder(value: object) -> tuple[str, tuple[str, ...]]:
    try:
        data: Any = json.loads(str(value))
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    ids = data.get("p")
    provisions = tuple(str(p) for p in ids) if isinstance(ids, list) else ()
    return str(data.get("r", "")), provisions


def unescape(mrkdwn: str) -> str:
    return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def reply_text(reply: Reply) -> str:
    """The plain text of a reply's sections (what a card other than an answer said)."""
    texts = [b["text"]["text"] for b in reply.blocks if b.get("type") == "section" and isinstance(b.get("text"), dict)]
    return unescape("\n".join(texts))


def seal_feedback_buttons(reply: Reply, key: str, answer: Answer | None) -> AnswerRecord | None:
    """Seal the reply's feedback buttons with ``key``; the record of what they rate (``answer`` when the reply is an
    answer, else the card itself: ``deadlines``, ``section 3``...), or None when the reply has no feedback buttons."""
    elements = list(feedback_elements(reply))
    if not elements:
        return None
    value = elements[0].get("value")
    if SEPARATOR in str(value) and unseal(key, value) is not None:
        return None  # sealed already
    ref, provisions = _placeholder(value)
    if answer is not None:
        record = AnswerRecord(ref, answer.text, answer.rule or str(answer.kind), tuple(answer.provisions), answer.answered)
    else:
        record = AnswerRecord(ref, reply_text(reply), ref.split(" ", 1)[0], provisions)
    sealed = seal(key, record, BUTTON_VALUE_LIMIT)
    for element in elements:
        element["value"] = sealed
    return record
