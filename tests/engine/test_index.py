"""Tokenizer, Slack clean-up, stemming, typo correction and retrieval."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.content.loader import load_content
from bot.engine.index import Index, words
from bot.engine.normalise import MAX_QUESTION_CHARS, clean
from bot.engine.spelling import SpellingCorrector, distance
from bot.engine.stemming import stem


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(load_content())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<@U123ABC> when is it due?", "when is it due?"),
        ("see <#C1|general> now", "see general now"),
        ("read <http://x.example|the story> please", "read the story please"),
        ("link <https://x.example/a> here", "link here"),
        ("*bold* _it_ ~gone~ `code`", "bold it gone code"),
        ("so :smile: cool :+1:", "so cool"),
        ("tell <!channel> hi", "tell @channel hi"),
        ("nul\x00byte\x07 here", "nul byte here"),
        ("a &amp; b &lt;c&gt;", "a & b <c>"),
    ],
)
def test_clean_strips_slack_markup(raw, expected):
    assert clean(raw) == expected


def test_clean_caps_length():
    assert len(clean("word " * 5000)) <= MAX_QUESTION_CHARS


def test_words_split_hyphens_and_possessives():
    assert words("CISA's 30-day BODs") == ["cisa", "30", "day", "bods"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("agencies", "agency"),
        ("hiring", "hire"),
        ("licenses", "licensing"),
        ("cancelled", "canceled"),
        ("models", "model"),
        ("directives", "directive"),
        ("legislate", "legislation"),
        ("legislators", "legislative"),
        ("regulators", "regulation"),
    ],
)
def test_stemmer_folds_variants(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("nation", "notion"), ("station", "state"), ("national", "nation")])
def test_stemmer_keeps_short_words_whole(a, b):
    """Derivational endings are folded only on long stems: "nation" is not "n" + "ation"."""
    assert stem(a) != stem(b)


def test_distance_counts_transpositions_as_one():
    assert distance("cisa", "csia") == 1
    assert distance("benchmark", "bencmhark") == 1
    assert distance("kitten", "sitting") == 3


def test_spelling_prefers_close_frequent_words():
    speller = SpellingCorrector(Counter({"clearinghouse": 5, "benchmark": 3, "treasury": 4}))
    assert speller.correct("clearinghuose") == "clearinghouse"
    assert speller.correct("treasry") == "treasury"
    assert speller.correct("banana") is None
    assert speller.correct("nsa") is None  # too short to guess


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("NSA role in picking models", "covered-frontier-models"),
        ("binding operational directives", "cisa-bods"),
        ("BOD for federal civilian networks", "cisa-bods"),
        ("treasury clearinghouse vulnerabilities", "clearinghouse"),
        ("OPM cyber hiring", "opm-hiring"),
        ("DOJ AI hacking enforcement", "doj-enforcement"),
    ],
)
def test_search_ranks_the_right_entry_first(index, question, expected):
    hits = index.search(index.parse(question))
    assert hits[0].doc_id == expected


def test_aliases_and_typos_reach_the_same_entry(index):
    plain = index.search(index.parse("clearinghouse"))[0].doc_id
    assert index.search(index.parse("clearing house"))[0].doc_id == plain
    query = index.parse("clearinghosue")
    assert query.corrections == {"clearinghosue": "clearinghouse"}
    assert index.search(query)[0].doc_id == plain


def test_unknown_words_lower_coverage(index):
    query = index.parse("banana bread recipe")
    assert {"banana", "recipe"} <= set(query.unknown)
    assert all(hit.coverage < 0.5 for hit in index.search(query))
