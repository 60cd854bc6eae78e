"""Faithfulness, checked by a test rather than a reader: every statement's evidence is its report's own words, the
outlet it credits is named there, the report's hedges survive, and every report sentence is used or set aside."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.content.evidence import Reports, check, pieces, report_sentences
from bot.content.loader import load_content
from bot.content.models import Content, Entry, Fact, Source, Unused
from bot.core.settings import DEFAULT_SEEDS_DIR


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def reports() -> Reports:
    if not DEFAULT_SEEDS_DIR.is_dir():
        pytest.skip(f"seed reports not found at {DEFAULT_SEEDS_DIR}")
    return Reports.from_directory(DEFAULT_SEEDS_DIR)


# ---------------------------------------------------------------- the shipped content


def test_every_statement_has_evidence(content: Content, reports: Reports) -> None:
    assert check(content, reports).missing == []


def test_every_excerpt_is_verbatim_in_its_report(content: Content, reports: Reports) -> None:
    assert check(content, reports).not_verbatim == []


def test_every_attribution_is_named_where_its_evidence_is(content: Content, reports: Reports) -> None:
    assert check(content, reports).attribution == []


def test_hedges_in_the_evidence_survive_into_the_statement(content: Content, reports: Reports) -> None:
    assert check(content, reports).hedges == []


def test_every_report_sentence_is_evidence_or_deliberately_unused(content: Content, reports: Reports) -> None:
    findings = check(content, reports)
    assert findings.uncovered == []
    assert findings.unused_problems == []


# ---------------------------------------------------------------- the checks themselves catch what they must

REPORT = "000_aaaaaaaaaaaaaaaa.txt"
TEXT = (
    "The company reportedly found thousands of flaws. Reuters said the window is 30 days.\n"
    "A second paragraph says “nothing else”.\n"
)


def _content(content: Content, fact: Fact, unused: list[Unused] | None = None) -> Content:
    entry = next(iter(content.entries.values()))
    same = {"summary": fact.text, "sources": fact.sources}  # every statement of the tiny content says the same
    only = entry.model_copy(update={**same, "title": fact.text, "details": [fact], "discrepancies": []})
    order = content.order.model_copy(update=same)
    return replace(content, entries={only.id: only}, deadlines={}, order=order, unused=unused or [])


def _fact(text: str, evidence: str | None, attribution: str | None = None) -> Fact:
    return Fact(text=text, sources=[Source(report=REPORT, evidence=evidence, attribution=attribution)])


def test_sentences_split_on_ends_and_lines() -> None:
    assert report_sentences(TEXT) == [
        "The company reportedly found thousands of flaws.",
        "Reuters said the window is 30 days.",
        'A second paragraph says "nothing else".',
    ]
    assert pieces("one two … three four") == ["one two", "three four"]


def test_an_invented_excerpt_is_caught(content: Content) -> None:
    findings = check(_content(content, _fact("It found flaws.", "The company found flaws")), Reports({REPORT: TEXT}))
    assert len(findings.not_verbatim) == 3  # summary, detail and order all cite it


def test_quote_style_and_whitespace_do_not_count(content: Content) -> None:
    fact = _fact('It says "nothing else".', 'A second   paragraph says "nothing else"')
    assert check(_content(content, fact), Reports({REPORT: TEXT})).not_verbatim == []


def test_a_dropped_hedge_is_caught(content: Content) -> None:
    dropped = check(
        _content(content, _fact("The company found thousands of flaws.", "The company reportedly found")), Reports({REPORT: TEXT})
    )
    kept = check(
        _content(content, _fact("The company reportedly found flaws.", "The company reportedly found")), Reports({REPORT: TEXT})
    )
    assert dropped.hedges and "reportedly" in dropped.hedges[0]
    assert kept.hedges == []


def test_an_attribution_the_evidence_does_not_name_is_caught(content: Content) -> None:
    wrong = _fact("The window is 30 days.", "The company reportedly found thousands of flaws", attribution="Axios")
    right = _fact("The window is 30 days.", "the window is 30 days", attribution="Axios")
    reports = Reports({REPORT: TEXT.replace("Reuters", "Axios")})
    assert check(_content(content, wrong), reports).attribution
    assert check(_content(content, right), reports).attribution == []


def test_an_unused_sentence_needs_a_listing(content: Content) -> None:
    fact = _fact("The window is 30 days.", "Reuters said the window is 30 days.")
    bare = check(_content(content, fact), Reports({REPORT: TEXT}))
    assert len(bare.uncovered) == 2
    listed = [
        Unused(report=REPORT, sentence="The company reportedly", reason="not about the order"),
        Unused(report=REPORT, sentence="A second paragraph", reason="filler"),
    ]
    assert check(_content(content, fact, listed), Reports({REPORT: TEXT})).uncovered == []
    stale = [Unused(report=REPORT, sentence="No such sentence", reason="no longer there")]
    assert check(_content(content, fact, stale), Reports({REPORT: TEXT})).unused_problems


def test_missing_evidence_is_caught(content: Content) -> None:
    assert check(_content(content, _fact("The window is 30 days.", None)), Reports({REPORT: TEXT})).missing


def test_every_entry_file_is_checked(content: Content) -> None:
    assert {e.kind for e in content.entries.values()} >= {"provision", "background", "reaction"}
    assert isinstance(next(iter(content.entries.values())), Entry)
    assert Path(str(content.directory), "reactions.yaml").is_file()
