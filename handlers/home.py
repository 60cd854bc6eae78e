"""App Home: published with views.publish whenever a user opens the Home tab."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.command_table import usage
from bot.content.deadlines import deadline_statuses
from bot.slack.services import Services
from bot.ui import cards
from bot.ui.announcements import home_blocks
from bot.ui.render import Block
from bot.ui.updates import latest_update_blocks


async def subscription_blocks(services: Services, user_id: str) -> list[Block]:
    """The subscription status of the channels (and DM) where this user set up announcements or review clocks.

    Only the user's own set-ups: listing every channel of the workspace would show private channels' ids to
    people outside them. Nothing when announcements are not enabled in this process."""
    if services.subscriptions is None:
        return []
    return home_blocks(await services.subscriptions.for_user(user_id), services.content)


async def publish_home(services: Services, user_id: str) -> None:
    live = services.live  # one content for the whole view, even if a reload lands while it is built
    statuses = deadline_statuses(live.content, services.today())
    extra = latest_update_blocks(live.content, live.updates) + await subscription_blocks(services, user_id)
    view = cards.home_view(live.content, statuses, usage(), extra)
    await services.client.views_publish(user_id=user_id, view=view)


def register(app: AsyncApp, services: Services) -> None:
    async def on_home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            services.background.spawn(publish_home(services, event["user"]), "home-publish")

    app.event("app_home_opened")(on_home_opened)
