"""Days between a dated event and the signing are counted from the content's dates; a question asking for the
phrase someone used gets the entry holding their words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Answerer, difference_lead

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "question",
    [
        "how many days passed between the called-off May ceremony and the signing?",
        "how soon after the postponed Oval Office event was the order signed",
        "how many days went by between the called-off May gathering and the real signing?",  # found by meaning
    ],
)
def test_the_days_between_an_event_and_the_signing_are_counted(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "listing" and a.answered
    assert a.headline.startswith("The order was signed 12 days (about 2 weeks) after May 21, on Tuesday, June 2, 2026")
    assert "inferred" in a.headline and "may-21-cancellation" in a.provisions


@pytest.mark.parametrize("question", ["how long is the review window?", "how long between the review and release?"])
def test_other_how_long_questions_are_not_counted_as_intervals(answerer: Answerer, question: str) -> None:
    assert "12 days" not in answerer.answer(question, NOW).headline


def test_the_phrase_a_person_used_is_answered_with_their_words(answerer: Answerer) -> None:
    a = answerer.answer("which two-word expression did David Sacks use for the 30-day window?", NOW)
    assert "game changer" in a.text


@pytest.mark.parametrize("question", ["did David Sacks support the order or oppose it?", "what made Sacks come around?"])
def test_a_stance_question_about_a_person_gives_both_of_their_entries(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert {"sacks-reaction", "sacks-role"} <= set(a.provisions)
    assert "game changer" in a.text and "90-day" in a.text


def test_a_plain_question_about_a_person_keeps_one_entry(answerer: Answerer) -> None:
    a = answerer.answer("what did David Sacks post on X?", NOW)
    assert a.provisions == ["sacks-reaction"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("CISA here. What does the order ask of us, and by when?", "cisa-bods"),
        ("hi, OPM here - what are we supposed to do under it?", "opm-hiring"),
    ],
)
def test_an_agency_naming_itself_is_who_us_means(answerer: Answerer, question: str, entry: str) -> None:
    assert answerer.answer(question, NOW).provisions[0] == entry


def test_a_person_naming_themself_changes_nothing(answerer: Answerer) -> None:
    assert answerer._as_named("Maria here, what do we have to do?") == "Maria here, what do we have to do?"


@pytest.mark.parametrize(
    "question",
    [
        "what's the official title of the order? verbatim please",
        "need the exact name of the EO for a citation",
        "what is the executive order formally called",
        "what's the exact formal title of this?",
    ],
)
def test_the_title_leads_whatever_else_the_question_says(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "order-title"
    assert a.headline == 'The order is titled "Promoting Advanced Artificial Intelligence Innovation and Security".'


@pytest.mark.parametrize(
    "question",
    [
        "what's the official name of the benchmark?",
        "what is the NSA director's name?",
        "does the order name hospitals as a critical-infrastructure sector?",  # "name" as a verb
    ],
)
def test_other_names_are_not_the_title(answerer: Answerer, question: str) -> None:
    assert answerer.answer(question, NOW).rule != "order-title"


def test_a_when_question_prefers_the_statement_dated_by_month(answerer: Answerer) -> None:
    """Mythos was announced in April; the Glasswing expansion was announced "on Tuesday": the month is the answer."""
    a = answerer.answer("when was Mythos announced by Anthropic?", NOW)
    assert a.provisions[0] == "mythos" and "April" in a.text


def test_by_when_asks_for_a_deadline(answerer: Answerer) -> None:
    from bot.engine.answer import Turn

    earlier = "who is setting up the AI cybersecurity clearinghouse?"
    first = answerer.answer(earlier, NOW)
    a = answerer.answer("by when?", NOW, [Turn(question=earlier, provisions=tuple(first.provisions))])
    assert a.provisions[0] == "clearinghouse" and "30 days" in a.text


def test_by_how_much_gets_the_difference_of_the_two_day_counts(answerer: Answerer) -> None:
    """ "how many days shorter…?": the two windows the answer gives (90 and 30), and their difference, first."""
    answer = answerer.answer("by how much, in days, did the window shrink from the draft? how much shorter?", NOW)
    assert answer.headline.startswith("The difference is 60 days (90 days against 30)."), answer.headline


@pytest.mark.parametrize(
    ("question", "text", "lead"),
    [
        ("how much longer was the draft's window?", "It was cut from 90 days to 30.", "The difference is 60 days"),
        ("how much shorter is it?", "The window is 30 days.", ""),  # one count: nothing to subtract
        ("what changed?", "It was cut from 90 days to 30.", ""),  # not asked by how much
    ],
)
def test_difference_lead(question: str, text: str, lead: str) -> None:
    assert difference_lead(question, text).startswith(lead) and bool(difference_lead(question, text)) == bool(lead)


@pytest.mark.parametrize(
    "question",
    [
        "what are the main unknowns experts are flagging? 3 bullets pls",
        "which big issues are still unresolved about implementation?",
    ],
)
def test_asking_for_the_open_questions_lists_them_all(answerer: Answerer, question: str) -> None:
    """Words about who raises them, how big they are, or how to format the answer still ask for the whole list."""
    answer = answerer.answer(question, NOW)
    assert answer.rule == "listing" and answer.headline.startswith("The reports leave"), (answer.rule, answer.headline)


def test_an_open_question_about_one_topic_is_that_entry(answerer: Answerer) -> None:
    answer = answerer.answer("what open questions remain about the trusted partners?", NOW)
    assert answer.rule == "retrieval" and answer.provisions[:1] == ["trusted-partner-selection"]


def test_the_weekday_of_a_dated_event_is_worked_out_from_its_date(answerer: Answerer) -> None:
    a = answerer.answer("what day of the week was the May 21 event that got called off?", NOW)
    assert a.rule == "listing" and a.headline.startswith("May 21, 2026 was a Thursday") and "worked out" in a.headline
    assert a.provisions == ["may-21-cancellation"]


def test_the_signings_weekday_is_still_the_reported_one(answerer: Answerer) -> None:
    a = answerer.answer("which day of the week was the order signed?", NOW)
    assert "Tuesday" in a.headline


def test_two_dates_the_question_names_are_counted_as_given(answerer: Answerer) -> None:
    a = answerer.answer("from June 2 to August 1, how many days is that?", NOW)
    assert a.rule == "listing" and a.headline.startswith("60 days (about 9 weeks) from June 2 to August 1, 2026")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what label does the order give the models that get reviewed?", "covered frontier models"),
        ("what's the official name for the directives CISA has to put out?", "binding operational directives"),
    ],
)
def test_a_term_asked_for_by_describing_it_is_named_first(answerer: Answerer, question: str, term: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.rule == "term" and a.headline.startswith(f"The term the reports use is “{term}”."), (a.rule, a.headline)


def test_a_description_no_term_shares_is_not_a_term_question(answerer: Answerer) -> None:
    assert answerer.answer("what's the phrase Sacks used for the shorter window?", NOW).rule != "term"
