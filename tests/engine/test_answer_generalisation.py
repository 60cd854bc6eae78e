"""Question classes found by the lead engineer's own questions; every question here is our own phrasing."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from bot.engine.spelling import SpellingCorrector

JUNE = dt.datetime(2026, 6, 20, 15, 0, tzinfo=dt.timezone.utc)
LATE = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "question", ["is anything about the early access kept confidential?", "do developers get an NDA when they hand a model over?"]
)
def test_confidentiality_is_not_the_classified_benchmark(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and "covered-frontier-models" not in answer.provisions[:1], answer.provisions
    assert re.search(r"confidential", answer.text, re.I), answer.text


@pytest.mark.parametrize("question", ["was the signing a public event?", "did the president sign it behind closed doors"])
def test_manner_of_signing(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert answer.provisions[:1] == ["signing-without-ceremony"], answer.provisions


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what's the Commerce Department's part in all this?", "classified-benchmark"),
        ("how is Homeland Security involved", "classified-benchmark"),
        ("what does OPM do under the order", "opm-hiring"),
    ],
)
def test_agency_role_ranks_entries_naming_the_agency(answerer, question, entry):
    answer = answerer.answer(question, JUNE)
    assert answer.answered and answer.provisions[0] == entry, answer.provisions


def test_agency_role_for_commerce_says_reports_differ(answerer):
    answer = answerer.answer("what role does Commerce play?", JUNE)
    assert "Reports differ" in answer.text and "Commerce" in answer.text


def test_next_deadline_when_all_have_passed(answerer):
    answer = answerer.answer("when's the next thing due?", LATE)
    assert "none is left" in answer.headline
    assert "August 1, 2026" in answer.headline and "passed" in answer.headline


def test_next_deadline_before_any_has_passed(answerer):
    answer = answerer.answer("what's coming up next?", JUNE)
    assert "next due" in answer.headline and "July 2, 2026" in answer.headline


@pytest.mark.parametrize("question", ["anything on open-source models?", "is there stuff about open weights models"])
def test_generic_words_do_not_reach_meta_entries(answerer, question):
    answer = answerer.answer(question, JUNE)
    assert "about-sources" not in answer.provisions and not answer.answered, answer.text


def test_questions_about_the_sources_still_reach_them(answerer):
    answer = answerer.answer("where do your answers come from?", JUNE)
    assert answer.provisions[:1] == ["about-sources"], answer.provisions


def test_common_words_are_never_corrected():
    speller = SpellingCorrector(Counter({"validation": 3, "bods": 2, "plan": 4, "clearinghouse": 5}))
    assert speller.correct("valuation") is None and speller.correct("body") is None and speller.correct("play") is None
    assert speller.correct("clearinghosue") == "clearinghouse"  # a real typo is still fixed


def test_two_edit_fix_needs_a_single_reading():
    speller = SpellingCorrector(Counter({"abcdefxy": 1, "abcdefyx": 1}), keep=frozenset())
    assert speller.correct("abcdefgh") is None  # both vocabulary words are two edits away
    assert SpellingCorrector(Counter({"directives": 1}), keep=frozenset()).correct("drectivse") == "directives"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what is Anthropic's market valuation", "don't"),
        ("who will succeed Bessent at Treasury?", "replace or succeed"),
        ("how can a lab challenge the NSA director's call on its model", "appeal or challenge"),
        ("when does the government plan to publish the classified standards?", "classified"),
        ("does a lab need an ATO or FedRAMP sign-off to take part?", "don't"),
    ],
)
def test_declines_what_the_reports_do_not_say(answerer, question, reason):
    answer = answerer.answer(question, JUNE)
    assert not answer.answered and reason in answer.headline, (answer.headline, answer.provisions)


def test_unnamed_group_is_said_to_be_unnamed(answerer):
    answer = answerer.answer("which organizations did Anthropic add to Glasswing?", JUNE)
    assert answer.answered and "don't name the organizations" in answer.headline and "150" in answer.text


def test_do_reports_agree_gives_the_versions(answerer):
    answer = answerer.answer("is there consistency across the reports about which agencies write the standards?", JUNE)
    assert answer.provisions[:1] == ["classified-benchmark"] and "Reports differ" in answer.text
    assert "NIST" in answer.text or "National Institute" in answer.text


def test_why_a_shift_adds_the_cause(answerer):
    answer = answerer.answer("why did the administration move away from its hands-off stance?", JUNE)
    assert answer.answered and re.search(r"Mythos|national security", answer.text), answer.text


def test_where_the_deadlines_stand_is_a_listing_with_the_standing_first(answerer):
    answer = answerer.answer("as of now are all the deadlines behind us, or is any still upcoming?", LATE)
    assert answer.rule == "listing" and "have passed" in answer.headline


def test_who_the_answer_is_for_is_not_part_of_the_question(answerer):
    from bot.engine.intents import without_format

    assert without_format("explain the clearinghouse like I'm a board member, not an engineer") == "explain the clearinghouse"
    assert "plain" not in without_format("what is Mythos, in plain English?")
    answer = answerer.answer("explain the NSA's part like I'm twelve", LATE)
    assert answer.answered and answer.provisions[0] == "covered-frontier-models"
