"""Answers stay on what was asked: the named agency's own provision first, no unrelated lines, Slack-sized."""

import datetime as dt

import pytest

from bot.engine.answer import Answerer
from bot.engine.compose import SUPPORT_CHARS
from bot.engine.index import Hit
from bot.engine.intents import focus
from bot.engine.retrieve import Retriever

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


def test_misspelled_agency_obligation_leads_with_its_own_provision(answerer: Answerer) -> None:
    a = answerer.answer("waht does tresury have to deliver", NOW)
    assert a.provisions[0] == "clearinghouse"
    assert "voluntary-review" not in a.provisions
    assert "30 days" in a.headline


def test_who_runs_question_drops_unrelated_sector_line(answerer: Answerer) -> None:
    a = answerer.answer("who runs the clearinghouse", NOW)
    assert "Treasury" in a.headline
    assert "infrastructure sectors" not in a.text


def test_agency_duty_keeps_source_note_but_not_speculation(answerer: Answerer) -> None:
    a = answerer.answer("what does CISA have to do", NOW)
    assert "Section 2" in a.text
    assert "next public record" not in a.text


def test_supporting_facts_fit_the_budget(answerer: Answerer) -> None:
    a = answerer.answer("tell me about the review and the clearinghouse and the benchmark", NOW)
    facts = [ln for ln in a.text.splitlines() if ln.startswith("- ") and " Due " not in ln]
    assert facts and sum(map(len, facts)) <= SUPPORT_CHARS


def test_a_later_entry_keeps_room_for_its_own_line(answerer: Answerer) -> None:
    """The voluntary lead and its disagreement fill the budget; the Congress entry after it still shows who Hawley
    would legislate with."""
    a = answerer.answer("Hawley said he'd do a bill with Schumer on mandatory review?", NOW)
    assert a.provisions[-1] == "congress" and "Blumenthal" in a.text


def test_a_deadline_two_entries_share_is_listed_once(answerer: Answerer) -> None:
    """The benchmark and the implementation details both list the benchmark's deadline: the answer shows it once."""
    from bot.engine.retrieve import Hit, Part

    query = answerer.index.parse("the implementation details and the classified benchmark")
    parts = [Part(Hit(doc, 1.0, 1.0, ()), query, True, False) for doc in ("implementation-details", "classified-benchmark")]
    draft = answerer.composer.compose(parts, NOW.date())
    lines = [ln for ln in draft.text.splitlines() if ln.startswith("- ")]
    assert any("Classified benchmark" in ln for ln in lines)
    assert len(lines) == len(set(lines))


def test_a_which_company_question_keeps_the_line_that_names_one(answerer: Answerer) -> None:
    """The line naming Anthropic repeats most of the summary's words; asked "which company", it is the answer."""
    a = answerer.answer("Londoño's weaponize warning: which company might it be used against?", NOW)
    assert "Anthropic" in a.text
    lines = [ln for ln in a.text.splitlines() if ln.startswith("- ")]
    assert len(lines) == len(set(lines)) and not any("“This was a dangerous precedent,”" in ln for ln in lines)


def test_a_day_count_the_question_names_is_explained_by_the_line_that_gives_it(answerer: Answerer) -> None:
    a = answerer.answer("my director insists the government gets 90 days with a model before launch, true?", NOW)
    assert "30 days" in a.headline
    assert any("90 days" in ln and "draft" in ln for ln in a.text.splitlines()[1:])


def test_a_request_before_a_dash_is_the_question_not_context(answerer: Answerer) -> None:
    """ "I need X — do you have it?": the sentence saying what is wanted carries the topic."""
    a = answerer.answer("We need Trump's words to the press about calling off the May 21 event — have you got them?", NOW)
    assert a.provisions[:1] == ["may-21-cancellation"] and "leading China" in a.text


def test_a_short_note_asking_for_the_words_keeps_the_quote(answerer: Answerer) -> None:
    """ "…? exact words": a clause of its own, which still asks for the quotation of the part before it."""
    a = answerer.answer("how did trump explain calling off the may 21 ceremony? exact words", NOW)
    assert a.provisions[:1] == ["may-21-cancellation"] and "leading China" in a.text


def test_a_sentence_of_its_own_asking_for_the_quote_keeps_it(answerer: Answerer) -> None:
    """ "…? need the exact quote for our deck": a longer sentence, dropped as context, still asks for the words."""
    plain = answerer.answer("what did trump tell reporters when he called off the may event?", NOW)
    quoted = answerer.answer(
        "what did trump tell reporters when he called off the may event? need his exact quote for a slide", NOW
    )
    assert quoted.provisions[:1] == ["may-21-cancellation"] and "leading everybody" in quoted.text
    assert "leading everybody" not in plain.text


@pytest.mark.parametrize(
    "question", ["did the lab bosses get an Oval Office event this time?", "were tech execs invited when it was finally signed?"]
)
def test_this_time_means_the_signing_not_the_called_off_event(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.provisions[:1] == ["signing-without-ceremony"], (a.provisions, a.headline)


@pytest.mark.parametrize(
    "question",
    [
        "suppose a state wanted a proper, compulsory check of AI models: who could set that up?",
        "who'd need to enact a binding review if voluntary isn't enough?",
    ],
)
def test_who_could_make_the_review_binding_is_the_congress_entry(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert a.provisions[:1] == ["congress"], (a.provisions, a.headline)


def test_the_originally_planned_event_is_the_earlier_one(answerer: Answerer) -> None:
    """ "the first signing ceremony … meant to": an earlier event, not the signing that happened."""
    a = answerer.answer("when was the first signing ceremony meant to take place?", NOW)
    assert a.provisions[:1] == ["may-21-cancellation"] and "May 21" in a.headline


def test_a_clear_winner_answers_though_neither_signal_is_sure(answerer: Answerer) -> None:
    """Moderately close on both signals and far ahead of the next entry: answered, not declined."""
    a = answerer.answer("which cabinet members are named as involved, hegseth?", NOW)
    assert a.answered and "Hegseth" in a.text, (a.rule, a.text)


@pytest.mark.parametrize(
    ("similarity", "coverage", "second", "wins"),
    [
        (0.45, 0.27, 0.30, True),  # padded with asides ("…for the hearing binder"): moderately close, far ahead
        (0.40, 0.27, 0.30, False),  # not close enough
        (0.45, 0.20, 0.30, False),  # too little of the question covered
        (0.45, 0.27, 0.45, False),  # not far enough ahead
    ],
)
def test_a_clear_winner_needs_both_signals_and_a_lead(similarity: float, coverage: float, second: float, wins: bool) -> None:
    fused = {"first": 0.6, "second": second}
    lexical = {"first": Hit("first", 1.0, coverage, ())}
    assert Retriever._clear_winner(["first", "second"], fused, {"first": similarity}, lexical) is wins


def test_a_clear_winner_naming_an_acronym_the_reports_never_use_is_not_answered(answerer: Answerer) -> None:
    a = answerer.answer("did the FDIC put out supervisory guidance to banks tied to the order?", NOW)
    assert not a.answered


def test_product_prices_are_declined_with_their_reason(answerer: Answerer) -> None:
    a = answerer.answer("what does a claude pro subscription cost per month?", NOW)
    assert not a.answered and "no prices" in a.headline, a.text


@pytest.mark.parametrize(
    "question",
    [
        "how's nvidia stock doing since the order?",
        "Anthropic valuation now?",
        "where are interest rates headed?",
        "what's the fed rate these days",
    ],
)
def test_market_figures_are_declined_by_shape(answerer: Answerer, question: str) -> None:
    a = answerer.answer(question, NOW)
    assert not a.answered and a.rule == "declined-by-shape" and "market figures" in a.headline


@pytest.mark.parametrize(
    ("question", "focused"),
    [
        ("State CIO here — who leads the clearinghouse?", "who leads the clearinghouse?"),
        ("Dean Ball — what was his beef?", "Dean Ball — what was his beef?"),  # a topic before the dash, not the asker
        ("the Cato analyst - for or against?", "the Cato analyst - for or against?"),
    ],
)
def test_a_short_self_introduction_before_a_dash_is_context(question: str, focused: str) -> None:
    assert focus(question) == focused


def test_a_second_question_starting_with_and_is_still_asked(answerer: Answerer) -> None:
    """ "…? and what about the hiring piece": a question after a conjunction, not context to drop."""
    a = answerer.answer("does the EO give the AG anything to do? and what about federal cyber hiring", NOW)
    assert "doj-enforcement" in a.provisions and "opm-hiring" in a.provisions, a.provisions


def test_a_short_question_pointing_back_keeps_the_sentence_before_it() -> None:
    text = "Warner praised it but had a dig at the administration. What was his point?"
    assert focus(text) == text
    assert focus("I'm new here. What does the order do?") == "What does the order do?"


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("reporters will ask us 'is this a licensing regime?' - what's the answer", "is this a licensing regime?"),
        (
            'our ticket says "EO gives USG 90 days to test models". accurate?',
            "is it true that EO gives USG 90 days to test models?",
        ),
        ("The review lasts 90 days. true?", "is it true that The review lasts 90 days?"),
        ("what's the 'clearinghouse' thing?", None),  # a quoted word, not a quoted question
        ("don't say 'mandatory' in the memo, what's the review?", None),
    ],
)
def test_a_quoted_question_or_a_tagged_claim_is_what_is_asked(message: str, asked: str | None) -> None:
    from bot.engine.intents import checked_claim

    assert checked_claim(message) == asked
    if asked:
        assert focus(message) == asked


def test_a_quoted_claim_is_corrected_first(answerer: Answerer) -> None:
    a = answerer.answer("pasting from our risk ticket: 'EO gives USG 90 days to test frontier models before GA'. accurate?", NOW)
    assert a.answered and a.headline.startswith("No: 30 days.")
    quoted = answerer.answer("reporters will def ask us 'is this a licensing regime?' - what's the answer", NOW)
    assert quoted.answered and "licens" in quoted.headline


def test_a_ninety_day_claim_about_the_review_is_corrected_with_the_review_not_another_deadline(answerer: Answerer) -> None:
    review = answerer.answer("is it true that the EO gives the government 90 days to test frontier models?", NOW)
    assert review.headline.startswith("No: 30 days. The 90-day window was in")
    cisa = answerer.answer("did the order give CISA 90 days?", NOW)
    assert cisa.headline.startswith("No: 30 days, not 90.")  # CISA's deadline has nothing to do with the draft


def test_a_who_must_question_answered_by_the_voluntary_entry_is_not_also_called_uncovered(answerer: Answerer) -> None:
    a = answerer.answer("what do county clerks have to file with the feds under the order? it's for our compliance calendar", NOW)
    assert a.answered and "voluntar" in a.text and "rest of your question" not in a.text, a.text


def test_a_specific_company_asked_for_brings_the_line_that_names_it(answerer: Answerer) -> None:
    a = answerer.answer("Londono's worry about weaponizing it - does he point at any specific company?", NOW)
    assert "Anthropic" in a.text, a.text
