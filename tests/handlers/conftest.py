"""Handler tests dispatch payloads straight into the app (Socket Mode style: no signing) against the fake."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

import pytest
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.playground.fakeslack import FakeSlack, Payloads

Dispatch = Callable[[dict[str, Any]], Awaitable[BoltResponse]]


@pytest.fixture
def payloads(fake_slack: FakeSlack) -> Payloads:
    return Payloads(fake_slack.workspace)


@pytest.fixture
def dispatch(bot) -> Dispatch:
    async def run(body: dict[str, Any]) -> BoltResponse:
        return await bot.app.async_dispatch(AsyncBoltRequest(body=body, mode="socket_mode"))

    return run
