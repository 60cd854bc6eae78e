"""The assistant pane's pieces: prompts drawn from the content, the greeting, the title, native feedback buttons."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml

from bot.content.models import Content
from bot.engine.answer import Answerer
from bot.ui import assistant as pane
from bot.ui import cards, render

MANIFEST = Path(__file__).resolve().parents[2] / "manifest.yml"
NOW = __import__("datetime").datetime(2026, 6, 20, 14, 0, tzinfo=__import__("datetime").timezone.utc)


def test_prompts_follow_the_content(real_content: Content) -> None:
    questions = pane.prompt_questions(real_content)
    lead = next(e for e in real_content.provisions() if e.yes_no)
    assert questions[0].lower() == lead.yes_no[0].q.lower(), "first: what the leading provision settles (is it mandatory)"
    assert questions[1] == pane.DEADLINES_PROMPT
    others = [e.examples[0].lower() for e in real_content.provisions() if e is not lead and e.examples]
    assert [q.lower() for q in questions[2:]] == others[: pane.MAX_PROMPTS - 2]
    assert len(questions) == pane.MAX_PROMPTS == 4
    assert all(q[0].isupper() for q in questions)


def test_every_prompt_is_answered_by_the_engine(real_content: Content, answerer: Answerer) -> None:
    for prompt in pane.suggested_prompts(real_content):
        answer = answerer.answer(prompt["message"], NOW)
        assert answer.answered and answer.kind != "smalltalk", prompt
        assert len(prompt["title"]) <= render.BUTTON_TEXT_LIMIT


def test_the_manifest_prompts_are_the_content_prompts_and_are_answered(real_content: Content, answerer: Answerer) -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    view = manifest["features"]["assistant_view"]
    assert view["assistant_description"]
    assert [p["message"] for p in view["suggested_prompts"]] == pane.prompt_questions(real_content)
    assert "assistant:write" in manifest["oauth_config"]["scopes"]["bot"]
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    assert {"assistant_thread_started", "assistant_thread_context_changed", "message.im"} <= set(events)


def test_prompts_without_yes_no_questions_or_deadlines(real_content: Content) -> None:
    entries = {k: e.model_copy(update={"yes_no": []}) for k, e in real_content.entries.items()}
    bare = dataclasses.replace(real_content, entries=entries, deadlines={})
    questions = pane.prompt_questions(bare)
    assert pane.DEADLINES_PROMPT not in questions
    assert questions == [e.examples[0][:1].upper() + e.examples[0][1:] for e in bare.provisions() if e.examples][:4]


def test_repeated_questions_are_suggested_once(real_content: Content) -> None:
    same = "what does the order do?"
    entries = {k: e.model_copy(update={"examples": [same], "yes_no": []}) for k, e in real_content.entries.items()}
    assert pane.prompt_questions(dataclasses.replace(real_content, entries=entries)) == [
        pane.DEADLINES_PROMPT,
        "What does the order do?",
    ]


def test_greeting_is_escaped_and_names_the_order(real_content: Content) -> None:
    order = real_content.order.model_copy(update={"short_name": "<!channel> order & co"})
    reply = pane.greeting(dataclasses.replace(real_content, order=order))
    assert "&lt;!channel&gt; order &amp; co" in reply.text and "<!channel>" not in json.dumps(reply.blocks)


def test_title_is_the_first_question_clipped() -> None:
    assert pane.thread_title("  when is the\nbenchmark due? ") == "when is the benchmark due?"
    long = pane.thread_title("why " * 100)
    assert len(long) == pane.TITLE_LIMIT and long.endswith("…")


def answer_reply(real_content: Content, answerer: Answerer, question: str) -> render.Reply:
    return cards.answer_reply(answerer.answer(question, NOW), real_content, question, f"ask {question}", shareable=False)


def test_native_feedback_replaces_the_classic_buttons_and_maps_back(real_content: Content, answerer: Answerer) -> None:
    classic = answer_reply(real_content, answerer, "who runs the clearinghouse?")
    value = next(
        e["value"]
        for b in classic.blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == render.ACTION_HELPFUL
    )
    native = pane.with_native_feedback(classic)
    assert native.blocks[-1]["type"] == "context_actions"
    element = native.blocks[-1]["elements"][0]
    assert element["type"] == "feedback_buttons" and element["action_id"] == pane.ACTION_FEEDBACK
    kept = [e["action_id"] for b in native.blocks if b["type"] == "actions" for e in b["elements"]]
    assert kept == [render.ACTION_SHOW, render.ACTION_SOURCES], "Show full provision and Sources stay; only feedback moves"
    up = pane.classic_feedback({"action_id": pane.ACTION_FEEDBACK, "value": element["positive_button"]["value"]})
    down = pane.classic_feedback({"action_id": pane.ACTION_FEEDBACK, "value": element["negative_button"]["value"]})
    assert up == {"action_id": render.ACTION_HELPFUL, "value": value, "type": "button"}
    assert down == {"action_id": render.ACTION_NOT_HELPFUL, "value": value, "type": "button"}


def test_a_decline_keeps_its_suggestions_and_gets_native_feedback(real_content: Content, answerer: Answerer) -> None:
    declined = answer_reply(real_content, answerer, "write me a poem about tariffs")
    native = pane.with_native_feedback(declined)
    assert native.blocks[-1]["type"] == "context_actions"
    assert render.ACTION_HELPFUL not in json.dumps(native.blocks)


def test_replies_without_feedback_or_with_too_long_a_value_are_unchanged() -> None:
    plain = cards.notice("hello")
    assert pane.with_native_feedback(plain) is plain
    full = "x" * render.BUTTON_VALUE_LIMIT
    long = render.Reply(
        "t",
        [render.actions(render.button("👍", render.ACTION_HELPFUL, full), render.button("👎", render.ACTION_NOT_HELPFUL, full))],
    )
    assert pane.with_native_feedback(long) is long


@pytest.mark.parametrize("value", [None, "", "x{}", 7, "*{}"])
def test_values_this_bot_never_rendered_map_to_nothing(value: object) -> None:
    assert pane.classic_feedback({"action_id": pane.ACTION_FEEDBACK, "value": value}) is None
