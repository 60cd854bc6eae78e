"""Question shapes answered by a fixed kind of entry: what the order does not do, where a person
stood on it, and a day count the question asserts that the reports contradict.

Each returns a ``Shaped`` (entries plus an optional lead) or None; nothing here names an entry
of the content except through its kind, its keywords or its deadlines.
"""

from __future__ import annotations

import re

from bot.content.models import Content
from bot.engine.index import Hit, Index, Query
from bot.engine.intents import STATUS, generic
from bot.engine.patterns import ci
from bot.engine.retrieve import Part, Retriever, Shaped

_ORDER = r"(?:the\s+)?(?:order|eo|executive order|it|this|policy)"
# "what doesn't the order do", "what isn't in the EO", "what does it not cover".
NEGATION = ci(
    rf"^\W*what(?:'s| is)?\s+(?:won'?t|(?:does|do|will|would|is|are)\s*n[o']t|(?:does|do|will|would)\s+{_ORDER}\s+not)"
    rf"(?:\s+{_ORDER})?\s+(?:do|cover|include|say|require|mandate|change|address|in\s+{_ORDER})\b",
)
NOT_ENTRY_KEYWORDS = frozenset(["not", "myth", "misconception"])
# "was Sacks for or against it", "did Warner support or oppose it", "where did X stand on it".
STANCE = ci(
    r"\bfor or against\b|\bagainst or for\b|\b(?:support|back|favou?r)(?:s|ed)? or (?:oppose|opposed|against|fight|fought)\b"
    r"|\b(?:oppose|opposed) or (?:support|supported|back|backed)\b|\b(?:pro|in favou?r) or (?:anti|against)\b"
    r"|\bwhere (?:did|does|do) .{1,30}? stand\b|\bwhose side\b",
)
STANCE_KINDS = ("history", "reaction")
# "did the order give companies 90 days?": a yes/no question asserting a day count.
# "is it 90 days?", and a challenge of an answer: "you sure? pretty sure it was 90 days", "I read 90 days"
ASSERTED_DAYS = ci(
    r"^\W*(?:did|does|do|is|was|were|are|will|would|has|have|had|you sure|really|i (?:read|heard|thought)|pretty sure|"
    r"wasn.t it|isn.t it)\b.*?\b(\d{1,3})[- ]?days?\b"
)
DAY_KEYWORD = re.compile(r"^(\d{1,3}) days?$")
EARLIER_KINDS = ("history",)


class Premises:
    def __init__(self, content: Content, index: Index, retriever: Retriever) -> None:
        self.content = content
        self.index = index
        self.retriever = retriever
        self.not_entry = next(
            (e.id for e in content.entries.values() if NOT_ENTRY_KEYWORDS <= {k.lower() for k in e.keywords}), None
        )

    def shaped(self, text: str) -> Shaped | None:
        return self.negation(text) or self.stance(text) or self.wrong_days(text)

    def _shaped(self, ids: list[str], text: str, lead: str = "") -> Shaped:
        return Shaped([Part(Hit(i, 1.0, 1.0, ()), self.index.parse(text), False, False) for i in ids], lead)

    def negation(self, text: str) -> Shaped | None:
        """ "What doesn't the order do?": the entry on what the order is not."""
        if not self.not_entry or not NEGATION.search(text):
            return None
        return self._shaped([self.not_entry], text)

    def stance(self, text: str) -> Shaped | None:
        """ "Was X for or against it?": every account of X's position, the earlier ones first."""
        if not STANCE.search(text):
            return None
        query = self.index.parse(text)
        named = [d for d in self.index.doc_ids if self.retriever.kind(d) in STANCE_KINDS and self._titled(d, query)]
        if not named:
            return None
        named.sort(key=lambda d: STANCE_KINDS.index(self.retriever.kind(d)))
        return self._shaped(named[:3], text)

    def _titled(self, doc_id: str, query: Query) -> bool:
        """The entry's title names a person the question names ("David Sacks' role", "Sacks: a game changer")."""
        title = self.index.title_terms[doc_id]
        return any(
            c.covered_by(title)
            and not generic(c.alternatives)
            and c.weight >= 1.5
            and any(alt & self.retriever.name_terms for alt in c.alternatives)
            for c in query.concepts
        )

    def days_of(self, doc_id: str) -> list[int]:
        """The day counts an entry gives: its deadlines, then "N days" keywords."""
        entry = self.content.entries.get(doc_id)
        if entry is None:
            return []
        found = [d.days_after_signing for d in self.retriever.deadlines_of.get(doc_id, [])]
        found += [int(m.group(1)) for k in entry.keywords if (m := DAY_KEYWORD.match(k.strip().lower()))]
        return list(dict.fromkeys(found))

    def wrong_days(self, text: str) -> Shaped | None:
        """A yes/no question asserting N days where the topic's entry gives another count: "No: M days" leads."""
        m = ASSERTED_DAYS.search(text)
        if not m or STATUS.search(text):  # "has the 60-day clock run out?" asks where a deadline stands
            return None
        asserted = int(m.group(1))
        rest = (text[: m.start(1)] + text[m.end() :]).strip()
        hits = [h for h in self.index.search(self.index.parse(rest), limit=12) if h.coverage >= 0.5]
        found = [h.doc_id for h in hits if self.days_of(h.doc_id) and self.retriever.kind(h.doc_id) not in EARLIER_KINDS]
        # "90 days to test frontier models": 90 is the earlier draft's window, so the entry to correct it with is the
        # related one whose count the draft's entry pairs it with (the 30-day review), when the other words found it
        history = [e for e in self.content.entries.values() if e.kind in EARLIER_KINDS and asserted in self.days_of(e.id)]
        paired = [d for d in found if any(d in e.related and self.days_of(d)[0] in self.days_of(e.id) for e in history)]
        doc = next(iter(paired or found), None)
        days = self.days_of(doc) if doc else []
        if not doc or asserted in days:
            return None
        lead = f"No: {' or '.join(str(d) for d in days)} days, not {asserted}."
        earlier = next(
            (
                e
                for e in self.content.entries.values()
                if e.kind in EARLIER_KINDS and {asserted, days[0]} <= set(self.days_of(e.id)) and doc in e.related
            ),
            None,
        )
        ids = [doc]
        if earlier is not None:
            lead = f"No: {days[0]} days. The {asserted}-day window was in {_lower_first(earlier.title)}."
            ids.append(earlier.id)
        return self._shaped(ids, text, lead)


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]
