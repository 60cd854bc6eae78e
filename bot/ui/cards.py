"""Block Kit messages for answers, provisions, deadlines, help and the Home tab.

Builders take plain data (an Answer, content entries, deadline statuses) and return
:class:`bot.ui.render.Reply` objects or view payloads; they know nothing of requests.
``ref`` is the command line that produced a message (``ask …``, ``section 3``); the Share
button carries it so sharing re-runs exactly that command.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Sequence

from bot.content.models import Content, Deadline, Entry
from bot.engine.answer import Answer
from bot.engine.citations import Quote
from bot.engine.statements import differ_line
from bot.ui.render import (
    ACTION_SHOW,
    ACTION_SUGGEST,
    Block,
    Reply,
    actions,
    button,
    context,
    divider,
    escape,
    fallback,
    feedback_buttons,
    header,
    mention,
    section,
    sections,
    share_button,
    sources_button,
)

CAN_ANSWER = (
    "I answer questions about the executive order on advanced AI innovation and security: "
    "what it requires, who is responsible, its deadlines, its sections and provisions, and what was reported about it."
)


def day(date: dt.date) -> str:
    return f"{date:%a} {date.day} {date:%b %Y}"


def entry_label(content: Content, entry_id: str) -> str:
    entry = content.entries.get(entry_id)
    if entry is None:
        return escape(entry_id)
    where = f" (Sec. {entry.section})" if entry.section is not None else ""
    return escape(entry.title) + where


def asked_line(question: str, shared_by: str | None) -> str:
    who = f"{mention(shared_by)} asked" if shared_by else "You asked"
    return f"{who}: _{escape(question)}_" if question else ""


def buttons_for(
    ref: str, provision: str | None, shareable: bool, provisions: Iterable[str] = (), cited: Sequence[Sequence[str]] = ()
) -> Block:
    first = [button("Show full provision", ACTION_SHOW, provision)] if provision else []
    share = [share_button(ref)] if shareable else []
    return actions(*first, sources_button(cited), *share, *feedback_buttons(ref, provisions))


def _cited(answer: Answer) -> list[list[str]]:
    return [c.statements for c in answer.citations if c.statements]


def deadline_keys(deadline: Deadline) -> list[str]:
    """The statements a deadline line rests on: what/who/when, its note, each report's version where they differ."""
    key = f"deadline/{deadline.id}"
    keys = [key, *([f"{key}/note"] if deadline.note else [])]
    keys += [f"{key}/differ/{m}/{n}" for m, d in enumerate(deadline.discrepancies, 1) for n in range(1, len(d.versions) + 1)]
    return keys


def answer_reply(
    answer: Answer, content: Content, question: str, ref: str, shareable: bool, shared_by: str | None = None
) -> Reply:
    if not answer.answered:
        return decline_reply(answer, question, ref, shared_by, content)
    if answer.kind == "smalltalk":
        return smalltalk_reply(answer, question, shared_by)
    body = answer.text[len(answer.headline) :].strip() if answer.text.startswith(answer.headline) else answer.text
    text = f"*{escape(answer.headline)}*" + (f"\n{escape(body)}" if body else "")
    rests = ", ".join(entry_label(content, p) for p in answer.provisions)
    sources = "; ".join(escape(s) for s in answer.sources)
    blocks = [
        context(asked_line(question, shared_by)),
        *sections(text)[:20],
        context(f"*Provisions:* {rests}" if rests else "", f"*Sources:* {sources}" if sources else ""),
        buttons_for(ref, answer.provisions[0] if answer.provisions else None, shareable, answer.provisions, _cited(answer)),
    ]
    return Reply(fallback(escape(answer.headline)), [b for b in blocks if _non_empty(b)])


def decline_reply(answer: Answer, question: str, ref: str, shared_by: str | None = None, content: Content | None = None) -> Reply:
    """A decline: the reason, what the reports do say instead (when the engine knows), and questions to try."""
    suggestions = answer.suggestions[:3]
    known = f"What they do say: {escape(answer.known)}" if answer.known else CAN_ANSWER
    rests = ", ".join(entry_label(content, p) for p in answer.provisions) if content and answer.known else ""
    sources = "; ".join(escape(s) for s in answer.sources) if answer.known else ""
    blocks = [
        context(asked_line(question, shared_by)),
        section(f"*{escape(answer.headline)}*\n{known}" + ("\n\n*Try asking* (click one):" if suggestions else "")),
        actions(*(button(s, ACTION_SUGGEST, s) for s in suggestions)),
        context(f"*Provisions:* {rests}" if rests else "", f"*Sources:* {sources}" if sources else ""),
        actions(sources_button(_cited(answer)) if answer.known else {}, *feedback_buttons(ref)),
    ]
    return Reply(fallback(escape(answer.headline)), [b for b in blocks if _non_empty(b)])


def smalltalk_reply(answer: Answer, question: str, shared_by: str | None = None) -> Reply:
    """A greeting, help or thanks: the reply text and the example questions as buttons; no provisions or sources."""
    suggestions = answer.suggestions[:3]
    blocks = [
        context(asked_line(question, shared_by)),
        section(escape(answer.text)),
        actions(*(button(s, ACTION_SUGGEST, s) for s in suggestions)),
    ]
    return Reply(fallback(escape(answer.headline)), [b for b in blocks if _non_empty(b)])


def _non_empty(block: Block) -> bool:
    return bool(block.get("elements", True)) and bool(block.get("text", True))


def provision_card(content: Content, entry: Entry, ref: str, shareable: bool, shared_by: str | None = None) -> Reply:
    """One provision in full, with Share and feedback buttons."""
    blocks = [
        context(f"Shared by {mention(shared_by)}" if shared_by else ""),
        *provision_blocks(content, entry)[:44],
        buttons_for(ref, None, shareable, [entry.id]),
    ]
    return Reply(fallback(escape(entry.title), "-", escape(entry.summary)), [b for b in blocks if _non_empty(b)])


def section_reply(
    content: Content, number: int, entries: Sequence[Entry], ref: str, shareable: bool, shared_by: str | None = None
) -> Reply:
    lines = "\n".join(f"• *{escape(e.title)}* (`{escape(e.id)}`): {escape(e.summary)}" for e in entries)
    blocks = [
        context(f"Shared by {mention(shared_by)}" if shared_by else ""),
        section(f"*Section {number} of the order*\n{lines}"),
        context(f"*Sources:* {_sources(content, [s for e in entries for s in e.sources])}"),
        buttons_for(ref, entries[0].id if len(entries) == 1 else None, shareable, [e.id for e in entries]),
    ]
    return Reply(fallback(f"Section {number}:", escape(entries[0].title)), [b for b in blocks if _non_empty(b)])


def _due_line(content: Content, deadline_id: str) -> str:
    deadline = content.deadlines[deadline_id]
    return f"{escape(deadline.title)}, {day(content.deadline_date(deadline))}"


def _sources(content: Content, sources: Iterable[Any]) -> str:
    return escape(content.sources_line(sources))


def deadline_caveats(content: Content, deadline: Deadline) -> list[str]:
    """What a deadline line must not hide: that only one report gives it, and where the reports differ."""
    note = content.one_report_note(deadline.sources)
    lines = [f"{note[0].upper()}{note[1:]}."] if note else []
    return lines + [differ_line(content, d.topic, list(d.versions)) for d in deadline.discrepancies]


def deadline_lines(content: Content, statuses: Sequence[Any], limit: int | None = None) -> str:
    rows = []
    for status in list(statuses)[:limit]:
        d = status.deadline
        who = ", ".join(d.who)
        caveats = "".join(f"\n    _{escape(c)}_" for c in deadline_caveats(content, d))
        rows.append(
            f"• *{escape(d.title)}*: {day(status.due)} ({escape(status.label)})\n"
            f"    {escape(d.what)} _Responsible: {escape(who)}_{caveats}"
        )
    return "\n".join(rows)


def deadlines_reply(content: Content, statuses: Sequence[Any], ref: str, shareable: bool, shared_by: str | None = None) -> Reply:
    basis = content.order.signing_date_basis
    note = f"Counted from the signing date {day(content.order.signing_date)}" + (" (inferred)." if basis == "inferred" else ".")
    sources = [s for st in statuses for s in st.deadline.sources]
    blocks = [
        context(f"Shared by {mention(shared_by)}" if shared_by else ""),
        *sections(f"*Deadlines set by the order*\n{deadline_lines(content, statuses)}"),
        context(escape(note), f"*Sources:* {_sources(content, sources)}"),
        actions(
            sources_button([deadline_keys(st.deadline) for st in statuses]),
            *([share_button(ref)] if shareable else []),
            *feedback_buttons(ref),
        ),
    ]
    return Reply(fallback(f"The order sets {len(statuses)} deadlines."), [b for b in blocks if _non_empty(b)])


def help_reply(usage: Sequence[tuple[str, str]], note: str = "") -> Reply:
    lines = "\n".join(f"• `{escape(syntax)}`: {escape(text)}" for syntax, text in usage)
    blocks = [
        section(note) if note else {},
        section(f"{CAN_ANSWER}\n\n*Commands*\n{lines}"),
        context("You can also send me a direct message, or mention me in a channel with a question."),
    ]
    return Reply(fallback("eo-bot help:", CAN_ANSWER), [b for b in blocks if b])


def notice(text_mrkdwn: str) -> Reply:
    """A short message whose text the caller has already escaped."""
    return Reply(fallback(text_mrkdwn), [section(text_mrkdwn)])


def feedback_thanks(outcome: str, helpful: bool) -> Reply | None:
    """The private reply to a feedback click (``outcome`` from bot.feedback.service); None for a repeated click."""
    if outcome == "stale":
        return None
    if outcome == "refused":
        return notice("That button is not one I can take feedback from. Ask the question again and rate the new answer.")
    if outcome == "unavailable":
        return notice("Thanks. I couldn't record that just now (my database is unavailable); please click again in a minute.")
    verdict = "helpful" if helpful else "not helpful"
    if outcome == "changed":
        return notice(f"Thanks, I've changed your feedback on that answer to {verdict}.")
    if outcome == "off":
        return notice("Thanks, glad it helped." if helpful else "Thanks for telling me.")
    if helpful:
        return notice("Thanks, glad it helped.")
    return notice("Thanks for telling me; the people who curate my answers will see it.")


def apology() -> Reply:
    return notice("Sorry, something went wrong on my side while answering. Please try again in a moment.")


def provision_blocks(content: Content, entry: Entry) -> list[Block]:
    """Everything the index holds on one entry: summary, facts, disagreements, deadlines, sources."""
    if entry.section is not None:
        where = f"Section {entry.section}"
    elif entry.kind == "provision":
        where = "Section not given in the reports"
    else:
        where = entry.kind.replace("-", " ").capitalize()
    blocks: list[Block] = [section(f"*{escape(entry.title)}*\n_{escape(where)}_\n{escape(entry.summary)}")]
    for fact in entry.details[:20]:
        said = f"{escape(fact.speaker)}: " if fact.speaker else ""
        blocks.append(section(f"• {said}{escape(fact.text)}"))
        blocks.append(context(f"_{_sources(content, fact.sources)}_"))
    for disc in entry.discrepancies[:5]:
        versions = "\n".join(f"• {escape(v.text)} _({_sources(content, v.sources)})_" for v in disc.versions)
        blocks.append(section(f"*Reports differ: {escape(disc.topic)}*\n{versions}"))
    if entry.agencies:
        blocks.append(context("*Agencies:* " + escape(", ".join(entry.agencies))))
    due = "; ".join(_due_line(content, d) for d in entry.deadlines if d in content.deadlines)
    if due:
        blocks.append(context(f"*Deadlines:* {due}"))
    blocks.append(context(f"*Sources:* {_sources(content, entry.sources)}"))
    return blocks[:95]


def provision_modal(content: Content, entry: Entry) -> dict[str, Any]:
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Provision"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": provision_blocks(content, entry),
    }


def provision_reply(content: Content, entry: Entry) -> Reply:
    return Reply(fallback(escape(entry.title), "-", escape(entry.summary)), provision_blocks(content, entry)[:45])


def first_sentences(text: str, count: int = 2) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(parts[:count])


def home_view(
    content: Content, statuses: Sequence[Any], usage: Sequence[tuple[str, str]], extra: Sequence[Block] = ()
) -> dict[str, Any]:
    """The App Home tab. ``extra`` holds blocks other features add (e.g. subscription status)."""
    upcoming = [s for s in statuses if s.state != "passed"]
    heading = "Next deadlines" if upcoming or not statuses else "Deadlines (all passed)"
    commands = "\n".join(f"• `{escape(syntax)}`: {escape(text)}" for syntax, text in usage)
    blocks: list[Block] = [
        header("The AI innovation and security order"),
        section(escape(first_sentences(content.order.summary))),
        context(
            f"*Signed:* {day(content.order.signing_date)}"
            + (" (inferred)" if content.order.signing_date_basis == "inferred" else "")
        ),
        divider(),
        header(heading),
        *sections(deadline_lines(content, upcoming or statuses, limit=5) or "No deadlines in the index."),
        actions(sources_button([deadline_keys(st.deadline) for st in (upcoming or statuses)[:5]])),
        divider(),
        header("How to use eo-bot"),
        section(f"Send me a direct message with a question, mention me in a channel, or use `/eo`:\n{commands}"),
        *extra,
    ]
    return {"type": "home", "blocks": blocks[:100]}


def sources_modal(rows: Sequence[tuple[str, Sequence[Quote]]]) -> dict[str, Any]:
    """The Sources modal: for each line of an answer, the report sentences it rests on, quoted, with the report's name."""
    blocks: list[Block] = [context("Each line of the answer, then the reports' own words it rests on.")]
    for n, (line, quotes) in enumerate(rows, start=1):
        quoted = "\n".join(f"> {escape(q.words)}\n> — _{escape(q.source)}_" for q in quotes)
        blocks += [divider(), section(f"*{n}. {escape(line)}*"[:2900]), section(quoted[:2900] or "_No report words recorded._")]
        if len(blocks) > 96:
            blocks.append(context("More lines than fit here: ask a narrower question to see their sources."))
            break
    if len(rows) == 0:
        blocks.append(section("That answer's sources are no longer in my index. Ask the question again."))
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Sources"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": blocks[:100],
    }
