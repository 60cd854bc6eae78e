"""Role-shaped questions (who leads X, what X must do, deadlines for X), sources, premises; phrased by us."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.engine.answer import Answerer, questions_in

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "question", ["which news outlets wrote about the order?", "what outlets are you citing", "who reported on this EO"]
)
def test_outlet_questions_answer_from_the_sources_entry_with_the_credited_outlets(answerer, question):
    a = answerer.answer(question, NOW)
    assert a.answered and a.provisions == ["about-sources"]
    assert "Reuters" in a.text and "The Guardian" in a.text


@pytest.mark.parametrize(
    ("question", "first", "pattern"),
    [
        ("who's in charge of the pre-release review?", "covered-frontier-models", r"National Security Agency"),
        ("who runs the cybersecurity clearinghouse", "clearinghouse", r"Treasury"),
        ("who is responsible for designing the classified benchmark", "classified-benchmark", r"benchmark"),
    ],
)
def test_who_leads_x_resolves_x_first(answerer, question, first, pattern):
    a = answerer.answer(question, NOW)
    assert a.answered and a.provisions[0] == first
    assert re.search(pattern, a.headline)


def test_who_is_on_the_hook_for_deadlines_still_lists_deadlines(answerer):
    a = answerer.answer("who's on the hook for the 30-day deadlines", NOW)
    assert a.text.count("Due 30 days after signing") >= 2


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are AI developers expected to do under this", "voluntary-review"),
        ("what do frontier labs have to do", "voluntary-review"),
        ("what is required of utilities", "clearinghouse"),
        ("what must the Defense Department do?", "nss-dod-directives"),
        ("what's the Office of Personnel Management's role", "opm-hiring"),
    ],
)
def test_actor_obligations_map_the_actor_to_its_provisions(answerer, question, expected):
    a = answerer.answer(question, NOW)
    assert a.answered and a.provisions[0] == expected
    assert not any(p.endswith("-reaction") for p in a.provisions)


def test_no_deadline_is_said_plainly_when_the_provision_has_none(answerer):
    a = answerer.answer("any deadline for the Justice Department?", NOW)
    assert a.headline.startswith("The reports give no deadline for the Justice Department.")
    assert a.provisions == ["doj-enforcement"]


def test_a_deadline_asked_for_is_given_when_the_provision_has_one(answerer):
    a = answerer.answer("is there a deadline for the clearinghouse", NOW)
    assert "July 2, 2026" in a.headline and "no deadline" not in a.text


@pytest.mark.parametrize("question", ["what day did Trump sign it?", "when was the EO signed"])
def test_signing_questions_lead_with_the_inferred_date(answerer, question):
    a = answerer.answer(question, NOW)
    assert "Tuesday, June 2, 2026" in a.headline and "inferred" in a.headline


def test_blocking_a_release_is_answered_with_no_licensing(answerer):
    a = answerer.answer("can the government stop a lab from launching a model?", NOW)
    assert a.provisions[0] == "no-licensing"
    assert re.search(r"licens", a.headline) and not re.match(r"\W*yes\b", a.text, re.I)


def test_comparing_two_people_gives_both_reactions(answerer):
    a = answerer.answer("compare what Warner and Dean Ball think", NOW)
    assert {"warner-reaction", "dean-ball"} <= set(a.provisions)


@pytest.mark.parametrize("question", ["isn't mythos a google model?", "claude mythos was built by openai, correct?"])
def test_a_wrong_owner_premise_is_corrected(answerer, question):
    a = answerer.answer(question, NOW)
    assert a.headline.startswith("No: ") and "Anthropic" in a.headline


def test_a_right_owner_premise_is_not_contradicted(answerer):
    a = answerer.answer("mythos is anthropic's model, right?", NOW)
    assert not a.headline.startswith("No: ")


def test_context_after_the_question_does_not_make_it_a_who_must_take_part_question(answerer: Answerer) -> None:
    """ "compliance" in the asker's context sentence is not the question: NIST's entry answers it."""
    a = answerer.answer("is NIST in this at all? our compliance people live by its frameworks", NOW)
    assert a.answered and a.provisions[0] == "classified-benchmark" and "NIST" in a.text


def test_questions_in_keeps_only_the_asked_sentences() -> None:
    assert questions_in("We're a bank. Does this apply to us? thanks") == " Does this apply to us?"
    assert questions_in("tell me about the review") == "tell me about the review"
