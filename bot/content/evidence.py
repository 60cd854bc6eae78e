"""Faithfulness checks: every statement in the content rests on the verbatim words of the report it cites.

A *statement* is anything the bot tells a user as fact: an entry's title and summary, each detail, each version of a
disagreement, a deadline's what/who/when and its note, the order's summary. Each of its sources carries ``evidence``,
an excerpt of that report (pieces that are not adjacent are joined by `` … ``). The checks here say, for the whole
content: which evidence is missing or not in the report, which attribution is not named where the evidence is, which
hedge of the report ("reportedly", "the company said") the statement dropped, and which report sentence is neither
used as evidence nor listed in ``unused.yaml`` with a reason. ``eo-bot content evidence`` prints them; the content
tests require there are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.models import Content, Deadline, Entry, Fact, Source

PIECE_JOIN = re.compile(r"\s*(?:…|\.\.\.)\s*")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“‘(0-9])")
# Words by which a report hedges or attributes a claim. When the evidence has one of the first kind, the statement must
# hedge too (any word of the second kind, or the source's attribution named in the text).
HEDGES = re.compile(
    r"\b(?:reportedly|apparent(?:ly)?|allegedly|purportedly|the company said|which the company said|"
    r"according to people familiar|people familiar with|sources familiar|person familiar|is expected to|are expected to)\b",
    re.I,
)
HEDGED = re.compile(
    r"\b(?:reportedly|report(?:s|ed)?|apparent(?:ly)?|alleged(?:ly)?|said|says|say|told|claim(?:s|ed)?|"
    r"according|familiar|expected|describ(?:e|es|ed)|call(?:s|ed)|wrote|writes|quoted|cited|citing|per|framed|"
    r"asserted|argued|warned|suggest(?:s|ed)?|may|might|could|would|appear(?:s|ed)?|unclear|uncertain)\b",
    re.I,
)


def normalised(text: str) -> str:
    """Quote style and whitespace do not count when comparing evidence with a report."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def pieces(evidence: str) -> list[str]:
    return [p for p in (normalised(x) for x in PIECE_JOIN.split(evidence)) if p]


def report_sentences(text: str) -> list[str]:
    """The report's sentences (headings and subheads count as sentences), normalised."""
    sentences: list[str] = []
    for paragraph in text.splitlines():
        paragraph = normalised(paragraph)
        if paragraph:
            sentences.extend(s.strip() for s in _SENTENCE.split(paragraph) if s.strip())
    return sentences


@dataclass(frozen=True)
class Statement:
    """One thing the content asserts, where it is, and the sources it rests on."""

    where: str
    text: str
    sources: tuple[Source, ...]
    key: str = ""  # stable id, e.g. "entry/mythos/detail/2": what a Sources button names


def statements(content: Content) -> Iterator[Statement]:
    order = content.order
    yield Statement("order: summary", order.summary, tuple(order.sources), "order")
    for entry in content.entries.values():
        yield from _entry_statements(entry)
    for deadline in content.deadlines.values():
        yield from _deadline_statements(deadline)


def _fact(where: str, fact: Fact, key: str) -> Statement:
    return Statement(where, fact.text, tuple(fact.sources), key)


def _entry_statements(entry: Entry) -> Iterator[Statement]:
    key = f"entry/{entry.id}"
    yield Statement(f"entry '{entry.id}': title and summary", f"{entry.title}. {entry.summary}", tuple(entry.sources), key)
    for n, fact in enumerate(entry.details, start=1):
        yield _fact(f"entry '{entry.id}': detail {n}", fact, f"{key}/detail/{n}")
    for m, disc in enumerate(entry.discrepancies, start=1):
        for n, version in enumerate(disc.versions, start=1):
            yield _fact(f"entry '{entry.id}': discrepancy '{disc.topic}' version {n}", version, f"{key}/differ/{m}/{n}")


def _deadline_statements(deadline: Deadline) -> Iterator[Statement]:
    key = f"deadline/{deadline.id}"
    text = f"{deadline.title}. {deadline.what} Who: {', '.join(deadline.who)}. {deadline.days_after_signing} days."
    yield Statement(f"deadline '{deadline.id}': what, who and when", text, tuple(deadline.sources), key)
    if deadline.note:
        yield _fact(f"deadline '{deadline.id}': note", deadline.note, f"{key}/note")
    for m, disc in enumerate(deadline.discrepancies, start=1):
        for n, version in enumerate(disc.versions, start=1):
            yield _fact(f"deadline '{deadline.id}': discrepancy '{disc.topic}' version {n}", version, f"{key}/differ/{m}/{n}")


@dataclass
class Findings:
    """Everything the checks found; empty lists mean the content is faithful."""

    missing: list[str] = field(default_factory=list)
    not_verbatim: list[str] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    unused_problems: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [*self.missing, *self.not_verbatim, *self.attribution, *self.hedges, *self.uncovered, *self.unused_problems]


class Reports:
    """The seed reports' text, normalised, and their sentences."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.text = {name: normalised(text) for name, text in texts.items()}
        self.sentences = {name: report_sentences(text) for name, text in texts.items()}

    @classmethod
    def from_directory(cls, directory: Path) -> "Reports":
        return cls({p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))})

    def sentences_with(self, report: str, piece: str) -> list[str]:
        """The sentences a verbatim piece of evidence lies in (one, or several when it spans them)."""
        found = [s for s in self.sentences.get(report, []) if piece in s or s in piece]
        if found:
            return found
        return [s for s in self.sentences.get(report, []) if _overlaps(piece, s)]


def _overlaps(piece: str, sentence: str) -> bool:
    """A piece spanning a sentence boundary overlaps the sentence by a whole start or end."""
    head, tail = sentence[: min(40, len(sentence))], sentence[-min(40, len(sentence)) :]
    return head in piece or tail in piece


def check(content: Content, reports: Reports) -> Findings:
    findings = Findings()
    used: dict[str, set[str]] = {name: set() for name in reports.sentences}
    for statement in statements(content):
        for source in statement.sources:
            _check_source(content, reports, statement, source, findings, used)
    _check_coverage(content, reports, used, findings)
    return findings


def _check_source(
    content: Content, reports: Reports, statement: Statement, source: Source, findings: Findings, used: dict[str, set[str]]
) -> None:
    where = f"{statement.where} [{source.report}]"
    if not source.evidence:
        findings.missing.append(f"{where}: no evidence")
        return
    text = reports.text.get(source.report, "")
    sentences: list[str] = []
    for piece in pieces(source.evidence):
        if piece not in text:
            findings.not_verbatim.append(f"{where}: evidence not in the report: {piece[:90]!r}")
            continue
        sentences += reports.sentences_with(source.report, piece)
    used.setdefault(source.report, set()).update(sentences)
    if source.attribution and sentences:
        outlet = content.outlets.get(source.attribution)
        cues = outlet.cues if outlet else [source.attribution]
        context = " ".join(sentences).casefold()
        if not any(normalised(cue).casefold() in context for cue in cues):
            findings.attribution.append(f"{where}: {source.attribution!r} is not named where the evidence is")
    hedge = HEDGES.search(normalised(source.evidence))
    if hedge and not HEDGED.search(statement.text):
        findings.hedges.append(f"{where}: the report hedges ({hedge.group(0)!r}) but the statement does not")


def _check_coverage(content: Content, reports: Reports, used: dict[str, set[str]], findings: Findings) -> None:
    unused: dict[str, list[str]] = {}
    for item in content.unused:
        if item.report not in reports.sentences:
            findings.unused_problems.append(f"unused.yaml: unknown report {item.report!r}")
            continue
        opening = normalised(item.sentence)
        matches = [s for s in reports.sentences[item.report] if s.startswith(opening)]
        if not matches:
            findings.unused_problems.append(f"unused.yaml: {item.report}: no sentence starts {opening[:60]!r}")
        unused.setdefault(item.report, []).extend(matches)
    for report, sentences in reports.sentences.items():
        for sentence in sentences:
            if sentence not in used.get(report, set()) and sentence not in unused.get(report, []):
                findings.uncovered.append(f"{report}: sentence neither evidence nor listed unused: {sentence[:100]!r}")
