"""Which content statements each line of an answer rests on, so a reader can check it against the reports' words.

Answers are built from the content's statements (summaries, details, report versions, deadline lines), so a line is
traced back by the statement text it contains; a line that rephrases (a headline, a verdict) falls back to the
statement of the answer's entries it shares most words with. Plain data: the Slack Sources modal, the playground and
``eo-bot ask --sources`` render the same result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.content.evidence import Statement, normalised, statements
from bot.content.models import Content, Source

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_WORD = re.compile(r"[a-z0-9]+")
_BULLET = re.compile(r"^\s*(?:[-•*]\s+)+")
MIN_PIECE = 24  # characters: shorter statement sentences ("It is voluntary.") are too common to trace a line by
FALLBACK_SHARE = 0.5  # a line shares at least this share of its words with a statement to rest on it
MAX_PER_LINE = 6


@dataclass(frozen=True)
class CitedLine:
    """One line of an answer and the keys of the statements it rests on (see bot.content.evidence)."""

    line: str
    keys: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if len(w) > 2)


class Citer:
    def __init__(self, content: Content) -> None:
        self.content = content
        self.statements: dict[str, Statement] = {s.key: s for s in statements(content)}
        self._pieces: list[tuple[str, str]] = []  # (normalised piece, key): longest first
        self._words: dict[str, frozenset[str]] = {}
        for key, statement in self.statements.items():
            for piece in self._statement_pieces(key, statement):
                self._pieces.append((piece, key))
            self._words[key] = _words(statement.text)
        self._pieces.sort(key=lambda p: len(p[0]), reverse=True)

    def _statement_pieces(self, key: str, statement: Statement) -> list[str]:
        if key.startswith("deadline/") and key.count("/") == 1:
            deadline = self.content.deadlines[key.split("/")[1]]
            return [normalised(deadline.what)]
        if key.startswith("entry/") and key.count("/") == 1:
            entry = self.content.entries[key.split("/")[1]]
            texts = [entry.summary]
        else:
            texts = [statement.text]
        out = [normalised(s) for t in texts for s in _SENTENCE_END.split(t)]
        return [p for p in out if len(p) >= MIN_PIECE] or [normalised(texts[0])]

    def cite(self, text: str, provisions: Sequence[str] = ()) -> list[CitedLine]:
        """Each non-empty line of ``text`` with the statements it rests on (none for connective lines)."""
        scope = tuple(f"entry/{p}" for p in provisions) + tuple(f"deadline/{d}" for d in self._deadlines_of(provisions))
        cited = []
        for raw in text.splitlines():
            line = _BULLET.sub("", raw).strip()
            if line:
                cited.append(CitedLine(line, self._keys(line, scope)))
        return cited

    def _deadlines_of(self, provisions: Sequence[str]) -> list[str]:
        wanted = set(provisions)
        return [d.id for d in self.content.deadlines.values() if d.provision in wanted]

    def _keys(self, line: str, scope: tuple[str, ...]) -> tuple[str, ...]:
        flat = normalised(line)
        keys: list[str] = []
        for piece, key in self._pieces:
            if piece in flat and key not in keys:
                keys.append(key)
                flat = flat.replace(piece, " ")
                if len(keys) == MAX_PER_LINE:
                    break
        if keys:
            return tuple(keys)
        return self._closest(line, scope)

    def _closest(self, line: str, scope: tuple[str, ...]) -> tuple[str, ...]:
        words = _words(line)
        if len(words) < 4:
            return ()
        best, share = "", 0.0
        for key, statement_words in self._words.items():
            if scope and not any(key == s or key.startswith(s + "/") for s in scope):
                continue
            overlap = len(words & statement_words) / len(words)
            if overlap > share:
                best, share = key, overlap
        return (best,) if share >= FALLBACK_SHARE else ()

    def sources(self, keys: Sequence[str]) -> list[Source]:
        return [s for k in keys if (st := self.statements.get(k)) for s in st.sources]

    def quotes(self, key: str) -> list[Quote]:
        """The report words one statement rests on, one quote per source, each named as a reader knows the report."""
        statement = self.statements.get(key)
        if statement is None:
            return []
        return [
            Quote(self.content.source_labels([s])[0], s.evidence or "")
            for s in statement.sources
            if s.evidence  # gaps cite silent reports: nothing to quote
        ]

    def statement_text(self, key: str) -> str:
        statement = self.statements.get(key)
        return statement.text if statement else ""


@dataclass(frozen=True)
class Quote:
    source: str  # "Implicator clipping (004), citing the order's text"
    words: str  # the report's own words


def sources_text(citer: Citer, cited: Sequence[tuple[str, Sequence[str]]]) -> str:
    """Plain-text "line → report words" listing (``eo-bot ask --sources``)."""
    out = ["Sources, line by line:"]
    for n, (line, keys) in enumerate(cited, start=1):
        out.append(f"{n}. {line}")
        quotes = [q for k in keys for q in citer.quotes(k)]
        out += [f'   - {q.source}: "{q.words}"' for q in quotes] or ["   (a connecting line: no report statement of its own)"]
    return "\n".join(out)
