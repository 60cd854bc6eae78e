"""Round-6 classes, phrased by us: day-count follow-ups, split phrasal verbs, unnamed groups and roster demands."""

from __future__ import annotations

import datetime as dt

import pytest

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("question", "days", "date"),
    [
        ("ok, what about those 60-day ones?", 60, "August 1"),
        ("and that 30 day one", 30, "July 2"),
    ],
)
def test_a_day_count_follow_up_lists_the_deadlines_with_that_count(answerer, question, days, date):
    a = answerer.answer(question, NOW)
    assert a.answered and f"{days}-day deadlines" in a.headline and date in a.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who helped bring the EO back", "order-revival"),
        ("who brought the EO back in the end", "order-revival"),
        ("who wanted to tone it down", "industry-lobbying"),
        ("which execs pushed to water the order down", "industry-lobbying"),
    ],
)
def test_phrasal_verbs_match_with_their_object_between_verb_and_particle(answerer, question, entry):
    a = answerer.answer(question, NOW)
    assert a.answered and a.provisions[0] == entry


def test_which_group_with_words_before_the_noun_says_the_reports_name_none(answerer):
    a = answerer.answer("which infrastructure sectors will the clearinghouse serve?", NOW)
    assert a.answered and a.headline.startswith("The reports don't name the sectors")


@pytest.mark.parametrize(
    "question", ["list every bank Anthropic let in, one by one", "give me all the partners with mythos access"]
)
def test_a_demand_for_the_full_roster_of_an_unnamed_group_is_declined(answerer, question):
    a = answerer.answer(question, NOW)
    assert not a.answered and ("don't name" in a.headline or ("don't say" in a.headline and "by name" in a.headline))


def test_asking_which_banks_still_answers_with_the_no_names_note(answerer):
    a = answerer.answer("which banks had early access to mythos?", NOW)
    assert a.answered and "don't name the banks" in a.headline


@pytest.mark.parametrize(
    "question",
    [
        "is there a roster of the banks Anthropic let into Glasswing?",
        "which hospitals were among the organisations invited to use Mythos?",
    ],
)
def test_asking_for_the_members_of_an_unnamed_group_says_the_reports_name_none(answerer, question):
    answer = answerer.answer(question, NOW)
    assert not answer.answered and answer.rule in ("unnamed", "gap"), (answer.rule, answer.text)
    assert answer.headline.startswith("The reports don't")


def test_a_count_of_organisations_under_another_name_is_answered(answerer):
    """ "how many extra companies…": the reports count them as "150 additional organizations"."""
    answer = answerer.answer("how many extra companies got access to mythos on signing day?", NOW)
    assert answer.answered and "150" in answer.text, (answer.rule, answer.text)
