"""The ``/eo`` subcommands: ONE table from which parsing and ``/eo help`` are both derived.

Each row names the subcommand, its aliases, its argument syntax, a one-line help text and
an async handler ``(ctx, args) -> Reply``. Direct messages and mentions go through the same
:func:`dispatch`, so ``deadlines`` in a DM works like ``/eo deadlines`` and ``subscribe`` in a DM
subscribes the DM. Rows marked ``deferred`` (subscriptions and review clocks: database and Slack
work) are answered after the acknowledgement, through the command's response_url.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.content.deadlines import deadline_statuses
from bot.core.background import within
from bot.core.settings import reveal
from bot.core.signing import SEPARATOR, sign, verify
from bot.engine.answer import Answer, Turn
from bot.engine.normalise import clean_question, slack_to_plain
from bot.feedback.service import Decline, feedback_key
from bot.feedback.tokens import question_of
from bot.storage.database import StorageUnavailable
from bot.ui import cards
from bot.ui.announcements import render_result
from bot.ui.feedback import seal_feedback_buttons
from bot.ui.render import ACTION_SHARE, BUTTON_VALUE_LIMIT, Reply, escape
from bot.ui.updates import news_reply

if TYPE_CHECKING:
    from bot.slack.services import Services


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommandContext:
    services: "Services"
    user_id: str | None = None
    channel_id: str | None = None
    shareable: bool = True  # an ephemeral reply that gets a "Share in channel" button
    shared_by: str | None = None  # set when the reply is being shared in a channel
    turns: tuple[Turn, ...] = ()  # the conversation's earlier turns (DM and mention threads): follow-ups read with them
    answers: list[Answer] = field(default_factory=list)  # what the handlers answered, for the conversation record


Handler = Callable[[CommandContext, str], Awaitable[Reply]]


@dataclass(frozen=True)
class Subcommand:
    name: str
    args: str
    help: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    deferred: bool = False  # needs the database or the Slack API: reply after the ack
    takes: Callable[[str], bool] | None = None  # if set and False for the args, the text is a question instead

    @property
    def syntax(self) -> str:
        return f"/eo {self.name} {self.args}".strip()


@dataclass(frozen=True)
class Parsed:
    command: Subcommand
    args: str
    unknown_word: str | None = None  # a lone word that is not a subcommand (maybe a topic)


def usage() -> list[tuple[str, str]]:
    """(syntax, help) for every row: the source of ``/eo help`` and the Home tab."""
    rows = [(row.syntax, row.help) for row in TABLE]
    return [("/eo QUESTION", "same as /eo ask QUESTION")] + rows


def find(word: str) -> Subcommand | None:
    word = word.lower()
    for row in TABLE:
        if word == row.name or word in row.aliases:
            return row
    return None


def parse(text: str) -> Parsed:
    words = text.split(maxsplit=1)
    if not words:
        return Parsed(find("help"), "")  # type: ignore[arg-type]
    row = find(words[0])
    args = words[1].strip() if len(words) > 1 else ""
    if row is not None and (row.takes is None or row.takes(args)):
        return Parsed(row, args)
    lone = words[0] if len(words) == 1 else None
    return Parsed(find("ask"), text.strip(), unknown_word=lone)  # type: ignore[arg-type]


async def dispatch(ctx: CommandContext, text: str) -> Reply:
    parsed = parse(text)
    first = len(ctx.answers)
    if parsed.unknown_word is not None:
        reply = await _lone_word(ctx, parsed.unknown_word)
    else:
        reply = await parsed.command.handler(ctx, parsed.args)
    reply = sign_share_buttons(reply, reveal(ctx.services.settings.slack_signing_secret))
    answer = ctx.answers[-1] if len(ctx.answers) > first else None
    note_feedback(ctx, reply, answer, declined=answer is not None and not answer.answered and parsed.unknown_word is None)
    return reply


def note_feedback(ctx: CommandContext, reply: Reply, answer: Answer | None, declined: bool) -> None:
    """Seal the reply's feedback buttons and have the answer recorded (and a decline counted) after the reply."""
    record = seal_feedback_buttons(reply, feedback_key(ctx.services.settings), answer)
    service = ctx.services.feedback
    if service is None:
        return
    decline = None
    if declined and answer is not None:
        question = question_of(record.ref) if record is not None else ""
        decline = Decline(answer.rule or "declined", answer.headline, question)
    work = service.note(record, decline)
    if work is not None:
        ctx.services.background.spawn(work, "feedback-record")


SHARE_PURPOSE = "share"
SHAREABLE_ROWS = frozenset({"ask", "deadlines", "section", "provision", "news"})  # what Share may post: answers, never actions


def sign_share_buttons(reply: Reply, secret: str) -> Reply:
    """The reply with every Share button's value signed (see bot.core.signing): a click shares only what was rendered."""
    for block in reply.blocks:
        for element in block.get("elements", ()) if block.get("type") == "actions" else ():
            if element.get("action_id") == ACTION_SHARE and SEPARATOR not in str(element.get("value", "")):
                element["value"] = sign(secret, SHARE_PURPOSE, str(element["value"]), BUTTON_VALUE_LIMIT)
    return reply


def shared_command(value: object, secret: str) -> str | None:
    """The command line a Share click may run: signed by this bot, and a row that answers rather than acts."""
    command = verify(secret, SHARE_PURPOSE, value)
    if command is None:
        return None
    parsed = parse(command)
    if parsed.unknown_word is None and parsed.command.name not in SHAREABLE_ROWS:
        return None
    return command


async def _lone_word(ctx: CommandContext, word: str) -> Reply:
    """A single unknown word: answer it if it is a topic, else show help (never an error)."""
    cleaned = clean_question(word)
    if cleaned.problem:
        return cards.notice(escape(cleaned.problem))
    answer = None
    if cleaned.problem is None and cleaned.text:
        answer = ctx.services.answerer.answer(cleaned.text, ctx.services.clock.now(), ctx.turns)
        ctx.answers.append(answer)
    if answer is not None and answer.answered:
        return cards.answer_reply(answer, ctx.services.content, cleaned.text, f"ask {cleaned.text}", ctx.shareable, ctx.shared_by)
    shown = escape(cleaned.text[:40]) if cleaned.text else "that"
    return cards.help_reply(usage(), note=f"I don't know a command or topic called `{shown}`. Here is what I can do:")


async def do_help(ctx: CommandContext, args: str) -> Reply:
    return cards.help_reply(usage())


async def do_ask(ctx: CommandContext, args: str) -> Reply:
    cleaned = clean_question(args)
    if cleaned.problem:
        return cards.notice(escape(cleaned.problem))
    if not cleaned.text:
        return cards.help_reply(usage(), note="Ask me a question, for example `/eo ask when are the deadlines?`")
    answer = ctx.services.answerer.answer(cleaned.text, ctx.services.clock.now(), ctx.turns)
    ctx.answers.append(answer)
    ref = f"ask {cleaned.text}"
    return cards.answer_reply(answer, ctx.services.content, cleaned.text, ref, ctx.shareable, ctx.shared_by)


async def do_deadlines(ctx: CommandContext, args: str) -> Reply:
    statuses = deadline_statuses(ctx.services.content, ctx.services.today())
    return cards.deadlines_reply(ctx.services.content, statuses, "deadlines", ctx.shareable, ctx.shared_by)


async def do_news(ctx: CommandContext, args: str) -> Reply:
    live = ctx.services.live
    return news_reply(live.content, live.updates, "news", ctx.shareable, ctx.shared_by)


_SECTION_NUMBER = re.compile(r"^(?:sec(?:tion)?\.?|§)?\s*(\d{1,3})\.?$", re.IGNORECASE)


async def do_section(ctx: CommandContext, args: str) -> Reply:
    content = ctx.services.content
    sections = content.sections()
    known = ", ".join(str(n) for n in sorted(sections)) or "none yet"
    match = _SECTION_NUMBER.match(args.strip())
    if not match:
        return cards.notice(f"Give a section number, for example `/eo section 3`. Sections in my index: {known}.")
    number = int(match.group(1))
    if number not in sections:
        return cards.notice(f"I have nothing on section {number}. Sections in my index: {known}.")
    return cards.section_reply(content, number, sections[number], f"section {number}", ctx.shareable, ctx.shared_by)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


async def do_provision(ctx: CommandContext, args: str) -> Reply:
    content = ctx.services.content
    key = _slug(args)
    entry = content.entries.get(key)
    if entry is None and key:
        matches = [e for e in content.entries.values() if key in e.id or key in _slug(e.title)]
        entry = matches[0] if len(matches) == 1 else None
    if entry is None:
        ids = ", ".join(f"`{escape(e.id)}`" for e in content.provisions()[:12])
        if not args.strip():
            return cards.notice(f"Which provision? For example `/eo provision clearinghouse`. Provisions: {ids}.")
        return cards.notice(f"I don't know a provision called `{escape(args.strip()[:60])}`. Try one of: {ids}.")
    return cards.provision_card(content, entry, f"provision {entry.id}", ctx.shareable, ctx.shared_by)


DATABASE_DOWN = (
    "My database is unavailable right now, so I can't show or change announcements. Nothing was changed; "
    "please try again in a minute."
)
DATABASE_SLOW = (
    "My database is not answering right now, so I can't tell whether that went through. Check with `/eo status` in a minute."
)
COMMAND_DB_TIMEOUT = 5.0  # seconds an announcement command waits for the database before saying so
SubscriptionCall = Callable[[Any, str, str, str], Awaitable[Any]]


def subscription_command(call: SubscriptionCall) -> Handler:
    """A row that needs the subscription service and a conversation to apply to; its result is rendered."""

    async def handler(ctx: CommandContext, args: str) -> Reply:
        service = ctx.services.subscriptions
        if service is None:
            return cards.notice("Deadline announcements are not enabled in this copy of the bot.")
        if not ctx.channel_id or not ctx.user_id:
            return cards.notice("Use this command in the channel (or direct message) it should apply to.")
        try:
            result = await within(call(service, ctx.channel_id, ctx.user_id, args), COMMAND_DB_TIMEOUT)
        except StorageUnavailable:
            log.warning("database unavailable for an /eo announcement command")
            return cards.notice(DATABASE_DOWN)
        except asyncio.TimeoutError:
            log.warning("database too slow for an /eo announcement command")
            return cards.notice(DATABASE_SLOW)
        return result if isinstance(result, Reply) else render_result(result, ctx.services.content)

    return handler


do_subscribe = subscription_command(lambda service, channel, user, args: service.subscribe(channel, user, args))
do_unsubscribe = subscription_command(lambda service, channel, user, args: service.unsubscribe(channel, user))
do_status = subscription_command(lambda service, channel, user, args: service.status(channel))


REVIEW_ACTIONS = {
    "start": "start",
    "begin": "start",
    "new": "start",
    "list": "list",
    "ls": "list",
    "show": "list",
    "cancel": "cancel",
    "stop": "cancel",
    "delete": "cancel",
    "remove": "cancel",
}


def _review_args(args: str) -> bool:
    """``review`` is the command only with no args or a known action ("review window length?" is a question)."""
    words = args.split(maxsplit=1)
    return not words or words[0].lower() in REVIEW_ACTIONS


REVIEW_USAGE = (
    '`/eo review start "MODEL NAME" [YYYY-MM-DD]` starts a 30-day pre-release review clock here; '
    "`/eo review list` shows this channel's clocks; `/eo review cancel ID` stops one."
)


async def _review(service: Any, channel: str, user: str, args: str) -> Any:
    words = args.split(maxsplit=1)
    action, rest = (words[0].lower() if words else "list"), (words[1] if len(words) > 1 else "")
    action = REVIEW_ACTIONS.get(action, "")
    if action == "start":  # Slack sends the text with &, < and > escaped: the model name is stored as typed
        return await service.review_start(channel, user, slack_to_plain(rest))
    if action == "list":
        return await service.review_list(channel)
    if action == "cancel":
        return await service.review_cancel(channel, user, rest)
    return cards.notice(f"I don't know that review command. {REVIEW_USAGE}")


do_review = subscription_command(_review)


TABLE: list[Subcommand] = [
    Subcommand("ask", "QUESTION", "answer a question about the order, with its sources", do_ask),
    Subcommand("deadlines", "", "the order's deadlines, their dates and status", do_deadlines, ("deadline", "dates")),
    Subcommand("section", "N", "what section N of the order says", do_section, ("sec",)),
    Subcommand(
        "news",
        "",
        "developments since the order (agencies' actions, guidance), newest first",
        do_news,
        ("updates", "whatsnew"),
        takes=lambda args: not args,
    ),
    Subcommand("provision", "ID", "one provision in full, with its sources", do_provision, ("show",)),
    Subcommand(
        "subscribe",
        "[DEADLINE_ID...] [tz=Area/City]",
        "announce the order's deadlines in this channel (all, or the ones named) as they approach",
        do_subscribe,
        ("sub",),
        deferred=True,
    ),
    Subcommand("unsubscribe", "", "stop deadline announcements in this channel", do_unsubscribe, ("unsub",), deferred=True),
    Subcommand(
        "status",
        "",
        "what this channel is subscribed to and its next announcements",
        do_status,
        deferred=True,
        takes=lambda args: not args,
    ),
    Subcommand(
        "review",
        'start "MODEL" [YYYY-MM-DD] | list | cancel ID',
        "a 30-day pre-release review clock for a model, announced here",
        do_review,
        ("reviews",),
        deferred=True,
        takes=_review_args,
    ),
    Subcommand("help", "", "the list of commands", do_help, ("?", "commands")),
]
