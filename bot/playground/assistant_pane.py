"""The playground's assistant pane: Slack's "Agents & AI Apps" side panel, played towards the bot.

Opening the pane starts a thread in the person's DM (``assistant_thread_started``, with the channel they are viewing
as its context); moving to another channel while it is open sends ``assistant_thread_context_changed``; typing in
it, or clicking a suggested prompt, is a DM message in that thread. The snapshot gives the page each thread's
title, status, suggested prompts and messages (the pane's threads are left out of the DM view, as in Slack).
"""

from __future__ import annotations

import logging
from typing import Any, Optional

import aiohttp

from bot.playground.fakeslack import AssistantThread, FakeSlack, SlackDriver, SlackError, Workspace
from bot.ui.render import escape

from .snapshot import ME, Notes, _ephemeral, _message

log = logging.getLogger(__name__)

UNREACHABLE = "eo-bot is not reachable right now (it may be restarting). Try again in a moment."


def thread_snapshot(ws: Workspace, pane: AssistantThread, notes: Notes) -> dict[str, Any]:
    items = [_message(ws, m) for m in ws.thread(pane.channel, pane.thread_ts) if m.ts != pane.thread_ts]
    items += [_ephemeral(ws, e, notes) for e in ws.ephemerals_for(ME, pane.channel) if e.thread_ts == pane.thread_ts]
    items.sort(key=lambda item: tuple(int(part or 0) for part in item["ts"].split(".", 1)))
    context = pane.context.get("channel_id")
    return {
        "channel": pane.channel,
        "thread_ts": pane.thread_ts,
        "title": pane.title,
        "status": pane.status,
        "loading_messages": list(pane.loading_messages),
        "prompts": list(pane.prompts),
        "prompts_title": pane.prompts_title,
        "context_channel": context,
        "items": items,
    }


def assistant_snapshot(ws: Workspace, notes: Notes) -> dict[str, Any]:
    """The person's pane threads, oldest first (the page shows the newest)."""
    return {"threads": [thread_snapshot(ws, pane, notes) for pane in ws.threads_of(ME)]}


class AssistantActions:
    def __init__(self, fake: FakeSlack, driver: SlackDriver) -> None:
        self.fake = fake
        self.driver = driver

    @property
    def ws(self) -> Workspace:
        return self.fake.workspace

    def _pane(self, thread_ts: str) -> AssistantThread:
        return self.ws.assistant_thread(self.ws.im_with(ME).id, thread_ts)

    def _viewed(self, channel: str) -> Optional[str]:
        """The context for the view the person is on: a channel (never their DM with the bot, or the Home tab)."""
        if not channel:
            return None
        chan = self.ws.channel(channel)
        return None if chan.is_im else chan.id

    async def start(self, channel: str) -> dict[str, Any]:
        """Open the pane on a new chat while viewing ``channel``."""
        pane = self.ws.start_assistant_thread(ME, self._viewed(channel))
        event = self.driver.payloads.assistant_thread_event("assistant_thread_started", pane)
        return await self._deliver(lambda: self.driver.event(event), pane)

    async def context(self, thread_ts: str, channel: str) -> dict[str, Any]:
        pane = self._pane(thread_ts)
        viewed = self._viewed(channel)
        if pane.context.get("channel_id") == viewed:
            return {"ok": True}
        return await self._deliver(lambda: self.driver.assistant_context_changed(pane, viewed), pane)

    async def send(self, thread_ts: str, text: str) -> dict[str, Any]:
        pane = self._pane(thread_ts)
        text = text.strip()
        if not text:
            return {"ok": True}
        return await self._deliver(lambda: self.driver.assistant_message(pane, escape(text)), pane)

    async def _deliver(self, send: Any, pane: AssistantThread) -> dict[str, Any]:
        try:
            delivery = await send()
        except (aiohttp.ClientError, OSError, TimeoutError, SlackError) as exc:
            log.info("assistant delivery failed", extra={"fields": {"error": type(exc).__name__}})
            return {"ok": False, "error": UNREACHABLE, "thread_ts": pane.thread_ts}
        if delivery.status != 200:
            return {"ok": False, "error": f"eo-bot did not accept that (HTTP {delivery.status}).", "thread_ts": pane.thread_ts}
        return {"ok": True, "thread_ts": pane.thread_ts}
