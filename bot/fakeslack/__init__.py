"""A fake Slack for tests and the playground: Web API, response_url and Socket Mode on 127.0.0.1,
plus a driver that plays Slack's side towards an app (signed HTTP or Socket Mode)."""

from .driver import Delivery, HttpTransport, SlackDriver, SocketTransport
from .payloads import Payloads
from .recorder import Call
from .responses import ResponsePost
from .server import FakeSlack
from .signing import sign, signature
from .state import Channel, Ephemeral, Message, SlackError, Team, User, Workspace, default_workspace

__all__ = [
    "Call", "Channel", "Delivery", "Ephemeral", "FakeSlack", "HttpTransport", "Message", "Payloads",
    "ResponsePost", "SlackDriver", "SlackError", "SocketTransport", "Team", "User", "Workspace",
    "default_workspace", "sign", "signature",
]
