"""Question shapes real users type: small talk, 'what is this', deadline status, who must take part,
penalties, long rambling questions, and things the reports never say. Phrasings are our own."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from bot.content.loader import load_content
from bot.engine.answer import Answer
from bot.engine.smalltalk import classify
from bot.ui import cards

UTC = dt.timezone.utc
JUNE = dt.datetime(2026, 6, 20, 15, tzinfo=UTC)  # before every deadline
AUTUMN = dt.datetime(2026, 10, 1, 9, tzinfo=UTC)  # after every deadline


@pytest.mark.parametrize("question", ["hiya!", "Good morning team", "yo", "hey there :wave:"])
def test_greetings_get_an_intro_with_examples(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.kind == "smalltalk" and answer.answered and not answer.provisions
    assert "executive order" in answer.text and len(answer.suggestions) == 3
    assert all(s in answer.text for s in answer.suggestions)


@pytest.mark.parametrize(
    "question",
    [
        "how does this work?",
        "what sort of questions can I ask",
        "who are you",
        "halp",
        "good afternoon, what topics can you answer?",
    ],
)
def test_help_requests_get_the_intro(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.kind == "smalltalk" and "deadlines" in answer.text


@pytest.mark.parametrize("question", ["thx", "cheers!", "ok great, thank you so much", "thanks, that was super useful"])
def test_thanks_get_youre_welcome(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.kind == "smalltalk" and answer.headline.startswith("You're welcome")


def test_a_greeting_with_a_question_answers_the_question(answerer):
    answer = answerer.answer("hello! who leads the clearinghouse?", JUNE)
    assert answer.kind == "answer" and "Treasury" in answer.text
    assert classify("thanks but when are the BODs due") is None


def test_kind_is_derived_for_old_callers():
    assert Answer(answered=True, headline="h", text="h").kind == "answer"
    assert Answer(answered=False, headline="h", text="h").kind == "decline"


def test_smalltalk_card_has_text_and_suggestion_buttons_but_no_sources(answerer):
    answer = answerer.answer("hi <there>", JUNE)
    reply = cards.answer_reply(answer, load_content(), "hi", "ask hi", shareable=False)
    blob = json.dumps(reply.blocks)
    assert "Sources" not in blob and "Provisions" not in blob and "eo-bot" in blob
    buttons = [e["value"] for b in reply.blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == answer.suggestions


@pytest.mark.parametrize(
    "question",
    [
        "give me the rundown",
        "what's this order about",
        "what's it all about, in a nutshell",
        "can you sum up the EO",
        "what is it?",
    ],
)
def test_overview_questions_get_the_order_at_a_glance(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and re.search(r"voluntar", answer.text) and re.search(r"30 days", answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "now", "pattern"),
    [
        ("are the sixty day deadlines over yet", JUNE, r"none has passed yet.*42 days left"),
        ("has the 60-day clock run out", AUTUMN, r"both have passed"),
        ("is the treasury clearinghouse late?", AUTUMN, r"passed \d+ days ago"),
        ("days remaining for the NSS directives?", JUNE, r"12 days left"),
        ("what's coming up next", JUNE, r"next due: .*July 2, 2026 \(12 days left\)"),
    ],
)
def test_status_questions_say_where_deadlines_stand(answerer, question, now, pattern):
    answer = answerer.answer(question, now)
    assert answer.answered and re.search(pattern, answer.text, re.S), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "are hospitals obligated to take part?",
        "does this apply to us, we run a utility",
        "is this relevant for banks",
        "do AI startups have to send their models in",
    ],
)
def test_who_must_take_part_is_answered_as_voluntary(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and "voluntary" in answer.text.lower(), answer.text
    assert not re.search(r"\bis mandatory\b|must participate|required to participate", answer.text)


def test_sector_questions_add_what_the_reports_say_about_the_sector(answerer):
    answer = answerer.answer("is any of this mandatory for banks", JUNE)
    assert "clearinghouse" in answer.provisions and re.search(r"critical-infrastructure|critical infrastructure", answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "what are the consequences if we sit it out",
        "any sanctions for a lab that says no?",
        "do we get punished if we don't hand over our model",
    ],
)
def test_penalty_questions_say_the_reports_name_none(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and "declining-participation" in answer.provisions, answer.text
    assert "voluntary" in answer.text and "do not say" in answer.text


def test_fine_amounts_are_declined_with_the_reason(answerer):
    answer = answerer.answer("how big are the fines for labs that skip the review", JUNE)
    assert not answer.answered and "no fines" in answer.headline and "voluntary" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "does GPT-5 count as a covered frontier model",
        "is llama covered?",
        "which particular models have been vetted",
        "will Microsoft opt in to the review?",
        "what does texas law say about AI models",
    ],
)
def test_names_the_reports_never_give_are_declined(answerer, question):
    assert not answerer.answer(question, JUNE).answered


@pytest.mark.parametrize(
    ("question", "provision"),
    [
        (
            "Hi, I'm on the security team at a mid-size hospital network. My manager asked me to put together a short memo "
            "for the board by friday. Honestly we're confused: who is actually running this new AI vulnerability clearinghouse?",
            "clearinghouse",
        ),
        (
            "quick context: I'm a GC at a small model developer, we ship a new model every quarter, and our CTO keeps hearing "
            "different things. Can the government actually block one of our releases under this order?",
            "no-licensing",
        ),
        (
            "sorry for the long message, my colleague mentioned something in a meeting and I'm trying to understand it: "
            "what did the Justice Department get told to prioritize?",
            "doj-enforcement",
        ),
    ],
)
def test_long_rambling_questions_still_find_the_topic(answerer, question, provision):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and provision in answer.provisions, (answer.provisions, answer.text[:200])


def test_when_questions_prefer_the_entry_that_dates_the_event(answerer):
    assert "April" in answerer.answer("when was Claude Mythos unveiled by Anthropic", JUNE).text


def test_asked_for_quotes_are_shown(answerer):
    answer = answerer.answer("what were trump's exact words about china when he called off the event", JUNE)
    assert "leading China" in answer.text


def test_what_if_we_do_not_take_part_stays_the_open_question(answerer):
    answer = answerer.answer("what would happen to us if we don't participate?", JUNE)
    assert answer.provisions[0] == "declining-participation", answer.provisions
