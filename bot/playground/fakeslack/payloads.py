"""Builders for the payloads Slack sends to apps (Events API, slash commands, block actions).

Shapes follow what Slack actually sends; one builder feeds both transports (signed HTTP and Socket Mode).
"""

from __future__ import annotations

import secrets
import time
import uuid
from typing import Any, Callable, Optional

from .state import AssistantThread, Team, Workspace


class Payloads:
    """Payload factory bound to a workspace's team, app and bot identity."""

    def __init__(self, workspace: Workspace, now: Callable[[], float] = time.time) -> None:
        self.workspace = workspace
        self._now = now

    @property
    def team(self) -> Team:
        return self.workspace.team

    def trigger_id(self) -> str:
        return f"{int(self._now())}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"

    def slash_command(
        self, text: str, user: str, channel: str, *, response_url: str, command: str = "/eo", trigger_id: Optional[str] = None
    ) -> dict[str, str]:
        """Form fields of a slash command request (all strings, as Slack form-encodes them)."""
        ws, t = self.workspace, self.team
        chan = ws.channel(channel)
        return {
            "token": t.verification_token,
            "team_id": t.id,
            "team_domain": t.domain,
            "channel_id": chan.id,
            "channel_name": "directmessage" if chan.is_im else chan.name,
            "user_id": user,
            "user_name": ws.user(user).name,
            "command": command,
            "text": text,
            "api_app_id": t.app_id,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id or self.trigger_id(),
        }

    def event_callback(
        self, event: dict[str, Any], *, event_id: Optional[str] = None, event_time: Optional[int] = None
    ) -> dict[str, Any]:
        """The Events API envelope around ``event``."""
        t = self.team
        return {
            "token": t.verification_token,
            "team_id": t.id,
            "context_team_id": t.id,
            "context_enterprise_id": None,
            "api_app_id": t.app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or "Ev" + uuid.uuid4().hex[:10].upper(),
            "event_time": event_time if event_time is not None else int(self._now()),
            "authorizations": [
                {"enterprise_id": None, "team_id": t.id, "user_id": t.bot_user_id, "is_bot": True, "is_enterprise_install": False}
            ],
            "is_ext_shared_channel": False,
            "event_context": "4-" + secrets.token_urlsafe(24),
        }

    def message_event(self, user: str, channel: str, text: str, ts: str, thread_ts: Optional[str] = None) -> dict[str, Any]:
        chan = self.workspace.channel(channel)
        event: dict[str, Any] = {
            "type": "message",
            "client_msg_id": str(uuid.uuid4()),
            "text": text,
            "user": user,
            "ts": ts,
            "blocks": [_rich_text(text)],
            "team": self.team.id,
            "channel": chan.id,
            "event_ts": ts,
            "channel_type": "im" if chan.is_im else ("group" if chan.is_private else "channel"),
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
            event["parent_user_id"] = self.team.bot_user_id
        return event

    def app_mention_event(self, user: str, channel: str, text: str, ts: str, thread_ts: Optional[str] = None) -> dict[str, Any]:
        event = {
            "type": "app_mention",
            "client_msg_id": str(uuid.uuid4()),
            "text": text,
            "user": user,
            "ts": ts,
            "blocks": [_rich_text(text)],
            "team": self.team.id,
            "channel": self.workspace.channel(channel).id,
            "event_ts": ts,
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        return event

    def app_home_opened_event(self, user: str) -> dict[str, Any]:
        event: dict[str, Any] = {
            "type": "app_home_opened",
            "user": user,
            "channel": self.workspace.im_with(user).id,
            "tab": "home",
            "event_ts": f"{self._now():.6f}",
        }
        view = self.workspace.home_views.get(user)
        if view is not None:
            event["view"] = view
        return event

    def assistant_thread_event(self, kind: str, pane: AssistantThread) -> dict[str, Any]:
        """``assistant_thread_started`` or ``assistant_thread_context_changed`` for ``pane``."""
        return {
            "type": kind,
            "assistant_thread": {
                "user_id": pane.user,
                "context": dict(pane.context),
                "channel_id": pane.channel,
                "thread_ts": pane.thread_ts,
            },
            "event_ts": f"{self._now():.6f}",
        }

    def block_actions(
        self,
        action_id: str,
        value: str,
        user: str,
        channel: str,
        *,
        response_url: str,
        message: Optional[dict[str, Any]] = None,
        block_id: Optional[str] = None,
        trigger_id: Optional[str] = None,
        container_type: str = "message",
        action_type: str = "button",
    ) -> dict[str, Any]:
        """The ``block_actions`` payload for a button click on ``message`` (defaults to a minimal one)."""
        ws, t = self.workspace, self.team
        chan = ws.channel(channel)
        msg = message or {"type": "message", "ts": ws.next_ts(), "text": "", "user": t.bot_user_id, "bot_id": t.bot_id}
        action_ts = f"{self._now():.6f}"
        return {
            "type": "block_actions",
            "user": {"id": user, "username": ws.user(user).name, "name": ws.user(user).name, "team_id": t.id},
            "api_app_id": t.app_id,
            "token": t.verification_token,
            "container": {
                "type": container_type,
                "message_ts": msg["ts"],
                "channel_id": chan.id,
                "is_ephemeral": container_type == "ephemeral",
            },
            "trigger_id": trigger_id or self.trigger_id(),
            "team": {"id": t.id, "domain": t.domain},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": chan.id, "name": "directmessage" if chan.is_im else chan.name},
            "message": msg,
            "state": {"values": {}},
            "response_url": response_url,
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": block_id or secrets.token_hex(3),
                    "text": {"type": "plain_text", "text": value, "emoji": True},
                    "value": value,
                    "type": action_type,
                    "action_ts": action_ts,
                }
            ],
        }


def _rich_text(text: str) -> dict[str, Any]:
    return {
        "type": "rich_text",
        "block_id": secrets.token_hex(3),
        "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
    }
