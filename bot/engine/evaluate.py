"""Run a question file (dev_questions.yaml format) through an answerer and score it.

In-scope items pass when the answer is given and its text matches every ``must`` regex and no
``must_not`` regex (case-insensitive); out-of-scope items pass when the answer is a decline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.engine.answer import Answer, Turn
from bot.engine.normalise import MAX_QUESTION_CHARS


class EvalItem(BaseModel):
    id: str
    q: str
    in_scope: bool
    must: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)
    topic: str | None = None
    context: list[str] = Field(default_factory=list, description="Earlier questions of the conversation, oldest first")


class EvalFileError(Exception):
    """The question file is missing or malformed."""


class AnswersQuestions(Protocol):
    def answer(self, question: str, now: dt.datetime, context: Sequence[Turn] = ()) -> Answer: ...


@dataclass
class Outcome:
    item: EvalItem
    answer: Answer
    passed: bool
    problems: list[str]


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def _count(self, in_scope: bool) -> tuple[int, int]:
        chosen = [o for o in self.outcomes if o.item.in_scope == in_scope]
        return sum(o.passed for o in chosen), len(chosen)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    def rates(self) -> tuple[float, float]:
        (a, b), (c, d) = self._count(True), self._count(False)
        return (a / b if b else 1.0), (c / d if d else 1.0)

    def summary_line(self) -> str:
        (a, b), (c, d) = self._count(True), self._count(False)
        return f"in-scope: {a}/{b} passed, out-of-scope: {c}/{d} declined"


def load_items(path: Path | str) -> list[EvalItem]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvalFileError(f"{path}: file not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a list of questions")
    try:
        items = [EvalItem.model_validate(raw) for raw in data]
        for item in items:
            for pattern in [*item.must, *item.must_not]:
                re.compile(pattern)
    except ValidationError as exc:
        raise EvalFileError(f"{path}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
    except re.error as exc:
        raise EvalFileError(f"{path}: bad regex: {exc}") from exc
    return items


def judge(item: EvalItem, answer: Answer) -> Outcome:
    problems: list[str] = []
    if answer.rule == "error":  # the engine failed and apologised: never a pass, even where a decline was wanted
        return Outcome(item, answer, False, ["the engine failed on this question"])
    if not item.in_scope:
        if answer.answered:
            problems.append("answered an out-of-scope question")
    elif not answer.answered:
        problems.append("declined an in-scope question")
    else:
        problems += [f"missing /{p}/" for p in item.must if not re.search(p, answer.text, re.I)]
        problems += [f"matched forbidden /{p}/" for p in item.must_not if re.search(p, answer.text, re.I)]
    return Outcome(item, answer, not problems, problems)


def conversation(answerer: AnswersQuestions, earlier: list[str], now: dt.datetime) -> list[Turn]:
    """The turns of a conversation whose questions were ``earlier``: each asked in turn, with its answer's entries."""
    turns: list[Turn] = []
    for question in earlier:
        answer = answerer.answer(question, now, turns)
        turns.append(Turn(question=question[:MAX_QUESTION_CHARS], provisions=tuple(answer.provisions)))
    return turns


def evaluate(answerer: AnswersQuestions, items: list[EvalItem], now: dt.datetime) -> Report:
    outcomes = []
    for item in items:
        turns = conversation(answerer, item.context, now) if item.context else []
        outcomes.append(judge(item, answerer.answer(item.q, now, turns) if turns else answerer.answer(item.q, now)))
    return Report(outcomes)
