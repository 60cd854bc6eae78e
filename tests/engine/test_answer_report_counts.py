"""How many of the reports say something: counted from the citations of the statements that carry it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Answerer

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("question", "count", "entry"),
    [
        ("in how many of the reports does the 150 number show up?", "Two", "glasswing-expansion"),
        ("of the five reports, how many mention May 21?", "Two", "may-21-cancellation"),
        ("how many articles quote Londoño?", "Four", "londono-cato"),
    ],
)
def test_the_reports_carrying_a_figure_date_or_person_are_counted(
    answerer: Answerer, question: str, count: str, entry: str
) -> None:
    a = answerer.answer(question, NOW)
    assert a.answered and a.rule == "listing" and a.provisions == [entry]
    assert a.headline.startswith(f"{count} of the five reports, by this index's citations: ")
    assert a.citations  # each statement counted is shown with its reports


def test_a_count_of_something_else_is_not_a_report_count(answerer: Answerer) -> None:
    a = answerer.answer("how many organizations got Mythos access?", NOW)
    assert "of the five reports" not in a.headline and "150" in a.text
