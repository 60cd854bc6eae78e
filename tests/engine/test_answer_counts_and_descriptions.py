"""A count asked about signing day is a count, not the signing date; a description of a person is not their reaction."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Answerer, Turn

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


def _follow(answerer: Answerer, earlier: str, follow_up: str):
    first = answerer.answer(earlier, NOW)
    return answerer.answer(follow_up, NOW, [Turn(question=earlier, provisions=tuple(first.provisions))])


@pytest.mark.parametrize(
    "question",
    ["how many more orgs did Anthropic let into Mythos on signing day", "what did Anthropic do on signing day?"],
)
def test_signing_day_as_a_time_is_not_a_question_about_the_date(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.rule != "premise-or-role" and "150" in a.text


@pytest.mark.parametrize("question", ["what's the signing date?", "when was it signed", "what day was it signed on?"])
def test_the_signing_date_still_leads(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.headline.startswith("The order was signed on Tuesday, June 2, 2026")


def test_a_description_of_a_person_is_not_a_question_about_their_reaction(answerer: Answerer) -> None:
    a = answerer.answer("one article said Powell was 'outgoing' — does that mean he's leaving the Fed?", NOW)
    assert a.answered and a.rule != "unquoted" and "Powell" in a.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("what did zuckerberg say after it got signed", "Mark Zuckerberg"),  # not Mark Warner, by his first name
        ("any comment from Musk on the EO?", "Elon Musk"),
        ("did Bessent say anything?", "Scott Bessent"),
    ],
)
def test_an_unquoted_persons_own_reaction_is_still_not_quoted(answerer: Answerer, question: str, name: str) -> None:
    a = answerer.answer(question, NOW)
    assert not a.answered and a.headline == f"The reports don't quote {name} on the order."


def test_wanting_it_mandatory_asks_who_could_make_it_so(answerer: Answerer) -> None:
    a = answerer.answer("if they ever want it mandatory who would have to do that", NOW)
    assert a.answered and a.provisions[0] == "congress" and "Congress" in a.headline


@pytest.mark.parametrize("question", ["why now?", "why?"])
def test_a_why_naming_nothing_but_the_order_gets_its_cause(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and "Mythos" in a.text


def _conversation(answerer: Answerer, questions: list[str]):
    turns: list[Turn] = []
    answer = None
    for q in questions:
        answer = answerer.answer(q, NOW, turns)
        turns.append(Turn(question=q, provisions=tuple(answer.provisions)))
    return answer


def test_any_other_senators_after_one_senators_reaction_finds_the_others(answerer: Answerer) -> None:
    a = _conversation(answerer, ["What did Mark Warner say about the EO?", "any other senators weigh in?"])
    assert a.answered and a.provisions[0] != "warner-reaction" and "Hawley" in a.text


def test_other_agencies_of_an_entry_naming_several_stay_on_it(answerer: Answerer) -> None:
    a = _conversation(answerer, ["What is the clearinghouse?", "Which other agencies help set it up?"])
    assert a.answered and a.provisions[0] == "clearinghouse"


def test_a_follow_up_read_with_on_signing_day_is_not_a_date_question(answerer: Answerer) -> None:
    a = _conversation(answerer, ["How many more orgs did Anthropic open Mythos up to on signing day?", "thru what program?"])
    assert a.answered and "Glasswing" in a.text


def test_a_vague_short_question_keeps_the_sentence_it_leans_on(answerer: Answerer) -> None:
    a = answerer.answer(
        "The White House posted something insisting they're not overseeing all AI models. What was the gist?", NOW
    )
    assert a.answered and a.provisions[0] == "white-house-statements"


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("why was there no ceremony when he signed it?", "signed privately"),
        ("what about models already on the market?", "released before the order"),
    ],
)
def test_what_the_reports_leave_out_gets_the_gap(answerer: Answerer, question: str, unknown: str) -> None:
    a = answerer.answer(question, NOW)
    assert not a.answered and a.rule == "gap" and unknown in a.headline


def test_ended_up_signing_is_a_date_question_not_a_later_event(answerer: Answerer) -> None:
    a = answerer.answer("How long after the cancelled event did he end up signing?", NOW)
    assert a.answered and "12 days" in a.headline
    later = answerer.answer("did the hawley-blumenthal bill end up passing?", NOW)
    assert not later.answered


def test_listing_every_one_of_an_unnamed_group_is_declined(answerer: Answerer) -> None:
    a = _conversation(answerer, ["Which companies did Anthropic give Mythos access to?", "list all 150 of the new ones"])
    assert not a.answered and a.headline == "The reports don't name the companies."


@pytest.mark.parametrize(
    "question",
    [
        "ok total beginner here, I run a club. what does this new AI executive order actually DO? explain like I'm 12",
        "what does the new AI EO actually do?",
    ],
)
def test_what_the_order_does_gets_the_overview_however_it_is_named(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.provisions[0] == "order-overview" and "voluntary" in a.text


def test_what_an_entry_does_is_not_the_overview(answerer: Answerer) -> None:
    a = answerer.answer("what does the clearinghouse do?", NOW)
    assert a.answered and a.provisions[0] == "clearinghouse"


def test_i_read_somewhere_is_a_hedge_not_a_topic(answerer: Answerer) -> None:
    a = answerer.answer("I read somewhere the chief of staff helped bring the order back from the dead. who's that?", NOW)
    assert a.answered and "Wiles" in a.text


def test_an_abbreviation_does_not_end_the_question(answerer: Answerer) -> None:
    a = answerer.answer("Sacks's position on the earlier draft vs. the final one?", NOW)
    assert a.answered and a.provisions[0] in ("sacks-reaction", "sacks-role") and "Sacks" in a.headline


def test_a_persons_quote_is_their_own_entry(answerer: Answerer) -> None:
    a = answerer.answer("pls give me the Sacks quote from X on the 30-day window, exact wording if you have it", NOW)
    assert a.answered and a.provisions[0] == "sacks-reaction" and "game changer" in a.text


def test_everyday_questions_are_declined_as_not_about_the_order(answerer: Answerer) -> None:
    from bot.engine.declines import EVERYDAY

    a = answerer.answer("weather in DC tomorrow? deciding whether to walk to the client meeting", NOW)
    assert not a.answered and a.headline == EVERYDAY


def test_a_ten_word_question_pointing_back_keeps_the_sentence_before(answerer: Answerer) -> None:
    a = answerer.answer("Some alerts describe Sacks as the White House AI czar. Is he still in that role per the reports?", NOW)
    assert a.answered and "former" in a.text and "Sacks" in a.text


def test_what_kicked_it_off_asks_the_cause_and_whose_points_back(answerer: Answerer) -> None:
    first = answerer.answer("what model kicked all this off?", NOW)
    assert first.answered and "Mythos" in first.text
    a = _conversation(answerer, ["what model kicked all this off?", "whose is it"])
    assert a.answered and "Anthropic" in a.headline


def test_strings_attached_asks_for_the_terms(answerer: Answerer) -> None:
    a = _conversation(answerer, ["how does the government's early access to models work?", "any strings attached?"])
    assert a.answered


def test_a_question_half_answered_and_half_a_gap_gets_both(answerer: Answerer) -> None:
    a = answerer.answer("what counts as a 'covered frontier model'? is there a list", NOW)
    assert a.answered and a.rule == "gap-and-answer" and a.provisions[0] == "covered-frontier-models"
    assert a.text.split("\n\n")[-1].startswith("The reports don't say which specific AI models")
    assert a.citations  # the answered half is traced to its statements


def test_he_in_a_follow_up_is_the_one_quoted_person_the_answer_just_named(answerer: Answerer) -> None:
    a = _conversation(answerer, ["who pushed back hardest on the 90 day version?", "what did he say abt the 30 day one"])
    assert a.answered and "game changer" in a.text
    assert answerer._person_in(["draft-90-day"]) == "Sacks"
    assert answerer._person_in(["order-revival"]) is None  # no one quoted there, and never the President by default
