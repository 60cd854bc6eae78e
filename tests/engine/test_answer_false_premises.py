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


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("he signed it on a monday right? I remember a monday", "No, not a Monday: the order was signed on Tuesday, June 2"),
        ("trump signed it on a tuesday, yes?", "Yes: the order was signed on Tuesday, June 2"),
    ],
)
def test_a_weekday_claimed_for_the_signing_is_checked(answerer: Answerer, question: str, lead: str) -> None:
    assert answerer.answer(question, NOW).headline.startswith(lead)


@pytest.mark.parametrize("question", ["why now? like what made them do this", "why did the government do this?"])
def test_a_why_about_the_order_alone_gets_what_prompted_it(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.rule == "why-the-order" and "Mythos" in a.text


def test_a_why_about_something_in_the_order_is_retrieved(answerer: Answerer) -> None:
    a = answerer.answer("why is treasury involved?", NOW)
    assert a.answered and a.rule != "why-the-order"


def test_love_it_or_trash_it_asks_for_a_stance(answerer: Answerer) -> None:
    a = answerer.answer("did warner like it or hate it?", NOW)
    assert a.answered and a.provisions[0] == "warner-reaction"


@pytest.mark.parametrize(
    "question",
    [
        "what happens during the 45-day review",  # a count attached to the review is a claim about its length
        "why a 60 day vetting?",
        "a memo I saw says the feds get 90 days to look at a model ahead of launch. right number?",
    ],
)
def test_a_wrong_review_length_is_corrected_first(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.headline.startswith("No: 30 days") and a.provisions[0] == "voluntary-review"


def test_a_count_the_entry_gives_is_not_corrected(answerer: Answerer) -> None:
    a = answerer.answer("what happens in the 30-day review", NOW)
    assert a.answered and not a.headline.startswith("No") and a.provisions[0] == "voluntary-review"


@pytest.mark.parametrize(
    ("question", "name"), [("it was signed by president obama, yes?", "Obama"), ("did biden sign it?", "Biden")]
)
def test_a_wrong_signer_is_corrected_first(answerer: Answerer, question: str, name: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "false-premise" and a.headline.startswith(f"No: President Trump signed the order, not {name}.")
    assert a.provisions[0] == "signing-without-ceremony"


def test_the_real_signer_is_not_a_premise(answerer: Answerer) -> None:
    a = answerer.answer("did trump sign it himself?", NOW)
    assert a.answered and a.rule != "false-premise" and not a.headline.startswith("No")


def test_licenses_as_a_verb_is_not_a_licence_premise(answerer: Answerer) -> None:
    a = answerer.answer("will every AI tool we license get reviewed now?", NOW)
    assert a.headline.startswith(EVERY_LEAD)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("given that the FTC is handling the vetting, what do labs hand over?", "FTC"),
        ("since the Energy Department is conducting the model reviews, who do we call?", "Energy Department"),
    ],
)
def test_an_agency_the_reports_never_name_running_the_review_is_corrected(answerer: Answerer, question: str, name: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "false-premise" and a.headline.startswith(f"No: the reports don't say the {name} runs the reviews.")
    assert "National Security Agency" in a.text  # who makes the call, per the reports


def test_an_agency_the_reports_name_is_not_corrected_so(answerer: Answerer) -> None:
    a = answerer.answer("since the NSA is running the reviews, who picks the models?", NOW)
    assert "runs the reviews" not in a.headline


@pytest.mark.parametrize(
    "question",
    ["my neighbour says the government just outlawed chatbots. true?", "so AI is banned now, right?"],
)
def test_a_claimed_ban_on_ai_is_corrected_first(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "false-premise" and a.headline.startswith("No: the order bans no AI."), a.headline
    assert "voluntary" in a.text


def test_the_ban_on_mandatory_licensing_is_not_a_licence_premise(answerer: Answerer) -> None:
    a = answerer.answer("does the order ban mandatory licensing?", NOW)
    assert not a.headline.startswith("No"), a.headline


def test_a_law_congress_passed_is_corrected_first(answerer: Answerer) -> None:
    a = answerer.answer("is it a law that congress passed?", NOW)
    assert a.rule == "false-premise" and "not a law passed by Congress" in a.headline


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("CISA decides which models are covered, right?", "CISA"),
        ("so Treasury picks what counts as a frontier model, correct?", "Treasury"),
    ],
)
def test_a_wrong_agency_deciding_coverage_is_corrected_first(answerer: Answerer, question: str, name: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "false-premise" and a.headline.startswith(
        f"No: the reports say the National Security Agency decides that, not {name}."
    )


def test_the_agency_that_does_decide_is_not_corrected(answerer: Answerer) -> None:
    a = answerer.answer("the NSA decides which models are covered, right?", NOW)
    assert a.answered and not a.headline.startswith("No")


def test_asking_for_the_rule_of_construction_is_not_a_licence_premise(answerer: Answerer) -> None:
    a = answerer.answer("can u paste the rule-of-construction text on licensing? the 'shall be construed' part", NOW)
    assert not a.headline.startswith("No"), a.headline
