"""response_url semantics: what a POST to a slash command's or an action's response_url does to the workspace."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Optional

from .state import SlackError, Workspace


@dataclass
class ResponseTarget:
    """Where a response_url points: the channel and user of the invocation, and the message acted on."""

    channel: str
    user: str
    message_ts: Optional[str] = None


@dataclass
class ResponsePost:
    """One POST to a response_url, with its parsed JSON body."""

    token: str
    target: ResponseTarget
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def response_type(self) -> str:
        return self.body.get("response_type") or "ephemeral"

    @property
    def text(self) -> str:
        return self.body.get("text") or ""


class ResponseUrls:
    """Issues response_url tokens and applies posted bodies to the workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.targets: dict[str, ResponseTarget] = {}
        self.posts: list[ResponsePost] = []

    def new_token(self, channel: str, user: str, message_ts: Optional[str] = None) -> str:
        token = secrets.token_urlsafe(12)
        self.targets[token] = ResponseTarget(channel, user, message_ts)
        return token

    def apply(self, token: str, body: dict[str, Any]) -> ResponsePost:
        """Record and apply; raises KeyError for an unknown token, SlackError for a refused post."""
        target = self.targets[token]
        post = ResponsePost(token, target, body)
        self.posts.append(post)
        self._apply(target, body)
        self.workspace.changed()
        return post

    def _apply(self, target: ResponseTarget, body: dict[str, Any]) -> None:
        ws = self.workspace
        if _flag(body.get("delete_original")):
            self._delete_original(target)
            return
        if _flag(body.get("replace_original")) and target.message_ts:
            self._replace_original(target, body)
            return
        if not (body.get("text") or body.get("blocks")):
            raise SlackError("no_text")
        thread_ts = body.get("thread_ts") or self._thread_of(target)
        if body.get("response_type") == "in_channel":
            ws.post(
                target.channel,
                text=body.get("text") or "",
                blocks=body.get("blocks"),
                thread_ts=thread_ts,
                require_member=False,
            )
        else:
            ws.post_ephemeral(
                target.channel,
                target.user,
                text=body.get("text") or "",
                blocks=body.get("blocks"),
                thread_ts=thread_ts,
                require_member=False,
            )

    def _thread_of(self, target: ResponseTarget) -> Optional[str]:
        """The thread of the message acted on, if it is a reply: Slack answers a click on a reply in its thread."""
        if not target.message_ts:
            return None
        try:
            msg = self.workspace.find_message(self.workspace.channel(target.channel).id, target.message_ts)
        except SlackError:
            return None
        return msg.thread_ts if msg.thread_ts and msg.thread_ts != msg.ts else None

    def _delete_original(self, target: ResponseTarget) -> None:
        ws = self.workspace
        ws.ephemerals[:] = [e for e in ws.ephemerals if e.ts != target.message_ts]
        chan = ws.channel(target.channel).id
        ws.messages[chan] = [m for m in ws.messages.get(chan, []) if m.ts != target.message_ts]

    def _replace_original(self, target: ResponseTarget, body: dict[str, Any]) -> None:
        ws = self.workspace
        for eph in ws.ephemerals:
            if eph.ts == target.message_ts:
                eph.text, eph.blocks = body.get("text") or "", body.get("blocks")
                return
        msg = ws.find_message(ws.channel(target.channel).id, target.message_ts or "")
        msg.text, msg.blocks, msg.edited = body.get("text") or "", body.get("blocks"), True


def _flag(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")
