"""Question shapes with a fixed answer kind: what the order is not, a person's stance, a wrong day count."""

from __future__ import annotations

import datetime as dt
import re

import pytest

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "question", ["what won't the EO do", "what is not in the executive order?", "what does this not require"]
)
def test_negated_questions_get_what_the_order_is_not(answerer, question):
    answer = answerer.answer(question, NOW)
    assert answer.provisions[0] == "what-the-order-is-not"
    assert re.search(r"licens", answer.text)


def test_what_an_agency_does_not_do_is_not_routed_to_the_negation_entry(answerer):
    assert answerer.answer("what does CISA do", NOW).provisions[0] != "what-the-order-is-not"


@pytest.mark.parametrize("question", ["did David Sacks back or oppose the order?", "where did sacks stand on it"])
def test_stance_questions_give_the_whole_position(answerer, question):
    answer = answerer.answer(question, NOW)
    assert "sacks-role" in answer.provisions
    assert re.search(r"oppos", answer.text) and re.search(r"backed|supported", answer.text)


def test_wrong_review_window_is_corrected_and_points_to_the_draft(answerer):
    answer = answerer.answer("does the EO give labs 90 days for the review?", NOW)
    assert answer.headline.startswith("No: 30 days")
    assert re.search(r"draft", answer.headline)


def test_wrong_deadline_is_corrected_without_mentioning_the_draft(answerer):
    answer = answerer.answer("does the order give NIST 30 days for the classified benchmark?", NOW)
    assert answer.headline.startswith("No: 60 days")
    assert "draft" not in answer.headline


def test_a_right_day_count_is_not_contradicted(answerer):
    assert not answerer.answer("does CISA have 30 days for its directives?", NOW).headline.startswith("No")


def test_signed_when_word_order(answerer):
    assert "June 2, 2026" in answerer.answer("order signed when?", NOW).headline


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what evaluation methodology will agencies use to assess the models?", r"technically tested"),
        ("under what law did Trump issue this order?", r"law or legal authority"),
        ("did Treasury actually set up the clearinghouse?", r"happened since"),
        ("has OPM hired anyone yet", r"happened since"),
    ],
)
def test_unreported_specifics_are_declined_with_the_reason(answerer, question, reason):
    answer = answerer.answer(question, NOW)
    assert not answer.answered and re.search(reason, answer.headline)


def test_deadline_status_questions_are_still_answered(answerer):
    assert answerer.answer("has the CISA deadline passed yet?", NOW).answered


def test_a_length_request_does_not_change_the_topic(answerer):
    assert answerer.answer("what was glasswing, in two sentences please", NOW).provisions[0] == "glasswing-expansion"


def test_what_if_prefers_the_open_question_over_the_provision(answerer):
    answer = answerer.answer("what happens if a developer turns down the review?", NOW)
    assert answer.provisions[0] == "declining-participation"
