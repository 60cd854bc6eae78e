"""What the person does on the page, played towards the bot the way Slack would.

``/eo ...`` becomes a signed slash command (its acknowledgement body is shown as Slack shows it),
text in the DM a ``message.im`` event, ``@eo-bot ...`` in a channel an ``app_mention`` event, a button
click a ``block_actions`` payload with a response_url, opening the Home tab ``app_home_opened``.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Optional

import aiohttp

from bot.playground.fakeslack import Delivery, FakeSlack, SlackDriver, SlackError
from bot.ui.render import escape

from .snapshot import ME, Notes

log = logging.getLogger(__name__)

MENTION = re.compile(r"@eo-bot\b", re.IGNORECASE)
INVITE = re.compile(r"^/invite\s+@?eo-bot\s*$", re.IGNORECASE)


class UserActions:
    def __init__(self, fake: FakeSlack, driver: SlackDriver, notes: Notes) -> None:
        self.fake = fake
        self.driver = driver
        self.notes = notes

    @property
    def ws(self):
        return self.fake.workspace

    async def send(self, channel: str, text: str, thread_ts: Optional[str] = None) -> None:
        """The composer: route one line of text like Slack would (``thread_ts``: a reply in that thread)."""
        text = text.strip()
        chan = self.ws.channel(channel)
        if not text:
            return
        if thread_ts:
            self.ws.find_message(chan.id, thread_ts)  # SlackError (shown on the page) if there is no such message
        if INVITE.match(text):
            self.invite(chan.id)
        elif text.startswith("/eo"):
            await self.slash_command(chan.id, text[3:].strip() if text[3:4] in ("", " ") else text)
        elif text.startswith("/"):
            self.notes.add(self.ws, chan.id, f"`{_esc(text.split()[0])}` is not a command here. Try `/eo help`.")
        elif chan.is_im:
            await self._deliver(chan.id, lambda: self.driver.dm(ME, _esc(text), thread_ts))
        elif MENTION.search(text):
            await self.mention(chan.id, text, thread_ts)
        else:
            self.ws.post(chan.id, text=_esc(text), user=ME, thread_ts=thread_ts)

    async def slash_command(self, channel: str, args: str) -> None:
        if args.startswith("/"):  # "/eoxyz": not our command
            self.notes.add(self.ws, channel, f"`{_esc(args.split()[0])}` is not a command here. Try `/eo help`.")
            return
        # Slack escapes &, < and > in the command text, as in messages.
        delivery = await self._deliver(channel, lambda: self.driver.slash_command(_esc(args), user=ME, channel=channel))
        if delivery is None:
            return
        if delivery.status != 200:
            self.notes.add(self.ws, channel, f'/eo failed with the error "http_{delivery.status}".')
            return
        self.show_ack(channel, f"/eo {args}".strip(), delivery.body)

    def show_ack(self, channel: str, command: str, body: str) -> None:
        """Slack shows a slash command's acknowledgement body: ephemeral unless response_type is in_channel."""
        if not body.strip():
            return
        try:
            reply: Any = json.loads(body)
        except ValueError:
            reply = {"text": body}
        if not isinstance(reply, dict) or not (reply.get("text") or reply.get("blocks")):
            return
        if reply.get("response_type") == "in_channel":
            self.ws.post(channel, text=_esc(command), user=ME)
            self.ws.post(channel, text=reply.get("text") or "", blocks=reply.get("blocks"), require_member=False)
            return
        eph = self.ws.post_ephemeral(channel, ME, text=reply.get("text") or "", blocks=reply.get("blocks"), require_member=False)
        self.notes.commands[eph.ts] = command
        self.ws.changed()

    async def mention(self, channel: str, text: str, thread_ts: Optional[str] = None) -> None:
        chan = self.ws.channel(channel)
        tagged = MENTION.sub(f"<@{self.ws.team.bot_user_id}>", _esc(text))
        if self.ws.team.bot_user_id not in chan.members:
            self.ws.post(chan.id, text=tagged, user=ME, thread_ts=thread_ts)
            self.notes.add(
                self.ws,
                chan.id,
                f"You mentioned <@{self.ws.team.bot_user_id}>, but it is not in "
                f"#{chan.name}. Type `/invite @eo-bot` (or use the Invite button).",
            )
            return
        await self._deliver(chan.id, lambda: self.driver.mention(ME, chan.id, tagged, thread_ts))

    def invite(self, channel: str) -> None:
        chan = self.ws.channel(channel)
        if chan.is_im:
            self.notes.add(self.ws, chan.id, "This is already your direct message with eo-bot.")
            return
        if self.ws.team.bot_user_id in chan.members:
            self.notes.add(self.ws, chan.id, f"<@{self.ws.team.bot_user_id}> is already in #{chan.name}.")
            return
        self.ws.add_member(chan.id, self.ws.team.bot_user_id)
        self.notes.add(self.ws, chan.id, f"<@{self.ws.team.bot_user_id}> was added to #{chan.name} by you.")

    async def click(self, channel: str, ts: str, action_id: str, value: str, block_id: Optional[str], source: str) -> None:
        """A button on a message, an ephemeral reply, the Home tab or a modal."""
        chan = self.ws.channel(channel).id if channel else self.ws.im_with(ME).id
        message = self._message_for(chan, ts, source)
        container = {"ephemeral": "ephemeral", "home": "view", "modal": "view"}.get(source, "message")
        url = self.fake.new_response_url(chan, ME, ts if source in ("message", "ephemeral") else None)
        payload = self.driver.payloads.block_actions(
            action_id, value, ME, chan, response_url=url, message=message, block_id=block_id, container_type=container
        )
        delivery = await self._deliver(chan, lambda: self.driver.transport.deliver("interactive", payload, None, ""))
        if delivery is not None and delivery.status != 200:
            self.notes.add(self.ws, chan, f"eo-bot did not accept that click (HTTP {delivery.status}).")

    def _message_for(self, channel: str, ts: str, source: str) -> Optional[dict[str, Any]]:
        if source == "message":
            try:
                return self.ws.find_message(channel, ts).to_dict()
            except SlackError:
                return None
        for eph in self.ws.ephemerals:
            if eph.ts == ts:
                return {
                    "type": "message",
                    "ts": eph.ts,
                    "text": eph.text,
                    "blocks": eph.blocks,
                    "user": self.ws.team.bot_user_id,
                    "bot_id": self.ws.team.bot_id,
                }
        return None

    async def open_home(self) -> None:
        await self._deliver(self.ws.im_with(ME).id, lambda: self.driver.app_home_opened(ME))

    async def _deliver(self, channel: str, send: Any) -> Optional[Delivery]:
        """Deliver; if the bot is down or restarting, say so in the channel instead of failing the page."""
        try:
            return await send()
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.info("delivery failed", extra={"fields": {"error": type(exc).__name__}})
            self.notes.add(self.ws, channel, "eo-bot is not reachable right now (it may be restarting). Try again in a moment.")
            return None


def _esc(text: str) -> str:
    """Slack escapes &, < and > in what people type before anything sees it."""
    return escape(text)
