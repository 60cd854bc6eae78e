"""Answers that list several items at once: the deadlines (filtered, with where they stand today) and the open questions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.content.deadlines import DeadlineStatus, deadline_statuses, long_date
from bot.content.models import Content, Entry
from bot.engine.compose import Composer, Draft, first_sentence
from bot.engine.index import ORDER_DOC, Index
from bot.engine.intents import (
    DAY_COUNT,
    DEADLINE_TOPIC,
    DEADLINE_WORDS,
    LISTING_TERMS,
    MONTH,
    MONTHS,
    N_DAY_ONE,
    NEXT,
    OPEN_TERMS,
    STATUS,
    TIMELINE,
    TIMELINE_TERMS,
    WHEN,
    generic,
)
from bot.engine.patterns import ci
from bot.engine.stemming import stem

OPEN_CONTEXT = frozenset(
    stem(w)
    for w in "big biggest main key major top remaining people ppl experts critics coverage reports flagging flagged "
    "raised raise implementation still questions issues".split()
)
_UPCOMING = ci(r"\b(?:upcoming|coming up|ahead|behind us|to come|pending|outstanding|open)\b")
# Words a question about where the deadlines stand may use besides the deadlines themselves.
STANDING_WORDS = "today now as of all any anything still upcoming coming up ahead behind us passed past yet left remaining open pending outstanding order eo"
# "how long between X and the signing", "how many days after X was it signed", "how far apart were they"
INTERVAL = ci(
    r"\bhow (?:long|many (?:days|weeks)|much time|far apart|soon)\b.{0,80}?\b(?:between|after|before|until|till|later|"
    r"apart|passed|elapsed|went by)\b|\b(?:days|weeks|time|gap) between\b"
)
_SIGNING = ci(r"\b(?:sign|signs|signed|signing|signature|actual order|order (?:came|went) out|order was (?:issued|out))\b")
# "in April 2026", "On May 21", "in December 2025": the first date an entry's summary gives.
_EVENT_DATE = re.compile(r"\b(" + "|".join(m.title() for m in MONTHS) + r")(?: (\d{1,2})\b)?(?:,? (\d{4}))?")
TIMELINE_KINDS = ("history", "background")
# "how many of the reports give the 150 figure?", "how many articles quote Londoño?": a count of reports
REPORT_COUNT = ci(
    r"\bhow many (?:of (?:the|these|those|your|all)\s+)?(?:\d+\s+|five\s+)?(?:news\s+)?(?:reports?|articles?|outlets?|sources?|"
    r"stories|pieces|accounts)\b"
    r"|\bof (?:the|these|those|all|your)\s+(?:\d+\s+|five\s+)?(?:news\s+)?(?:reports|articles|outlets|sources|stories)\W+how many\b"
)
_HOW_MANY_DAYS = ci(r"\bhow (?:many (?:days|weeks)|long|much time)\b")
# "which weekday was the May 21 cancellation?", "what day of the week was the Monday meeting?" (a weekday computed)
WEEKDAY_ASK = ci(r"\b(?:which|what) (?:week ?day|day of (?:the )?week)\b")
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(m.title() for m in MONTHS) + r")\s+(\d{1,2})\b", re.I)
INTERVAL_NEAREST = 2  # how many of the closest entries may name the event an interval is counted from


class Listings:
    def __init__(self, content: Content, index: Index, composer: Composer) -> None:
        self.content = content
        self.index = index
        self.composer = composer
        self.events = self._events()
        # the events dated to the day (not only a month): what intervals and weekdays are counted from
        self.dated = {e: (key, label, sentence) for key, label, e, sentence in self.events if key[2]}
        self.standing_terms = frozenset(index.terms_of(STANDING_WORDS))
        self.event_terms = frozenset().union(
            *(index.doc_terms[e] for _, _, e, _ in self.events), index.doc_terms.get("signing-without-ceremony", frozenset())
        )

    def _events(self) -> list[tuple[tuple[int, int, int], str, str, str]]:
        """Dated events of the history and background entries: (sort key, date as written, entry id, first sentence)."""
        year = self.content.order.signing_date.year
        events = []
        for entry in self.content.entries.values():
            found = _EVENT_DATE.search(entry.summary) if entry.kind in TIMELINE_KINDS else None
            if found:
                month, day, when = found.group(1), found.group(2), found.group(3)
                key = (int(when or year), MONTHS[month.lower()], int(day or 0))
                label = f"{month} {day}" if day else month
                events.append((key, label + (f" {when}" if when else ""), entry.id, first_sentence(entry.summary)[0]))
        return sorted(events)

    def interval(self, text: str, nearest: Callable[[str], list[str]] | None = None) -> Draft | None:
        """ "How long between the cancelled May event and the signing?": the days between a dated event of the
        history entries and the (inferred) signing date, counted, with both dates and what happened.

        ``nearest`` gives the entries closest in meaning, for an event named in words BM25 does not cover well
        ("the cancelation", "the scrapped ceremony")."""
        between = self._between_dates(text)
        if between is not None:
            return between
        if not INTERVAL.search(text) or not _SIGNING.search(text):
            return None
        event = _SIGNING.sub(" ", text)
        dated = self.dated
        hits = [h.doc_id for h in self.index.search(self.index.parse(event), limit=12) if h.doc_id in dated and h.coverage >= 0.5]
        close = [d for d in (nearest(event)[:INTERVAL_NEAREST] if nearest else []) if d in dated]
        if not (hits or close):
            return None
        doc = (hits or close)[0]
        (year, month, day), label, sentence = dated[doc]
        order = self.content.order
        days = (order.signing_date - dt.date(year, month, day)).days
        basis = "inferred from the reports, which do not print it" if order.signing_date_basis == "inferred" else "as reported"
        span = f"{abs(days)} days" + (f" (about {round(abs(days) / 7)} weeks)" if abs(days) >= 10 else "")
        side = "after" if days > 0 else "before"
        inferred = " (the date is inferred from the reports)" if order.signing_date_basis == "inferred" else ""
        headline = f"The order was signed {span} {side} {label}, on {long_date(order.signing_date)}{inferred}."
        text_out = "\n".join(
            [headline, f"- {label}: {sentence}", f"- {long_date(order.signing_date)}: Trump signs the order ({basis})."]
        )
        entry = self.content.entries[doc]
        return Draft(headline, text_out, [doc, ORDER_DOC], [*entry.sources, *order.sources])

    def _between_dates(self, text: str) -> Draft | None:
        """ "May 21 to June 2, how many days is that?": two dates the question names, counted (the order's year)."""
        if not _HOW_MANY_DAYS.search(text):
            return None
        named = [(m.group(1).title(), int(m.group(2))) for m in _MONTH_DAY.finditer(text)]
        if len(named) != 2:
            return None
        year = self.content.order.signing_date.year
        try:
            first, second = (dt.date(year, MONTHS[month.lower()], day) for month, day in named)
        except ValueError:  # "February 30"
            return None
        days = abs((second - first).days)
        weeks = f" (about {round(days / 7)} weeks)" if days >= 10 else ""
        a, b = sorted([first, second])
        headline = f"{days} days{weeks} from {a:%B} {a.day} to {b:%B} {b.day}, {year} (counted from the dates as given)."
        return Draft(headline, headline, [ORDER_DOC], list(self.content.order.sources))

    def weekday(self, text: str, find: Callable[[str], str | None]) -> Draft | None:
        """ "Which weekday was the May 21 cancellation?": the weekday of a dated event, computed from its date."""
        if not WEEKDAY_ASK.search(text) or _SIGNING.search(text):  # the signing's weekday is reported (a Tuesday)
            return None
        dated = self.dated
        named = [f"{m.group(1).title()} {int(m.group(2))}" for m in _MONTH_DAY.finditer(text)]
        doc = next((e for e, (_, label, _s) in dated.items() if label in named), None) or find(WEEKDAY_ASK.sub(" ", text))
        if doc not in dated:
            return None
        (year, month, day), label, sentence = dated[doc]
        when = dt.date(year, month, day)
        headline = f"{label}, {year} was a {when:%A} (the weekday is worked out from the date the reports give)."
        entry = self.content.entries[doc]
        return Draft(headline, f"{headline}\n- {label}: {sentence}", [doc], list(entry.sources))

    def report_count(self, text: str, find: Callable[[str], str | None]) -> Draft | None:
        """ "How many of the reports give the 150-organization figure?": the reports behind the statements of the
        entry ``find`` gives that carry the question's figure, date or named person (all its statements otherwise)."""
        if not REPORT_COUNT.search(text):
            return None
        rest = REPORT_COUNT.sub(" ", text)
        dates = [f"{m.group(1).title()} {int(m.group(2))}" for m in _MONTH_DAY.finditer(rest)]
        figures = [f for f in _FIGURE.findall(rest) if not any(f in d for d in dates)]
        doc = find(rest)
        entry = self.content.entries.get(doc) if doc else None
        if entry is None and (dates or figures):  # "in how many reports does the 150 show up?": where it is written
            wanted = [w.lower() for w in dates or figures]
            carrying = {
                e.id: sum(any(w in f.text.lower() for w in wanted) for f in e.details) for e in self.content.entries.values()
            }
            best = max(carrying, key=lambda d: carrying[d], default=None)
            entry = self.content.entries[best] if best and carrying[best] else None
        if entry is None:
            return None
        facts = list(entry.details)
        names = [n for n in self._speakers(entry) if n.split()[-1].lower() in rest.lower() or n.lower() in rest.lower()]
        if dates or figures:
            wanted = dates or figures
            facts = [f for f in facts if any(w.lower() in f.text.lower() for w in wanted)]
        elif names:
            facts = [f for f in facts if f.speaker and f.speaker.split(",")[0] in names or any(n in f.text for n in names)]
        reports = sorted({src.report for f in facts for src in f.sources})
        if not reports:
            return None
        total = len(self.content.reports)
        named = "; ".join(self.content.report_name(r) for r in reports)
        what = " and ".join(dates or figures or names) or f"“{entry.title}”"
        headline = (
            f"{_count_word(len(reports)).capitalize()} of the {_count_word(total)} reports, by this index's citations: {named}."
        )
        lines = [headline, f"The statements this index cites them for ({what}):"]
        lines += [f"- {f.text} [{'; '.join(self.content.report_name(src.report) for src in f.sources)}]" for f in facts]
        return Draft(headline, "\n".join(lines), [entry.id], [src for f in facts for src in f.sources])

    @staticmethod
    def _speakers(entry: Entry) -> list[str]:
        return sorted({f.speaker.split(",")[0] for f in entry.details if f.speaker})

    def timeline(self, text: str, today: dt.date) -> Draft | None:
        """ "Key dates?", "timeline from Mythos to the signing": dated events, the signing and every deadline, in order."""
        if not TIMELINE.search(text):
            return None
        query = self.index.parse(text)
        named = [
            c for c in query.concepts if not generic(c.alternatives) and not any(alt <= TIMELINE_TERMS for alt in c.alternatives)
        ]
        if not all(c.covered_by(self.event_terms) for c in named):
            return None  # "timeline for the clearinghouse": one topic, answered by retrieval
        order = self.content.order
        signed = [e for e in self.content.entries.values() if e.id == "signing-without-ceremony"]
        basis = "inferred from the reports" if order.signing_date_basis == "inferred" else "as reported"
        headline = "Key dates, from the reports:"
        lines = [headline, *(f"- {label}: {sentence}" for _, label, _, sentence in self.events)]
        lines.append(f"- {long_date(order.signing_date)}: Trump signs the order ({basis}).")
        statuses = deadline_statuses(self.content, today)
        lines += [self.composer.deadline_line(s.deadline, today) for s in statuses]
        lines.append(self.composer.date_note())
        ids = [
            *(e for _, _, e, _ in self.events),
            *(e.id for e in signed),
            *dict.fromkeys(s.deadline.provision for s in statuses),
        ]
        entries = [self.content.entries[i] for i in ids if i in self.content.entries]
        sources = [
            *order.sources,
            *(src for e in entries for src in e.sources),
            *(src for s in statuses for src in s.deadline.sources),
        ]
        return Draft(headline, "\n".join(lines), list(dict.fromkeys(ids)), sources)

    def open_questions(self, text: str) -> Draft | None:
        """ "What's still unknown?": every open question the reports name."""
        query = self.index.parse(text)
        opens = [c.alternatives[-1] == OPEN_TERMS for c in query.concepts]
        # "the big open questions people are flagging about implementation": words about who raises them or how
        # big they are, and words the reports never use, still ask for the whole list
        if not any(opens) or not all(
            o or generic(c.alternatives) or not c.known or any(alt <= OPEN_CONTEXT for alt in c.alternatives)
            for o, c in zip(opens, query.concepts)
        ):
            return None
        entries = [e for e in self.content.entries.values() if e.kind == "open-question"]
        headline = f"The reports leave {len(entries)} questions open:"
        lines = [headline, *(f"- {e.title.removeprefix('Open question: ')} {first_sentence(e.summary)[0]}" for e in entries)]
        return Draft(headline, "\n".join(lines), [e.id for e in entries], [s for e in entries for s in e.sources])

    def deadlines(self, text: str, today: dt.date) -> Draft | None:
        """ "List the deadlines", "anything due in July?", "what's next?": the deadlines asked for, with their status."""
        query = self.index.parse(text)
        standing_asked = bool(DEADLINE_TOPIC.search(text) and (STATUS.search(text) or _UPCOMING.search(text)))
        asks = (WHEN.search(text) and DEADLINE_TOPIC.search(text)) or NEXT.search(text) or N_DAY_ONE.search(text)
        if not query.concepts or not (asks or standing_asked):
            return None
        listing_words = DEADLINE_WORDS | LISTING_TERMS | ({"one", "deadlin"} if N_DAY_ONE.search(text) else frozenset())
        if standing_asked:  # "are all the deadlines behind us, or is anything still upcoming?"
            listing_words = listing_words | self.standing_terms
        if not all(any(all(t.isdigit() or t in listing_words for t in alt) for alt in c.alternatives) for c in query.concepts):
            return None
        days = {int(n) for n in DAY_COUNT.findall(text)}
        days |= {int(t) for c in query.concepts for alt in c.alternatives if stem("day") in alt for t in alt if t.isdigit()}
        months = {MONTHS[m.lower()] for m in MONTH.findall(text)}
        everything = deadline_statuses(self.content, today)
        statuses = [s for s in everything if not days or s.deadline.days_after_signing in days]
        if months:
            statuses = [s for s in statuses if s.due.month in months]
            if not statuses:
                dates = "; ".join(f"{s.deadline.title}: {long_date(s.due)}" for s in everything)
                headline = "None of the order's deadlines falls in that month."
                return Draft(headline, f"{headline} The deadlines are: {dates}.", [], [])
        if not statuses:
            return None
        scope = f"{'/'.join(str(d) for d in sorted(days))}-day deadlines" if days else "deadlines"
        scope += f" due in {', '.join(dt.date(2000, m, 1).strftime('%B') for m in sorted(months))}" if months else ""
        headline = f"The order sets {len(statuses)} {scope}, counted from the signing date:"
        lines = [headline]
        if STATUS.search(text) or NEXT.search(text) or standing_asked:  # "has it passed?", "what's next?": today
            headline = standing(statuses, today, bool(NEXT.search(text)))
            lines.insert(0, headline)
        lines += [self.composer.deadline_line(s.deadline, today) for s in statuses]
        lines.append(self.composer.date_note())
        sources = [src for s in statuses for src in s.deadline.sources]
        provisions = list(dict.fromkeys(s.deadline.provision for s in statuses))
        return Draft(headline, "\n".join(lines), provisions, sources)


def standing(statuses: list[DeadlineStatus], today: dt.date, asks_next: bool = False) -> str:
    """One sentence on where the deadlines stand on ``today``: how many passed, what is due next.

    Asked what is next when everything has passed, it says nothing is left and names the most recent ones.
    """
    passed = [s for s in statuses if s.state == "passed"]
    due_today = [s.deadline.title for s in statuses if s.state == "today"]
    upcoming = sorted((s for s in statuses if s.state == "upcoming"), key=lambda s: s.due)
    n = len(statuses)
    if len(passed) == n:
        done = "it has passed" if n == 1 else ("both have passed" if n == 2 else f"all {n} have passed")
        last = max(passed, key=lambda s: s.due)
        if asks_next:
            latest = [s.deadline.title for s in passed if s.due == last.due]
            return (
                f"As of {long_date(today)}, none is left: {done}. The most recent: "
                f"{' and '.join(latest)}, due {long_date(last.due)} ({last.label})."
            )
        return f"As of {long_date(today)}, {done} ({last.deadline.title}: {long_date(last.due)}, {last.label})."
    bits = ["none has passed yet" if not passed else f"{len(passed)} of {n} {'has' if len(passed) == 1 else 'have'} passed"]
    if due_today:
        bits.append(f"due today: {', '.join(due_today)}")
    if upcoming:
        nxt = upcoming[0]
        same = [s.deadline.title for s in upcoming if s.due == nxt.due]
        bits.append(f"next due: {', '.join(same)} on {long_date(nxt.due)} ({nxt.label})")
    return f"As of {long_date(today)}, {'; '.join(bits)}."


_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count_word(n: int) -> str:
    return _COUNT_WORDS[n] if 0 <= n < len(_COUNT_WORDS) else str(n)
