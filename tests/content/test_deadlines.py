"""Deadline dates derive from the signing date; status is relative to the given day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.content.deadlines import deadline_statuses, long_date, status_for
from bot.content.models import Content, Deadline, Order, Report, Source

REPORT = "000_0000000000000000.txt"


def _deadline(ident: str, days: int) -> Deadline:
    return Deadline(
        id=ident,
        title=f"Thing {ident}",
        what="Something must be done.",
        who=["CISA"],
        days_after_signing=days,
        provision="p",
        sources=[Source(report=REPORT)],
    )


@pytest.fixture
def content() -> Content:
    order = Order(
        title="T",
        short_name="T",
        summary="An order used only in these tests.",
        signing_date=dt.date(2026, 6, 2),
        signing_date_basis="inferred",
        signing_date_note="Inferred for the test.",
        sources=[Source(report=REPORT)],
    )
    deadlines = {d.id: d for d in (_deadline("late", 60), _deadline("early", 30))}
    return Content(
        order=order, reports={REPORT: Report(file=REPORT, label="Report 000", headline="Head")}, entries={}, deadlines=deadlines
    )


@pytest.mark.parametrize(
    ("today", "days_left", "state", "label"),
    [
        (dt.date(2026, 6, 20), 12, "upcoming", "12 days left"),
        (dt.date(2026, 7, 1), 1, "upcoming", "1 day left"),
        (dt.date(2026, 7, 2), 0, "today", "due today"),
        (dt.date(2026, 7, 3), -1, "passed", "passed 1 day ago"),
        (dt.date(2026, 7, 14), -12, "passed", "passed 12 days ago"),
    ],
)
def test_status_before_on_and_after_the_due_date(content, today, days_left, state, label):
    status = status_for(content, content.deadlines["early"], today)
    assert status.due == dt.date(2026, 7, 2)
    assert (status.days_left, status.state, status.label) == (days_left, state, label)


def test_statuses_are_sorted_by_due_date(content):
    statuses = deadline_statuses(content, dt.date(2026, 6, 2))
    assert [s.deadline.id for s in statuses] == ["early", "late"]
    assert [s.due for s in statuses] == [dt.date(2026, 7, 2), dt.date(2026, 8, 1)]


def test_dates_move_with_the_signing_date(content):
    moved = Content(
        order=content.order.model_copy(update={"signing_date": dt.date(2026, 6, 9)}),
        reports=content.reports,
        entries={},
        deadlines=content.deadlines,
    )
    assert status_for(moved, moved.deadlines["early"], dt.date(2026, 7, 2)).label == "7 days left"


def test_long_date_format():
    assert long_date(dt.date(2026, 7, 2)) == "Thursday, July 2, 2026"
