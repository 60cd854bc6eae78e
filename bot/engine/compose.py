"""Building the answer text: a short direct headline, supporting lines and deadline lines.

Everything here returns a ``Draft`` (plain data); bot.engine.answer turns it into an ``Answer``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.content.deadlines import long_date, status_for
from bot.content.models import Content, Deadline, Entry, Fact, Source
from bot.engine.index import ORDER_DOC, Index, Query
from bot.engine.intents import DAY_COUNT, QUOTE, QUOTED
from bot.engine.retrieve import Part
from bot.engine.statements import deadline_sentence, entry_deadlines, fact_text, versions_line

MAX_DETAILS = 3
MAX_SUPPORT = 4  # supporting lines under the headline, deadlines not counted
REPEAT_SHARE = 0.7  # a line whose terms are mostly already shown is left out
NAME = re.compile(r"(?<![.!?:]\s)(?<![“\"‘'(])(?<!^)\b[A-Z][^\W\d_]+")  # a capitalised word inside a sentence: part of a name
# "which company…?", "what agency…?": a question asking for a name
WHICH_ONE = re.compile(
    r"\b(?:which|what) (?:company|companies|firm|lab|labs|one|person|people|agency|agencies|senator|senators|official|officials)\b"
    # "does any report tie it to a specific company?": a name is asked for
    r"|\b(?:a|any|one) (?:specific|particular|named|certain) (?:company|companies|firm|lab|labs|person|people|agency|senator|official)\b",
    re.I,
)
QUOTE_FIRST = 100.0  # "give me the quote": quoted statements rank above everything else
NUMBER_FIRST = 50.0  # a day count the question names: the statement giving it ranks near the top
AGENCIES = "Agencies involved:"  # the who-line, kept whenever who was asked
RESERVED_CHARS = 150  # of those, kept for each later entry of a multi-entry answer
SUPPORT_CHARS = 1200  # supporting lines of one answer, whole lines only (deadline lines not counted): Slack-sized
# A sentence that says where a claim comes from or that the reports disagree: kept with the line it qualifies.
ONE_REPORT = re.compile(r"\[[Pp]er one report[^\]]*\]")  # a line's own-report note: not what the line says
SOURCE_NOTE = re.compile(r"\b(?:reports?|cites?|citing|according to|section \d+)\b", re.I)


@dataclass
class Draft:
    headline: str
    text: str
    provisions: list[str]
    sources: list[Source]
    score: float = 1.0


@dataclass
class Block:
    headline: str
    lines: list[str]
    provisions: list[str]
    sources: list[Source]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def first_sentence(text: str) -> tuple[str, str]:
    parts = _SENTENCE_END.split(text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


class Composer:
    def __init__(self, content: Content, index: Index) -> None:
        self.content = content
        self.index = index
        self.abbreviations = {
            a.canonical: short
            for a in content.aliases
            if (short := next((t for t in a.terms if t.isupper() and t.isalpha() and 2 <= len(t) <= 5), None))
        }
        self._lines: dict[tuple[str, dt.date], str] = {}
        # Per-entry text fixed by the content, computed once instead of per question.
        entries = content.entries.values()
        self.deadlines_of = {e.id: entry_deadlines(content, e) for e in entries}
        self.deadline_text = {d.id: f"{d.title} {d.what} {' '.join(d.who)}" for d in content.deadlines.values()}
        self.facts_of = {e.id: [(f, fact_text(f), bool(QUOTED.search(f.text))) for f in e.details] for e in entries}
        self.discrepancies_of = {
            e.id: [
                (
                    f"Reports differ on {d.topic}: {versions_line(content, list(d.versions))}",
                    f"{d.topic} {' '.join(v.text for v in d.versions)}",
                )
                for d in e.discrepancies
            ]
            for e in entries
        }

    # ----- deadlines -----------------------------------------------------------------------
    def deadline_line(self, deadline: Deadline, today: dt.date) -> str:
        """One line per deadline with its status on ``today`` (memoised for the current day: it changes only daily)."""
        key = (deadline.id, today)
        line = self._lines.get(key)
        if line is None:
            if len(self._lines) >= 64:
                self._lines.clear()
            line = self._lines[key] = self._deadline_line(deadline, today)
        return line

    def _deadline_line(self, deadline: Deadline, today: dt.date) -> str:
        status = status_for(self.content, deadline, today)
        due = f"Due {deadline.days_after_signing} days after signing, on {long_date(status.due)} ({status.label})."
        return f"- {deadline_sentence(self.content, deadline)} {due}"

    def date_note(self) -> str:
        order = self.content.order
        basis = "inferred from the reports, which do not print it" if order.signing_date_basis == "inferred" else "as reported"
        return f"Dates count from the signing date, {long_date(order.signing_date)} ({basis})."

    # ----- entries -------------------------------------------------------------------------
    def compose(self, parts: list[Part], today: dt.date) -> Draft:
        budget = [SUPPORT_CHARS]
        blocks = []
        for n, part in enumerate(parts):
            # each later entry keeps room for a line of its own ("Hawley … with Schumer?" after the voluntary lead)
            reserve = RESERVED_CHARS * (len(parts) - 1 - n)
            budget[0] -= reserve
            blocks.append(self._block(part, today, budget))
            budget[0] = max(budget[0], 0) + reserve  # a disagreement shown beyond the budget does not eat the reserve
        shown: set[str] = set()
        for block in blocks:  # two entries sharing a deadline ("the benchmark" and its provision) list it once
            block.lines[:] = [ln for ln in block.lines if not (ln.startswith("- ") and ln in shown)]
            shown.update(block.lines)
        headline = " ".join(b.headline for b in blocks)
        body = "\n\n".join("\n".join([b.headline, *b.lines]) for b in blocks)
        if any(self._shows_deadlines(p) for p in parts):
            body += "\n" + self.date_note()
        provisions = list(dict.fromkeys(p for b in blocks for p in b.provisions))
        sources = [s for b in blocks for s in b.sources]
        return Draft(headline, body, provisions, sources, min(p.hit.coverage for p in parts))

    def _shows_deadlines(self, part: Part) -> bool:
        entry = self.content.entries.get(part.hit.doc_id)
        return bool(entry and self.deadlines_of[entry.id])

    def _block(self, part: Part, today: dt.date, budget: list[int] | None = None) -> Block:
        if part.hit.doc_id == ORDER_DOC:
            order = self.content.order
            headline = f'The order is titled "{order.title}".'
            return Block(headline, [order.summary, self.date_note()], [ORDER_DOC], list(order.sources))
        entry = self.content.entries[part.hit.doc_id]
        headline, rest = first_sentence(entry.summary)
        deadlines = self._ranked(self.deadlines_of[entry.id], part.query, lambda d: self.deadline_text[d.id])
        if part.when and deadlines:
            d = deadlines[0]
            status = status_for(self.content, d, today)
            headline = f"{d.title}: due {d.days_after_signing} days after signing, on {long_date(status.due)} ({status.label})."
            rest = entry.summary
        deadline_lines = [self.deadline_line(d, today) for d in deadlines]
        narrow = part.narrow or (part.when and bool(deadlines))
        lines, facts = self._supporting(
            entry, part, rest, [headline, *deadline_lines], narrow, budget if budget is not None else [SUPPORT_CHARS]
        )
        sources = [*entry.sources, *(s for f in facts for s in f.sources), *(s for d in deadlines for s in d.sources)]
        return Block(headline, lines + deadline_lines, [entry.id], sources)

    def _supporting(
        self, entry: Entry, part: Part, rest: str, shown_lines: list[str], narrow: bool, budget: list[int]
    ) -> tuple[list[str], list[Fact]]:
        """Up to MAX_SUPPORT lines that add something to what is already shown, within the answer's ``budget`` of characters."""
        shown = frozenset().union(*(self.index.terms_of(ONE_REPORT.sub("", line)) for line in shown_lines))
        asked_quote = part.quote or bool(QUOTE.search(part.query.text))
        asked = part.query.terms
        beyond = asked - self.index.terms_of(shown_lines[0])  # what the question asks that the headline does not answer
        asks_name = part.who or bool(WHICH_ONE.search(part.query.text))
        names_shown = {n for line in shown_lines for n in NAME.findall(line)}
        lines: list[str] = []
        facts: list[Fact] = []
        for line, fact in self._support(entry, part, rest):
            terms = self.index.terms_of(line)
            keep_quote = fact is not None and asked_quote and QUOTED.search(fact.text)
            adds_asked = bool((terms - shown) & asked)  # it answers a word of the question nothing shown covers yet
            # "which company…?": a line naming someone nothing shown names is the answer, however similar otherwise
            adds_name = asks_name and bool(set(NAME.findall(line)) - names_shown)
            if terms and len(terms & shown) / len(terms) >= REPEAT_SHARE and not (keep_quote or adds_asked or adds_name):
                continue  # says again what the headline or a deadline line already says
            note = fact is None and (
                line.startswith(AGENCIES) or not line.startswith("Reports differ") and SOURCE_NOTE.search(line)
            )
            if narrow and not (keep_quote or terms & beyond or note):
                continue  # "who runs X": a line about something else X does is not the answer
            if len(line) > budget[0] and not line.startswith("Reports differ"):  # disagreements asked about always show
                continue  # whole lines only, within the budget: the answer stays readable in Slack
            budget[0] -= len(line)
            shown |= terms
            names_shown.update(NAME.findall(line))
            lines.append(line + self._only(fact))
            facts += [fact] if fact else []
            if len(lines) == MAX_SUPPORT:
                break
        return lines, facts

    def _support(self, entry: Entry, part: Part, rest: str) -> list[tuple[str, Fact | None]]:
        """Candidate supporting lines, most relevant to the question first."""
        out: list[tuple[str, Fact | None]] = [(rest, None)] if rest else []
        if part.who and entry.agencies:
            out.append((f"{AGENCIES} {', '.join(self._agency(a) for a in entry.agencies)}.", None))
        ranked: list[tuple[float, int, str, Fact | None]] = []
        for n, (line, searchable) in enumerate(self.discrepancies_of[entry.id]):
            score = self._overlap(part.query, searchable)
            if score > 0:  # several reports disagree: worth showing when it is what was asked
                ranked.append((score * 1.5, -n, line, None))
        for score, fact, shown in self._select_facts(entry, part.query, part.quote):
            ranked.append((score, -100 - len(ranked), f"- {shown}", fact))
        ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
        return out + [(line, fact) for *_, line, fact in ranked]

    def _only(self, fact: Fact | None) -> str:
        """ " [per one report (004)]" after a line only one report makes, unless the line already says whose it is."""
        note = self.content.one_report_note(fact.sources) if fact else ""
        if not note or "one report" in fact.text or fact.sources[0].report[:3] in fact.text:  # type: ignore[union-attr]
            return ""
        return f" [{note}]"

    def _agency(self, name: str) -> str:
        """ "National Institute of Standards and Technology (NIST)": the name with its usual abbreviation, when an alias gives one."""
        short = self.abbreviations.get(name)
        return f"{name} ({short})" if short else name

    def _overlap(self, query: Query, text: str) -> float:
        return sum(self.index.idf.get(t, 0.0) for t in query.terms & self.index.terms_of(text))

    def _fact_score(self, query: Query, shown: str, quoted: bool, asked_quote: bool) -> float:
        bonus = QUOTE_FIRST if asked_quote and quoted else 0.0
        # "my CIO says it's 90 days, right?": the line that gives the number the question names explains it
        counts = set(DAY_COUNT.findall(query.text))
        if counts and any(re.search(rf"\b{n}(?:[- ]day|\s+days)\b", shown) for n in counts):
            bonus += NUMBER_FIRST
        return self._overlap(query, shown) + bonus

    def _ranked(self, items: list, query: Query, text_of) -> list:
        """Items most relevant to the query first, ties in their own order."""
        scored = [(self._overlap(query, text_of(it)), -n, it) for n, it in enumerate(items)]
        return [it for *_, it in sorted(scored, key=lambda x: (x[0], x[1]), reverse=True)]

    def _select_facts(self, entry: Entry, query: Query, quote: bool = False) -> list[tuple[float, Fact, str]]:
        """The (up to MAX_DETAILS) facts that match the question, at least two, in the entry's order, with their scores and text."""
        asked_quote = quote or bool(QUOTE.search(query.text))
        facts = self.facts_of[entry.id]
        scored = [
            (self._fact_score(query, shown, quoted, asked_quote), -position, fact)
            for position, (fact, shown, quoted) in enumerate(facts)
        ]
        matched = [s for s in scored if s[0] > 0]
        chosen = sorted(matched, key=lambda s: (s[0], s[1]), reverse=True)[:MAX_DETAILS]
        if len(chosen) < 2:
            chosen += [s for s in scored if s not in chosen][: 2 - len(chosen)]
        return [(score, fact, facts[-position][1]) for score, position, fact in sorted(chosen, key=lambda s: -s[1])]
