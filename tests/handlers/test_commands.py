"""/eo: the answer is in the ack; a failure becomes a friendly ephemeral apology, never a stack trace."""

from __future__ import annotations

import json

from bot.playground.fakeslack import FakeSlack

ALICE, GENERAL = "U0000ALCE", "C0000GNRL"


def command(payloads, fake: FakeSlack, text: str) -> dict:
    return payloads.slash_command(text, ALICE, GENERAL, response_url=fake.new_response_url(GENERAL, ALICE))


async def test_ack_carries_the_reply(dispatch, payloads, fake_slack: FakeSlack) -> None:
    response = await dispatch(command(payloads, fake_slack, "deadlines"))
    body = json.loads(response.body)
    assert response.status == 200 and body["response_type"] == "ephemeral" and body["blocks"]
    assert fake_slack.calls == [c for c in fake_slack.calls if c.method == "auth.test"]


async def test_listener_error_becomes_an_apology(dispatch, payloads, fake_slack: FakeSlack, bot, monkeypatch) -> None:
    def broken(question, now, context=()):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(bot.services.answerer, "answer", broken)
    response = await dispatch(command(payloads, fake_slack, "ask anything at all"))
    assert response.status == 200
    body = json.loads(response.body)
    assert "Sorry, something went wrong" in body["text"] and "secret internals" not in response.body
