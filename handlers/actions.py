"""Buttons on answers: show full provision, share in channel, feedback, suggested questions.

Every listener acks first; the Slack Web API work runs as a background task.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.command_table import CommandContext, dispatch, shared_command
from bot.core.settings import reveal
from bot.slack.services import Services
from bot.slack.web_api import call
from bot.ui import assistant as pane
from bot.ui import cards, render
from bot.ui.render import escape

log = logging.getLogger(__name__)

# chat.postMessage errors after which the share goes through the response_url instead.
FALLBACK_ERRORS = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}


def _action(body: dict[str, Any]) -> dict[str, Any]:
    actions = body.get("actions")
    first = actions[0] if isinstance(actions, list) and actions else {}
    return first if isinstance(first, dict) else {}


def _field(body: dict[str, Any], key: str, inner: str) -> str | None:
    part = body.get(key)
    value = part.get(inner) if isinstance(part, dict) else None
    return value if isinstance(value, str) else None


def _user(body: dict[str, Any]) -> str | None:
    return _field(body, "user", "id")


def _channel(body: dict[str, Any]) -> str | None:
    return _field(body, "channel", "id") or _field(body, "container", "channel_id")


async def show_provision(services: Services, body: dict[str, Any], respond: AsyncRespond) -> None:
    entry = services.content.entries.get(str(_action(body).get("value", "")))
    if entry is None:
        await respond(replace_original=False, **cards.notice("That provision is no longer in my index.").message())
        return
    trigger = body.get("trigger_id")
    opened = (
        await call(services.client.views_open(trigger_id=trigger, view=cards.provision_modal(services.content, entry)))
        if isinstance(trigger, str) and trigger
        else None
    )
    if opened is None or not opened.ok:
        log.info("modal not opened, replying in place", extra={"fields": {"reason": opened.error if opened else "no trigger"}})
        await respond(
            replace_original=False, response_type="ephemeral", **cards.provision_reply(services.content, entry).message()
        )


async def share(services: Services, body: dict[str, Any], respond: AsyncRespond) -> None:
    user, channel = _user(body), _channel(body)
    command = shared_command(_action(body).get("value"), reveal(services.settings.slack_signing_secret))
    if command is None:  # not a value this bot rendered, or not an answer: share nothing, tell only the clicker
        log.warning("share refused: the button value is not one this bot signed", extra={"fields": {"user": user}})
        notice = cards.notice("That button is not one I can share from. Ask the question again and share the new answer.")
        await respond(replace_original=False, response_type="ephemeral", **notice.message())
        return
    ctx = CommandContext(services, user_id=user, channel_id=channel, shareable=False, shared_by=user)
    reply = await dispatch(ctx, command)
    if channel is None:  # a click with no conversation to share into: answer the clicker only
        await respond(replace_original=False, response_type="ephemeral", **reply.message())
        return
    posted = await call(services.client.chat_postMessage(channel=channel, **reply.message()))
    if posted.ok:
        return
    if posted.error in FALLBACK_ERRORS:
        log.info("share via response_url", extra={"fields": {"channel": channel, "reason": posted.error}})
        await respond(response_type="in_channel", replace_original=False, **reply.message())
        return
    log.warning("share not posted", extra={"fields": {"channel": channel, "reason": posted.error}})
    why = "Slack is busy right now" if posted.transient else f"Slack refused the post ({escape(posted.error)})"
    notice = cards.notice(f"{why}, so I couldn't share that in the channel. Please try Share again in a moment.")
    await respond(replace_original=False, response_type="ephemeral", **notice.message())


def feedback_fields(body: dict[str, Any]) -> dict[str, Any]:
    action = _action(body)
    try:
        value = json.loads(str(action.get("value") or "{}"))
    except ValueError:
        value = {}
    if not isinstance(value, dict):  # [1, 2], null, "x": a value this bot never renders
        value = {}
    provisions = value.get("p")
    verdict = "helpful" if action.get("action_id") == render.ACTION_HELPFUL else "not_helpful"
    return {
        "verdict": verdict,
        "user": _user(body),
        "channel": _channel(body),
        "ref": str(value.get("r", ""))[:300],
        "provisions": ",".join(str(p)[:64] for p in provisions[:10]) if isinstance(provisions, list) else "",
    }


async def suggestion(services: Services, body: dict[str, Any], respond: AsyncRespond) -> None:
    ctx = CommandContext(services, user_id=_user(body), channel_id=_channel(body))
    reply = await dispatch(ctx, "ask " + str(_action(body).get("value", "")))
    await respond(replace_original=False, response_type="ephemeral", **reply.message())


def register(app: AsyncApp, services: Services) -> None:
    def later(job: Any, name: str) -> Any:
        async def guarded(body: dict[str, Any], respond: AsyncRespond) -> None:
            try:
                await job(services, body, respond)
            except Exception:
                log.exception("button action failed", extra={"fields": {"action": name}})
                await respond(replace_original=False, response_type="ephemeral", **cards.apology().message())

        async def listener(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
            await ack()
            services.background.spawn(guarded(body, respond), name)

        listener.__name__ = f"on_{name}"
        return listener

    async def on_feedback(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        fields = feedback_fields(body)
        log.info("feedback", extra={"fields": fields})
        thanks = (
            "Thanks, glad it helped."
            if fields["verdict"] == "helpful"
            else "Thanks for telling me; I'll log it so the answers improve."
        )
        services.background.spawn(
            respond(replace_original=False, response_type="ephemeral", text=escape(thanks)), "feedback-thanks"
        )

    async def on_native_feedback(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """Slack's feedback buttons (assistant pane answers): handled exactly as the classic button they stand for."""
        classic = pane.classic_feedback(_action(body))
        if classic is None:
            await ack()
            log.warning("feedback refused: not a value this bot rendered", extra={"fields": {"user": _user(body)}})
            return
        await on_feedback(ack, {**body, "actions": [classic]}, respond)

    app.action(render.ACTION_SHOW)(later(show_provision, "show-provision"))
    app.action(render.ACTION_SHARE)(later(share, "share"))
    app.action(render.ACTION_SUGGEST)(later(suggestion, "suggestion"))
    app.action(render.ACTION_HELPFUL)(on_feedback)
    app.action(render.ACTION_NOT_HELPFUL)(on_feedback)
    app.action(pane.ACTION_FEEDBACK)(on_native_feedback)
