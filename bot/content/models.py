"""Pydantic models for the curated content in ``content/``.

Every fact carries its sources: the seed report it comes from and, where the report
attributes it, the outlet or document it was attributed to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Report(Strict):
    """One of the news reports in ``shared/seeds/`` (the only source of facts)."""

    file: str = Field(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")
    label: str = Field(min_length=3, description="How the report is named to users (readable, with its number)")
    headline: str = Field(min_length=3, description="Its headline, or a short description where it has none")


class Source(Strict):
    report: str = Field(description="Seed file name, e.g. 004_43a0e5ac9bbf7905.txt")
    attribution: str | None = Field(
        default=None,
        description='Outlet or document the report attributes the fact to (a name from outlets.yaml), e.g. "AP"',
    )
    evidence: str | None = Field(
        default=None,
        min_length=8,
        description="The report's own words the statement rests on, verbatim; ' … ' joins non-adjacent pieces",
    )


class Outlet(Strict):
    """An outlet or document a report attributes facts to, and the words by which the report names it."""

    name: str = Field(min_length=2)
    cues: list[str] = Field(min_length=1, description="One of these appears in the evidence's sentences")


class Unused(Strict):
    """A report sentence deliberately not used as evidence, and why."""

    report: str
    sentence: str = Field(min_length=3, description="The sentence, or its opening words, verbatim")
    reason: str = Field(min_length=5)


class Fact(Strict):
    text: str = Field(min_length=3)
    sources: list[Source] = Field(min_length=1)
    speaker: str | None = Field(default=None, description="Who said it, for quotes")


class Discrepancy(Strict):
    """A point on which the reports disagree; every version is kept with its sources."""

    topic: str = Field(min_length=3)
    versions: list[Fact] = Field(min_length=2)


def _sentence_count(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip()) if s])


EntryKind = Literal["provision", "background", "history", "reaction", "open-question"]


class YesNo(Strict):
    """A yes/no question the entry answers, with its verdict: answers to close paraphrases lead with it."""

    q: str = Field(min_length=5)
    verdict: Literal["Yes", "No", "The reports don't say"]


class Entry(Strict):
    """A provision of the order, or a background / context entry about it."""

    id: str = Field(pattern=SLUG)
    kind: EntryKind
    section: int | None = Field(default=None, description="Only where a report names the section")
    title: str = Field(min_length=3)
    summary: str = Field(min_length=10, description="Plain language, one to three sentences")
    details: list[Fact] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    agencies: list[str] = Field(default_factory=list)
    deadlines: list[str] = Field(default_factory=list, description="Deadline ids")
    related: list[str] = Field(default_factory=list, description="Related entry ids")
    keywords: list[str] = Field(default_factory=list, description="Curated search terms")
    examples: list[str] = Field(
        default_factory=list,
        description="Short user-style questions this entry answers, written from its own text (retrieval index)",
    )
    paraphrases: list[str] = Field(
        default_factory=list,
        description="More user-style questions in other words than the entry's (slang, synonyms, long or skeptical "
        "phrasings); sentence vectors only, so their deliberately foreign words never reach the lexical index",
    )
    yes_no: list[YesNo] = Field(default_factory=list, description="Yes/no questions the entry settles, with the verdict")
    sources: list[Source] = Field(min_length=1, description="Evidence for the title and summary")

    @field_validator("summary")
    @classmethod
    def _one_to_three_sentences(cls, value: str) -> str:
        if not 1 <= _sentence_count(value) <= 3:
            raise ValueError("summary must be one to three sentences")
        return value


class Deadline(Strict):
    id: str = Field(pattern=SLUG)
    title: str = Field(min_length=3)
    what: str = Field(min_length=10, description="What is due")
    who: list[str] = Field(min_length=1, description="Who is responsible")
    days_after_signing: int = Field(ge=1, le=3650)
    provision: str = Field(description="Provision id this deadline belongs to")
    note: Fact | None = Field(default=None, description="A caveat about the deadline, with its own evidence")
    discrepancies: list[Discrepancy] = Field(default_factory=list, description="Where reports differ on it")
    keywords: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list, description="Short user-style questions this deadline answers")
    paraphrases: list[str] = Field(default_factory=list, description="Other phrasings (sentence vectors only)")
    sources: list[Source] = Field(min_length=1, description="Evidence for what, who and when")


class Gap(Strict):
    """Something the order touches that the reports do not say: asked for, it gets an honest "the reports don't say"
    with what they do say (the ``known`` entries), never a guess."""

    id: str = Field(pattern=SLUG)
    unknown: str = Field(min_length=10, description='Completes "The reports don\'t say ..."')
    known: list[str] = Field(min_length=1, description="Entry ids that say what is known instead")
    examples: list[str] = Field(min_length=3, description="Short questions asking for what is not known")
    paraphrases: list[str] = Field(default_factory=list, description="Other phrasings (sentence vectors only)")
    sources: list[Source] = Field(min_length=1, description="The reports that are silent on it")


class Order(Strict):
    title: str
    short_name: str
    summary: str = Field(min_length=20, description="What the order is, one paragraph")
    signing_date: dt.date
    signing_date_basis: Literal["reported", "inferred"]
    signing_date_note: str = Field(min_length=10, description="Where the date comes from")
    examples: list[str] = Field(default_factory=list, description="Short questions about the order itself (its name, what it is)")
    paraphrases: list[str] = Field(default_factory=list, description="Other phrasings (sentence vectors only)")
    sources: list[Source] = Field(min_length=1)


class Alias(Strict):
    """A curated synonym: any of ``terms`` in a question also counts as ``canonical``."""

    canonical: str
    terms: list[str] = Field(min_length=1)


@dataclass(frozen=True)
class Content:
    order: Order
    reports: dict[str, Report]
    entries: dict[str, Entry]
    deadlines: dict[str, Deadline]
    aliases: list[Alias] = field(default_factory=list)
    directory: Path | None = None  # where it was loaded from
    gaps: dict[str, Gap] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    unused: list[Unused] = field(default_factory=list)

    def deadline_date(self, deadline: Deadline) -> dt.date:
        """Due date, always derived from the signing date (never typed in)."""
        return self.order.signing_date + dt.timedelta(days=deadline.days_after_signing)

    def provisions(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == "provision"]

    def sections(self) -> dict[int, list[Entry]]:
        by_section: dict[int, list[Entry]] = {}
        for entry in self.entries.values():
            if entry.section is not None:
                by_section.setdefault(entry.section, []).append(entry)
        return by_section

    def report_name(self, file: str) -> str:
        report = self.reports.get(file)
        return report.label if report else file

    def source_label(self, source: Source) -> str:
        """Human-readable citation, e.g. ``Reuters, via the Implicator clipping (004)``."""
        label = self.report_name(source.report)
        return f"{source.attribution}, via the {label}" if source.attribution else f"the {label}"

    def source_labels(self, sources: Iterable[Source]) -> list[str]:
        """One citation per report, in first-seen order: ``Implicator clipping (004), citing the order's text and AP``."""
        by_report: dict[str, dict[str, None]] = {}
        for source in sources:
            outlets = by_report.setdefault(source.report, {})
            if source.attribution:
                outlets[source.attribution] = None
        labels = []
        for file, outlets in by_report.items():
            label = self.report_name(file)
            labels.append(f"{label}, citing {and_list(list(outlets))}" if outlets else label)
        return labels

    def sources_line(self, sources: Iterable[Source]) -> str:
        """The one-per-report citations joined for a sources line."""
        return "; ".join(self.source_labels(sources))

    def one_report_note(self, sources: Iterable[Source]) -> str:
        """ "per one report (004, citing the order's text)" when only one report makes a statement, else ""."""
        sources = list(sources)
        files = {s.report for s in sources}
        if len(files) != 1:
            return ""
        outlets = list(dict.fromkeys(s.attribution for s in sources if s.attribution))
        number = next(iter(files))[:3]
        return f"per one report ({number}, citing {and_list(outlets)})" if outlets else f"per one report ({number})"


def and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
