"""What a feedback button rates, sealed into its value, and the keyed hash that stands for the person who clicked.

A button's value comes back verbatim in the click, so it is signed (:mod:`bot.core.signing`, purpose ``feedback``):
a click can only rate an answer the bot rendered, never a question or rule someone typed into a forged value. The
value names the answer by a content hash (``answer_id``) and carries the command line and the entries it rested on;
the answer's text is recorded in the database under that id when it is given, so it never travels in the button.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.core.signing import SEPARATOR, TAG_HEX, sign, verify

PURPOSE = "feedback"
ID_HEX = 32
MAX_IDS = 10
ID_CHARS = 64
_ANSWER_ID = re.compile(rf"^[0-9a-f]{{{ID_HEX}}}$")
_LATEST_ACTION_S = Decimal(10) ** 11  # an action_ts beyond the year 5000 is not one Slack sent


@dataclass(frozen=True)
class AnswerRecord:
    """An answer as given: the command line that produced it (``ask QUESTION``, ``deadlines``, ``section 3``...),
    its text, the rule that answered (``Answer.rule``, or the subcommand) and the entries it rested on."""

    ref: str
    text: str
    rule: str
    provisions: tuple[str, ...]
    answered: bool = True

    @property
    def answer_id(self) -> str:
        parts = "\0".join([self.ref, self.rule, ",".join(self.provisions), self.text])
        return hashlib.sha256(parts.encode("utf-8", "surrogatepass")).hexdigest()[:ID_HEX]


@dataclass(frozen=True)
class Rated:
    """What a verified feedback value says the click rates."""

    answer_id: str
    ref: str
    rule: str
    provisions: tuple[str, ...]

    @property
    def question(self) -> str:
        return question_of(self.ref)


def question_of(ref: str) -> str:
    """The question asked: the command line without ``ask`` (a command such as ``deadlines`` as it is)."""
    return ref[4:] if ref.startswith("ask ") else ref


def _encode(answer_id: str, ref: str, rule: str, provisions: tuple[str, ...]) -> str:
    data = {"a": answer_id, "r": ref, "k": rule, "p": [p[:ID_CHARS] for p in provisions[:MAX_IDS]]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def seal(key: str, record: AnswerRecord, limit: int) -> str:
    """The signed button value for ``record``, within ``limit`` characters (a very long command line is shortened,
    never the JSON around it)."""
    room = limit - TAG_HEX - len(SEPARATOR)
    ref = record.ref
    body = _encode(record.answer_id, ref, record.rule, record.provisions)
    while len(body) > room and ref:
        ref = ref[: len(ref) - max(1, len(body) - room)]
        body = _encode(record.answer_id, ref, record.rule, record.provisions)
    return sign(key, PURPOSE, body, limit)


def unseal(key: str, value: object) -> Rated | None:
    """What a button value rates, when it is one this key sealed; None for anything else."""
    body = verify(key, PURPOSE, value)
    if body is None:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    answer_id, ref, rule, ids = data.get("a"), data.get("r"), data.get("k"), data.get("p")
    if not (isinstance(answer_id, str) and _ANSWER_ID.match(answer_id) and isinstance(ref, str) and isinstance(rule, str)):
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    return Rated(answer_id, ref, rule, tuple(ids))


def user_hash(key: str, user_id: str) -> str:
    """A keyed hash of a Slack user id: the same person is one row per answer, and the id itself is never stored."""
    return hmac.new(key.encode(), f"feedback-user\0{user_id}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def action_micros(action_ts: object, fallback: dt.datetime) -> int:
    """Slack's ``action_ts`` of a click ("1750000000.123456") in microseconds, the order in which clicks count;
    ``fallback`` (the bot's clock) when the payload has none that makes sense."""
    try:
        seconds = Decimal(str(action_ts)) if isinstance(action_ts, (str, int, float)) else None
    except InvalidOperation:
        seconds = None
    if seconds is None or not seconds.is_finite() or not 0 < seconds < _LATEST_ACTION_S:
        return int(fallback.timestamp() * 1_000_000)
    return int(seconds * 1_000_000)
