"""``/eo``: the answer is cheap, so it travels in the acknowledgement itself (no Web API call)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.command_table import CommandContext, dispatch
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    async def eo_command(ack: AsyncAck, command: dict[str, Any]) -> None:
        ctx = CommandContext(services, user_id=command.get("user_id"), channel_id=command.get("channel_id"))
        reply = await dispatch(ctx, command.get("text") or "")
        await ack(**reply.ack())

    app.command("/eo")(eo_command)
