"""The playground's page API over real HTTP, with the real bot running as a child process behind it."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from bot.playground.server import Playground
from bot.playground.snapshot import ME

GENERAL, RANDOM, DM = "C0000GNRL", "C0000RAND", "D0000YOU0"


async def call(pg: Playground, path: str, body: Any = None, **kw: Any) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session:
        if body is None and path.startswith("ui/state"):
            async with session.get(pg.url + path, **kw) as resp:
                return resp.status, await resp.json()
        async with session.post(pg.url + path, json=body, **kw) as resp:
            return resp.status, await resp.json(content_type=None)


async def items(pg: Playground, channel: str) -> list[dict[str, Any]]:
    status, state = await call(pg, "ui/state")
    assert status == 200
    return next(c for c in state["channels"] if c["id"] == channel)["items"]


async def send(pg: Playground, channel: str, text: str) -> None:
    status, body = await call(pg, "ui/send", {"channel": channel, "text": text})
    assert (status, body) == (200, {"ok": True})


def buttons(item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for block in item.get("blocks") or []:
        for el in block.get("elements", []) if block["type"] == "actions" else []:
            if el.get("type") == "button":
                found[el["text"]["text"]] = {**el, "block_id": block.get("block_id")}
    return found


async def test_slash_command_reply_is_ephemeral_with_its_command(playground: Playground) -> None:
    await send(playground, GENERAL, "/eo deadlines")
    [reply] = await items(playground, GENERAL)
    assert reply["kind"] == "ephemeral" and reply["command"] == "/eo deadlines"
    assert "Deadlines set by the order" in str(reply["blocks"])
    assert not playground.fake.messages(GENERAL), "nothing visible to others"
    signed = playground.fake.workspace.ephemerals_for(ME, GENERAL)
    assert len(signed) == 1


async def test_share_click_posts_in_channel(playground: Playground) -> None:
    await send(playground, GENERAL, "/eo deadlines")
    [reply] = await items(playground, GENERAL)
    share = buttons(reply)["Share in channel"]
    status, _ = await call(
        playground,
        "ui/click",
        {"channel": GENERAL, "ts": reply["ts"], "source": "ephemeral", "action_id": share["action_id"], "value": share["value"]},
    )
    assert status == 200
    [posted] = await playground.fake.wait_for(lambda: playground.fake.messages(GENERAL), 10)
    assert posted.bot_id and "Deadlines set by the order" in str(posted.blocks)
    assert f"<@{ME}>" in str(posted.blocks), "the share says who shared it"


async def test_dm_question_gets_answer_with_sources(playground: Playground) -> None:
    await send(playground, DM, "When are the CISA directives due?")
    fake = playground.fake
    await fake.wait_for(lambda: len(fake.messages(DM)) >= 2, 10)
    mine, answer = await items(playground, DM)
    assert (mine["user"], mine["text"]) == (ME, "When are the CISA directives due?")
    assert answer["is_bot"] and "Sources:" in str(answer["blocks"])


async def test_typed_text_is_escaped_like_slack(playground: Playground) -> None:
    await send(playground, GENERAL, "a <b> & <!channel>")
    [msg] = await items(playground, GENERAL)
    assert msg["text"] == "a &lt;b&gt; &amp; &lt;!channel&gt;"


async def test_mention_gets_threaded_reply(playground: Playground) -> None:
    await send(playground, GENERAL, "@eo-bot what is the clearinghouse?")
    fake = playground.fake
    await fake.wait_for(lambda: len(fake.messages(GENERAL)) >= 2, 10)
    [question] = await items(playground, GENERAL)
    assert question["text"].startswith(f"<@{fake.team.bot_user_id}>")
    [reply] = question["replies"]
    assert reply["is_bot"] and reply["thread_ts"] == question["ts"]


async def test_channel_without_bot_shows_invite_path(playground: Playground) -> None:
    await send(playground, RANDOM, "@eo-bot hello?")
    question, note = await items(playground, RANDOM)
    assert note["kind"] == "note" and "/invite @eo-bot" in note["text"]
    assert not any(c.method == "chat.postMessage" for c in playground.fake.calls)

    await send(playground, RANDOM, "/invite @eo-bot")
    status, state = await call(playground, "ui/state")
    assert next(c for c in state["channels"] if c["id"] == RANDOM)["bot_member"] is True


async def test_show_full_provision_opens_modal_and_close_hides_it(playground: Playground) -> None:
    await send(playground, GENERAL, "/eo ask When are the CISA directives due?")
    [reply] = await items(playground, GENERAL)
    show = buttons(reply)["Show full provision"]
    await call(
        playground,
        "ui/click",
        {"channel": GENERAL, "ts": reply["ts"], "source": "ephemeral", "action_id": show["action_id"], "value": show["value"]},
    )
    await playground.fake.wait_for(lambda: playground.fake.workspace.opened_views, 10)
    _, state = await call(playground, "ui/state")
    modal = state["modal"]
    assert modal["type"] == "modal" and modal["blocks"]
    await call(playground, "ui/modal/close", {"id": modal["id"]})
    _, state = await call(playground, "ui/state")
    assert state["modal"] is None


async def open_provision_modal(playground: Playground) -> dict[str, Any]:
    await send(playground, GENERAL, "/eo ask When are the CISA directives due?")
    reply = (await items(playground, GENERAL))[-1]
    show = buttons(reply)["Show full provision"]
    opened = len(playground.fake.workspace.opened_views)
    await call(
        playground,
        "ui/click",
        {"channel": GENERAL, "ts": reply["ts"], "source": "ephemeral", "action_id": show["action_id"], "value": show["value"]},
    )
    await playground.fake.wait_for(lambda: len(playground.fake.workspace.opened_views) > opened, 10)
    _, state = await call(playground, "ui/state")
    return state["modal"]


async def test_a_page_load_closes_the_modal_an_earlier_page_left_open(playground: Playground) -> None:
    left_open = await open_provision_modal(playground)
    async with aiohttp.ClientSession() as session:
        async with session.get(playground.url) as resp:
            assert resp.status == 200
    _, state = await call(playground, "ui/state")
    assert state["modal"] is None, "the new page starts without the old page's modal"
    opened_after = await open_provision_modal(playground)  # a click on the new page opens one again
    assert opened_after is not None and opened_after["id"] != left_open["id"]


async def test_home_tab_is_published_when_opened(playground: Playground) -> None:
    _, state = await call(playground, "ui/state")
    assert state["home"] is None
    await call(playground, "ui/home", {})
    await playground.fake.wait_for(lambda: playground.fake.workspace.home_views.get(ME), 10)
    _, state = await call(playground, "ui/state")
    assert state["home"]["type"] == "home" and "eadlines" in str(state["home"]["blocks"][4])


async def test_events_stream_announces_changes(playground: Playground) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(playground.url + "ui/events") as resp:
            assert resp.headers["Content-Type"].startswith("text/event-stream")
            first = await asyncio.wait_for(resp.content.readline(), 5)
            assert first.startswith(b"data: ")
            await resp.content.readline()
            playground.fake.workspace.post(GENERAL, text="hello")
            second = await asyncio.wait_for(resp.content.readline(), 5)
            assert int(second[6:]) > int(first[6:])


async def test_requests_must_be_local_json(playground: Playground) -> None:
    status, _ = await call(playground, "ui/send", {"channel": GENERAL, "text": "hi"}, headers={"Host": "evil.example"})
    assert status == 403
    async with aiohttp.ClientSession() as session:
        async with session.post(playground.url + "ui/send", data="channel=C0000GNRL&text=hi") as resp:
            assert resp.status == 415
    status, body = await call(playground, "ui/send", {"channel": "C404", "text": "hi"})
    assert (status, body["error"]) == (400, "channel_not_found")


async def test_page_and_assets_are_served_locally(playground: Playground) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(playground.url) as resp:
            html = await resp.text()
        assert resp.status == 200 and "/static/app.js" in html
        assert "http://" not in html and "https://" not in html, "no CDN: every asset is local"
        for asset in ("app.js", "blockkit.js", "style.css"):
            async with session.get(playground.url + "static/" + asset) as resp:
                assert resp.status == 200


async def test_bot_down_gives_a_note_not_an_error(playground: Playground) -> None:
    assert playground.bot is not None
    await playground.bot.stop()
    await send(playground, GENERAL, "/eo deadlines")
    [note] = await items(playground, GENERAL)
    assert note["kind"] == "note" and "not reachable" in note["text"]
    _, state = await call(playground, "ui/state")
    assert state["bot"]["running"] is False


async def test_bot_environment_points_at_the_fake(playground: Playground) -> None:
    bot = playground.bot
    assert bot is not None
    env = bot.environment()
    assert env["SLACK_API_URL"] == playground.fake.api_url
    assert env["SLACK_BOT_TOKEN"] == playground.fake.team.bot_token
    assert env["HOST"] == "127.0.0.1" and "SLACK_APP_TOKEN" not in env
    assert env["DATABASE_URL"].startswith("sqlite+aiosqlite:///")
    assert "EO_CLOCK_START" not in env


@pytest.mark.parametrize("text", ["/eoxyz", "/remind me"])
async def test_unknown_slash_commands_get_a_note(playground: Playground, text: str) -> None:
    await send(playground, GENERAL, text)
    [note] = await items(playground, GENERAL)
    assert note["kind"] == "note" and "/eo help" in note["text"]


# -- time control: the scheduler's planning code over the bot's database ----------------------------------------
async def subscribe_in_db(playground: Playground, channel: str, created: str) -> None:
    from bot.storage.database import Storage

    assert playground.bot is not None and playground.bot.config.database_url
    storage = await Storage.open(playground.bot.config.database_url)
    try:
        await storage.upsert_subscription(channel, None, None, ME, dt.datetime.fromisoformat(created))
    finally:
        await storage.close()


async def test_clock_rewind_then_jump_before_next_announcement(playground: Playground) -> None:
    _, state = await call(playground, "ui/state")
    assert state["clock"]["simulated"] is False and "next" not in state["clock"]

    status, body = await call(playground, "ui/clock/signing", {})
    assert status == 200 and body["clock_start"] == "2026-06-02T08:00:00-04:00"
    assert playground.bot is not None and playground.bot.environment()["EO_CLOCK_START"] == body["clock_start"]
    _, state = await call(playground, "ui/state")
    assert state["clock"]["simulated"] is True and state["clock"]["now"].startswith("2026-06-02T12:00")

    await subscribe_in_db(playground, GENERAL, "2026-06-02T12:00:00+00:00")
    _, state = await call(playground, "ui/state")
    upcoming = state["clock"]["next"]
    first = dt.datetime(2026, 6, 25, 9, 0, tzinfo=ZoneInfo("America/New_York"))  # 7 days before 2 July, 09:00
    assert upcoming["channel"] == GENERAL and dt.datetime.fromisoformat(upcoming["at"]) == first
    assert "(7 days ahead)" in upcoming["label"]

    status, body = await call(playground, "ui/clock/jump", {})
    assert status == 200 and dt.datetime.fromisoformat(body["clock_start"]) == first - dt.timedelta(seconds=10)
    assert playground.bot.running and playground.bot.environment()["EO_CLOCK_START"] == body["clock_start"]

    status, body = await call(playground, "ui/clock/reset", {})
    assert status == 200 and "EO_CLOCK_START" not in playground.bot.environment()
    _, state = await call(playground, "ui/state")
    assert state["clock"]["simulated"] is False


async def test_jump_with_nothing_planned_explains(playground: Playground) -> None:
    status, body = await call(playground, "ui/clock/jump", {})
    assert status == 200 and body["ok"] is False and "/eo subscribe" in body["error"]


async def test_slash_command_text_is_escaped_like_slack_does(playground: Playground) -> None:
    await send(playground, GENERAL, "/eo ask is A&B <b> > C mandatory?")
    [reply] = await items(playground, GENERAL)
    asked = str(reply["blocks"][0])
    assert "A&amp;B &lt;b&gt; &gt; C" in asked, asked
    assert reply["command"] == "/eo ask is A&B <b> > C mandatory?"


async def test_dm_reply_in_a_thread_is_answered_in_that_thread(playground: Playground) -> None:
    await send(playground, DM, "hello there")
    fake = playground.fake
    await fake.wait_for(lambda: len(fake.messages(DM)) >= 2, 10)
    parent = fake.messages(DM)[0]
    status, body = await call(playground, "ui/send", {"channel": DM, "text": "is the review mandatory?", "thread_ts": parent.ts})
    assert (status, body) == (200, {"ok": True})
    await fake.wait_for(lambda: len(fake.workspace.thread(DM, parent.ts)) >= 3, 10)
    question, answer = fake.workspace.thread(DM, parent.ts)[1:3]
    assert question.thread_ts == parent.ts and answer.bot_id and answer.thread_ts == parent.ts
    [top] = [i for i in await items(playground, DM) if i["ts"] == parent.ts]
    assert len(top["replies"]) == 2, "the thread shows under its parent"
    status, body = await call(playground, "ui/send", {"channel": DM, "text": "x", "thread_ts": "1.000"})
    assert status == 400 and body == {"ok": False, "error": "message_not_found"}


async def test_rewinding_replays_announcements_already_posted_or_skipped(playground: Playground) -> None:
    from bot.announce.scheduler import pending_announcements
    from bot.storage.database import Storage

    await call(playground, "ui/clock/signing", {})
    await subscribe_in_db(playground, GENERAL, "2026-06-02T12:00:00+00:00")
    _, state = await call(playground, "ui/state")
    first = state["clock"]["next"]
    assert first is not None
    storage = await Storage.open(playground.bot.config.database_url)  # type: ignore[union-attr]
    try:  # as after running past every deadline (or subscribing after them): the ledger settled them all
        planner = playground.clock.planner  # type: ignore[union-attr]
        for a in await pending_announcements(storage, planner.content, planner.plan):  # type: ignore[union-attr]
            await storage.mark_skipped([(a.key, a.fire_at)], "test: in the past")
    finally:
        await storage.close()
    _, state = await call(playground, "ui/state")
    assert "next" not in state["clock"], "nothing left to announce"

    status, body = await call(playground, "ui/clock/signing", {})
    assert status == 200 and body["ok"] is True
    _, state = await call(playground, "ui/state")
    assert state["clock"]["next"] == first, "the rewind forgot the settled announcements after the new time"


async def test_inviting_twice_says_the_bot_is_already_there(playground: Playground) -> None:
    await send(playground, RANDOM, "/invite @eo-bot")
    await send(playground, RANDOM, "/invite @eo-bot")
    first, second = [i["text"] for i in await items(playground, RANDOM)]
    assert "was added to #random" in first and "is already in #random" in second


async def test_the_readme_demo_works_after_subscribing_at_real_time(playground: Playground) -> None:
    """Subscribed at real time (every deadline passed), then rewind, `/eo subscribe` again, jump: planned."""
    fake = playground.fake
    await send(playground, GENERAL, "/eo subscribe")
    await fake.wait_for(lambda: len(fake.messages(GENERAL)) == 1, 10)
    _, state = await call(playground, "ui/state")
    assert "next" not in state["clock"], "at real time every deadline has passed"

    status, body = await call(playground, "ui/clock/signing", {})
    assert status == 200 and body["ok"] is True
    await send(playground, GENERAL, "/eo subscribe")
    await fake.wait_for(lambda: len(fake.messages(GENERAL)) == 2, 10)
    assert "Still ahead" in str(fake.messages(GENERAL)[-1].blocks)
    _, state = await call(playground, "ui/state")
    first = dt.datetime(2026, 6, 25, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert state["clock"]["next"]["channel"] == GENERAL and dt.datetime.fromisoformat(state["clock"]["next"]["at"]) == first
    status, body = await call(playground, "ui/clock/jump", {})
    assert status == 200 and dt.datetime.fromisoformat(body["clock_start"]) == first - dt.timedelta(seconds=10)
