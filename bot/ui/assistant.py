"""What the bot shows in Slack's assistant pane: the greeting, the suggested prompts, native feedback buttons.

The prompts come from the content, not from a list kept here, so they follow the content: the first yes/no
question the leading provision settles (for this order: whether the review is voluntary), the deadlines (a listing
the engine computes from ``deadlines.yaml``), then the first example question of each next provision in the
content's order (who decides which models are covered, who writes the benchmark), up to Slack's four.

Answers in the pane carry Slack's native feedback buttons (a ``context_actions`` block with a ``feedback_buttons``
element) instead of the classic helpful / not-helpful buttons. Both buttons of that element share one action id, so
each value is the classic button's value with the verdict in front (``+`` or ``-``); :func:`classic_feedback` turns
a click back into the classic button's action, so one feedback handler serves both kinds.
"""

from __future__ import annotations

from typing import Any

from bot.content.models import Content
from bot.ui.render import (
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    BUTTON_TEXT_LIMIT,
    BUTTON_VALUE_LIMIT,
    Block,
    Reply,
    escape,
    fallback,
    section,
)

ACTION_FEEDBACK = "eo_feedback"  # the native feedback_buttons element
MAX_PROMPTS = 4  # Slack shows up to four suggested prompts
PROMPTS_TITLE = "Questions people ask"
STATUS = "Looking that up in the reports…"
TITLE_LIMIT = 80  # characters of the first question kept as the thread's title
DEADLINES_PROMPT = "What is due, and when?"
_VERDICT_PREFIX = {ACTION_HELPFUL: "+", ACTION_NOT_HELPFUL: "-"}
_PREFIX_ACTION = {prefix: action for action, prefix in _VERDICT_PREFIX.items()}


def _sentence(question: str) -> str:
    question = " ".join(question.split())
    return question[:1].upper() + question[1:]


def prompt_questions(content: Content) -> list[str]:
    """The suggested questions, most needed first (see the module docstring), without repeats."""
    provisions = content.provisions()
    lead = next((e for e in provisions if e.yes_no), None)
    picks = [lead.yes_no[0].q] if lead else []
    if content.deadlines:
        picks.append(DEADLINES_PROMPT)
    picks += [e.examples[0] for e in provisions if e is not lead and e.examples]
    out: list[str] = []
    for question in (_sentence(q) for q in picks):
        if question and question.lower() not in {q.lower() for q in out}:
            out.append(question)
    return out[:MAX_PROMPTS]


def suggested_prompts(content: Content) -> list[dict[str, str]]:
    """``assistant.threads.setSuggestedPrompts`` prompts: the title is what the chip shows, the message what is asked."""
    return [{"title": q[:BUTTON_TEXT_LIMIT], "message": q} for q in prompt_questions(content)]


def greeting(content: Content) -> Reply:
    text = (
        f"Hi! I answer questions about the {content.order.short_name} from the news reports that covered it, "
        "and I cite them. Pick a question below or ask your own; follow-ups in this thread are read with what you "
        "asked before."
    )
    return Reply(fallback(escape(text)), [section(escape(text))])


def thread_title(question: str) -> str:
    """The thread's title from its first question (plain text: Slack shows titles as they are)."""
    text = " ".join(question.split())
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1].rstrip() + "…"


def native_feedback(helpful: str, not_helpful: str) -> Block:
    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": ACTION_FEEDBACK,
                "positive_button": {
                    "text": {"type": "plain_text", "text": "👍"},
                    "accessibility_label": "This answer was helpful",
                    "value": helpful,
                },
                "negative_button": {
                    "text": {"type": "plain_text", "text": "👎"},
                    "accessibility_label": "This answer was not helpful",
                    "value": not_helpful,
                },
            }
        ],
    }


def with_native_feedback(reply: Reply) -> Reply:
    """The reply with its helpful / not-helpful buttons replaced by native feedback buttons at its end.

    A reply without them is returned as it is; so is one whose button value would not fit with its prefix."""
    values: dict[str, str] = {}
    blocks: list[Block] = []
    for block in reply.blocks:
        if block.get("type") != "actions":
            blocks.append(block)
            continue
        kept = []
        for element in block.get("elements", []):
            action = element.get("action_id")
            if action in _VERDICT_PREFIX and isinstance(element.get("value"), str):
                values[action] = _VERDICT_PREFIX[action] + element["value"]
            else:
                kept.append(element)
        if kept:
            blocks.append({**block, "elements": kept})
    if set(values) != set(_VERDICT_PREFIX) or any(len(v) > BUTTON_VALUE_LIMIT for v in values.values()):
        return reply
    blocks.append(native_feedback(values[ACTION_HELPFUL], values[ACTION_NOT_HELPFUL]))
    return Reply(reply.text, blocks, reply.response_type)


def classic_feedback(action: dict[str, Any]) -> dict[str, Any] | None:
    """A native feedback click as the classic button click it stands for (its action id and unprefixed value);
    None for a value this bot never rendered."""
    value = action.get("value")
    if not isinstance(value, str) or value[:1] not in _PREFIX_ACTION:
        return None
    return {**action, "type": "button", "action_id": _PREFIX_ACTION[value[0]], "value": value[1:]}
