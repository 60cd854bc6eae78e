"""The /eo command table: parsing and help both come from it; every row's handler answers sensibly."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot import command_table as table
from bot.core.clock import ManualClock
from bot.core.settings import load_settings
from bot.engine.answer import Answer, Answerer
from bot.slack.services import Services, build_client
from bot.slack.snapshot import snapshot_of

NOW = dt.datetime(2026, 6, 20, 14, 0, tzinfo=dt.timezone.utc)


class StubAnswerer:
    def __init__(self, answered: bool) -> None:
        self.answered = answered
        self.questions: list[str] = []

    def answer(self, question: str, now: dt.datetime, context: object = ()) -> Answer:
        self.questions.append(question)
        return Answer(answered=self.answered, headline=f"About {question}", text=f"About {question}")


def services(content, answerer=None) -> Services:
    settings = load_settings(_env_file=None)
    return Services(settings, snapshot_of(content, answerer or Answerer(content)), ManualClock(NOW), build_client(settings))


def blob(reply) -> str:
    return json.dumps(reply.blocks)


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("", "help", ""),
        ("help", "help", ""),
        ("ask who runs it?", "ask", "who runs it?"),
        ("who runs it?", "ask", "who runs it?"),
        ("DEADLINES", "deadlines", ""),
        ("sec 3", "section", "3"),
        ("provision  some-id ", "provision", "some-id"),
    ],
)
def test_parse(text: str, name: str, args: str) -> None:
    parsed = table.parse(text)
    assert (parsed.command.name, parsed.args, parsed.unknown_word) == (name, args, None)


def test_lone_unknown_word_is_flagged() -> None:
    assert table.parse("frobnicate").unknown_word == "frobnicate"


async def test_help_is_generated_from_the_table(real_content) -> None:
    reply = await table.dispatch(table.CommandContext(services(real_content)), "help")
    shown = json.dumps(reply.blocks, ensure_ascii=False).replace('\\"', '"')
    for row in table.TABLE:
        assert row.syntax in shown and row.help in shown


async def test_unknown_word_gets_help_unless_it_is_a_topic(real_content) -> None:
    declined = await table.dispatch(table.CommandContext(services(real_content, StubAnswerer(False))), "frobnicate")
    answered = await table.dispatch(table.CommandContext(services(real_content, StubAnswerer(True))), "CISA")
    assert "frobnicate" in blob(declined) and "/eo deadlines" in blob(declined)
    assert "About CISA" in blob(answered)


async def test_ask_validates_input(real_content) -> None:
    stub = StubAnswerer(True)
    ctx = table.CommandContext(services(real_content, stub))
    long = await table.dispatch(ctx, "ask " + "x " * 2000)
    binary = await table.dispatch(ctx, "ask \x00\x01\x02binary")
    empty = await table.dispatch(ctx, "ask   ")
    assert "shorter question" in blob(long) and "binary" in blob(binary) and "Ask me a question" in blob(empty)
    assert stub.questions == []


async def test_deadlines_section_and_provision(real_content) -> None:
    ctx = table.CommandContext(services(real_content))
    deadlines = await table.dispatch(ctx, "deadlines")
    assert all(d.title.split()[0] in blob(deadlines) for d in real_content.deadlines.values())

    number = sorted(real_content.sections())[0]
    section = await table.dispatch(ctx, f"section {number}")
    assert f"Section {number}" in blob(section)
    assert "Give a section number" in blob(await table.dispatch(ctx, "section three"))
    assert "nothing on section 999" in blob(await table.dispatch(ctx, "section 999"))

    entry = real_content.provisions()[0]
    shown = await table.dispatch(ctx, f"provision {entry.id}")
    assert "Sources" in blob(shown) and f"provision {entry.id}" in blob(shown)
    assert "don't know a provision" in blob(await table.dispatch(ctx, "provision no-such-thing-here"))


async def test_shared_replies_have_no_share_button_and_name_the_sharer(real_content) -> None:
    ctx = table.CommandContext(services(real_content), user_id="U0000ALCE", shareable=False, shared_by="U0000ALCE")
    reply = await table.dispatch(ctx, "ask when is the CISA directive due?")
    assert "eo_share" not in blob(reply) and "<@U0000ALCE> asked" in blob(reply)


async def test_lone_overlong_word_gets_the_length_problem_not_help(real_content) -> None:
    ctx = table.CommandContext(services(real_content, StubAnswerer(answered=False)))
    reply = await table.dispatch(ctx, "x" * 5000)
    assert "characters long" in blob(reply) and "called `that`" not in blob(reply)


async def test_provision_without_an_id_asks_which(real_content) -> None:
    reply = await table.dispatch(table.CommandContext(services(real_content)), "provision")
    assert "Which provision?" in blob(reply) and "called that" not in blob(reply)
