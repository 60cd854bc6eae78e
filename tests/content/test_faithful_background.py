"""Issue 11, part 1, for content/background.yaml: each audit finding is fixed where users see it.

One test per finding: a natural question whose answer touches the finding must now keep the report's hedge,
attribution or both versions, and must not carry the overstated wording; where an answer cannot reach the statement
directly, the test asserts on the entry's own text and sources.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from bot.content.models import Content, Entry, Fact, Source
from bot.engine.answer import Answerer

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)
SACKS_REPORT = "001_a8e141072fa5e75f.txt"
BRIEF = "000_6266a5e4ff0ae12d.txt"
CLIPPING = "004_43a0e5ac9bbf7905.txt"


def ask(answerer: Answerer, question: str) -> str:
    answer = answerer.answer(question, NOW)
    assert answer.answered, f"{question!r} was declined: {answer.text}"
    return answer.text


def entry(content: Content, entry_id: str) -> Entry:
    return content.entries[entry_id]


def facts(item: Entry) -> Iterator[Fact]:
    yield from item.details
    for disc in item.discrepancies:
        yield from disc.versions


def statements(item: Entry) -> Iterator[tuple[str, list[Source]]]:
    """Every statement of the entry with its sources (title and summary count as one)."""
    yield f"{item.title}. {item.summary}", list(item.sources)
    for fact in facts(item):
        yield fact.text, list(fact.sources)


BACKGROUND_IDS = [
    "order-overview", "mythos", "wall-street-meeting", "glasswing-expansion", "anthropic-pentagon-dispute",
    "draft-90-day", "may-21-cancellation", "monday-meeting", "sacks-role", "industry-lobbying", "order-revival",
    "internal-debate", "signing-without-ceremony", "congress", "deregulatory-record", "innovation-security-balance",
    "what-the-order-is-not", "about-sources",
]  # fmt: skip


# ---------------------------------------------------------------- overstated


def test_mythos_ability_is_what_anthropic_said_not_a_fact(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "How good is Claude Mythos at spotting security holes in software?")
    assert "showed an unprecedented ability" not in text
    assert re.search(r"the company said|Anthropic said", text)
    assert "reportedly" in text and "apparent ability" in text  # 000's and 001's hedges survive
    mythos = entry(real_content, "mythos")
    assert "showed an unprecedented ability" not in mythos.summary
    for statement, _ in statements(mythos):
        if "unprecedented" in statement:  # only ever as Anthropic's claim, or as one report's unattributed words
            assert re.search(r"company said|Anthropic said|One report states", statement), statement


def test_the_weaponize_fear_is_londonos_not_critics(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "Is Anthropic tangled up in litigation with the Defense Department?")
    assert "Critics fear" not in text and "critics fear" not in text
    assert "Londoño" in text
    dispute = entry(real_content, "anthropic-pentagon-dispute")
    assert "Londoño" in dispute.summary and "ritics" not in dispute.summary


def test_whiplash_is_serena_booths_word(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "why all the whiplash in the White House over this order?")
    assert "critics called" not in text
    assert "Serena Booth" in text
    debate = entry(real_content, "internal-debate")
    assert "critics" not in debate.summary and "Booth" in debate.summary


# ---------------------------------------------------------------- misattributed


def test_mythos_faq_line_is_credited_to_the_clippings_reports_not_pbs(real_content: Content) -> None:
    faq = [
        (fact, source)
        for fact in facts(entry(real_content, "mythos"))
        for source in fact.sources
        if source.evidence and source.evidence.startswith("Reports in the clipping say")
    ]
    assert faq, "the clipping's FAQ line about Mythos is still cited"
    for fact, source in faq:
        assert source.attribution == "the reports quoted in the clipping"
        assert "reports quoted in the Implicator clipping say" in fact.text
    for fact in facts(entry(real_content, "mythos")):
        for source in fact.sources:
            if source.attribution == "PBS NewsHour and the Associated Press":
                assert source.evidence and "PBS NewsHour and the Associated Press said" in source.evidence
                assert "PBS NewsHour and the Associated Press said" in fact.text


def test_sacks_push_is_axios_via_the_clipping_and_his_backing_is_people_familiar(
    answerer: Answerer, real_content: Content
) -> None:
    text = ask(answerer, "What did Sacks lobby for in the talks?")
    assert "Axios" in text and "person familiar with the negotiations" in text
    assert "according to people familiar with the matter" in text
    # the old detail read as if Sacks himself cited a person familiar with the negotiations
    assert "licensing, citing a person familiar" not in text
    for statement, sources in statements(entry(real_content, "sacks-role")):
        for source in sources:
            if source.attribution == "people familiar with the matter":
                assert "according to people familiar with the matter" in statement, statement
            if source.attribution == "Axios":
                assert "Axios" in statement and "Citing a person familiar" in statement, statement


def test_monday_meeting_keeps_people_familiar_with_the_matter(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "Did Sacks back the plan at the meeting the day before the signing?")
    assert "according to people familiar with the matter" in text
    for statement, sources in statements(entry(real_content, "monday-meeting")):
        if any(s.attribution == "people familiar with the matter" for s in sources):
            assert "according to people familiar with the matter" in statement, statement


def test_hawley_is_quoted_by_roll_call(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "What's Hawley's position on AI legislation?")
    assert "Roll Call quoted" in text and "Hawley said" not in text
    for statement, _ in statements(entry(real_content, "congress")):
        assert "Hawley said" not in statement


def test_no_oversight_of_all_models_is_the_white_houses_claim(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "So the government isn't overseeing every new model that comes out?")
    assert "is not government oversight of all new AI models" not in text
    assert "White House said on social media" in text
    for statement, _ in statements(entry(real_content, "what-the-order-is-not")):
        if "oversight of all new" in statement:
            assert "White House said" in statement, statement


def test_the_90_day_version_is_not_cited_to_the_brief(real_content: Content) -> None:
    """The short news brief (000) never says 90 days: no detail about the 90-day draft rests on it."""
    details = entry(real_content, "what-the-order-is-not").details
    assert any("90 days" in fact.text for fact in details)
    for fact in details:
        if "90" in fact.text:
            assert all(s.report != BRIEF for s in fact.sources), fact.text
        if any(s.report == BRIEF for s in fact.sources):
            assert "90" not in fact.text, fact.text


# ---------------------------------------------------------------- disagreements flattened


def test_monday_meeting_shows_both_accounts(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "who was in the room at Monday's meeting?")
    assert "Reports differ" in text
    assert "Cairncross" in text and "series of high-level meetings" in text and "reportedly" in text
    assert "Hegseth" in text and "by phone" in text
    versions = [v for d in entry(real_content, "monday-meeting").discrepancies for v in d.versions]
    assert {s.report for v in versions for s in v.sources} >= {SACKS_REPORT, "002_ccf0df14af54dae5.txt"}


# ---------------------------------------------------------------- inferred, not marked


def test_has_since_is_marked_as_an_inference(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "Did Anthropic restrict Mythos access before or after Bessent and Powell met Wall Street?")
    assert "(after the meeting)" not in text
    assert "has since" in text and "inference" in text
    meeting = entry(real_content, "wall-street-meeting")
    since = [v.text for d in meeting.discrepancies for v in d.versions if "has since" in v.text]
    assert since and all("inference" in t and "after the meeting)" not in t for t in since)


# ---------------------------------------------------------------- missing


def test_china_quote_was_said_to_reporters_at_the_time(answerer: Answerer, real_content: Content) -> None:
    text = ask(answerer, "what did Trump say about leading China?")
    assert re.search(r"told reporters|at the time", text, re.I)
    quoted = 0
    for entry_id in BACKGROUND_IDS:
        for statement, _ in statements(entry(real_content, entry_id)):
            if re.search(r"leading China|lead over China|leading globally", statement):
                assert re.search(r"at the time|after saying", statement, re.I), statement
                quoted += 1
    assert quoted >= 2


# ---------------------------------------------------------------- found while re-auditing the file


def test_users_never_see_bare_report_numbers(real_content: Content) -> None:
    for entry_id in BACKGROUND_IDS:
        for statement, _ in statements(entry(real_content, entry_id)):
            assert not re.search(r"\bReport 00\d", statement), statement


def test_londono_names_no_company_in_one_report(real_content: Content) -> None:
    """'such as Anthropic' is the wording of one report (003), not Londoño's in both: it is marked as such."""
    for fact in facts(entry(real_content, "anthropic-pentagon-dispute")):
        if fact.speaker == "Juan Londoño":
            assert "such as Anthropic" not in fact.text


def test_review_window_anchor_differs_in_the_overview(real_content: Content) -> None:
    overview = entry(real_content, "order-overview")
    assert "trusted partners" in overview.summary
    versions = [v for d in overview.discrepancies for v in d.versions]
    assert any(CLIPPING in {s.report for s in v.sources} and "other trusted partners" in v.text for v in versions)
    assert any("public release" in v.text for v in versions)


@pytest.mark.parametrize("entry_id", BACKGROUND_IDS)
def test_every_statement_cites_evidence(real_content: Content, entry_id: str) -> None:
    for statement, sources in statements(entry(real_content, entry_id)):
        assert sources and all(s.evidence for s in sources), statement
