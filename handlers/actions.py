"""Buttons on answers: show full provision, share in channel, feedback (recorded for the curators), suggested questions.

Every listener acks first; the Slack Web API work runs as a background task.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.command_table import CommandContext, dispatch, shared_command
from bot.core.settings import reveal
from bot.feedback.service import Feedback
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


MAX_SOURCE_LINES = 40


def source_rows(services: Services, value: object) -> list[tuple[str, list[Any]]]:
    """The lines a Sources button names (``k1,k2|k3``), each with its quotes; keys this content lacks are skipped."""
    citer = services.answerer.citer
    rows: list[tuple[str, list[Any]]] = []
    for group in str(value or "")[: render.BUTTON_VALUE_LIMIT].split("|")[:MAX_SOURCE_LINES]:
        keys = [k for k in dict.fromkeys(group.split(",")) if k in citer.statements]
        if keys:
            line = " ".join(citer.statement_text(k) for k in keys[:1])
            rows.append((line, [q for k in keys for q in citer.quotes(k)]))
    return rows


async def show_sources(services: Services, body: dict[str, Any], respond: AsyncRespond) -> None:
    """The Sources modal; where Slack gives no trigger (or refuses the modal), the same list privately in place."""
    view = cards.sources_modal(source_rows(services, _action(body).get("value")))
    trigger = body.get("trigger_id")
    opened = (
        await call(services.client.views_open(trigger_id=trigger, view=view)) if isinstance(trigger, str) and trigger else None
    )
    if opened is None or not opened.ok:
        log.info(
            "sources modal not opened, replying in place", extra={"fields": {"reason": opened.error if opened else "no trigger"}}
        )
        await respond(replace_original=False, response_type="ephemeral", blocks=view["blocks"][:50], text="Sources")


async def take_feedback(services: Services, value: object, helpful: bool, user_id: str | None, action_ts: object) -> Feedback:
    """Record one feedback click (any surface's feedback control carrying a sealed value routes here)."""
    service = services.feedback
    feedback = await service.click(value, helpful, user_id, action_ts) if service is not None else Feedback("off")
    rated = feedback.rated
    fields = {"verdict": "helpful" if helpful else "not_helpful", "outcome": feedback.outcome}
    if rated is not None:
        fields.update(answer=rated.answer_id, rule=rated.rule)
    (log.warning if feedback.outcome == "refused" else log.info)("feedback", extra={"fields": fields})
    return feedback


async def feedback(services: Services, body: dict[str, Any], respond: AsyncRespond) -> None:
    action = _action(body)
    helpful = action.get("action_id") == render.ACTION_HELPFUL
    taken = await take_feedback(services, action.get("value"), helpful, _user(body), action.get("action_ts"))
    reply = cards.feedback_thanks(taken.outcome, helpful)
    if reply is not None:
        await respond(replace_original=False, response_type="ephemeral", **reply.message())


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

    async def on_native_feedback(body: dict[str, Any], respond: AsyncRespond) -> None:
        """Slack's feedback buttons (assistant pane answers): handled exactly as the classic button they stand for."""
        classic = pane.classic_feedback(_action(body))
        if classic is None:
            log.warning("feedback refused: not a value this bot rendered")
            return
        await feedback(services, {**body, "actions": [classic]}, respond)

    app.action(render.ACTION_SHOW)(later(show_provision, "show-provision"))
    app.action(render.ACTION_SHARE)(later(share, "share"))
    app.action(render.ACTION_SUGGEST)(later(suggestion, "suggestion"))
    app.action(render.ACTION_SOURCES)(later(show_sources, "sources"))
    app.action(render.ACTION_HELPFUL)(later(feedback, "feedback"))
    app.action(render.ACTION_NOT_HELPFUL)(later(feedback, "feedback"))
    app.action(pane.ACTION_FEEDBACK)(later(lambda _services, body, respond: on_native_feedback(body, respond), "native-feedback"))
