"""Injectable clocks. Logic never calls ``datetime.now()`` itself; it is handed a clock."""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable, Protocol

UTC = dt.timezone.utc


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Current instant, timezone-aware (UTC)."""


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class OffsetClock:
    """Starts at ``start`` and then runs at real speed (``EO_CLOCK_START``, demos, e2e tests)."""

    def __init__(self, start: dt.datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.tzinfo is None:
            raise ValueError("clock start needs a UTC offset")
        self._start = start.astimezone(UTC)
        self._monotonic = monotonic
        self._origin = monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=self._monotonic() - self._origin)


class ManualClock:
    """A clock that moves only when told to (unit tests)."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("clock start needs a UTC offset")
        self._now = start.astimezone(UTC)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, instant: dt.datetime) -> None:
        self._now = instant.astimezone(UTC)

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta
