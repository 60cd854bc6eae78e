"""``/eo news`` over signed HTTP and the App Home's "What's new", from fixture content with updates swapped in the
way a reload does; with the shipped content (no updates) both say so plainly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from buttons import share_value
from update_fixtures import cisa_update, clearinghouse_update, make_fixture_content

from bot.command_table import usage
from bot.content.bundle import load_bundle
from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.slack.snapshot import build_snapshot
from bot.ui import render
from bot.ui.updates import NO_NEWS

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"


@pytest.fixture
def with_updates(bot, tmp_path: Path):
    fixture = make_fixture_content(tmp_path)
    fixture.write_updates([clearinghouse_update(), cisa_update()])
    bot.services.swap(build_snapshot(load_bundle(fixture.content, fixture.seeds), 16, reload=True))
    return bot


def texts(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


async def test_news_lists_updates_newest_first_over_http(http_driver: SlackDriver, with_updates) -> None:
    delivery = await http_driver.slash_command("news", user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    body = delivery.json()
    shown = texts(body["blocks"])
    assert body["response_type"] == "ephemeral"
    assert body["text"] == "Latest: CISA issues its first directive under the order (Wed 8 Jul 2026)"
    assert shown.index("CISA issues its first directive") < shown.index("clearinghouse takes its first reports")
    assert "Report 900 (fixture), citing a Treasury spokesperson" in shown
    assert (
        f"*Provisions:* {with_updates.services.content.entries['clearinghouse'].title}; *Deadlines:* AI cybersecurity clearinghouse created"
        in shown
        and "*Agencies:* Treasury" in shown
    )
    actions = [e["action_id"] for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert actions == [render.ACTION_SHARE, render.ACTION_HELPFUL, render.ACTION_NOT_HELPFUL]
    assert (await http_driver.slash_command("updates", user=ALICE)).json()["text"] == body["text"]  # the alias


async def test_news_can_be_shared_in_the_channel(http_driver: SlackDriver, with_updates, fake_slack: FakeSlack) -> None:
    delivery = await http_driver.block_action(render.ACTION_SHARE, share_value("news"), user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    await with_updates.services.background.wait_idle()
    (posted,) = [m for m in fake_slack.messages(GENERAL) if m.bot_id]
    assert "CISA issues its first directive" in texts(posted.blocks) and "Shared by" in texts(posted.blocks)


async def test_news_with_no_updates_says_there_are_none_and_help_lists_it(http_driver: SlackDriver) -> None:
    assert NO_NEWS in texts((await http_driver.slash_command("news", user=ALICE)).json()["blocks"])
    help_blocks = texts((await http_driver.slash_command("help", user=ALICE)).json()["blocks"])
    assert "`/eo news`: developments since the order" in help_blocks
    assert ("/eo news", "developments since the order (agencies' actions, guidance), newest first") in usage()
    # "news" followed by words is a question, not the subcommand
    assert "Latest:" not in (await http_driver.slash_command("news about the order?", user=ALICE)).json()["text"]


async def test_app_home_shows_the_latest_update(http_driver: SlackDriver, with_updates, fake_slack: FakeSlack) -> None:
    await http_driver.app_home_opened(ALICE)
    await with_updates.services.background.wait_idle()
    blocks = fake_slack.workspace.home_views[ALICE]["blocks"]
    shown = texts(blocks)
    assert "What's new" in shown and "CISA issues its first directive under the order" in shown
    assert "clearinghouse takes its first reports" not in shown  # only the latest
    assert "1 more with `/eo news`" in shown


async def test_app_home_without_updates_has_no_whats_new(http_driver: SlackDriver, bot, fake_slack: FakeSlack) -> None:
    await http_driver.app_home_opened(ALICE)
    await bot.services.background.wait_idle()
    assert "What's new" not in texts(fake_slack.workspace.home_views[ALICE]["blocks"])
