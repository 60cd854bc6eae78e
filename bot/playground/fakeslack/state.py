"""In-memory Slack workspace: team, users, channels, messages, ephemerals, views.

Pure state with no HTTP in it, so the test server and the playground can render and mutate the same model.
Errors are raised as :class:`SlackError` carrying Slack's own error codes.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional


class SlackError(Exception):
    """A Slack Web API error (``{"ok": false, "error": code}``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class User:
    id: str
    name: str
    real_name: str = ""
    is_bot: bool = False
    tz: str = "America/New_York"
    tz_offset: int = -14400
    deleted: bool = False

    def to_dict(self, team_id: str) -> dict[str, Any]:
        real = self.real_name or self.name
        return {
            "id": self.id,
            "team_id": team_id,
            "name": self.name,
            "real_name": real,
            "deleted": self.deleted,
            "is_bot": self.is_bot,
            "is_app_user": False,
            "tz": self.tz,
            "tz_label": self.tz,
            "tz_offset": self.tz_offset,
            "profile": {"real_name": real, "display_name": self.name, "team": team_id},
        }


@dataclass
class Channel:
    id: str
    name: str
    is_private: bool = False
    is_im: bool = False
    is_archived: bool = False
    members: set[str] = field(default_factory=set)
    im_user: Optional[str] = None
    created: int = 1_700_000_000

    def to_dict(self, bot_user_id: str) -> dict[str, Any]:
        if self.is_im:
            return {
                "id": self.id,
                "created": self.created,
                "is_im": True,
                "is_org_shared": False,
                "user": self.im_user,
                "is_user_deleted": False,
                "priority": 0,
                "is_archived": False,
            }
        return {
            "id": self.id,
            "name": self.name,
            "name_normalized": self.name,
            "is_channel": not self.is_private,
            "is_group": self.is_private,
            "is_im": False,
            "is_mpim": False,
            "is_private": self.is_private,
            "is_archived": self.is_archived,
            "is_general": self.name == "general",
            "is_member": bot_user_id in self.members,
            "is_shared": False,
            "is_ext_shared": False,
            "is_org_shared": False,
            "created": self.created,
            "num_members": len(self.members),
        }


@dataclass
class Message:
    channel: str
    ts: str
    text: str = ""
    blocks: Optional[list[dict[str, Any]]] = None
    user: Optional[str] = None
    bot_id: Optional[str] = None
    app_id: Optional[str] = None
    thread_ts: Optional[str] = None
    attachments: Optional[list[dict[str, Any]]] = None
    metadata: Optional[dict[str, Any]] = None
    reply_count: int = 0
    edited: bool = False
    subtype: Optional[str] = None  # "assistant_app_thread": the root of an assistant pane thread
    assistant_app_thread: Optional[dict[str, Any]] = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "message", "ts": self.ts, "text": self.text}
        optional = {
            "subtype": self.subtype,
            "assistant_app_thread": self.assistant_app_thread,
            "user": self.user,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "blocks": self.blocks,
            "thread_ts": self.thread_ts,
            "attachments": self.attachments,
            "metadata": self.metadata,
        }
        out.update({k: v for k, v in optional.items() if v is not None})
        if self.reply_count:
            out["reply_count"] = self.reply_count
        if self.edited:
            out["edited"] = {"user": self.user, "ts": self.ts}
        return out


@dataclass
class Ephemeral:
    channel: str
    user: str
    ts: str
    text: str = ""
    blocks: Optional[list[dict[str, Any]]] = None
    thread_ts: Optional[str] = None


@dataclass
class AssistantThread:
    """A thread of the assistant pane: who opened it, the context (the channel they view), and what the app set."""

    channel: str
    thread_ts: str
    user: str
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    status: str = ""
    loading_messages: list[str] = field(default_factory=list)
    prompts: list[dict[str, str]] = field(default_factory=list)
    prompts_title: str = ""


@dataclass
class Team:
    id: str = "T0000FAKE"
    name: str = "EO Test Workspace"
    domain: str = "eo-test"
    app_id: str = "A0000APP1"
    bot_user_id: str = "U0000BOT1"
    bot_id: str = "B0000BOT1"
    bot_name: str = "eo-bot"
    bot_token: str = "xoxb-0000-fake-bot-token"
    app_token: str = "xapp-1-A0000APP1-0000-fake-app-token"
    verification_token: str = "fake-verification-token"


class Workspace:
    """One team's users, channels and message history; notifies listeners on every change."""

    def __init__(self, team: Optional[Team] = None, now: Callable[[], float] = time.time) -> None:
        self.team = team or Team()
        self.users: dict[str, User] = {}
        self.channels: dict[str, Channel] = {}
        self.messages: dict[str, list[Message]] = {}
        self.ephemerals: list[Ephemeral] = []
        self.home_views: dict[str, dict[str, Any]] = {}
        self.opened_views: list[dict[str, Any]] = []
        self.assistant_threads: dict[tuple[str, str], AssistantThread] = {}
        self._now = now
        self._seq = itertools.count(1)
        self._listeners: list[Callable[[], None]] = []
        self.users[self.team.bot_user_id] = User(self.team.bot_user_id, self.team.bot_name, is_bot=True)

    # -- change notification -------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def next_ts(self) -> str:
        """Unique, strictly increasing Slack-style timestamp ("1700000000.000042")."""
        return f"{int(self._now())}.{next(self._seq):06d}"

    # -- configuration -------------------------------------------------------------------------------------
    def add_user(self, user_id: str, name: str, real_name: str = "", **kw: Any) -> User:
        user = User(user_id, name, real_name, **kw)
        self.users[user_id] = user
        self.changed()
        return user

    def add_channel(
        self,
        channel_id: str,
        name: str,
        *,
        private: bool = False,
        bot_member: bool = True,
        members: tuple[str, ...] | list[str] = (),
        archived: bool = False,
    ) -> Channel:
        chan = Channel(channel_id, name, is_private=private, is_archived=archived, members=set(members))
        if bot_member:
            chan.members.add(self.team.bot_user_id)
        self.channels[channel_id] = chan
        self.messages.setdefault(channel_id, [])
        self.changed()
        return chan

    def archive(self, channel_id: str, archived: bool = True) -> None:
        self.channel(channel_id).is_archived = archived
        self.changed()

    def remove_bot(self, channel_id: str) -> None:
        self.channel(channel_id).members.discard(self.team.bot_user_id)
        self.changed()

    def add_member(self, channel_id: str, user_id: str) -> None:
        self.channel(channel_id).members.add(user_id)
        self.changed()

    # -- lookups -------------------------------------------------------------------------------------------
    def user(self, user_id: str) -> User:
        if user_id not in self.users:
            raise SlackError("user_not_found")
        return self.users[user_id]

    def channel(self, ref: str) -> Channel:
        """Resolve a channel id, ``#name``/``name``, or a user id (meaning the bot's DM with that user)."""
        if ref in self.channels:
            return self.channels[ref]
        if ref in self.users and ref != self.team.bot_user_id:
            return self.im_with(ref)
        name = ref.lstrip("#")
        for chan in self.channels.values():
            if not chan.is_im and chan.name == name:
                return chan
        raise SlackError("channel_not_found")

    def im_with(self, user_id: str) -> Channel:
        """The bot's DM channel with ``user_id``, created on first use."""
        self.user(user_id)
        for chan in self.channels.values():
            if chan.is_im and chan.im_user == user_id:
                return chan
        chan = Channel("D" + user_id[1:], user_id, is_im=True, im_user=user_id, members={user_id, self.team.bot_user_id})
        self.channels[chan.id] = chan
        self.messages.setdefault(chan.id, [])
        return chan

    def history(self, channel_id: str) -> list[Message]:
        return list(self.messages.get(self.channel(channel_id).id, []))

    def find_message(self, channel_id: str, ts: str) -> Message:
        for msg in self.messages.get(channel_id, []):
            if msg.ts == ts:
                return msg
        raise SlackError("message_not_found")

    def thread(self, channel_id: str, thread_ts: str) -> list[Message]:
        return [m for m in self.history(channel_id) if m.ts == thread_ts or m.thread_ts == thread_ts]

    # -- mutations -----------------------------------------------------------------------------------------
    def writable(self, ref: str, user_id: Optional[str] = None, require_member: bool = True) -> Channel:
        """The channel ``user_id`` (default: the bot) may post to, or Slack's error for why not."""
        chan = self.channel(ref)
        if chan.is_archived:
            raise SlackError("is_archived")
        if require_member and (user_id or self.team.bot_user_id) not in chan.members:
            raise SlackError("not_in_channel")
        return chan

    def post(
        self,
        ref: str,
        *,
        text: str = "",
        blocks: Optional[list] = None,
        user: Optional[str] = None,
        thread_ts: Optional[str] = None,
        attachments: Optional[list] = None,
        metadata: Optional[dict] = None,
        require_member: bool = True,
    ) -> Message:
        """Post as ``user`` (default: the bot); bot messages carry bot_id and app_id like Slack's.

        ``require_member=False`` is for response_url posts, which Slack accepts outside the bot's channels.
        """
        chan = self.writable(ref, user, require_member)
        is_bot = user is None or user == self.team.bot_user_id
        msg = Message(
            chan.id,
            self.next_ts(),
            text=text,
            blocks=blocks,
            user=user or self.team.bot_user_id,
            bot_id=self.team.bot_id if is_bot else None,
            app_id=self.team.app_id if is_bot else None,
            thread_ts=thread_ts or None,
            attachments=attachments,
            metadata=metadata,
        )
        if thread_ts:
            for parent in self.messages[chan.id]:
                if parent.ts == thread_ts:
                    parent.reply_count += 1
                    parent.thread_ts = parent.thread_ts or thread_ts
            pane = self.assistant_threads.get((chan.id, thread_ts))
            if pane is not None and is_bot:  # like Slack: the app's reply ends its "is typing" status
                pane.status, pane.loading_messages = "", []
        self.messages[chan.id].append(msg)
        self.changed()
        return msg

    def update(
        self,
        channel_ref: str,
        ts: str,
        *,
        text: Optional[str] = None,
        blocks: Optional[list] = None,
        attachments: Optional[list] = None,
    ) -> Message:
        msg = self.find_message(self.channel(channel_ref).id, ts)
        if msg.bot_id != self.team.bot_id:
            raise SlackError("cant_update_message")
        if text is not None:
            msg.text = text
        if blocks is not None:
            msg.blocks = blocks
        if attachments is not None:
            msg.attachments = attachments
        msg.edited = True
        self.changed()
        return msg

    def delete(self, channel_ref: str, ts: str) -> Message:
        chan = self.channel(channel_ref)
        msg = self.find_message(chan.id, ts)
        if msg.bot_id != self.team.bot_id:
            raise SlackError("cant_delete_message")
        self.messages[chan.id].remove(msg)
        self.changed()
        return msg

    def post_ephemeral(
        self,
        ref: str,
        user: str,
        *,
        text: str = "",
        blocks: Optional[list] = None,
        thread_ts: Optional[str] = None,
        require_member: bool = True,
    ) -> Ephemeral:
        chan = self.writable(ref, require_member=require_member)
        self.user(user)
        if require_member and user not in chan.members:
            raise SlackError("user_not_in_channel")
        eph = Ephemeral(chan.id, user, self.next_ts(), text, blocks, thread_ts)
        self.ephemerals.append(eph)
        self.changed()
        return eph

    def ephemerals_for(self, user: str, channel: Optional[str] = None) -> list[Ephemeral]:
        return [e for e in self.ephemerals if e.user == user and (channel is None or e.channel == channel)]

    # -- the assistant pane --------------------------------------------------------------------------------
    def assistant_context(self, channel_ref: Optional[str]) -> dict[str, Any]:
        """The context Slack sends for the channel the user is viewing (none: an empty context)."""
        if not channel_ref:
            return {}
        return {"channel_id": self.channel(channel_ref).id, "team_id": self.team.id, "enterprise_id": None}

    def start_assistant_thread(self, user: str, context_channel: Optional[str] = None) -> AssistantThread:
        """The user opens the assistant pane: a new thread in their DM, rooted in an ``assistant_app_thread`` message."""
        im = self.im_with(user)
        root = self.post(im.id, text="New chat", user=user)
        root.subtype, root.thread_ts, root.assistant_app_thread = "assistant_app_thread", root.ts, {"title": "New chat"}
        pane = AssistantThread(im.id, root.ts, user, self.assistant_context(context_channel))
        self.assistant_threads[(im.id, root.ts)] = pane
        self.changed()
        return pane

    def assistant_thread(self, channel_ref: str, thread_ts: Any) -> AssistantThread:
        chan = self.channel(channel_ref)
        pane = self.assistant_threads.get((chan.id, str(thread_ts or "")))
        if pane is None:
            raise SlackError("invalid_thread_ts")
        return pane

    def change_assistant_context(self, pane: AssistantThread, context_channel: Optional[str]) -> AssistantThread:
        pane.context = self.assistant_context(context_channel)
        self.changed()
        return pane

    def set_assistant_status(self, pane: AssistantThread, status: str, loading_messages: list[str]) -> None:
        pane.status, pane.loading_messages = status, (loading_messages if status else [])
        self.changed()

    def set_assistant_prompts(self, pane: AssistantThread, prompts: list[dict[str, str]], title: str) -> None:
        pane.prompts, pane.prompts_title = prompts, title
        self.changed()

    def set_assistant_title(self, pane: AssistantThread, title: str) -> None:
        pane.title = title
        root = self.find_message(pane.channel, pane.thread_ts)
        root.text, root.assistant_app_thread = title, {"title": title}
        self.changed()

    def threads_of(self, user: str) -> list[AssistantThread]:
        """The user's assistant threads, oldest first."""
        return [pane for pane in self.assistant_threads.values() if pane.user == user]

    def publish_home(self, user_id: str, view: dict[str, Any]) -> dict[str, Any]:
        self.user(user_id)
        stored = self._view_record(view)
        self.home_views[user_id] = stored
        self.changed()
        return stored

    def open_view(self, view: dict[str, Any]) -> dict[str, Any]:
        stored = self._view_record(view)
        self.opened_views.append(stored)
        self.changed()
        return stored

    def _view_record(self, view: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(view, dict) or "type" not in view or not isinstance(view.get("blocks", []), list):
            raise SlackError("invalid_arguments")
        n = next(self._seq)
        return {
            **view,
            "id": f"V{n:08d}",
            "team_id": self.team.id,
            "app_id": self.team.app_id,
            "bot_id": self.team.bot_id,
            "hash": f"{int(self._now())}.{n:08x}",
        }


def default_workspace(now: Callable[[], float] = time.time) -> Workspace:
    """A small workspace: alice and bob, #general (bot member), #random (bot not member), private #core."""
    ws = Workspace(now=now)
    ws.add_user("U0000ALCE", "alice", "Alice Example")
    ws.add_user("U0000BOB1", "bob", "Bob Example")
    people = ("U0000ALCE", "U0000BOB1")
    ws.add_channel("C0000GNRL", "general", members=people)
    ws.add_channel("C0000RAND", "random", bot_member=False, members=people)
    ws.add_channel("G0000CORE", "core", private=True, members=("U0000ALCE",))
    return ws
