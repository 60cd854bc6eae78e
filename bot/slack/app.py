"""App factory: a fresh Bolt AsyncApp per call (no global app), wired to the given services.

``process_before_response=True`` makes Bolt return the listener's ack as soon as the
listener returns, without the default runner's 10 ms ack polling. Listeners therefore ack
at once and put any Slack Web API work in :class:`bot.core.background.BackgroundTasks`, so a
slow Slack API never delays an acknowledgement. The same app serves HTTP and Socket Mode.
In HTTP mode, verified ``/eo`` commands are answered before the app by
:class:`bot.slack.fast_path.SlashCommandFastPath` (same checks, same command table, less per-request work).
The listeners come from the caller (the runner passes ``handlers.register_listeners``), so this package never
imports the handlers that import it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.core.settings import Settings, reveal
from bot.slack.dedup import DedupMiddleware
from bot.slack.payload_shape import PayloadShapeMiddleware
from bot.slack.services import Services
from bot.ui import cards

log = logging.getLogger("bot.slack.app")


def _template_client(services: Services) -> AsyncWebClient:
    """Bolt copies this client per request and adds the token from ``authorize``."""
    base = services.client
    return AsyncWebClient(base_url=base.base_url, timeout=base.timeout, session=base.session, retry_handlers=base.retry_handlers)


def _error_handler(services: Services) -> Any:
    async def on_error(error: Exception, body: dict[str, Any]) -> BoltResponse | None:
        """Log the failure once; the user gets a friendly apology, never a stack trace."""
        kind = "command" if body.get("command") else str(body.get("type", "unknown"))
        log.error("listener failed", exc_info=error, extra={"fields": {"kind": kind}})
        apology = cards.apology()
        if body.get("command"):
            return BoltResponse(status=200, body=apology.ack())
        url = body.get("response_url")
        if url:
            hook = AsyncWebhookClient(url)
            services.background.spawn(
                hook.send(replace_original=False, response_type="ephemeral", **apology.message()), "apology"
            )
        return BoltResponse(status=200, body="")

    return on_error


def _authorize(services: Services) -> Any:
    async def authorize() -> Any:
        return await services.authorize()

    return authorize


Listeners = Callable[[AsyncApp, Services], None]


@contextmanager
def _bolt_blind_to_env_token() -> Iterator[None]:
    """Bolt reads ``SLACK_BOT_TOKEN`` from the environment even when it is given a ``client`` and ``authorize``,
    and then warns on every start that the token "will be unused". The token reaches it through ``authorize``
    (the settings), so the variable is hidden while the app is built (start-up, before any request)."""
    saved = os.environ.pop("SLACK_BOT_TOKEN", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["SLACK_BOT_TOKEN"] = saved


def create_app(settings: Settings, services: Services, listeners: Listeners) -> AsyncApp:
    secret = reveal(settings.slack_signing_secret)
    with _bolt_blind_to_env_token():
        app = AsyncApp(
            name="eo-bot",
            logger=logging.getLogger("slack_bolt"),
            signing_secret=secret,
            client=_template_client(services),
            authorize=_authorize(services),
            process_before_response=True,
        )
    app.use(PayloadShapeMiddleware())
    app.use(DedupMiddleware(services.event_ids))
    app.error(_error_handler(services))
    listeners(app, services)
    return app
