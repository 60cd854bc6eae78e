"""The playground's workspace and the JSON snapshot of it that the page renders.

One person ("you") in a small workspace: #general with the bot, #random without it (to show the
"invite the bot" path), and a DM with the bot. Message history is in memory; the bot's state is in its DB.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from bot.playground.fakeslack import Ephemeral, Message, Workspace

ME = "U0000YOU0"
GENERAL = "C0000GNRL"
RANDOM = "C0000RAND"


def playground_workspace() -> Workspace:
    ws = Workspace()
    ws.team.name = "eo-bot playground"
    ws.team.domain = "eo-playground"
    ws.add_user(ME, "you", "You")
    ws.add_channel(GENERAL, "general", members=(ME,))
    ws.add_channel(RANDOM, "random", bot_member=False, members=(ME,))
    ws.im_with(ME)
    return ws


@dataclass
class Notes:
    """What Slack itself tells the person (Slackbot-style notes), and the command behind each ephemeral reply."""

    notes: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[str, str] = field(default_factory=dict)  # ephemeral ts -> "/eo deadlines"
    closed_views: set[str] = field(default_factory=set)

    def close_views(self, ws: Workspace) -> bool:
        """Close every open modal (a new page is a new Slack client: modals do not survive it). True if any was open."""
        open_ids = {view["id"] for view in ws.opened_views} - self.closed_views
        self.closed_views |= open_ids
        return bool(open_ids)

    def add(self, ws: Workspace, channel: str, text: str) -> None:
        self.notes.append(
            {"kind": "note", "channel": channel, "ts": ws.next_ts(), "text": text, "user_name": "Slackbot", "is_bot": True}
        )
        ws.changed()


def _ts_key(ts: str) -> tuple[int, int]:
    whole, _, frac = ts.partition(".")
    return int(whole or 0), int(frac or 0)


def _message(ws: Workspace, msg: Message) -> dict[str, Any]:
    user = ws.users.get(msg.user or "")
    return {
        "kind": "message",
        "ts": msg.ts,
        "thread_ts": msg.thread_ts,
        "user": msg.user,
        "user_name": user.name if user else (msg.user or "?"),
        "is_bot": bool(msg.bot_id),
        "text": msg.text,
        "blocks": msg.blocks,
        "edited": msg.edited,
    }


def _ephemeral(ws: Workspace, eph: Ephemeral, notes: Notes) -> dict[str, Any]:
    return {
        "kind": "ephemeral",
        "ts": eph.ts,
        "thread_ts": eph.thread_ts,
        "user": ws.team.bot_user_id,
        "user_name": ws.team.bot_name,
        "is_bot": True,
        "text": eph.text,
        "blocks": eph.blocks,
        "command": notes.commands.get(eph.ts),
    }


def in_assistant_pane(ws: Workspace, channel: str, thread_ts: Optional[str]) -> bool:
    """Part of a thread the assistant pane started: shown in the pane, not in the DM (as in Slack)."""
    return (channel, thread_ts or "") in ws.assistant_threads


def channel_items(ws: Workspace, channel_id: str, notes: Notes) -> list[dict[str, Any]]:
    """Top-level items in time order; replies nested under their parent in ``replies``."""
    items = [
        _message(ws, m) for m in ws.messages.get(channel_id, []) if not in_assistant_pane(ws, m.channel, m.thread_ts or m.ts)
    ]
    items += [
        _ephemeral(ws, e, notes) for e in ws.ephemerals_for(ME, channel_id) if not in_assistant_pane(ws, e.channel, e.thread_ts)
    ]
    items += [n for n in notes.notes if n["channel"] == channel_id]
    items.sort(key=lambda item: _ts_key(item["ts"]))
    top: list[dict[str, Any]] = []
    parents: dict[str, dict[str, Any]] = {}
    for item in items:
        parent = parents.get(item.get("thread_ts") or "")
        if parent is not None and item["ts"] != item.get("thread_ts"):
            parent["replies"].append(item)
        else:
            item["replies"] = []
            parents[item["ts"]] = item
            top.append(item)
    return top


def channels(ws: Workspace, notes: Notes) -> list[dict[str, Any]]:
    out = []
    for chan in ws.channels.values():
        if ME not in chan.members:
            continue
        name = ws.team.bot_name if chan.is_im else chan.name
        out.append(
            {
                "id": chan.id,
                "name": name,
                "is_im": chan.is_im,
                "bot_member": ws.team.bot_user_id in chan.members,
                "archived": chan.is_archived,
                "items": channel_items(ws, chan.id, notes),
            }
        )
    out.sort(key=lambda c: (c["is_im"], c["name"]))
    return out


def open_modal(ws: Workspace, notes: Notes) -> Optional[dict[str, Any]]:
    for view in reversed(ws.opened_views):
        if view["id"] not in notes.closed_views:
            return view
    return None


def snapshot(ws: Workspace, notes: Notes) -> dict[str, Any]:
    return {
        "team": {"name": ws.team.name},
        "me": {"id": ME, "name": ws.users[ME].name},
        "bot_user": {"id": ws.team.bot_user_id, "name": ws.team.bot_name},
        "users": {u.id: u.name for u in ws.users.values()},
        "channels": channels(ws, notes),
        "home": ws.home_views.get(ME),
        "modal": open_modal(ws, notes),
    }
