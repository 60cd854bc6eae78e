"""Channel lifecycle events: an archived channel, or the bot removed from one, pauses its subscription.

Delivery also pauses a channel when Slack refuses a post (``not_in_channel``, ``is_archived``); these events
just make it happen as soon as Slack tells us. Other channels are unaffected.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext

from bot.slack.services import Services

ARCHIVE_EVENTS = ("channel_archive", "group_archive")
LEFT_EVENTS = ("channel_left", "group_left")  # sent to the bot when it is removed from a channel


def _channel_id(event: dict[str, Any]) -> str | None:
    channel = event.get("channel")
    return channel.get("id") if isinstance(channel, dict) else channel


def register(app: AsyncApp, services: Services) -> None:
    async def pause(event: dict[str, Any], reason: str) -> None:
        channel = _channel_id(event)
        if channel and services.subscriptions is not None:
            services.background.spawn(services.subscriptions.pause(channel, reason), "pause-subscription")

    async def on_archive(event: dict[str, Any]) -> None:
        await pause(event, "the channel was archived")

    async def on_left(event: dict[str, Any]) -> None:
        await pause(event, "the bot was removed from the channel")

    async def on_member_left(event: dict[str, Any], context: AsyncBoltContext) -> None:
        if event.get("user") and event.get("user") == context.bot_user_id:
            await pause(event, "the bot was removed from the channel")

    for name in ARCHIVE_EVENTS:
        app.event(name)(on_archive)
    for name in LEFT_EVENTS:
        app.event(name)(on_left)
    app.event("member_left_channel")(on_member_left)
