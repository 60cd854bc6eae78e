"""End to end over HTTP against the fake Slack: feedback clicks and declines recorded in the bot's database (SQLite,
and PostgreSQL when EO_TEST_POSTGRES_URL is set), then ``eo-bot feedback`` run against that database."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, AsyncIterator, Sequence

import pytest
from announce_fakes import open_storage
from buttons import TEST_SIGNING_SECRET, feedback_value
from slack_bolt.async_app import AsyncApp
from sqlalchemy import Table, select

from bot import cli
from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.core.settings import Settings, load_settings
from bot.engine.declines import CREATIVE, FOREIGN
from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.slack.app import create_app
from bot.slack.services import Services
from bot.storage.database import Storage, answer_records, decline_counts, declined_questions, feedback_clicks, metadata
from bot.ui import render
from handlers import register_listeners

ALICE, BOB, GENERAL = "U0000ALCE", "U0000BOB1", "C0000GNRL"
NOW = dt.datetime(2026, 6, 20, 14, 0, tzinfo=dt.timezone.utc)
QUESTION = "who runs the clearinghouse?"
POEM = "write me a poem about the order"


@dataclass
class FeedbackBot:
    settings: Settings
    services: Services
    app: AsyncApp
    clock: ManualClock
    url: str


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    storage = await open_storage(request.param, tmp_path)  # fresh tables; skips postgres without EO_TEST_POSTGRES_URL
    url = storage.engine.url.render_as_string(hide_password=False)
    await storage.close()
    return url


@pytest.fixture
def feedback_env() -> dict[str, str]:
    return {}


@pytest.fixture
async def bot(
    fake_slack: FakeSlack, real_content: Content, database_url: str, feedback_env: dict[str, str]
) -> AsyncIterator[FeedbackBot]:
    """The conftest ``bot`` (used by ``http_driver``), with its database: feedback is recorded."""
    settings = load_settings(
        _env_file=None,
        SLACK_BOT_TOKEN=fake_slack.team.bot_token,
        SLACK_SIGNING_SECRET=TEST_SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=database_url,
        **feedback_env,
    )
    clock = ManualClock(NOW)
    services = Services.build(settings, real_content, clock=clock)
    await services.start()
    await services.start_announcements()
    try:
        yield FeedbackBot(settings, services, create_app(settings, services, register_listeners), clock, database_url)
    finally:
        await services.close()


def feedback_button(body: dict[str, Any], action_id: str = render.ACTION_NOT_HELPFUL) -> str:
    (value,) = [
        e["value"] for b in body["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == action_id
    ]
    return value


async def ask(driver: SlackDriver, bot: FeedbackBot, text: str, user: str = ALICE) -> dict[str, Any]:
    body = (await driver.slash_command(text, user=user)).json()
    await bot.services.background.wait_idle()  # the answer's record (or the decline's count) is written
    return body


async def click(
    driver: SlackDriver, bot: FeedbackBot, value: str, action_id: str = render.ACTION_NOT_HELPFUL, user: str = ALICE
) -> str:
    """Click a feedback button; the private reply's text ("" when there was none)."""
    seen = len(driver.fake.response_posts)
    delivery = await driver.block_action(action_id, value, user=user)
    assert delivery.status == 200
    await bot.services.background.wait_idle()
    return " ".join(p.text for p in driver.fake.response_posts[seen:])


async def table(bot: FeedbackBot, which) -> list[Any]:
    storage = bot.services.storage
    assert storage is not None
    async with storage.engine.connect() as conn:
        return list((await conn.execute(select(which))).all())


FEEDBACK_TABLES = (answer_records, feedback_clicks, decline_counts, declined_questions)


async def everything_stored(bot: FeedbackBot, tables: Sequence[Table] = ()) -> str:
    """Every row of ``tables`` (default: the whole database) as text."""
    storage: Storage | None = bot.services.storage
    assert storage is not None
    async with storage.engine.connect() as conn:
        rows = [[list(map(str, r)) for r in (await conn.execute(select(t))).all()] for t in tables or metadata.sorted_tables]
    return json.dumps(rows)


async def report(bot: FeedbackBot, capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
    """``eo-bot feedback ARGS`` against the bot's database (in a thread: the CLI runs its own event loop)."""
    monkeypatch.setenv("DATABASE_URL", bot.url)
    capsys.readouterr()
    code = await asyncio.to_thread(cli.main, ["feedback", *args])
    out, err = capsys.readouterr()
    return code, out, err


async def test_a_not_helpful_click_is_stored_once_and_reaches_the_report(
    http_driver: SlackDriver, bot: FeedbackBot, capsys, monkeypatch, caplog
) -> None:
    caplog.set_level(logging.INFO)
    expected = bot.services.answerer.answer(QUESTION, bot.clock.now())
    value = feedback_button(await ask(http_driver, bot, f"ask {QUESTION}"))
    assert value == feedback_button(await ask(http_driver, bot, f"ask {QUESTION}"))  # the same answer, the same button

    assert "curate" in await click(http_driver, bot, value)
    assert "Thanks" in await click(http_driver, bot, value)  # again: still one row
    (row,) = await table(bot, feedback_clicks)
    assert (row.helpful, row.question, row.answer_text, row.rule) == (False, QUESTION, expected.text, expected.rule)
    assert row.provisions.split(",") == expected.provisions and "clearinghouse" in expected.provisions
    assert row.user_hash != ALICE and len(row.user_hash) == 64

    await click(http_driver, bot, value, user=BOB)  # another person: their own row
    assert len(await table(bot, feedback_clicks)) == 2

    code, out, _ = await report(bot, capsys, monkeypatch, "--json")
    assert code == 0
    data = json.loads(out)
    (answer,) = data["not_helpful_answers"]
    assert answer["question"] == QUESTION and answer["answer"] == expected.text and answer["rule"] == expected.rule
    assert answer["entries"] == expected.provisions and (answer["not_helpful"], answer["helpful"]) == (2, 0)
    assert data["totals"] == {"helpful": 0, "not_helpful": 2, "declines": 0}
    assert data["entries"][0]["id"] == expected.provisions[0] and data["entries"][0]["not_helpful"] == 2

    code, text, _ = await report(bot, capsys, monkeypatch)
    assert code == 0 and f'"{QUESTION}": 2 not helpful, 0 helpful' in text and "Entries most often marked not helpful" in text

    # The raw user id is neither stored nor logged.
    assert ALICE not in await everything_stored(bot)
    assert not [r for r in caplog.records if ALICE in r.getMessage() or ALICE in str(getattr(r, "fields", ""))]


async def test_a_changed_mind_changes_the_row_and_a_replayed_click_changes_nothing(
    http_driver: SlackDriver, bot: FeedbackBot
) -> None:
    value = feedback_button(await ask(http_driver, bot, f"ask {QUESTION}"))
    payloads = http_driver.payloads
    not_helpful = payloads.block_actions(
        render.ACTION_NOT_HELPFUL, value, ALICE, GENERAL, response_url=http_driver.fake.new_response_url(GENERAL, ALICE)
    )
    await http_driver.transport.deliver("interactive", not_helpful, None, "")
    await bot.services.background.wait_idle()
    assert "changed your feedback on that answer to helpful" in await click(http_driver, bot, value, render.ACTION_HELPFUL)

    seen = len(http_driver.fake.response_posts)
    replay = await http_driver.transport.deliver("interactive", not_helpful, None, "")  # the earlier request, again
    await bot.services.background.wait_idle()
    assert replay.status == 200 and len(http_driver.fake.response_posts) == seen  # nothing changed, nothing said
    (row,) = await table(bot, feedback_clicks)
    assert row.helpful is True


async def test_forged_or_tampered_values_change_nothing(http_driver: SlackDriver, bot: FeedbackBot) -> None:
    value = feedback_button(await ask(http_driver, bot, f"ask {QUESTION}"))
    await click(http_driver, bot, value)
    before = await everything_stored(bot)
    body, _, tag = value.rpartition("~")
    forged = [
        render.feedback_value("ask FORGED question", ["mythos"]),  # unsigned, as the bot's buttons once were
        body.replace(QUESTION[:10], "FORGED que") + "~" + tag,  # the question changed, the signature kept
        feedback_value("ask FORGED question", provisions=("mythos",), secret="another-apps-secret-0123456789ab"),
        value[:-1] + ("0" if value[-1] != "0" else "1"),
        "{",
    ]
    for action in (render.ACTION_HELPFUL, render.ACTION_NOT_HELPFUL):
        for bad in forged:
            assert "not one I can take feedback from" in await click(http_driver, bot, bad, action)
    assert await everything_stored(bot) == before and "FORGED" not in before


async def test_declines_are_counted_per_reason_without_their_questions(
    http_driver: SlackDriver, bot: FeedbackBot, fake_slack: FakeSlack, capsys, monkeypatch
) -> None:
    poem = await ask(http_driver, bot, f"ask {POEM}")
    await ask(http_driver, bot, f"ask {POEM}")  # the same question again is counted again
    await http_driver.dm(ALICE, "what does the EU AI Act require?")
    await fake_slack.wait_for_call("chat.postMessage")
    await bot.services.background.wait_idle()

    counts = {(r.rule, r.reason): r.count for r in await table(bot, decline_counts)}
    assert counts == {("declined-by-shape", CREATIVE): 2, ("declined-by-shape", FOREIGN): 1}
    stored = await everything_stored(bot, FEEDBACK_TABLES)  # (a DM's questions are in its follow-up record for a week)
    assert POEM not in stored and "EU AI Act require" not in stored

    code, out, _ = await report(bot, capsys, monkeypatch, "--json")
    reasons = json.loads(out)["decline_reasons"]
    assert reasons == [
        {"rule": "declined-by-shape", "reason": CREATIVE, "count": 2, "questions": []},
        {"rule": "declined-by-shape", "reason": FOREIGN, "count": 1, "questions": []},
    ]
    code, text, _ = await report(bot, capsys, monkeypatch)
    assert f"    2  {CREATIVE} [declined-by-shape]" in text and "EO_STORE_DECLINED_QUESTIONS=true keeps them" in text

    # Someone who rates a decline sends its question with the rating: that one is kept, as every rated answer is.
    await click(http_driver, bot, feedback_button(poem))
    code, out, _ = await report(bot, capsys, monkeypatch, "--json")
    (rated,) = json.loads(out)["not_helpful_answers"]
    assert rated["question"] == POEM and rated["rule"] == "declined-by-shape" and rated["answer"].startswith(CREATIVE)


@pytest.mark.parametrize("feedback_env", [{"EO_STORE_DECLINED_QUESTIONS": "true", "EO_DECLINED_RETENTION_DAYS": "2"}])
async def test_kept_declined_questions_are_reported_and_purged_after_the_retention(
    http_driver: SlackDriver, bot: FeedbackBot, capsys, monkeypatch
) -> None:
    await ask(http_driver, bot, f"ask {POEM}")
    bot.clock.advance(dt.timedelta(days=1))
    await ask(http_driver, bot, "ask what does the EU AI Act require?")
    code, out, _ = await report(bot, capsys, monkeypatch, "--json")
    kept = {d["reason"]: [q["question"] for q in d["questions"]] for d in json.loads(out)["decline_reasons"]}
    assert kept == {CREATIVE: [POEM], FOREIGN: ["what does the EU AI Act require?"]}
    code, text, _ = await report(bot, capsys, monkeypatch)
    assert f'- "{POEM}"' in text

    bot.clock.advance(dt.timedelta(days=1, hours=1))  # the poem question is now older than 2 days
    await ask(http_driver, bot, "ask write a limerick about the deadlines")
    code, out, _ = await report(bot, capsys, monkeypatch, "--json")
    data = json.loads(out)
    kept = {d["reason"]: [q["question"] for q in d["questions"]] for d in data["decline_reasons"]}
    assert kept == {CREATIVE: ["write a limerick about the deadlines"], FOREIGN: ["what does the EU AI Act require?"]}
    assert POEM not in await everything_stored(bot, FEEDBACK_TABLES)
    assert data["totals"]["declines"] == 3  # the counts stay


async def test_since_limits_the_report_and_the_json_has_its_shape(
    http_driver: SlackDriver, bot: FeedbackBot, capsys, monkeypatch
) -> None:
    await click(http_driver, bot, feedback_button(await ask(http_driver, bot, f"ask {POEM}")))
    bot.clock.advance(dt.timedelta(days=3))
    deadlines = await ask(http_driver, bot, "deadlines")
    await click(http_driver, bot, feedback_button(deadlines))
    await click(http_driver, bot, feedback_button(deadlines, render.ACTION_HELPFUL), render.ACTION_HELPFUL, user=BOB)

    since = (NOW + dt.timedelta(days=2)).date().isoformat()
    code, out, _ = await report(bot, capsys, monkeypatch, "--json", "--since", since)
    data = json.loads(out)
    assert code == 0 and set(data) == {"since", "totals", "not_helpful_answers", "decline_reasons", "entries"}
    assert data["since"] == since and data["totals"] == {"helpful": 1, "not_helpful": 1, "declines": 0}
    (answer,) = data["not_helpful_answers"]
    assert set(answer) == {"answer_id", "question", "answer", "rule", "entries", "not_helpful", "helpful", "last_at"}
    assert (answer["question"], answer["rule"], answer["not_helpful"], answer["helpful"]) == ("deadlines", "deadlines", 1, 1)
    assert "Deadlines set by the order" in answer["answer"] and dt.datetime.fromisoformat(answer["last_at"]).tzinfo
    assert data["decline_reasons"] == [] and data["entries"] == []

    everything = json.loads((await report(bot, capsys, monkeypatch, "--json"))[1])
    assert everything["since"] is None and everything["totals"]["declines"] == 1
    assert {e["id"] for e in everything["entries"]} == set() and len(everything["not_helpful_answers"]) == 2
    for entry in everything["decline_reasons"]:
        assert set(entry) == {"rule", "reason", "count", "questions"}


async def test_a_bad_since_or_a_missing_database_is_a_clear_error(capsys, monkeypatch, tmp_path) -> None:
    for bad in ("2026-13-01", "yesterday", "2026-06-31"):
        with pytest.raises(SystemExit) as exited:
            cli.main(["feedback", "--since", bad])
        assert exited.value.code == 2 and f"'{bad}' is not a date in the form YYYY-MM-DD" in capsys.readouterr().err
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'nowhere.db'}")
    assert cli.main(["feedback"]) == 1
    assert "No database at" in capsys.readouterr().err and not (tmp_path / "nowhere.db").exists()
