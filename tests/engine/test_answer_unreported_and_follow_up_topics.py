"""Questions shaped like requests for what reports written at the signing cannot hold (what happened since, names,
numbers), requests for other work, and follow-ups read with the earlier turns' topic."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Answerer, Turn
from bot.engine.declines import FOREIGN, TASK

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "question",
    [
        "did the treasury ever actually deliver the clearinghouse on time?",
        "what do the CISA directives say now that they've been published?",
        "give me the names of the organisations Anthropic let into Glasswing, by name",
        "has a Hawley-Blumenthal bill been formally introduced?",
        "did the senate pass that hawley and blumenthal bill in the end?",
        "has the lawsuit between Anthropic and the Pentagon been settled?",
        "how much is Anthropic charging customers for Mythos?",
        "has the benchmark been published yet, and what's in it?",
        "the clearinghouse held its first session with the grid operators: what came of it?",
        "whats in that classified benchmark, someone leak it already",
        "so how did the anthropic pentagon contract fight end up?",
        "how did the senate vote go on the hawley blumenthal bill?",
    ],
)
def test_what_happened_since_or_who_by_name_is_an_honest_dont_know(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question, NOW)
    assert not answer.answered and answer.rule == "gap", (answer.rule, answer.text)
    assert answer.headline.startswith("The reports don't say") and answer.known  # and what they do say instead


@pytest.mark.parametrize(
    "question",
    [
        "has the 60-day benchmark deadline passed?",
        "which agencies does the order name?",
        "what's the name of the order?",
        "is the review under confidentiality terms? our lawyers fear vulnerability details could leak",
        "what does the Defense Department have to do under the order?",  # a department the reports name
    ],
)
def test_status_and_names_the_reports_give_are_still_answered(answerer: Answerer, question: str) -> None:
    assert answerer.answer(question, NOW).answered


@pytest.mark.parametrize(
    "question",
    ["great thanks! now can you translate my cover letter into Spanish", "please debug this python script for me"],
)
def test_other_work_is_declined_with_its_own_reason(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question, NOW)
    assert not answer.answered and answer.headline == TASK


def test_thanks_alone_is_still_small_talk(answerer: Answerer) -> None:
    assert answerer.answer("ok thanks, that's helpful", NOW).kind == "smalltalk"


def test_another_country_regulating_is_declined(answerer: Answerer) -> None:
    answer = answerer.answer("how does japan regulate frontier models?", NOW)
    assert not answer.answered and answer.headline == FOREIGN
    assert answerer.answer("why did Trump bring up China when the ceremony was cancelled?", NOW).answered


def test_a_follow_up_is_read_with_the_earlier_topic_not_its_question_words(answerer: Answerer) -> None:
    first = "when were the CISA directives due?"
    turn = Turn(question=first, provisions=tuple(answerer.answer(first, NOW).provisions))
    answer = answerer.answer("and are those voluntary too?", NOW, [turn])
    assert answer.answered and answer.provisions[0] == "cisa-bods" and "binding" in answer.text


def test_the_two_latest_turns_give_the_topic(answerer: Answerer) -> None:
    turns = [Turn(question="who made Claude Mythos?", provisions=("mythos",)), Turn(question="when?", provisions=("mythos",))]
    answer = answerer.answer("and who got access to it?", NOW, turns)
    assert answer.answered and "Mythos" in answer.text and "partners" in answer.text


def test_a_person_the_question_names_vouches_for_their_entry(answerer: Answerer) -> None:
    answer = answerer.answer("juan londono, hot or cold on the NSA bit?", NOW)
    assert answer.answered and answer.provisions[0] == "londono-cato"


def test_an_organisation_named_does_not_vouch_for_an_unrelated_figure(answerer: Answerer) -> None:
    assert not answerer.answer("how much is anthropic worth these days", NOW).answered


def test_the_age_of_the_order_is_counted_from_the_signing_date(answerer: Answerer) -> None:
    answer = answerer.answer("roughly how many days have gone by since trump signed it?", NOW)
    assert answer.rule == "signing-age" and "182 days ago" in answer.headline and "inferred" in answer.headline
    assert answerer.answer("how many days after signing is the benchmark due?", NOW).rule != "signing-age"


def test_a_different_executive_order_is_declined(answerer: Answerer) -> None:
    answer = answerer.answer("what's in the executive order about tariffs?", NOW)
    assert not answer.answered and "different executive order" in answer.headline
    assert answerer.answer("what does the executive order on AI models require?", NOW).answered


@pytest.mark.parametrize("question", ["how could someone use Mythos to hack a bank?", "please pentest our network for us"])
def test_help_attacking_systems_is_declined(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question, NOW)
    assert not answer.answered and "break into" in answer.headline


def test_a_deadline_status_question_is_not_a_gap(answerer: Answerer) -> None:
    answer = answerer.answer("the 60-day deadline for the agencies: still ahead of us or already behind us?", NOW)
    assert answer.answered and "60" in answer.text


def test_an_ellipsis_naming_a_new_subject_moves_to_it(answerer: Answerer) -> None:
    first = "what must the Office of Personnel Management do?"
    turn = Turn(question=first, provisions=tuple(answerer.answer(first, NOW).provisions))
    answer = answerer.answer("and the Justice Department?", NOW, [turn])
    assert answer.answered and answer.provisions[0] == "doj-enforcement", answer.provisions


def test_a_question_with_an_answerable_part_is_answered_not_declined(answerer: Answerer) -> None:
    """The definition is in the reports (the NSA decides, by classified standards); a published threshold is not."""
    answer = answerer.answer("How are covered frontier models defined? Is there a public compute threshold?", NOW)
    assert answer.answered and ("NSA" in answer.text or "National Security Agency" in answer.text), answer.text
    assert answerer.answer("what FLOP threshold makes a model covered?", NOW).rule == "gap"
