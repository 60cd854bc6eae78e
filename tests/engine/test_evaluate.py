"""Eval runner: judging rules and the summary line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Answer
from bot.engine.evaluate import EvalFileError, EvalItem, evaluate, judge, load_items

NOW = dt.datetime(2026, 6, 20, tzinfo=dt.timezone.utc)


class Canned:
    """Answers 'yes voluntary' to anything mentioning 'review', declines the rest."""

    def answer(self, question: str, now: dt.datetime, context: object = ()) -> Answer:
        if "review" in question:
            return Answer(answered=True, headline="Voluntary.", text="Voluntary, 30 days.", provisions=["x"])
        return Answer(answered=False, headline="No.", text="Not covered.")


def test_judge_rules():
    ok = Answer(answered=True, headline="h", text="It is voluntary.", provisions=["x"])
    assert judge(EvalItem(id="a", q="q", in_scope=True, must=["VOLUNTAR"]), ok).passed
    assert not judge(EvalItem(id="a", q="q", in_scope=True, must=["voluntar"], must_not=["it is"]), ok).passed
    assert not judge(EvalItem(id="a", q="q", in_scope=False), ok).passed
    declined = Answer(answered=False, headline="h", text="voluntary")
    assert not judge(EvalItem(id="a", q="q", in_scope=True, must=["voluntar"]), declined).passed


def test_an_engine_failure_never_passes_even_as_a_decline():
    failed = Answer(answered=False, headline="Sorry, I couldn't process that question.", text="Sorry.", rule="error")
    outcome = judge(EvalItem(id="a", q="q", in_scope=False), failed)
    assert not outcome.passed and outcome.problems == ["the engine failed on this question"]


def test_summary_line(tmp_path: Path):
    path = tmp_path / "q.yaml"
    path.write_text(
        "- {id: a, q: 'the review?', in_scope: true, must: ['voluntar']}\n"
        "- {id: b, q: 'the review window', in_scope: true, must: ['90']}\n"
        "- {id: c, q: 'weather', in_scope: false}\n"
        "- {id: d, q: 'review stocks', in_scope: false}\n"
    )
    report = evaluate(Canned(), load_items(path), NOW)
    assert report.summary_line() == "in-scope: 1/2 passed, out-of-scope: 1/2 declined"
    assert [o.item.id for o in report.failures] == ["b", "d"]


@pytest.mark.parametrize("text", ["just a string", "- {q: missing id}", "- {id: a, q: b, in_scope: true, must: ['(']}", "[: bad"])
def test_bad_files_raise_a_clear_error(tmp_path: Path, text: str):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(EvalFileError, match="bad.yaml"):
        load_items(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(EvalFileError, match="not found"):
        load_items(tmp_path / "nope.yaml")
