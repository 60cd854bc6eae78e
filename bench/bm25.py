"""Plain BM25 baseline: one bag of words per entry, no fields, aliases, stemming or typo fixing.

It exists to be measured against (bench/bench_answers.py); the bot uses bot.engine.index + bot.engine.answer.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter

from bot.content.models import Content, Entry
from bot.engine.answer import Answer

_STOP = frozenset("a an the of to in on for and or is are was were be do does did what who when how why which it".split())


def tokenize(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP]


def entry_text(entry: Entry) -> str:
    return " ".join([entry.title, entry.summary, *entry.keywords, *(f.text for f in entry.details)])


class BM25:
    def __init__(self, docs: dict[str, str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.tf = {d: Counter(tokenize(t)) for d, t in docs.items()}
        self.length = {d: sum(c.values()) for d, c in self.tf.items()}
        self.avg = sum(self.length.values()) / max(len(docs), 1)
        df = Counter(t for c in self.tf.values() for t in c)
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def score(self, query: str) -> list[tuple[str, float]]:
        terms = tokenize(query)
        scores = []
        for doc, tf in self.tf.items():
            norm = self.k1 * (1 - self.b + self.b * self.length[doc] / self.avg)
            s = sum(self.idf.get(t, 0.0) * tf[t] * (self.k1 + 1) / (tf[t] + norm) for t in terms if t in tf)
            scores.append((doc, s))
        return sorted(scores, key=lambda x: -x[1])


class BaselineAnswerer:
    """Top BM25 entry rendered in full (summary, all details, deadlines); declines under a score."""

    def __init__(self, content: Content, threshold: float = 3.0) -> None:
        self.content, self.threshold = content, threshold
        self.bm25 = BM25({e.id: entry_text(e) for e in content.entries.values()})

    def answer(self, question: str, now: dt.datetime, context: object = ()) -> Answer:
        ranked = self.bm25.score(question[:500])
        if not ranked or ranked[0][1] < self.threshold:
            return Answer(answered=False, headline="Not covered.", text="The reports don't cover that.")
        entry = self.content.entries[ranked[0][0]]
        lines = [entry.summary, *(f.text for f in entry.details)]
        for d in (self.content.deadlines[i] for i in entry.deadlines):
            lines.append(f"{d.what} Due {d.days_after_signing} days after signing, on {self.content.deadline_date(d)}.")
        return Answer(answered=True, headline=entry.summary, text="\n".join(lines), provisions=[entry.id], score=ranked[0][1])
