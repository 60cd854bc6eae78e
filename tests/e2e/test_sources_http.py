"""The Sources button over real HTTP: every answer carries one, and a click opens a modal that quotes, for each line,
the report words it rests on, with the report's readable name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.content.evidence import Reports, normalised
from bot.core.settings import DEFAULT_SEEDS_DIR
from bot.playground.fakeslack import FakeSlack, SlackDriver
from bot.ui import render

GENERAL, ALICE = "C0000GNRL", "U0000ALCE"


def _button(blocks: list[dict[str, Any]], action_id: str) -> dict[str, Any]:
    return next(e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == action_id)


def _quotes(view: dict[str, Any]) -> list[str]:
    """The quoted report words in a Sources modal (lines starting "> ", without the source line)."""
    texts = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    return [line[2:] for t in texts for line in t.split("\n") if line.startswith("> ") and not line.startswith("> —")]


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


async def test_answer_sources_modal_quotes_the_reports(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    reply = (await http_driver.slash_command("ask who leads the clearinghouse?")).json()
    button = _button(reply["blocks"], render.ACTION_SOURCES)

    delivery = await http_driver.block_action(render.ACTION_SOURCES, button["value"], user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    call = await fake_slack.wait_for_call("views.open")
    view = call.body["view"]
    assert view["type"] == "modal" and view["title"]["text"] == "Sources"
    quotes = _quotes(view)
    assert quotes, "the modal quotes report words"
    reports = Reports.from_directory(Path(DEFAULT_SEEDS_DIR))
    for quote in quotes:  # every quote is the reports' own words, verbatim
        for piece in quote.split(" … "):
            assert any(normalised(_unescape(piece)) in text for text in reports.text.values()), piece
    shown = json.dumps(view)
    assert "Implicator clipping (004)" in shown and "Report 004" not in shown


async def test_deadlines_card_has_sources_and_one_label_per_report(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    reply = (await http_driver.slash_command("deadlines")).json()
    context_text = " ".join(e["text"] for b in reply["blocks"] if b["type"] == "context" for e in b["elements"])
    sources = context_text.split("*Sources:*", 1)[1]
    assert sources.count("Implicator clipping (004)") == 1  # one source appears once
    button = _button(reply["blocks"], render.ACTION_SOURCES)
    await http_driver.block_action(render.ACTION_SOURCES, button["value"], user=ALICE, channel=GENERAL)
    view = (await fake_slack.wait_for_call("views.open")).body["view"]
    assert sum(1 for b in view["blocks"] if b["type"] == "divider") >= 5  # a group per deadline


async def test_a_forged_sources_value_shows_nothing_it_should_not(http_driver: SlackDriver, fake_slack: FakeSlack) -> None:
    forged = "../../etc/passwd|<!channel>|entry/no-such-entry," + "x" * 3000
    delivery = await http_driver.block_action(render.ACTION_SOURCES, forged, user=ALICE, channel=GENERAL)
    assert delivery.status == 200
    view = (await fake_slack.wait_for_call("views.open")).body["view"]
    shown = json.dumps(view)
    assert "no longer in my index" in shown and "<!channel>" not in shown and "passwd" not in shown


async def test_sources_fall_back_to_a_private_reply(http_driver: SlackDriver, fake_slack: FakeSlack, bot) -> None:
    fake_slack.fail_next("views.open", 200, error="expired_trigger_id")
    await http_driver.block_action(render.ACTION_SOURCES, "deadline/cisa-directives-due", user=ALICE, channel=GENERAL)
    await bot.services.background.wait_idle()
    (post,) = fake_slack.response_posts
    assert post.response_type == "ephemeral" and "Section 2 of the order" in json.dumps(post.body)
