"""App Home: published on app_home_opened with the order, dated deadlines with status, and usage."""

from __future__ import annotations

import json

from bot.content.deadlines import deadline_statuses
from bot.ui import cards

ALICE = "U0000ALCE"


async def test_home_published_with_deadlines(dispatch, payloads, fake_slack, bot) -> None:
    await dispatch(payloads.event_callback(payloads.app_home_opened_event(ALICE)))
    await bot.services.background.wait_idle()
    (call,) = fake_slack.calls_to("views.publish")
    blob = json.dumps(call.body["view"])
    first = deadline_statuses(bot.services.content, bot.services.today())[0]
    assert cards.day(first.due) in blob and first.label in blob
    assert "/eo ask QUESTION" in blob
    assert fake_slack.workspace.home_views[ALICE]["type"] == "home"


async def test_messages_tab_is_not_republished(dispatch, payloads, fake_slack, bot) -> None:
    event = payloads.app_home_opened_event(ALICE) | {"tab": "messages"}
    await dispatch(payloads.event_callback(event))
    await bot.services.background.wait_idle()
    assert fake_slack.calls_to("views.publish") == []
