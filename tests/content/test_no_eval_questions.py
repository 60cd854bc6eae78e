"""Example questions and paraphrases are written from the content, never copied from a question set: no content
question shares (nearly) all its words with a question of the dev set or of any set in tests/data."""

from __future__ import annotations

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


def test_no_content_question_is_a_copy_of_an_eval_question() -> None:
    asked = [(q, words(q)) for q in eval_questions()]
    assert len(asked) > 500
    copies = []
    for mine in content_questions():
        own = words(mine)
        for theirs, other in asked:
            if own and len(own & other) / len(own | other) >= NEAR_COPY:
                copies.append((mine, theirs))
    assert not copies, copies[:5]


@pytest.mark.parametrize("pair", [("Who runs the clearinghouse?", "who runs the clearinghouse")])
def test_the_check_sees_a_copy(pair: tuple[str, str]) -> None:
    a, b = map(words, pair)
    assert len(a & b) / len(a | b) >= NEAR_COPY
