"""Common false premises are corrected in the first words: a law Congress passed, a licence, every model reviewed."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Answerer
from bot.engine.premises import CONGRESS_LEAD, EVERY_LEAD, LICENCE_LEAD

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did congress pass the new AI law?? my teacher mentioned it", CONGRESS_LEAD),
        ("wait congress passed an AI safety law?? when did that happen", CONGRESS_LEAD),
        ("so now companies need a government license before they put out an AI right?", LICENCE_LEAD),
        ("So the EO makes the NSA the licensing authority for frontier models, correct?", LICENCE_LEAD),
        ("does the government check every single app now?? like tiktok", EVERY_LEAD),
        ("scope check: is this every LLM release or only certain models?", EVERY_LEAD),
    ],
)
def test_the_premise_is_corrected_first(answerer: Answerer, question: str, lead: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.rule == "false-premise" and a.headline.startswith(lead)
    assert a.citations  # the entry's lines after the lead are traced to their statements


@pytest.mark.parametrize(
    "question",
    [
        "did congress pass the hawley bill yet?",  # a bill's status: not in the reports
        "Can you give me the verbatim line from the order about licensing?",  # the text, not a premise
        "what did sacks say about licensing?",
        "my boss says the government gets 90 days to review each model - is that right?",  # the day count is corrected
    ],
)
def test_other_questions_with_the_same_words_are_not_corrected_so(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule != "false-premise"


def test_a_ninety_day_claim_about_every_model_corrects_the_number(answerer: Answerer) -> None:
    a = answerer.answer("my boss says the government gets 90 days to review each model - is that right?", NOW)
    assert a.headline.startswith("No: 30 days")
