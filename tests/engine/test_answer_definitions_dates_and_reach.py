"""Question classes found by the lead engineer (round 3): definitions, key dates, window limits, reversals,
reach abroad and lawsuits. Every question here is our own phrasing, never a test set's wording."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.content.loader import load_content
from bot.engine.definitions import Definitions
from bot.engine.patterns import ci

LATE = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
JUNE = dt.datetime(2026, 6, 20, 15, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("question", "expansion", "entry"),
    [
        ("BOD = ?? what's that short for", None, None),
        ("what do the letters BOD mean", "binding operational directive", "cisa-bods"),
        ("whats a BOD?", "binding operational directive", "cisa-bods"),
        ("CISA stands for what exactly", None, None),
        ("define CISA", "Cybersecurity and Infrastructure Security Agency", "cisa-bods"),
        ("what is the NSA?", "National Security Agency", None),
        ("what does OPM stand for", "Office of Personnel Management", "opm-hiring"),
    ],
)
def test_abbreviation_questions_are_expanded_with_the_provision(answerer, question, expansion, entry):
    answer = answerer.answer(question, LATE)
    assert answer.answered, answer.text
    if expansion:
        assert answer.headline.endswith(f"stands for {expansion}."), answer.headline
    if entry:
        assert entry in answer.provisions, answer.provisions


def test_only_long_forms_the_reports_use_are_expanded():
    table = Definitions(load_content()).table
    assert table["cisa"].long == "Cybersecurity and Infrastructure Security Agency"
    assert "dhs" not in table  # the reports never write "Department of Homeland Security"
    assert Definitions(load_content()).asked("what does DFARS stand for") is None


def test_role_questions_are_not_definitions(answerer):
    answer = answerer.answer("what does CISA have to do under the order?", LATE)
    assert "stands for" not in answer.text and "cisa-bods" in answer.provisions


@pytest.mark.parametrize(
    "question",
    [
        "what are the important dates here",
        "give me a chronology of events",
        "which dates should go in our calendar?",
        "how did it all unfold from Mythos to signing",
    ],
)
def test_key_dates_list_events_signing_and_deadlines(answerer, question):
    answer = answerer.answer(question, LATE)
    assert answer.answered, answer.text
    for needle in ["April", "May 21", "June 2, 2026", "inferred", "July 2, 2026", "August 1, 2026", "passed"]:
        assert needle in answer.text, (needle, answer.text)
    assert answer.text.index("April") < answer.text.index("May 21") < answer.text.index("July 2, 2026")


def test_timeline_of_one_topic_is_that_deadline(answerer):
    answer = answerer.answer("what's the timeline on the clearinghouse?", JUNE)
    assert answer.provisions[:1] == ["clearinghouse"] and "July 2, 2026" in answer.headline, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is 30 days the upper limit or the floor for the review?",
        "can the government hold a model for at least 30 days or at most?",
    ],
)
def test_review_window_is_a_maximum(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and answer.provisions[:1] == ["voluntary-review"], answer.text
    assert "up to 30 days" in answer.headline and not re.search(r"at least 30|minimum of 30", answer.text)


@pytest.mark.parametrize(
    "question", ["what made trump reverse course and sign it after all?", "why the change of heart on the order after May?"]
)
def test_why_the_reversal_gives_revival_and_compromise(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered, answer.text
    assert "order-revival" in answer.provisions, answer.provisions
    assert re.search(r"Wiles|Bessent|Cairncross", answer.text) and "30 days" in answer.text and "90" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "does the order cover labs based overseas?",
        "do foreign companies have to take part?",
        "is it relevant for non-US developers",
    ],
)
def test_reach_abroad_is_declined(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert not answer.answered and "outside the U.S." in answer.headline, answer.text


@pytest.mark.parametrize("question", ["did any company sue over the order?", "is there litigation against the EO yet"])
def test_lawsuits_against_the_order_are_declined(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert not answer.answered, answer.text


def test_anthropic_pentagon_dispute_still_answered(answerer):
    answer = answerer.answer("what is Anthropic's legal fight with the Pentagon about?", JUNE)
    assert answer.answered and "anthropic-pentagon-dispute" in answer.provisions, answer.text


@pytest.mark.parametrize(
    "question", ["what's the libertarian guy's objection to it?", "what's the Cato complaint about the order"]
)
def test_objections_are_reactions(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.provisions[:1] == ["londono-cato"], answer.text


def test_case_insensitive_patterns_must_be_written_in_lower_case():
    assert ci(r"\bcisa\b").search("What is CISA?")
    assert ci(r"\bcisa\b").sub("X", "CISA and cisa") == "X and X"
    with pytest.raises(ValueError):
        ci(r"\bCISA\b")
