"""Block Kit builders. Every piece of text that reaches Slack goes through :func:`escape`.

Escaping ``&``, ``<`` and ``>`` means no text (a question, an answer, a content entry) can
become a ``<!channel>``/``<!here>``/``<@U…>`` mention or a ``<url|label>`` link; only the
builders here add Slack markup, and only with ids they validated. Limits follow Slack's
Block Kit reference (section text 3000, button value 2000, button text 75, context 10 items).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

SECTION_LIMIT = 3000
BUTTON_VALUE_LIMIT = 2000
BUTTON_TEXT_LIMIT = 75
FALLBACK_LIMIT = 3000
CONTEXT_ITEMS_LIMIT = 10

ACTION_SHOW = "eo_show_provision"
ACTION_SHARE = "eo_share"
ACTION_HELPFUL = "eo_feedback_helpful"
ACTION_NOT_HELPFUL = "eo_feedback_not_helpful"
ACTION_SUGGEST = "eo_suggestion"
ACTION_SOURCES = "eo_sources"

_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,30}$")
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")

Block = dict[str, Any]
_JSON = json.JSONEncoder(separators=(",", ":"))  # one encoder: json.dumps builds a new one per call


def escape(text: object) -> str:
    """Slack's three control characters as entities (https://api.slack.com/reference/surfaces/formatting)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """Cut already-escaped text to ``limit`` characters without splitting an entity."""
    if len(text) <= limit:
        return text
    return _PARTIAL_ENTITY.sub("", text[: limit - 1]) + "…"


def mention(user_id: str | None) -> str:
    """A user mention, only for a well-formed Slack user id (else a neutral word)."""
    return f"<@{user_id}>" if user_id and _USER_ID.match(user_id) else "someone"


def channel_mention(channel_id: str | None) -> str:
    """A channel link for a well-formed channel id (Slack shows private channels only to their members);
    a DM is "your direct messages with me"."""
    if channel_id and _CHANNEL_ID.match(channel_id):
        return f"<#{channel_id}>"
    if channel_id and channel_id.startswith("D"):
        return "your direct messages with me"
    return "a channel"


@dataclass
class Reply:
    """A message: fallback text (notifications, screen readers) plus blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    response_type: str = "ephemeral"

    def message(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}

    def ack(self) -> dict[str, Any]:
        return {"response_type": self.response_type, "text": self.text, "blocks": self.blocks}

    def ack_bytes(self) -> bytes:
        """The acknowledgement as compact JSON bytes (what a slash command's HTTP answer carries)."""
        return _JSON.encode(self.ack()).encode()


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(mrkdwn, SECTION_LIMIT), "verbatim": True}}


def sections(mrkdwn: str, limit: int = SECTION_LIMIT) -> list[Block]:
    """Long text as several sections, split between lines, so nothing is clipped (a single over-long line still is)."""
    chunks: list[str] = []
    for line in mrkdwn.split("\n"):
        if chunks and len(chunks[-1]) + 1 + len(line) <= limit:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
    return [section(chunk) for chunk in chunks if chunk.strip()]


def context(*items: str) -> Block:
    elements = [{"type": "mrkdwn", "text": clip(item, SECTION_LIMIT), "verbatim": True} for item in items if item]
    return {"type": "context", "elements": elements[:CONTEXT_ITEMS_LIMIT]}


def divider() -> Block:
    return {"type": "divider"}


def header(plain: str) -> Block:
    """Header for fixed labels only (plain_text is not escaped by Slack)."""
    return {"type": "header", "text": {"type": "plain_text", "text": plain[:150], "emoji": True}}


def button(label: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label[:BUTTON_TEXT_LIMIT], "emoji": True},
        "action_id": action_id,
        "value": value[:BUTTON_VALUE_LIMIT],
    }
    if style:
        element["style"] = style
    return element


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": [e for e in elements if e][:25]}
    if block_id:
        block["block_id"] = block_id
    return block


def fallback(*parts: str) -> str:
    """Plain fallback ``text`` built from already-escaped parts."""
    return clip(" ".join(p for p in parts if p).strip(), FALLBACK_LIMIT)


def feedback_value(ref: str, provisions: Iterable[str] = ()) -> str:
    """Compact JSON with what the feedback is about, within the button value limit."""
    ids = [str(i)[:100] for i in list(provisions)[:5]]
    ref = ref[:BUTTON_VALUE_LIMIT]
    value = json.dumps({"r": ref, "p": ids})
    while len(value) > BUTTON_VALUE_LIMIT:  # non-ASCII text grows when encoded: cut until the JSON fits whole
        ref = ref[: len(ref) - max(1, (len(value) - BUTTON_VALUE_LIMIT) // 12)]
        value = json.dumps({"r": ref, "p": ids})
    return value


def feedback_buttons(ref: str, provisions: Iterable[str] = ()) -> list[Block]:
    value = feedback_value(ref, provisions)
    return [
        button("👍 Helpful", ACTION_HELPFUL, value),
        button("👎 Not helpful", ACTION_NOT_HELPFUL, value),
    ]


def sources_value(groups: Iterable[Sequence[str]]) -> str:
    """Statement keys per answer line, ``k1,k2|k3``: whole lines only, within the button value limit. Not signed: a
    click only shows the content's own evidence for the keys it names, and unknown keys are ignored."""
    value = ""
    for keys in groups:
        part = ",".join(keys)
        if not part:
            continue
        candidate = f"{value}|{part}" if value else part
        if len(candidate) > BUTTON_VALUE_LIMIT:
            break
        value = candidate
    return value


def sources_button(groups: Iterable[Sequence[str]]) -> Block:
    value = sources_value(groups)
    return button("Sources", ACTION_SOURCES, value) if value else {}


def share_button(ref: str) -> Block:
    return button("Share in channel", ACTION_SHARE, ref, style="primary")
