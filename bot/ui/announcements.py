"""Block Kit for announcements, subscription summaries, status and review clocks.

All text goes through :func:`bot.ui.render.escape`; only the builders in :mod:`bot.ui.render` add markup.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, Sequence
from zoneinfo import ZoneInfo

from bot.announce.digest import digest_marker
from bot.announce.schedule import Announcement
from bot.announce.subscriptions import (
    NotInChannel,
    Problem,
    Result,
    ReviewCancelled,
    ReviewList,
    ReviewStarted,
    ReviewView,
    Status,
    Subscribed,
    Unsubscribed,
)
from bot.content.deadlines import DeadlineStatus, long_date
from bot.content.models import Content
from bot.ui.cards import deadline_caveats, deadline_keys
from bot.ui.render import (
    ACTION_SHOW,
    Reply,
    actions,
    button,
    channel_mention,
    context,
    divider,
    escape,
    fallback,
    header,
    section,
    sources_button,
)
from bot.ui.updates import update_announcement

Block = dict[str, Any]


def _here(channel: str) -> str:
    """How a reply names where it applies: a DM is not a channel."""
    return "This conversation" if channel.startswith("D") else "This channel"


def _days(n: int) -> str:
    return "today" if n == 0 else ("1 day left" if n == 1 else f"{n} days left")


def when_text(instant: dt.datetime, tz_name: str) -> str:
    """``Thu, Jul 2, 2026 at 09:00 EDT``."""
    local = instant.astimezone(ZoneInfo(tz_name))
    return f"{local:%a, %b} {local.day}, {local.year} at {local:%H:%M} {local.tzname()}"


def render_announcement(content: Content, a: Announcement) -> tuple[str, list[Block]]:
    """(fallback text, blocks) for one announcement."""
    if a.kind == "update" and a.update is not None:
        return update_announcement(content, a.update)
    text, body = _announcement_body(content, a)
    return text, [header("Pre-release review clock" if a.kind == "review" else "Executive order deadline"), *body]


def _announcement_body(content: Content, a: Announcement) -> tuple[str, list[Block]]:
    """(fallback text, blocks) of one announcement without its heading: the message itself under a heading, or its
    part of a digest."""
    if a.kind == "review":
        return _review_body(a)
    if a.kind == "update" and a.update is not None:
        text, blocks = update_announcement(content, a.update)
        return text, blocks[1:] if blocks and blocks[0].get("type") == "header" else blocks
    deadline = content.deadlines[a.item_id]
    entry = content.entries.get(deadline.provision)
    days = a.days_left()
    title = escape(deadline.title)
    lead = _due_in(days)
    provision = escape(entry.title) if entry else escape(deadline.provision)
    if entry is not None and entry.section is not None:
        provision += f" (Section {entry.section})"
    lines = [
        f"*{lead}: {title}*",
        f"*What:* {escape(deadline.what)}",
        f"*Who:* {escape(', '.join(deadline.who))}",
        *(f"_{escape(c)}_" for c in deadline_caveats(content, deadline)),
        f"*Provision:* {provision}",
        f"*Date:* {escape(long_date(a.due))} ({_days(days)})",
    ]
    sources = escape(content.sources_line(deadline.sources))
    blocks = [
        section("\n".join(lines)),
        context(f"Sources: {sources}"),
        actions(button("Show full provision", ACTION_SHOW, deadline.provision), sources_button([deadline_keys(deadline)])),
    ]
    return fallback(f"{lead}: {title}", f"({escape(long_date(a.due))})"), blocks


def _due_in(days: int) -> str:
    return "Due today" if days == 0 else f"Due in {days} day{'s' if days != 1 else ''}"


def _review_body(a: Announcement) -> tuple[str, list[Block]]:
    name = escape(a.review_name or "model")
    days = a.days_left()
    if a.lead == "start":
        head = f"The 30-day pre-release review window for *{name}* starts today"
    elif days == 0:
        head = f"Today is the last day of the 30-day pre-release review window for *{name}*"
    else:
        head = f"The pre-release review window for *{name}* ends in {days} day{'s' if days != 1 else ''}"
    start = a.review_start or a.due
    left = "today is its last day" if days == 0 else _days(days)
    lines = [head, f"*Window:* {escape(long_date(start))} to {escape(long_date(a.due))} ({left})"]
    blocks = [
        section("\n".join(lines)),
        context(
            "Voluntary framework: developers may give the government access to a new frontier model "
            "for up to 30 days before release. Cancel with `/eo review cancel "
            f"{escape(a.item_id.split(':', 1)[-1])}`."
        ),
    ]
    return fallback(head.replace("*", "")), blocks


# -- digests: the announcements due at the same instant in one channel, in one message ---------------------------
def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _due_words(days: int) -> str:
    return "due today" if days == 0 else "due tomorrow" if days == 1 else f"due in {days} days"


def digest_heading(items: Sequence[Announcement]) -> str:
    """What a digest holds, in plain words that stay true for any mix: ``3 deadlines due in 7 days``,
    ``3 deadlines: 1 due today, 2 due in 7 days``, ``2 deadlines due tomorrow · 1 review clock reminder``."""
    parts = []
    days = Counter(a.days_left() for a in items if a.kind == "deadline")
    if len(days) == 1:
        ((left, n),) = days.items()
        parts.append(f"{_count(n, 'deadline')} {_due_words(left)}")
    elif days:
        split = ", ".join(f"{n} {_due_words(left)}" for left, n in sorted(days.items()))
        parts.append(f"{_count(sum(days.values()), 'deadline')}: {split}")
    reviews = sum(1 for a in items if a.kind == "review")
    if reviews:
        parts.append(_count(reviews, "review clock reminder"))
    news = sum(1 for a in items if a.kind == "update")
    if news:
        parts.append(_count(news, "new development"))
    return " · ".join(parts)


def _short_title(content: Content, a: Announcement) -> str:
    """An item's name in a digest's notification text (escaped)."""
    if a.kind == "review":
        return f"review window for {escape(a.review_name or 'a model')}"
    if a.kind == "update" and a.update is not None:
        return escape(a.update.headline)
    deadline = content.deadlines.get(a.item_id)
    return escape(deadline.title if deadline else a.item_id)


def render_digest(content: Content, items: Sequence[Announcement], markers: Sequence[str]) -> tuple[str, list[Block]]:
    """(fallback text, blocks) for several announcements due at the same instant in one channel: a heading saying what
    is grouped, then each item as its own announcement would show it (date, who, provision, sources, button), its
    first block carrying its ``markers`` entry (delivery finds each item by it)."""
    heading = digest_heading(items)
    blocks: list[Block] = [{**header(heading), "block_id": digest_marker(items)}]
    for i, (a, marker) in enumerate(zip(items, markers)):
        _, body = _announcement_body(content, a)
        if i:
            blocks.append(divider())
        blocks.extend([{**body[0], "block_id": marker}, *body[1:]])
    return fallback(f"{escape(heading)}:", "; ".join(_short_title(content, a) for a in items)), blocks


# -- replies to /eo subscribe, unsubscribe, status, review ---------------------------------------------------
def _deadline_line(s: DeadlineStatus, verb: str = "") -> str:
    return f"• *{escape(s.deadline.title)}* ({escape(s.deadline.id)}): {escape(long_date(s.due))}, {escape(s.label)}{verb}"


def lead_words(lead: str) -> str:
    """``7d`` -> ``7 days``, ``1h`` -> ``1 hour``; anything else unchanged."""
    units = {"d": "day", "h": "hour", "m": "minute"}
    number, unit = lead[:-1], lead[-1:]
    if not number.isdigit() or unit not in units:
        return lead
    return f"{int(number)} {units[unit]}{'' if int(number) == 1 else 's'}"


def _zero(lead: str) -> bool:
    return lead[:-1].isdigit() and int(lead[:-1]) == 0


def announcement_label(a: Announcement, content: Content) -> str:
    """What an announcement is about, in plain (unescaped) words: ``Title (7 days ahead)``."""
    if a.kind == "review":
        when = (
            "it starts" if a.lead == "start" else "its last day" if _zero(a.lead) else f"{lead_words(a.lead)} before its last day"
        )
        return f"review clock for {a.review_name or 'a model'} ({when})"
    if a.kind == "update":
        return f"what's new: {a.update.headline if a.update else a.item_id}"
    deadline = content.deadlines.get(a.item_id)
    when = "due day" if _zero(a.lead) else f"{lead_words(a.lead)} ahead"
    return f"{deadline.title if deadline else a.item_id} ({when})"


def message_label(items: Sequence[Announcement], content: Content) -> str:
    """What one message will say, in plain (unescaped) words: an announcement's label, or for a digest its heading
    and the label of each item (the playground's "next announcement")."""
    if len(items) == 1:
        return announcement_label(items[0], content)
    return f"{digest_heading(items)}, in one message: " + "; ".join(announcement_label(a, content) for a in items)


def _next_lines(items: list[Announcement], content: Content) -> list[str]:
    return [f"• {escape(when_text(a.fire_at, a.timezone))}: {escape(announcement_label(a, content))}" for a in items]


def _subscribed(result: Subscribed, content: Content) -> Reply:
    scope = (
        "all deadlines"
        if result.subscription.deadline_ids is None
        else ", ".join(escape(i) for i in result.subscription.deadline_ids)
    )
    here = _here(result.subscription.channel_id)
    parts = [f"*{here} is subscribed to {scope}* (times in {escape(result.timezone)})."]
    if result.unverified:
        parts.append(
            "I couldn't check with Slack that I can post here (Slack did not give a usable answer). The subscription "
            "is saved; if announcements don't arrive, invite me with `/invite @eo-bot`."
        )
    if result.passed:
        parts.append(
            "*Already passed* (no reminders will be sent for these):\n" + "\n".join(_deadline_line(s) for s in result.passed)
        )
    if result.today:
        parts.append("*Due today:*\n" + "\n".join(_deadline_line(s) for s in result.today))
    if result.ahead:
        parts.append("*Still ahead:*\n" + "\n".join(_deadline_line(s) for s in result.ahead))
    if result.next:
        parts.append("*Next announcements:*\n" + "\n".join(_next_lines(result.next, content)))
    elif not result.today and not result.ahead:
        parts.append("Every deadline chosen here has passed, so there is nothing left to announce.")
    blocks = [section(p) for p in parts] + [
        context("Change with `/eo subscribe DEADLINE_ID... tz=Area/City`; stop with `/eo unsubscribe`.")
    ]
    return Reply(fallback(f"{here} is subscribed to {scope}."), blocks, response_type="in_channel")


def _status(result: Status, content: Content) -> Reply:
    if result.subscription is None and not result.reviews:
        text = f"{_here(result.channel)} is not subscribed to deadline announcements. Use `/eo subscribe` to start."
        return Reply(text, [section(text)])
    parts = []
    if result.subscription is not None:
        sub = result.subscription
        state = f" *Paused:* {escape(sub.pause_reason or 'the bot cannot post here')}." if sub.paused else ""
        parts.append(
            f"*Subscribed* (times in {escape(result.timezone)}).{state}\n"
            + "\n".join(_deadline_line(s) for s in result.deadlines)
        )
    if result.reviews:
        parts.append("*Review clocks:*\n" + "\n".join(_review_line(r) for r in result.reviews))
    parts.append("*Next announcements:*\n" + ("\n".join(_next_lines(result.next, content)) or "• none scheduled"))
    return Reply(fallback("Announcement status for this channel."), [section(p) for p in parts])


def _review_line(view: ReviewView) -> str:
    c = view.clock
    left = "window over" if view.days_left < 0 else _days(view.days_left)
    return (
        f"• `{c.id}` *{escape(c.model_name)}*: {escape(long_date(c.start_date))} to {escape(long_date(view.last_day))} ({left})"
    )


def render_result(result: Result, content: Content) -> Reply:
    """The Slack reply for any :mod:`bot.announce.subscriptions` result."""
    if isinstance(result, Problem):
        return Reply(escape(result.message), [section(escape(result.message))])
    if isinstance(result, NotInChannel):
        text = (
            "I can't post in this channel yet. Invite me first with `/invite @eo-bot` "
            "(or the channel's *Integrations* tab), then run `/eo subscribe` again."
        )
        return Reply(text, [section(text)])
    if isinstance(result, Subscribed):
        return _subscribed(result, content)
    if isinstance(result, Unsubscribed):
        here = _here(result.channel)
        text = (
            f"{here} is unsubscribed; no more deadline announcements." if result.was_subscribed else f"{here} was not subscribed."
        )
        return Reply(text, [section(text)], response_type="in_channel" if result.was_subscribed else "ephemeral")
    if isinstance(result, Status):
        return _status(result, content)
    if isinstance(result, ReviewStarted):
        line = _review_line(result.review)
        blocks = [section("*Pre-release review clock started*\n" + line)]
        own = [a for a in result.next if a.kind == "review" and a.item_id.split(":", 1)[-1] == str(result.review.clock.id)]
        if own:
            blocks.append(section("*Its announcements here:*\n" + "\n".join(_next_lines(own, content))))
        return Reply(fallback("Review clock started:", line), blocks, response_type="in_channel")
    if isinstance(result, ReviewList):
        if not result.reviews:
            text = 'No active review clocks. Start one with `/eo review start "MODEL NAME"`.'
            return Reply(text, [section(text)])
        text = "\n".join(_review_line(r) for r in result.reviews)
        return Reply(
            fallback("Review clocks:", text),
            [section("*Review clocks in this channel*\n" + text), context("Stop one with `/eo review cancel ID`.")],
        )
    if isinstance(result, ReviewCancelled):
        text = f"Review clock {result.clock_id} cancelled; its announcements will not be sent."
        return Reply(text, [section(text)], response_type="in_channel")
    raise TypeError(f"unknown result {type(result).__name__}")


# -- App Home ------------------------------------------------------------------------------------------------
def home_blocks(statuses: list[Status], content: Content) -> list[Block]:
    """The Home tab's "your announcements": each channel the user set up, its scope or pause, its next post."""
    blocks: list[Block] = [divider(), header("Your deadline announcements")]
    if not statuses:
        blocks.append(
            section(
                "No channel you set up gets deadline announcements yet. In a channel (after "
                "`/invite @eo-bot`), type `/eo subscribe`; `/eo status` shows a channel's set-up."
            )
        )
        return blocks
    for status in statuses:
        blocks.append(section(_home_line(status, content)))
    return blocks


def _home_line(status: Status, content: Content) -> str:
    sub = status.subscription
    where = channel_mention(status.channel)
    if sub is None:
        line = f"*{where}*: review clocks only"
    else:
        scope = "all deadlines" if sub.deadline_ids is None else ", ".join(escape(i) for i in sub.deadline_ids)
        line = f"*{where}*: {scope} (times in {escape(status.timezone)})"
        if sub.paused:
            return (
                line + f"\n:double_vertical_bar: *Paused:* {escape(sub.pause_reason or 'the bot cannot post there')}. "
                "Invite me back and run `/eo subscribe` there to resume."
            )
    upcoming = _next_lines(status.next[:1], content)
    return line + ("\nNext: " + upcoming[0].lstrip("• ") if upcoming else "\nNo more announcements scheduled.")
