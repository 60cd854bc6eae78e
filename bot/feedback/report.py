"""The curators' report (``eo-bot feedback``): the answers people marked not helpful with their questions, the most
frequent decline reasons (with the questions, where the workspace keeps them) and the entries most often marked not
helpful. Counts are of people: a person who clicked twice on one answer counts once, with their latest verdict."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping

from bot.storage.feedback import Click, DeclinedQuestion, FeedbackRecords

QUESTIONS_PER_REASON = 5
ANSWER_PREVIEW = 300


@dataclass(frozen=True)
class RatedAnswer:
    answer_id: str
    question: str
    answer: str | None  # None: the answer was no longer on record when it was rated
    rule: str
    entries: tuple[str, ...]
    not_helpful: int
    helpful: int
    last_at: dt.datetime


@dataclass(frozen=True)
class DeclineReason:
    rule: str
    reason: str
    count: int
    questions: tuple[DeclinedQuestion, ...] = ()


@dataclass(frozen=True)
class EntryRating:
    id: str
    title: str
    not_helpful: int
    helpful: int


@dataclass(frozen=True)
class FeedbackReport:
    since: dt.date | None
    tz: dt.tzinfo
    helpful: int
    not_helpful: int
    declines: int
    answers: list[RatedAnswer] = field(default_factory=list)
    decline_reasons: list[DeclineReason] = field(default_factory=list)
    entries: list[EntryRating] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "totals": {"helpful": self.helpful, "not_helpful": self.not_helpful, "declines": self.declines},
            "not_helpful_answers": [
                {
                    "answer_id": a.answer_id,
                    "question": a.question,
                    "answer": a.answer,
                    "rule": a.rule,
                    "entries": list(a.entries),
                    "not_helpful": a.not_helpful,
                    "helpful": a.helpful,
                    "last_at": a.last_at.isoformat(),
                }
                for a in self.answers
            ],
            "decline_reasons": [
                {
                    "rule": d.rule,
                    "reason": d.reason,
                    "count": d.count,
                    "questions": [{"question": q.question, "asked_at": q.asked_at.isoformat()} for q in d.questions],
                }
                for d in self.decline_reasons
            ],
            "entries": [{"id": e.id, "title": e.title, "not_helpful": e.not_helpful, "helpful": e.helpful} for e in self.entries],
        }

    def as_text(self) -> str:
        span = f"since {self.since.isoformat()}" if self.since else "all time"
        lines = [
            f"Feedback ({span}): {self.helpful} helpful, {self.not_helpful} not helpful; declines: {self.declines}",
            "",
            *self._answer_lines(),
            "",
            *self._decline_lines(),
            "",
            *self._entry_lines(),
        ]
        return "\n".join(lines)

    def _when(self, instant: dt.datetime) -> str:
        return instant.astimezone(self.tz).strftime("%Y-%m-%d %H:%M %Z")

    def _answer_lines(self) -> list[str]:
        if not self.answers:
            return ["Answers marked not helpful: none"]
        lines = ["Answers marked not helpful:"]
        for n, a in enumerate(self.answers, 1):
            lines.append(
                f'{n}. "{_one_line(a.question)}": {a.not_helpful} not helpful, {a.helpful} helpful (last {self._when(a.last_at)})'
            )
            lines.append(f"   rule: {a.rule or '-'}; entries: {', '.join(a.entries) or '-'}")
            shown = _one_line(a.answer)[:ANSWER_PREVIEW] if a.answer is not None else "(no longer on record)"
            lines.append(f"   answer: {shown}")
        return lines

    def _decline_lines(self) -> list[str]:
        if not self.decline_reasons:
            return ["Decline reasons: none"]
        lines = ["Most frequent decline reasons:"]
        for d in self.decline_reasons:
            lines.append(f"{d.count:>5}  {_one_line(d.reason)} [{d.rule}]")
            lines.extend(f'         - "{_one_line(q.question)}" ({self._when(q.asked_at)})' for q in d.questions)
        if not any(d.questions for d in self.decline_reasons):
            lines.append("(Declined questions are not kept; EO_STORE_DECLINED_QUESTIONS=true keeps them.)")
        return lines

    def _entry_lines(self) -> list[str]:
        if not self.entries:
            return ["Entries marked not helpful: none"]
        lines = ["Entries most often marked not helpful:"]
        lines.extend(f"{e.not_helpful:>5} not helpful, {e.helpful} helpful  {e.id} ({e.title})" for e in self.entries)
        return lines


def _one_line(text: str | None) -> str:
    """One line of printable text: what people typed never moves the curator's cursor or colours their terminal."""
    return "".join(c if c.isprintable() else "\ufffd" for c in " ".join((text or "").split()))


def rated_answers(clicks: list[Click]) -> list[RatedAnswer]:
    """Answers with at least one not-helpful verdict, the most often marked first."""
    by_answer: dict[str, list[Click]] = defaultdict(list)
    for click in clicks:
        by_answer[click.answer_id].append(click)
    rated = []
    for answer_id, group in by_answer.items():
        down = sum(not c.helpful for c in group)
        if not down:
            continue
        latest = max(group, key=lambda c: c.clicked_at)
        text = next((c.answer_text for c in group if c.answer_text is not None), None)
        rated.append(
            RatedAnswer(
                answer_id, latest.question, text, latest.rule, latest.provisions, down, len(group) - down, latest.clicked_at
            )
        )
    return sorted(rated, key=lambda a: (-a.not_helpful, -a.last_at.timestamp(), a.question))


def entry_ratings(clicks: list[Click], titles: Mapping[str, str]) -> list[EntryRating]:
    """Entries that answers marked not helpful rested on, the most often marked first."""
    down: dict[str, int] = defaultdict(int)
    up: dict[str, int] = defaultdict(int)
    for click in clicks:
        for entry in dict.fromkeys(click.provisions):
            (up if click.helpful else down)[entry] += 1
    ratings = [EntryRating(e, titles.get(e, "not in the content now"), n, up[e]) for e, n in down.items()]
    return sorted(ratings, key=lambda r: (-r.not_helpful, r.helpful, r.id))


async def build_report(
    records: FeedbackRecords,
    *,
    since: dt.date | None,
    tz: dt.tzinfo,
    titles: Mapping[str, str],
    limit: int = 20,
) -> FeedbackReport:
    """The report over what was recorded from ``since`` (a day in the bot's timezone ``tz``) on."""
    start = dt.datetime.combine(since, dt.time(0), tzinfo=tz) if since else None
    clicks = await records.clicks(start)
    counts = await records.decline_counts(since)
    kept: dict[tuple[str, str], list[DeclinedQuestion]] = defaultdict(list)
    for question in await records.declined_questions(start):
        kept[(question.rule, question.reason)].append(question)
    reasons = [DeclineReason(c.rule, c.reason, c.count, tuple(kept[(c.rule, c.reason)][:QUESTIONS_PER_REASON])) for c in counts]
    helpful = sum(c.helpful for c in clicks)
    return FeedbackReport(
        since=since,
        tz=tz,
        helpful=helpful,
        not_helpful=len(clicks) - helpful,
        declines=sum(c.count for c in counts),
        answers=rated_answers(clicks)[:limit],
        decline_reasons=reasons[:limit],
        entries=entry_ratings(clicks, titles)[:limit],
    )
