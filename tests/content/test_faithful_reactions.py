"""Issue 11, content/reactions.yaml: each audit finding in the reactions and open questions is fixed, and an answer to a
question that touches it is now faithful (keeps the hedge, the attribution or both versions; drops the overstatement).
The last tests cover what the re-audit of the same file found."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.content.evidence import statements
from bot.content.models import Content, Entry
from bot.engine.answer import Answerer

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)
OPENAI_REPORT = "003_05fa798cd50b105a.txt"


def _answer(answerer: Answerer, question: str, entry_id: str) -> str:
    answer = answerer.answer(question, NOW)
    assert answer.answered, answer.text
    assert entry_id in answer.provisions, (answer.provisions, answer.text)
    return answer.text


def _entry_text(content: Content, entry_id: str) -> str:
    """Everything the entry tells a user: title, summary, details and every report version."""
    return " ".join(s.text for s in statements(content) if s.where.startswith(f"entry '{entry_id}':"))


def _entry(content: Content, entry_id: str) -> Entry:
    return content.entries[entry_id]


# ---------------------------------------------------------------- overstated


def test_final_vs_draft_no_longer_claims_the_reports_agree_on_one_difference(answerer: Answerer, real_content: Content) -> None:
    text = _answer(answerer, "Apart from the shorter review period, what else changed from the May version?", "final-vs-draft")
    assert "agree on" not in text
    assert "remains unclear" in text  # 000's caveat, attributed
    assert "Axios" in text and "licensing" in text  # 004: Sacks also pushed the no-licensing language
    assert "does not mention the 90 days" in _entry(real_content, "final-vs-draft").summary  # 000 never says 90 days
    assert "one difference" not in _entry_text(real_content, "final-vs-draft")


def test_how_models_are_chosen_keeps_balls_conditional_warning(answerer: Answerer, real_content: Content) -> None:
    text = _answer(answerer, "is it publicly known how covered models are picked?", "how-models-are-chosen")
    assert "there are no transparent criteria" not in text
    assert "without transparent criteria" in text and "may remain uncertain" in text
    assert "there are no transparent criteria" not in _entry_text(real_content, "how-models-are-chosen")


# ---------------------------------------------------------------- misattributed


def test_important_step_is_never_credited_to_openai_in_report_003(answerer: Answerer, real_content: Content) -> None:
    for statement in statements(real_content):
        if statement.where.startswith("entry 'openai-reaction':") and "important step" in statement.text:
            # the phrase rests on a report that says it (001, 004) ...
            assert any("important step" in (s.evidence or "") for s in statement.sources), statement.where
            # ... and a report version (where each version is one reading) never cites 003 for it
            if "discrepancy" in statement.where:
                assert OPENAI_REPORT not in {s.report for s in statement.sources}, statement.where
    versions = [v for d in _entry(real_content, "openai-reaction").discrepancies for v in d.versions]
    assert all(OPENAI_REPORT not in {s.report for s in v.sources} or "important step" not in v.text for v in versions)
    # where 003 does say "an important step", it is Anthropic's phrase
    anthropic = [s for s in statements(real_content) if s.where.startswith("entry 'anthropic-reaction':")]
    assert any("important step" in s.text and OPENAI_REPORT in {x.report for x in s.sources} for s in anthropic)
    text = _answer(answerer, "Did OpenAI put out a statement about the EO?", "openai-reaction")
    assert "Lehane" in text and "no immediate comment" in text


# ---------------------------------------------------------------- disagreements flattened


def test_reactions_overview_keeps_the_no_comment_version_for_openai(answerer: Answerer, real_content: Content) -> None:
    text = _answer(answerer, "what was the overall response to the EO?", "reactions-overview")
    assert "Sacks and OpenAI praised" not in text
    assert "OpenAI" in text and re.search(r"no immediate comments?", text)
    assert re.search(r"(?i)one report (calls|says)[^.]*mixed", text)  # "mixed" is 003's verdict, attributed


def test_anthropic_title_no_longer_states_one_reports_version_flat(answerer: Answerer, real_content: Content) -> None:
    title = _entry(real_content, "anthropic-reaction").title
    assert title != "Anthropic welcomed the order"
    assert "one report" in title and "no immediate comment" in title
    text = _answer(answerer, "Was Anthropic supportive of the order?", "anthropic-reaction")
    assert "welcomed" in text and "did not provide immediate comment" in text


# ---------------------------------------------------------------- unsupported


def test_unreported_details_says_the_criteria_are_still_to_be_set(answerer: Answerer, real_content: Content) -> None:
    text = _answer(answerer, "Is there anything the news coverage leaves out about the order?", "unreported-details")
    assert "has not been made public" not in text
    assert "60 days" in text and "still to" in text
    assert "has not been made public" not in _entry_text(real_content, "unreported-details")


# ---------------------------------------------------------------- the White House's claim


def test_not_conducting_oversight_reads_as_the_white_houses_social_media_claim(answerer: Answerer, real_content: Content) -> None:
    entry = _entry(real_content, "white-house-statements")
    claims = [
        s
        for s in statements(real_content)
        if s.where.startswith("entry 'white-house-statements':") and "NOT conducting" in s.text
    ]
    assert claims
    for statement in claims:
        assert "White House" in statement.text and "social media" in statement.text, statement.where
        cited = {s.report for s in statement.sources if s.attribution == "White House social media post"}
        assert cited & {"001_a8e141072fa5e75f.txt", "003_05fa798cd50b105a.txt"}, statement.where
    assert "stressed it is not oversight" not in entry.summary
    text = _answer(answerer, "What did the White House post on social media about the order?", "white-house-statements")
    assert "social media" in text and "NOT conducting oversight" in text


# ---------------------------------------------------------------- found while re-auditing the file


REACTION_FILE_IDS = (
    "white-house-statements sacks-reaction londono-cato openai-reaction anthropic-reaction google-reaction warner-reaction "
    "dean-ball serena-booth guardian-characterisation reactions-overview how-models-are-chosen trusted-partner-selection "
    "declining-participation final-vs-draft unreported-details"
).split()


@pytest.mark.parametrize("entry_id", REACTION_FILE_IDS)
def test_no_statement_names_a_report_as_report_nnn(real_content: Content, entry_id: str) -> None:
    assert not re.search(r"\bReports? \d{3}\b|\(\d{3}\)", _entry_text(real_content, entry_id))


def test_trusted_partner_answer_keeps_both_readings_of_the_30_day_window(answerer: Answerer, real_content: Content) -> None:
    topics = [d.topic for d in _entry(real_content, "trusted-partner-selection").discrepancies]
    assert topics, "the 004 reading (before release to other trusted partners) must not stand alone"
    text = _answer(answerer, "Do we know who picks the partners that get early access to a model?", "trusted-partner-selection")
    assert "other trusted partners" in text and "public release" in text
    assert "they name it as an unresolved question" not in text  # only 003 lists it


def test_dean_ball_title_does_not_assert_there_are_no_criteria(real_content: Content) -> None:
    assert "no clear criteria" not in _entry(real_content, "dean-ball").title


def test_open_question_details_credit_the_report_that_asks_them(real_content: Content) -> None:
    for entry_id in ("how-models-are-chosen", "trusted-partner-selection", "declining-participation"):
        first = _entry(real_content, entry_id).details[0]
        assert "one report asks" in first.text, entry_id
