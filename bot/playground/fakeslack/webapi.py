"""Web API method implementations: plain functions of (workspace, args) -> response dict.

The HTTP layer (server.py) parses the request, checks the token kind and turns :class:`SlackError` into
``{"ok": false, "error": ...}``. Add a method by adding an entry to a copy of :data:`METHODS`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Optional

from .state import SlackError, Workspace

Handler = Callable[[Workspace, dict[str, Any]], dict[str, Any]]

JSON_FIELDS = ("blocks", "attachments", "view", "metadata", "prompts", "loading_messages")


@dataclass(frozen=True)
class Method:
    handler: Handler
    token: str = "bot"  # "bot" (xoxb) or "app" (xapp)


def decode_json_fields(args: dict[str, Any]) -> dict[str, Any]:
    """Form-encoded calls carry blocks/view as JSON strings; decode them like Slack does."""
    out = dict(args)
    for key in JSON_FIELDS:
        value = out.get(key)
        if isinstance(value, str) and value[:1] in ("[", "{"):
            try:
                out[key] = json.loads(value)
            except ValueError:
                raise SlackError(f"invalid_{key}") from None
    return out


def _required(args: dict[str, Any], key: str, error: str = "invalid_arguments") -> Any:
    value = args.get(key)
    if value in (None, ""):
        raise SlackError(error)
    return value


def _flag(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")


def auth_test(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    t = ws.team
    return {
        "url": f"https://{t.domain}.slack.com/",
        "team": t.name,
        "user": t.bot_name,
        "team_id": t.id,
        "user_id": t.bot_user_id,
        "bot_id": t.bot_id,
        "app_id": t.app_id,
        "is_enterprise_install": False,
    }


def chat_post_message(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    channel = _required(args, "channel", "channel_not_found")
    if not (args.get("text") or args.get("blocks") or args.get("attachments")):
        raise SlackError("no_text")
    msg = ws.post(
        channel,
        text=args.get("text") or "",
        blocks=args.get("blocks"),
        thread_ts=args.get("thread_ts"),
        attachments=args.get("attachments"),
        metadata=args.get("metadata"),
    )
    return {"channel": msg.channel, "ts": msg.ts, "message": msg.to_dict()}


def chat_post_ephemeral(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    channel = _required(args, "channel", "channel_not_found")
    user = _required(args, "user", "user_not_found")
    if not (args.get("text") or args.get("blocks") or args.get("attachments")):
        raise SlackError("no_text")
    eph = ws.post_ephemeral(
        channel, user, text=args.get("text") or "", blocks=args.get("blocks"), thread_ts=args.get("thread_ts")
    )
    return {"message_ts": eph.ts}


def chat_update(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    channel = _required(args, "channel", "channel_not_found")
    ts = _required(args, "ts", "message_not_found")
    msg = ws.update(channel, ts, text=args.get("text"), blocks=args.get("blocks"), attachments=args.get("attachments"))
    return {"channel": msg.channel, "ts": msg.ts, "text": msg.text, "message": msg.to_dict()}


def chat_delete(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    msg = ws.delete(_required(args, "channel", "channel_not_found"), _required(args, "ts", "message_not_found"))
    return {"channel": msg.channel, "ts": msg.ts}


def views_publish(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    user = _required(args, "user_id")
    return {"view": ws.publish_home(user, _required(args, "view"))}


def views_open(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    _required(args, "trigger_id", "invalid_trigger_id")
    return {"view": ws.open_view(_required(args, "view"))}


def conversations_info(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    chan = ws.channel(_required(args, "channel", "channel_not_found"))
    return {"channel": chan.to_dict(ws.team.bot_user_id)}


def conversations_history(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    """Top-level messages, newest first, within ``oldest``/``latest`` (exclusive), at most ``limit`` (default 100).

    Like Slack, the bot must be a member of a channel (not of its own DMs) to read it."""
    chan = ws.channel(_required(args, "channel", "channel_not_found"))
    if not chan.is_im and ws.team.bot_user_id not in chan.members:
        raise SlackError("not_in_channel")
    oldest, latest = float(args.get("oldest") or 0), float(args.get("latest") or "inf")
    limit = max(1, min(int(args.get("limit") or 100), 1000))
    top = [m for m in ws.history(chan.id) if (not m.thread_ts or m.thread_ts == m.ts) and oldest < float(m.ts) < latest]
    newest_first = list(reversed(top))
    page = newest_first[:limit]
    return {
        "messages": [m.to_dict() for m in page],
        "has_more": len(newest_first) > limit,
        "pin_count": 0,
        "response_metadata": {"next_cursor": ""},
    }


def conversations_replies(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    """A thread, oldest first: its parent always comes first, then the replies within ``oldest``/``latest``
    (exclusive unless ``inclusive``), at most ``limit`` messages (default 1000). Like history, the bot must be a
    member of a channel (not of its own DMs) to read it."""
    chan = ws.channel(_required(args, "channel", "channel_not_found"))
    if not chan.is_im and ws.team.bot_user_id not in chan.members:
        raise SlackError("not_in_channel")
    ts = str(_required(args, "ts", "thread_not_found"))
    thread = ws.thread(chan.id, ts)
    parent = [m for m in thread if m.ts == ts]
    if not parent:
        raise SlackError("thread_not_found")
    oldest, latest = float(args.get("oldest") or 0), float(args.get("latest") or "inf")
    inclusive = _flag(args.get("inclusive"))
    replies = [
        m for m in thread if m.ts != ts and ((oldest <= float(m.ts) <= latest) if inclusive else (oldest < float(m.ts) < latest))
    ]
    limit = max(1, min(int(args.get("limit") or 1000), 1000))
    picked = (parent + replies)[:limit]
    return {
        "messages": [m.to_dict() for m in picked],
        "has_more": len(parent) + len(replies) > limit,
        "response_metadata": {"next_cursor": ""},
    }


def _assistant_thread(ws: Workspace, args: dict[str, Any]) -> Any:
    return ws.assistant_thread(
        _required(args, "channel_id", "channel_not_found"), _required(args, "thread_ts", "invalid_thread_ts")
    )


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > 10:
        raise SlackError("invalid_arguments")
    return value


def assistant_threads_set_status(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    """``status`` "" clears it; a reply from the app clears it too (see Workspace.post)."""
    pane = _assistant_thread(ws, args)
    status = args.get("status")
    if not isinstance(status, str):
        raise SlackError("invalid_arguments")
    ws.set_assistant_status(pane, status, _strings(args.get("loading_messages")))
    return {}


def assistant_threads_set_suggested_prompts(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    """Up to four prompts, each a title and the message sent when it is clicked."""
    pane = _assistant_thread(ws, args)
    prompts = args.get("prompts")
    if not isinstance(prompts, list) or not 1 <= len(prompts) <= 4:
        raise SlackError("invalid_arguments")
    if not all(isinstance(p, dict) and isinstance(p.get("title"), str) and isinstance(p.get("message"), str) for p in prompts):
        raise SlackError("invalid_arguments")
    ws.set_assistant_prompts(
        pane, [{"title": p["title"], "message": p["message"]} for p in prompts], str(args.get("title") or "")
    )
    return {}


def assistant_threads_set_title(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    pane = _assistant_thread(ws, args)
    ws.set_assistant_title(pane, str(_required(args, "title")))
    return {}


def conversations_join(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    chan = ws.channel(_required(args, "channel", "channel_not_found"))
    if chan.is_archived:
        raise SlackError("is_archived")
    if chan.is_private or chan.is_im:
        raise SlackError("method_not_supported_for_channel_type")
    ws.add_member(chan.id, ws.team.bot_user_id)
    return {"channel": chan.to_dict(ws.team.bot_user_id)}


def conversations_members(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    chan = ws.channel(_required(args, "channel", "channel_not_found"))
    return {"members": sorted(chan.members), "response_metadata": {"next_cursor": ""}}


def conversations_open(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    users = str(_required(args, "users", "users_list_not_supplied")).split(",")
    if len(users) != 1:
        raise SlackError("method_not_supported_for_channel_type")
    chan = ws.im_with(users[0].strip())
    return {"channel": {"id": chan.id}} if not _flag(args.get("return_im")) else {"channel": chan.to_dict(ws.team.bot_user_id)}


def users_info(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    return {"user": ws.user(_required(args, "user", "user_not_found")).to_dict(ws.team.id)}


def apps_connections_open(ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
    """Placeholder: the server replaces this with one that knows its own websocket URL."""
    raise SlackError("internal_error")


METHODS: dict[str, Method] = {
    "auth.test": Method(auth_test),
    "chat.postMessage": Method(chat_post_message),
    "chat.postEphemeral": Method(chat_post_ephemeral),
    "chat.update": Method(chat_update),
    "chat.delete": Method(chat_delete),
    "views.publish": Method(views_publish),
    "views.open": Method(views_open),
    "conversations.info": Method(conversations_info),
    "conversations.join": Method(conversations_join),
    "conversations.history": Method(conversations_history),
    "conversations.replies": Method(conversations_replies),
    "assistant.threads.setStatus": Method(assistant_threads_set_status),
    "assistant.threads.setSuggestedPrompts": Method(assistant_threads_set_suggested_prompts),
    "assistant.threads.setTitle": Method(assistant_threads_set_title),
    "conversations.members": Method(conversations_members),
    "conversations.open": Method(conversations_open),
    "users.info": Method(users_info),
    "apps.connections.open": Method(apps_connections_open, token="app"),
}


def check_token(ws: Workspace, method: Method, token: Optional[str]) -> None:
    """Slack's token errors: not_authed, invalid_auth, not_allowed_token_type."""
    if not token:
        raise SlackError("not_authed")
    known = {"bot": ws.team.bot_token, "app": ws.team.app_token}
    if token not in known.values():
        raise SlackError("invalid_auth")
    if token != known[method.token]:
        raise SlackError("not_allowed_token_type")
