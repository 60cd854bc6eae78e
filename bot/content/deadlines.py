"""Deadline dates and their status relative to a given day (dates derive from the signing date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from bot.content.models import Content, Deadline

State = Literal["passed", "today", "upcoming"]


@dataclass(frozen=True)
class DeadlineStatus:
    deadline: Deadline
    due: dt.date
    days_left: int
    state: State
    label: str


def long_date(day: dt.date) -> str:
    """``Thursday, July 2, 2026``."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def status_label(days_left: int) -> tuple[State, str]:
    if days_left < 0:
        return "passed", f"passed {_plural(-days_left, 'day')} ago"
    if days_left == 0:
        return "today", "due today"
    return "upcoming", f"{_plural(days_left, 'day')} left"


def status_for(content: Content, deadline: Deadline, today: dt.date) -> DeadlineStatus:
    due = content.deadline_date(deadline)
    days_left = (due - today).days
    state, label = status_label(days_left)
    return DeadlineStatus(deadline, due, days_left, state, label)


def deadline_statuses(content: Content, today: dt.date) -> list[DeadlineStatus]:
    """Every deadline, soonest due first (ties keep content order)."""
    statuses = [status_for(content, d, today) for d in content.deadlines.values()]
    return sorted(statuses, key=lambda s: s.due)
