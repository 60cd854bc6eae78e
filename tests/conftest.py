"""Shared fixtures. Each owner appends their own section below."""

from __future__ import annotations

from typing import AsyncIterator

import pytest

from bot.fakeslack import FakeSlack


# -- fake Slack (bot/fakeslack) ----------------------------------------------------------------------------
@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A FakeSlack on 127.0.0.1 with an ephemeral port and the default workspace, stopped after the test."""
    async with FakeSlack() as fake:
        yield fake
