"""An entry's statements one by one (summary, facts with their speakers, report versions)."""

from __future__ import annotations

from bot.content.models import Content, Deadline, Entry, Fact, Source


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


def labels(content: Content, sources: list[Source]) -> str:
    return "; ".join(dict.fromkeys(content.source_label(s) for s in sources))


def entry_deadlines(content: Content, entry: Entry) -> list[Deadline]:
    """The deadlines an entry lists, then those that name it as their provision."""
    ids = dict.fromkeys([*entry.deadlines, *(d.id for d in content.deadlines.values() if d.provision == entry.id)])
    return [content.deadlines[i] for i in ids if i in content.deadlines]
