"""Question classes from round 5: slang, British spelling, the month May, stance, group listings, context openers,
and declines for clock times, the order's drafters and classified specifics. Our own phrasing, never a test set's."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.engine.index import words
from bot.engine.intents import focus
from bot.engine.stemming import stem

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


def test_may_is_a_month_only_in_a_date_context():
    assert "maymonth" in words("back in May the ceremony was off") and "maymonth" in words("the May 21 event")
    assert "maymonth" not in words("this may affect banks") and "maymonth" not in words("it may be delayed")


def test_slang_and_british_spelling_fold_to_plain_words():
    assert words("gonna wanna outta") == ["going", "to", "want", "to", "out", "of"]
    assert words("organisations summarise the defence programme") == ["organizations", "summarize", "the", "defense", "program"]
    assert stem("applied") == stem("applies") == stem("apply")


def test_why_question_drops_a_trailing_when_clause_about_the_same_actor():
    assert focus("why did they relent after they refused it in spring?") == "why did they relent"
    assert focus("why did he sign it after Anthropic disclosed Mythos?") == "why did he sign it after Anthropic disclosed Mythos?"


@pytest.mark.parametrize("question", ["how come the may ceremony got scrapped", "why was the signing in may called off"])
def test_why_the_may_event_was_cancelled_gives_its_reason(answerer, question):
    answer = answerer.answer(question, NOW)
    assert answer.answered and answer.provisions[0] == "may-21-cancellation", answer.provisions
    assert re.search(r"China|restrictive|innovation", answer.text)


@pytest.mark.parametrize("question", ["so what's the tea on this", "gimme the lowdown"])
def test_slang_for_the_gist_gives_the_overview(answerer, question):
    answer = answerer.answer(question, NOW)
    assert answer.answered and "order-overview" in answer.provisions, answer.text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("is david sacks for or against the order?", r"game changer|praised"),
        ("which side is mark warner on", r"Warner"),
        ("what's anthropic gonna get outta this", r"welcom|important step|Glasswing"),
    ],
)
def test_stance_and_slang_reach_the_person(answerer, question, must):
    answer = answerer.answer(question, NOW)
    assert answer.answered and re.search(must, answer.text), answer.text


def test_which_group_lists_every_entry_covering_it(answerer):
    answer = answerer.answer("which lawmakers chimed in on it?", NOW)
    assert answer.answered and "Warner" in answer.text and re.search(r"Hawley|Blumenthal", answer.text), answer.text


def test_self_description_after_a_dash_is_context(answerer):
    lab = answerer.answer("we build models at a startup - are we obliged to submit them?", NOW)
    assert lab.answered and "voluntar" in lab.text.lower(), lab.text
    town = answerer.answer("I'm with a municipal IT team - anything in here for places like us?", NOW)
    assert town.answered and "local governments" in town.text, town.text


def test_covered_in_a_sources_question_means_reported(answerer):
    answer = answerer.answer("which media outlets covered the order?", NOW)
    assert answer.answered and answer.provisions == ["about-sources"], answer.provisions


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("at what time was the order signed?", "time of day|hour it was signed"),
        ("was it signed in the morning or the afternoon?", "time of day|hour it was signed"),
        ("who wrote the executive order?", "who drafted"),
        ("what are the exact thresholds in the classified benchmark?", "classified"),
        # the NSA director appears in a line that names Londoño, but no report names the director
        ("who is the NSA director these days?", "don't name that person"),
        ("word is sacks and musk have bad blood now?", "feuds"),
        ("is bessent going to be pushed out over this?", "fired or pushed out"),
        ("did any state legislatures push back on it?", "states or state officials"),
        ("which states sued over the december order?", "states or state officials"),
        ("who would win a fight, musk or zuck", "isn't about the order"),
        ("on which date did Bessent and Powell meet the Wall Street bosses?", "date of that"),
        ("which bank executives were present at that meeting with Bessent?", "name the executives"),
    ],
)
def test_unsaid_specifics_are_declined(answerer, question, reason):
    answer = answerer.answer(question, NOW)
    assert not answer.answered and re.search(reason, answer.headline), answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("who's that fed chair the coverage brings up?", "Powell"),
        ("the WH spokesperson who talked to the press, name?", "Huston"),
        ("who's the treasury secretary in all this", "Bessent"),
    ],
)
def test_a_role_the_reports_name_someone_for_is_answered_with_the_name(answerer, question, name):
    answer = answerer.answer(question, NOW)
    assert answer.answered and name in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who writes the classified benchmark?", "classified-benchmark"),
        ("what time frame do agencies have for the benchmark?", "classified-benchmark"),
        ("is anthropic feuding with the pentagon?", "anthropic-pentagon-dispute"),  # the legal dispute, not a feud
        ("what's dean ball's beef with it?", "dean-ball"),  # a complaint
        ("sacks is still the AI czar right? or did he get fired", "sacks-role"),  # "former", not a later firing
        ("what was the exact date of the cancelled Oval Office event?", "may-21-cancellation"),  # dated: May 21
        # the asker's context names state lawmakers; the question asks about the December order
        ("when was the order blocking state AI rules signed? our state lawmakers keep drafting AI bills", "deregulatory-record"),
    ],
)
def test_near_misses_of_the_declines_are_still_answered(answerer, question, entry):
    answer = answerer.answer(question, NOW)
    assert answer.answered and entry in answer.provisions, answer.text


def test_a_figure_the_first_entry_lacks_comes_from_a_close_entry_that_gives_it(answerer):
    """ "how many more groups got Mythos, and when?": Mythos' own entry has no count; the Glasswing expansion does."""
    answer = answerer.answer("how many more orgs did anthropic give mythos to, and on what day", NOW)
    assert answer.answered and "150" in answer.text, answer.text
