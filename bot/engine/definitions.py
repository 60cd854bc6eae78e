"""Definitional questions about abbreviations: "what does BOD stand for?", "what is CISA?".

The expansions come from the curated aliases: an abbreviation (a short upper-case alias term)
is expanded by the alias phrase whose initials spell it, and only when the reports themselves
use that long form (it appears in the content's own text, not just in keywords). Nothing else
is expanded: the bot never guesses what an abbreviation means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.models import Alias, Content
from bot.engine.patterns import ci
from bot.engine.statements import units

_SMALL = frozenset("and of the for on in to a an".split())
_ABBR = r"([a-z][a-z.]{1,7}?)(?:'?s)?"
# "what does BOD stand for", "what does the acronym CISA mean", "BOD stands for?", "what is CISA", "define NSA"
_ASKS = [
    ci(
        rf"\bwhat (?:does|do|did) (?:the |an? )?(?:acronym |abbreviation |term |letters )?{_ABBR} (?:stand for|mean|refer to|abbreviate)\b"
    ),
    ci(rf"\b{_ABBR} (?:stands? for|is short for|is an? (?:acronym|abbreviation) for|meaning|acronym|abbreviation)\b"),
    ci(rf"^(?:so |ok |and )?(?:what(?:'s| is|s| are)|wat is|whats|define|definition of|meaning of) (?:the |an? )?{_ABBR}\W*$"),
]


@dataclass(frozen=True)
class Definition:
    short: str
    long: str

    def sentence(self) -> str:
        return f"{self.short} stands for {self.long}."


def _initials(phrase: str, skip_small: bool) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase) if not (skip_small and w.lower() in _SMALL)).lower()


def _is_abbreviation(term: str) -> bool:
    return term.isalpha() and 2 <= len(term) <= 6 and term != term.lower() and sum(c.isupper() for c in term) >= 2


class Definitions:
    def __init__(self, content: Content) -> None:
        text = " ".join(u for doc in [*content.entries, "order"] for u in units(content, doc)).lower()
        text += " " + " ".join(f"{d.title} {d.what}" for d in content.deadlines.values()).lower()
        self.written = text  # the content's own words, lower-cased: what the reports themselves write
        self.table: dict[str, Definition] = {}
        for alias in content.aliases:
            self._add(alias, text)

    def _add(self, alias: Alias, text: str) -> None:
        phrases = [alias.canonical, *alias.terms]
        for short in (p for p in phrases if _is_abbreviation(p)):
            for phrase in phrases:
                if " " not in phrase.strip():
                    continue
                spelled = any(_initials(phrase, skip) == short.lower() for skip in (False, True))
                if spelled and phrase.lower() in text:  # the reports use the long form
                    long = phrase[:-1] if phrase.endswith("s") and not short.endswith("s") else phrase
                    self.table.setdefault(short.lower(), Definition(short, long))
                    break

    def asked(self, text: str) -> Definition | None:
        """The abbreviation a definitional question asks about, when the reports expand it."""
        for pattern in _ASKS:
            match = pattern.search(text)
            if match:
                found = self.table.get(match.group(1).replace(".", ""))
                if found:
                    return found
        return None
