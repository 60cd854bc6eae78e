"""Plain-text view of a whole entry (``eo-bot provision ID`` / ``eo-bot section N``)."""

from __future__ import annotations

import datetime as dt

from bot.content.deadlines import long_date, status_for
from bot.content.models import Content, Entry, Source


def _labels(content: Content, sources: list[Source]) -> str:
    return content.sources_line(sources)


def render_entry(content: Content, entry: Entry, today: dt.date) -> str:
    where = f", Section {entry.section}" if entry.section is not None else ""
    lines = [f"{entry.title} [{entry.id}] ({entry.kind}{where})", "", entry.summary]
    if entry.details:
        lines += ["", "Details:"]
        lines += [
            f"- {f.text}" + (f" ({f.speaker})" if f.speaker else "") + f" [{_labels(content, f.sources)}]" for f in entry.details
        ]
    for disc in entry.discrepancies:
        lines += ["", f"Reports differ on {disc.topic}:"]
        lines += [f"- {v.text} [{_labels(content, v.sources)}]" for v in disc.versions]
    if entry.agencies:
        lines += ["", f"Agencies: {', '.join(entry.agencies)}"]
    deadlines = [content.deadlines[i] for i in entry.deadlines if i in content.deadlines]
    if deadlines:
        lines += ["", "Deadlines:"]
        for d in deadlines:
            s = status_for(content, d, today)
            lines.append(f"- {d.title}: day {d.days_after_signing}, {long_date(s.due)} ({s.label}); who: {', '.join(d.who)}")
    if entry.related:
        lines += ["", f"Related: {', '.join(entry.related)}"]
    lines += ["", f"Sources: {_labels(content, entry.sources)}"]
    return "\n".join(lines)


def render_order(content: Content) -> str:
    order = content.order
    return "\n".join(
        [
            f'"{order.title}" ({order.short_name})',
            "",
            order.summary,
            "",
            f"Signed: {long_date(order.signing_date)} ({order.signing_date_basis}). {order.signing_date_note}",
            "",
            f"Sources: {_labels(content, order.sources)}",
        ]
    )
