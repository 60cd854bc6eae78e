"""An entry's statements one by one (summary, facts with their speakers, report versions)."""

from __future__ import annotations

from bot.content.models import Content, Deadline, Entry, Fact


def fact_text(fact: Fact) -> str:
    """A fact as shown: prefixed with its speaker unless the text already names them."""
    return f"{fact.speaker}: {fact.text}" if fact.speaker and fact.speaker not in fact.text else fact.text


def units(content: Content, doc_id: str) -> list[str]:
    """The statements of one entry (or of the order) that a question may be checked against."""
    entry = content.entries.get(doc_id)
    if entry is None:
        return [content.order.summary]
    out = [entry.summary, *(fact_text(f) for f in entry.details)]
    out += [v.text for d in entry.discrepancies for v in d.versions]
    return out


def entry_deadlines(content: Content, entry: Entry) -> list[Deadline]:
    """The deadlines an entry lists, then those that name it as their provision."""
    ids = dict.fromkeys([*entry.deadlines, *(d.id for d in content.deadlines.values() if d.provision == entry.id)])
    return [content.deadlines[i] for i in ids if i in content.deadlines]


def differ_line(content: Content, topic: str, versions: list[Fact]) -> str:
    """ "Reports differ on who: A (source); B (source)." — every version with its own sources."""
    return f"Reports differ on {topic}: {versions_line(content, versions, strip=True)}."


def versions_line(content: Content, versions: list[Fact], strip: bool = False) -> str:
    """Each report's version with its sources, ``; ``-separated (``strip``: without the versions' final stops)."""
    return "; ".join(f"{v.text.rstrip('.') if strip else v.text} ({content.sources_line(v.sources)})" for v in versions)


def deadline_sentence(content: Content, deadline: Deadline) -> str:
    """What is due and who acts, with a one-report note and every disagreement the reports have about it."""
    note = content.one_report_note(deadline.sources)
    text = f"{deadline.title}: {deadline.what} Who: {', '.join(deadline.who)}."
    if note:
        text += f" [{note[0].upper()}{note[1:]}.]"
    for disc in deadline.discrepancies:
        text += " " + differ_line(content, disc.topic, list(disc.versions))
    return text
