"""A fake Slack for tests and the playground: Web API, response_url and Socket Mode on 127.0.0.1,
plus a driver that plays Slack's side towards an app (signed HTTP or Socket Mode).

    async with FakeSlack() as fake:                      # default workspace, see state.default_workspace
        client = AsyncWebClient(token=fake.team.bot_token, base_url=fake.api_url)
        driver = SlackDriver.http(fake, "http://127.0.0.1:PORT/slack/events", signing_secret)
        # or: SocketModeClient/AsyncSocketModeHandler with fake.team.app_token + SlackDriver.socket(fake)
        await driver.slash_command("deadlines", user="U0000ALCE", channel="C0000GNRL")
        await fake.wait_for(lambda: fake.messages("C0000GNRL"))
        pane, _ = await driver.assistant_thread_started("U0000ALCE", context_channel="C0000GNRL")   # the assistant pane
        await driver.assistant_message(pane, "when is it due?")   # pane.status / .title / .prompts: what the app set

Layers: state.py (Workspace model, no HTTP) <- webapi.py (method table) <- server.py (FakeSlack, routes,
recording, faults) ; socket_mode.py, responses.py ; payloads.py + driver.py (Slack -> app) ; signing.py.
"""

from .driver import Delivery, HttpTransport, SlackDriver, SocketTransport
from .payloads import Payloads
from .recorder import Call
from .responses import ResponsePost
from .server import FakeSlack
from .signing import sign, signature
from .state import AssistantThread, Channel, Ephemeral, Message, SlackError, Team, User, Workspace, default_workspace

__all__ = [
    "AssistantThread",
    "Call",
    "Channel",
    "Delivery",
    "Ephemeral",
    "FakeSlack",
    "HttpTransport",
    "Message",
    "Payloads",
    "ResponsePost",
    "SlackDriver",
    "SlackError",
    "SocketTransport",
    "Team",
    "User",
    "Workspace",
    "default_workspace",
    "sign",
    "signature",
]
