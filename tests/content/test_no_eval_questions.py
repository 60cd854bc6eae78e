"""Example questions and paraphrases are written from the content, never copied from a question set: no content
question shares (nearly) all its words with a question of the dev set or of any set in tests/data."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import yaml

from bot.content.loader import load_content

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev_questions.yaml"
NEAR_COPY = 0.8  # share of words two questions have in common (Jaccard) from which one reads as a copy


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def eval_questions() -> list[str]:
    files = sorted(DATA.glob("*_questions.yaml")) + ([DEV] if DEV.exists() else [])
    out: list[str] = []
    for path in files:
        for item in yaml.safe_load(path.read_text()) or []:
            out += [item["q"], *item.get("context", [])]
    return out


def content_questions() -> list[str]:
    content = load_content()
    out = [*content.order.examples, *content.order.paraphrases]
    for entry in content.entries.values():
        out += [*entry.examples, *entry.paraphrases]
    for deadline in content.deadlines.values():
        out += [*deadline.examples, *deadline.paraphrases]
    for gap in content.gaps.values():
        out += [*gap.examples, *gap.paraphrases]
    return out


def near_copies(mine: list[str], theirs: list[str]) -> list[tuple[str, str]]:
    """Pairs at least NEAR_COPY alike. Prefix filtering keeps it exact but fast: two word sets that alike must share
    one of the first |A| - ceil(NEAR_COPY * |A|) + 1 words of A, taken rarest first."""
    asked = [words(q) for q in theirs]
    holding: dict[str, list[int]] = {}
    for i, other in enumerate(asked):
        for word in other:
            holding.setdefault(word, []).append(i)
    copies = []
    for question in mine:
        own = words(question)
        if not own:
            continue
        rarest = sorted(own, key=lambda w: (len(holding.get(w, ())), w))
        prefix = rarest[: len(own) - math.ceil(NEAR_COPY * len(own)) + 1]
        candidates = {i for w in prefix for i in holding.get(w, ())}
        copies += [(question, theirs[i]) for i in sorted(candidates) if len(own & asked[i]) / len(own | asked[i]) >= NEAR_COPY]
    return copies


def test_no_content_question_is_a_copy_of_an_eval_question() -> None:
    asked = eval_questions()
    assert len(asked) > 500
    copies = near_copies(content_questions(), asked)
    assert not copies, copies[:5]


def test_the_fast_check_finds_what_comparing_every_pair_finds() -> None:
    mine = ["Who runs the clearinghouse?", "what is the review window", "is NIST involved in the benchmark", "tl;dr pls"]
    theirs = ["who runs the clearinghouse", "what is the review window length", "is nist involved", "review window?", "pls"]
    every = [
        (a, b) for a in mine for b in theirs if words(a) and len(words(a) & words(b)) / len(words(a) | words(b)) >= NEAR_COPY
    ]
    assert near_copies(mine, theirs) == every and every


@pytest.mark.parametrize("pair", [("Who runs the clearinghouse?", "who runs the clearinghouse")])
def test_the_check_sees_a_copy(pair: tuple[str, str]) -> None:
    a, b = map(words, pair)
    assert len(a & b) / len(a | b) >= NEAR_COPY
