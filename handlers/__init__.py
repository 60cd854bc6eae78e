"""Slack listeners, one module per surface; :func:`register_listeners` wires them all."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.services import Services
from handlers import actions, assistant, channels, commands, home, messages


def register_listeners(app: AsyncApp, services: Services) -> None:
    commands.register(app, services)
    messages.register(app, services)
    assistant.register(app, services)
    home.register(app, services)
    actions.register(app, services)
    channels.register(app, services)
