"""Block Kit for updates (``content/updates.yaml``): the channel announcement, ``/eo news`` and the Home tab's latest.

All text goes through :func:`bot.ui.render.escape`; only the builders in :mod:`bot.ui.render` add markup.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from bot.content.models import Content
from bot.content.updates import Update
from bot.ui.render import (
    ACTION_SHOW,
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
    share_button,
)

NEWS_LIMIT = 10  # updates listed by /eo news (newest first)
NO_NEWS = (
    "No developments since the order have been recorded yet: the reports give none. When the bot's curators add "
    "one, it is listed here and announced in the subscribed channels it concerns."
)


def _day(date: dt.date) -> str:
    return f"{date:%a} {date.day} {date:%b %Y}"


def _sources(content: Content, update: Update) -> str:
    return escape(content.sources_line(update.sources))


def _concerns(content: Content, update: Update) -> str:
    """``Provisions: ...; deadlines: ...`` in words (titles), ids kept for anything not in the content."""
    parts = []
    titles = [content.entries[p].title if p in content.entries else p for p in update.provisions]
    if titles:
        parts.append("*Provisions:* " + escape(", ".join(titles)))
    deadlines = [content.deadlines[d].title if d in content.deadlines else d for d in update.deadlines]
    if deadlines:
        parts.append("*Deadlines:* " + escape(", ".join(deadlines)))
    if update.agencies:
        parts.append("*Agencies:* " + escape(", ".join(update.agencies)))
    return "; ".join(parts)


def update_text(content: Content, update: Update) -> str:
    """The update as mrkdwn: headline and date, summary, what it concerns."""
    lines = [f"*{escape(update.headline)}* ({_day(update.date)})", escape(update.summary)]
    concerns = _concerns(content, update)
    return "\n".join(lines + ([concerns] if concerns else []))


def update_announcement(content: Content, update: Update) -> tuple[str, list[Block]]:
    """(fallback text, blocks) of the channel announcement of one update."""
    blocks = [
        header("Executive order: what's new"),
        section(update_text(content, update)),
        context(f"Sources: {_sources(content, update)}", "All developments: `/eo news`"),
    ]
    first = next((p for p in update.provisions if p in content.entries), None)
    if first is not None:
        blocks.append(actions(button("Show full provision", ACTION_SHOW, first)))
    return fallback("What's new:", escape(update.headline), f"({_day(update.date)})"), blocks


def news_reply(content: Content, updates: Sequence[Update], ref: str, shareable: bool, shared_by: str | None = None) -> Reply:
    """``/eo news``: the recorded developments, newest first, each with its sources."""
    shared = [context(f"Shared by {mention(shared_by)}")] if shared_by else []
    if not updates:
        return Reply(fallback(NO_NEWS), [*shared, section(NO_NEWS)])
    blocks: list[Block] = [*shared, section(f"*What's new since the order* ({len(updates)})")]
    for update in updates[:NEWS_LIMIT]:
        blocks += [section(update_text(content, update)), context(f"*Sources:* {_sources(content, update)}")]
    if len(updates) > NEWS_LIMIT:
        blocks.append(context(f"{len(updates) - NEWS_LIMIT} earlier developments are not shown."))
    blocks.append(actions(*([share_button(ref)] if shareable else []), *feedback_buttons(ref)))
    latest = updates[0]
    return Reply(fallback("Latest:", escape(latest.headline), f"({_day(latest.date)})"), blocks)


def latest_update_blocks(content: Content, updates: Sequence[Update]) -> list[Block]:
    """The Home tab's "What's new": the latest update (nothing when there is none)."""
    if not updates:
        return []
    latest = updates[0]
    more = f"{len(updates) - 1} more with `/eo news`" if len(updates) > 1 else "`/eo news` lists developments"
    return [
        divider(),
        header("What's new"),
        section(update_text(content, latest)),
        context(f"*Sources:* {_sources(content, latest)}", more),
    ]
