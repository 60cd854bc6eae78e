"""Caches in front of the engine: an LRU, a one-day LRU, and the answer cache for the current day.

Answers depend on the question and on the day only (day counts), so a repeated question within the day costs a
dictionary lookup; a follow-up, whose answer depends on its conversation, is never cached.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, Hashable, TypeVar

from bot.engine.answer import Answer, Answerer, Turn
from bot.engine.citations import Citer

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """At most ``size`` entries, least recently used evicted first; size 0 stores nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: K) -> V | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        if self.size <= 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)


class DailyCache(Generic[K, V]):
    """An :class:`LruCache` for one day at a time: seeing another day drops every entry.

    Answers count days (deadline status), so entries of an earlier day can never be used again; keyed by
    (question, day) in one LRU they would sit there until evicted, and a bot running for weeks would carry a
    full cache of them.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.day: dt.date | None = None
        self._lru: LruCache[K, V] = LruCache(size)

    def __len__(self) -> int:
        return len(self._lru)

    def get(self, day: dt.date, key: K) -> V | None:
        return self._lru.get(key) if day == self.day else None

    def put(self, day: dt.date, key: K, value: V) -> None:
        if day != self.day:
            self.day, self._lru = day, LruCache(self.size)
        self._lru.put(key, value)


class CachingAnswerer:
    """A small LRU in front of the engine, for the current day.

    The engine's answers depend on the question and on ``now.date()`` only (day counts), and the
    same questions recur (Share re-runs a command, suggested questions, popular phrasings), so a
    repeat within the day costs a dictionary lookup instead of a search.
    """

    def __init__(self, answerer: Answerer, size: int = 2048) -> None:
        self.engine = answerer
        self.size = size
        self._cache: DailyCache[str, Answer] = DailyCache(size)

    @property
    def citer(self) -> Citer:
        return self.engine.citer

    def answer(self, question: str, now: dt.datetime, context: Sequence[Turn] = ()) -> Answer:
        if self.size <= 0 or context:  # a follow-up's answer depends on its conversation: not cached
            return self.engine.answer(question, now, context)
        day = now.date()
        found = self._cache.get(day, question)
        if found is None:
            found = self.engine.answer(question, now)
            self._cache.put(day, question, found)
        return found
