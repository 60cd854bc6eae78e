"""The fake Slack, driven by the real slack_sdk clients (Web API, retry handlers, Socket Mode, signatures)."""

from __future__ import annotations

import asyncio
import json
import random
import urllib.parse
from typing import Any, AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler, AsyncServerErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.playground.fakeslack import Delivery, FakeSlack, SlackDriver, sign

GENERAL, RANDOM, ALICE = "C0000GNRL", "C0000RAND", "U0000ALCE"
SECRET = "test-signing-secret"


def client(fake: FakeSlack, **kw: Any) -> AsyncWebClient:
    return AsyncWebClient(token=fake.team.bot_token, base_url=fake.api_url, **kw)


async def api_error(call) -> str:
    with pytest.raises(SlackApiError) as info:
        await call
    return info.value.response["error"]


# -- Web API -----------------------------------------------------------------------------------------------
async def test_post_message_stores_and_returns_ts(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    first = await web_client.chat_postMessage(channel=GENERAL, text="hello", blocks=[{"type": "divider"}])
    reply = await web_client.chat_postMessage(channel=GENERAL, text="in thread", thread_ts=first["ts"])

    assert first["channel"] == GENERAL and float(reply["ts"]) > float(first["ts"])
    stored = fake_slack.messages(GENERAL)
    assert [(m.ts, m.text, m.bot_id) for m in stored] == [
        (first["ts"], "hello", fake_slack.team.bot_id),
        (reply["ts"], "in thread", fake_slack.team.bot_id),
    ]
    assert stored[0].blocks == [{"type": "divider"}] and stored[1].thread_ts == first["ts"]
    assert stored[0].reply_count == 1


async def test_posting_errors_match_slack(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    assert await api_error(web_client.chat_postMessage(channel=RANDOM, text="x")) == "not_in_channel"
    fake_slack.archive(GENERAL)
    assert await api_error(web_client.chat_postMessage(channel=GENERAL, text="x")) == "is_archived"
    assert await api_error(web_client.chat_postMessage(channel="C404", text="x")) == "channel_not_found"
    fake_slack.archive(GENERAL, archived=False)
    fake_slack.remove_bot(GENERAL)
    assert await api_error(web_client.chat_postMessage(channel=GENERAL, text="x")) == "not_in_channel"
    assert fake_slack.messages(GENERAL) == []


async def test_tokens_and_unknown_methods(fake_slack: FakeSlack) -> None:
    bad = AsyncWebClient(token="xoxb-wrong", base_url=fake_slack.api_url)
    assert await api_error(bad.auth_test()) == "invalid_auth"
    assert await api_error(client(fake_slack).api_call("no.such.method")) == "unknown_method"
    assert (
        await api_error(client(fake_slack).apps_connections_open(app_token=fake_slack.team.bot_token)) == "not_allowed_token_type"
    )
    auth = await client(fake_slack).auth_test()
    assert (auth["user_id"], auth["bot_id"], auth["team_id"]) == ("U0000BOT1", "B0000BOT1", "T0000FAKE")


async def test_conversations_users_views_and_ephemerals(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    info = (await web_client.conversations_info(channel=RANDOM))["channel"]
    assert (info["is_member"], info["is_archived"], info["is_im"]) == (False, False, False)
    await web_client.conversations_join(channel=RANDOM)
    assert (await web_client.conversations_info(channel=RANDOM))["channel"]["is_member"] is True
    assert "U0000BOT1" in (await web_client.conversations_members(channel=RANDOM))["members"]
    assert await api_error(web_client.conversations_join(channel="G0000CORE")) == "method_not_supported_for_channel_type"
    assert (await web_client.users_info(user=ALICE))["user"]["name"] == "alice"
    assert await api_error(web_client.users_info(user="U404")) == "user_not_found"

    dm = await web_client.chat_postMessage(channel=ALICE, text="psst")
    assert (await web_client.conversations_info(channel=dm["channel"]))["channel"]["is_im"] is True
    await web_client.chat_postEphemeral(channel=GENERAL, user=ALICE, text="only you")
    assert [e.text for e in fake_slack.workspace.ephemerals_for(ALICE, GENERAL)] == ["only you"]
    view = {"type": "home", "blocks": [{"type": "divider"}]}
    published = await web_client.views_publish(user_id=ALICE, view=view)
    assert fake_slack.workspace.home_views[ALICE]["blocks"] == view["blocks"] == published["view"]["blocks"]
    await web_client.views_open(trigger_id="1.2.3", view={"type": "modal", "blocks": []})
    assert fake_slack.workspace.opened_views[0]["type"] == "modal"


async def test_update_and_delete(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    ts = (await web_client.chat_postMessage(channel=GENERAL, text="draft"))["ts"]
    await web_client.chat_update(channel=GENERAL, ts=ts, text="final")
    assert fake_slack.messages(GENERAL)[0].text == "final"
    await web_client.chat_delete(channel=GENERAL, ts=ts)
    assert fake_slack.messages(GENERAL) == []
    assert await api_error(web_client.chat_update(channel=GENERAL, ts=ts, text="x")) == "message_not_found"


async def test_recording_keeps_full_body_for_json_form_and_query(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]
    await web_client.chat_postMessage(channel=GENERAL, text="hi", blocks=blocks, unfurl_links=False)
    await web_client.api_call("chat.postMessage", data={"channel": GENERAL, "text": "form", "blocks": json.dumps(blocks)})
    await web_client.conversations_info(channel=GENERAL)

    json_call, form_call = fake_slack.calls_to("chat.postMessage")
    assert json_call.body == {"channel": GENERAL, "text": "hi", "blocks": blocks, "unfurl_links": False}
    assert json_call.header("authorization") == f"Bearer {fake_slack.team.bot_token}"
    assert form_call.body["text"] == "form" and json.loads(form_call.body["blocks"]) == blocks
    assert fake_slack.messages(GENERAL)[1].blocks == blocks
    assert fake_slack.calls_to("conversations.info")[0].body == {"channel": GENERAL}
    assert [c.method for c in fake_slack.calls] == ["chat.postMessage", "chat.postMessage", "conversations.info"]


async def test_conversations_replies_gives_the_thread_parent_first(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    parent = await web_client.chat_postMessage(channel=GENERAL, text="parent")
    replies = [await web_client.chat_postMessage(channel=GENERAL, text=f"r{i}", thread_ts=parent["ts"]) for i in range(3)]
    await web_client.chat_postMessage(channel=GENERAL, text="elsewhere")
    got = await web_client.conversations_replies(channel=GENERAL, ts=parent["ts"])
    assert [m["text"] for m in got["messages"]] == ["parent", "r0", "r1", "r2"] and got["has_more"] is False
    later = await web_client.conversations_replies(channel=GENERAL, ts=parent["ts"], oldest=replies[0]["ts"], limit=2)
    assert [m["text"] for m in later["messages"]] == ["parent", "r1"] and later["has_more"] is True
    inclusive = await web_client.conversations_replies(channel=GENERAL, ts=parent["ts"], oldest=replies[1]["ts"], inclusive=True)
    assert [m["text"] for m in inclusive["messages"]] == ["parent", "r1", "r2"]
    assert await api_error(web_client.conversations_replies(channel=GENERAL, ts="1.000001")) == "thread_not_found"
    assert await api_error(web_client.conversations_replies(channel=RANDOM, ts=parent["ts"])) == "not_in_channel"
    assert [c.body["ts"] for c in fake_slack.calls_to("conversations.replies")][:1] == [parent["ts"]], "recorded like the rest"


async def test_assistant_threads_status_prompts_and_title(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    pane = fake_slack.workspace.start_assistant_thread(ALICE, GENERAL)
    root = fake_slack.workspace.find_message(pane.channel, pane.thread_ts)
    assert root.to_dict()["subtype"] == "assistant_app_thread" and root.user == ALICE
    assert pane.context == {"channel_id": GENERAL, "team_id": fake_slack.team.id, "enterprise_id": None}

    where = {"channel_id": pane.channel, "thread_ts": pane.thread_ts}
    await web_client.assistant_threads_setSuggestedPrompts(
        **where, prompts=[{"title": "Q?", "message": "Question?"}], title="Try"
    )
    assert (pane.prompts, pane.prompts_title) == ([{"title": "Q?", "message": "Question?"}], "Try")
    await web_client.assistant_threads_setStatus(**where, status="is thinking…", loading_messages=["one", "two"])
    assert (pane.status, pane.loading_messages) == ("is thinking…", ["one", "two"])
    await web_client.chat_postMessage(channel=pane.channel, thread_ts=pane.thread_ts, text="the answer")
    assert pane.status == "" and pane.loading_messages == [], "the app's reply ends the status"
    await web_client.assistant_threads_setStatus(**where, status="again")
    await web_client.assistant_threads_setStatus(**where, status="")
    assert pane.status == ""
    await web_client.assistant_threads_setTitle(**where, title="When is it due?")
    assert pane.title == "When is it due?" and root.to_dict()["assistant_app_thread"] == {"title": "When is it due?"}
    methods = [c.method for c in fake_slack.calls if c.method.startswith("assistant.")]
    assert methods == ["assistant.threads.setSuggestedPrompts"] + ["assistant.threads.setStatus"] * 3 + [
        "assistant.threads.setTitle"
    ]


async def test_assistant_thread_errors_match_slack(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    pane = fake_slack.workspace.start_assistant_thread(ALICE)
    assert pane.context == {}
    plain = await web_client.chat_postMessage(channel=GENERAL, text="not a pane thread")
    assert await api_error(web_client.assistant_threads_setStatus(channel_id=GENERAL, thread_ts=plain["ts"], status="x")) == (
        "invalid_thread_ts"
    )
    assert await api_error(web_client.assistant_threads_setTitle(channel_id="D404", thread_ts=pane.thread_ts, title="x")) == (
        "channel_not_found"
    )
    too_many = [{"title": str(i), "message": str(i)} for i in range(5)]
    where = {"channel_id": pane.channel, "thread_ts": pane.thread_ts}
    assert await api_error(web_client.assistant_threads_setSuggestedPrompts(**where, prompts=too_many)) == "invalid_arguments"
    assert await api_error(web_client.assistant_threads_setSuggestedPrompts(**where, prompts=[{"title": "no message"}])) == (
        "invalid_arguments"
    )


async def test_driver_emits_assistant_thread_events(fake_slack: FakeSlack) -> None:
    seen: list[dict[str, Any]] = []

    class Capture:
        async def deliver(self, kind: str, payload: dict[str, Any], retry_num: Any, retry_reason: str) -> Delivery:
            seen.append(payload)
            return Delivery(kind, payload, 200)

        async def close(self) -> None:
            return None

    driver = SlackDriver(fake_slack, Capture())
    pane, _ = await driver.assistant_thread_started(ALICE, context_channel=GENERAL)
    await driver.assistant_context_changed(pane, RANDOM)
    await driver.assistant_message(pane, "hello?")
    started, changed, message = (p["event"] for p in seen)
    assert started["type"] == "assistant_thread_started" and changed["type"] == "assistant_thread_context_changed"
    assert started["assistant_thread"] == {
        "user_id": ALICE,
        "context": {"channel_id": GENERAL, "team_id": fake_slack.team.id, "enterprise_id": None},
        "channel_id": pane.channel,
        "thread_ts": pane.thread_ts,
    }
    assert changed["assistant_thread"]["context"]["channel_id"] == RANDOM
    assert (message["type"], message["channel_type"], message["thread_ts"]) == ("message", "im", pane.thread_ts)


# -- failure injection -------------------------------------------------------------------------------------
async def test_429_carries_retry_after_like_slack(fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", status=429, retry_after=30)
    with pytest.raises(SlackApiError) as info:
        await client(fake_slack).chat_postMessage(channel=GENERAL, text="x")
    assert info.value.response.status_code == 429
    assert info.value.response.headers["Retry-After"] == "30"
    assert info.value.response["error"] == "ratelimited"


async def test_429_is_retried_by_rate_limit_handler(fake_slack: FakeSlack, monkeypatch) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)  # the handler sleeps Retry-After + random()
    fake_slack.fail_next("chat.postMessage", status=429, retry_after=0, times=2)
    web_client = client(fake_slack, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)])
    result = await web_client.chat_postMessage(channel=GENERAL, text="eventually")
    assert result["ok"] is True
    assert [c.status for c in fake_slack.calls_to("chat.postMessage")] == [429, 429, 200]
    assert [m.text for m in fake_slack.messages(GENERAL)] == ["eventually"]


async def test_500_is_retried_by_server_error_handler(fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", status=500)
    handler = AsyncServerErrorRetryHandler(interval_calculator=FixedValueRetryIntervalCalculator(0.0))
    result = await client(fake_slack, retry_handlers=[handler]).chat_postMessage(channel=GENERAL, text="ok")
    assert result["ok"] is True
    assert [c.status for c in fake_slack.calls_to("chat.postMessage")] == [500, 200]


async def test_logical_error_injection_and_hang(fake_slack: FakeSlack) -> None:
    web_client = client(fake_slack)
    fake_slack.fail_next("views.open", status=200, error="expired_trigger_id")
    assert await api_error(web_client.views_open(trigger_id="t", view={"type": "modal"})) == "expired_trigger_id"

    fake_slack.fail_next("chat.postMessage", hang=True)
    pending = asyncio.ensure_future(web_client.chat_postMessage(channel=GENERAL, text="stuck"))
    await fake_slack.wait_for(lambda: fake_slack.calls_to("chat.postMessage"))
    assert not pending.done()
    fake_slack.release_hangs()
    with pytest.raises(SlackApiError):
        await pending
    assert fake_slack.messages(GENERAL) == []


# -- response_url ------------------------------------------------------------------------------------------
async def test_response_url_in_channel_ephemeral_and_replace(fake_slack: FakeSlack) -> None:
    url = fake_slack.new_response_url(GENERAL, ALICE)
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json={"response_type": "in_channel", "text": "for all"}) as resp:
            assert resp.status == 200 and await resp.text() == "ok"
        await http.post(url, json={"text": "just alice"})
        ts = fake_slack.messages(GENERAL)[0].ts
        replace_url = fake_slack.new_response_url(GENERAL, ALICE, message_ts=ts)
        await http.post(replace_url, json={"replace_original": True, "text": "edited"})
        async with http.post(f"{fake_slack.base_url}/response/nope", json={"text": "x"}) as resp:
            assert resp.status == 404

    assert [m.text for m in fake_slack.messages(GENERAL)] == ["edited"]
    assert [e.text for e in fake_slack.workspace.ephemerals_for(ALICE)] == ["just alice"]
    assert [p.response_type for p in fake_slack.response_posts] == ["in_channel", "ephemeral", "ephemeral"]
    assert fake_slack.response_posts[2].body["replace_original"] is True


# -- Socket Mode -------------------------------------------------------------------------------------------
@pytest.fixture
async def socket_client(fake_slack: FakeSlack) -> AsyncIterator[SocketModeClient]:
    """The real slack_sdk aiohttp SocketModeClient; its listener acks slash commands with a response payload."""
    sm = SocketModeClient(app_token=fake_slack.team.app_token, web_client=client(fake_slack))
    hellos: list[dict] = []

    async def on_message(_client, message: dict, _raw) -> None:
        if message.get("type") == "hello":
            hellos.append(message)

    async def on_request(c: SocketModeClient, req: SocketModeRequest) -> None:
        payload = {"text": f"got {req.payload.get('text', '')}"} if req.type == "slash_commands" else None
        await c.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id, payload=payload))

    sm.message_listeners.append(on_message)
    sm.socket_mode_request_listeners.append(on_request)
    sm.hellos = hellos  # type: ignore[attr-defined]
    await sm.connect()
    try:
        yield sm
    finally:
        await sm.close()


async def test_socket_mode_hello_envelope_and_ack(fake_slack: FakeSlack, socket_client) -> None:
    await fake_slack.wait_for(lambda: socket_client.hellos)
    hello = socket_client.hellos[0]
    assert hello["num_connections"] == 1 and hello["connection_info"]["app_id"] == fake_slack.team.app_id
    assert fake_slack.socket_connected

    envelope_id = await fake_slack.send_envelope("slash_commands", {"command": "/eo", "text": "deadlines"})
    ack = await fake_slack.wait_ack(envelope_id)
    assert ack == {"envelope_id": envelope_id, "payload": {"text": "got deadlines"}}
    assert fake_slack.socket.sent[0]["accepts_response_payload"] is True


async def test_drop_socket_makes_client_reconnect(fake_slack: FakeSlack, socket_client) -> None:
    await fake_slack.wait_for(lambda: fake_slack.socket_connected)
    await fake_slack.drop_socket()
    await fake_slack.wait_for(lambda: fake_slack.socket.connections_opened == 2 and fake_slack.socket_connected)
    assert len(fake_slack.calls_to("apps.connections.open")) == 2

    envelope_id = await fake_slack.send_envelope("events_api", {"type": "event_callback", "event": {}})
    assert (await fake_slack.wait_ack(envelope_id))["envelope_id"] == envelope_id


async def test_graceful_disconnect_message_also_reconnects(fake_slack: FakeSlack, socket_client) -> None:
    await fake_slack.wait_for(lambda: fake_slack.socket_connected)
    await fake_slack.drop_socket(graceful=True)
    await fake_slack.wait_for(lambda: fake_slack.socket.connections_opened == 2 and fake_slack.socket_connected)


async def test_socket_driver_delivers_slash_command_and_returns_ack(fake_slack: FakeSlack, socket_client) -> None:
    async with SlackDriver.socket(fake_slack) as driver:
        delivery = await driver.slash_command("help", user=ALICE, channel=GENERAL)
    assert delivery.json() == {"text": "got help"}
    envelope = fake_slack.socket.sent[-1]
    assert envelope["type"] == "slash_commands" and envelope["payload"]["response_url"] == delivery.response_url


# -- signing and the HTTP driver ---------------------------------------------------------------------------
def test_sign_verifies_with_slack_sdk() -> None:
    body = b"token=x&text=hello"
    headers = sign(SECRET, body, 1_800_000_000)
    verifier = SignatureVerifier(SECRET, clock=type("C", (), {"now": lambda self: 1_800_000_030})())
    assert verifier.is_valid_request(body, headers)
    assert not verifier.is_valid_request(body + b"!", headers)
    assert not SignatureVerifier("other", clock=verifier.clock).is_valid_request(body, headers)


@pytest.fixture
async def app_server() -> AsyncIterator[tuple[str, list[dict]]]:
    """A stand-in app at /slack/events that checks signatures like Bolt and records what it received."""
    received: list[dict] = []
    verifier = SignatureVerifier(SECRET)

    async def handle(request: web.Request) -> web.Response:
        raw = await request.read()
        if not verifier.is_valid_request(raw, dict(request.headers)):
            return web.Response(status=401)
        received.append({"headers": dict(request.headers), "raw": raw.decode(), "type": request.content_type})
        return web.json_response({"text": "ack"})

    app = web.Application()
    app.router.add_post("/slack/events", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/slack/events", received
    finally:
        await runner.cleanup()


async def test_http_driver_sends_signed_realistic_requests(fake_slack: FakeSlack, app_server) -> None:
    url, received = app_server
    async with SlackDriver.http(fake_slack, url, SECRET) as driver:
        command = await driver.slash_command("deadlines", user=ALICE, channel=GENERAL)
        event = await driver.dm(ALICE, "what is the order?")
        retry = await driver.event({"type": "app_home_opened", "user": ALICE}, event_id="Ev1", retry_num=1)
        action = await driver.block_action("show_more", "p-3", user=ALICE, channel=GENERAL)
    assert [d.status for d in (command, event, retry, action)] == [200, 200, 200, 200]
    assert command.json() == {"text": "ack"}

    form = dict(urllib.parse.parse_qsl(received[0]["raw"]))
    assert received[0]["type"] == "application/x-www-form-urlencoded"
    assert {
        "token",
        "team_id",
        "team_domain",
        "channel_id",
        "channel_name",
        "user_id",
        "user_name",
        "command",
        "text",
        "api_app_id",
        "response_url",
        "trigger_id",
    } <= form.keys()
    assert (form["command"], form["text"], form["response_url"]) == ("/eo", "deadlines", command.response_url)

    body = json.loads(received[1]["raw"])
    assert body["type"] == "event_callback" and body["event"]["channel_type"] == "im"
    assert {"token", "team_id", "api_app_id", "event_id", "event_time", "authorizations"} <= body.keys()
    assert fake_slack.messages(body["event"]["channel"])[0].text == "what is the order?"
    assert "X-Slack-Retry-Num" not in received[1]["headers"]
    assert (received[2]["headers"]["X-Slack-Retry-Num"], received[2]["headers"]["X-Slack-Retry-Reason"]) == ("1", "http_timeout")
    assert json.loads(received[2]["raw"])["event_id"] == "Ev1"

    payload = json.loads(dict(urllib.parse.parse_qsl(received[3]["raw"]))["payload"])
    assert payload["type"] == "block_actions" and payload["actions"][0]["action_id"] == "show_more"
    assert payload["response_url"] == action.response_url and payload["channel"]["id"] == GENERAL


# -- works with slack_bolt, over both transports -----------------------------------------------------------
def bolt_app(fake: FakeSlack):
    from slack_bolt.async_app import AsyncApp

    app = AsyncApp(client=client(fake), signing_secret=SECRET)

    @app.command("/eo")
    async def command(ack, respond, command) -> None:
        await ack(f"working on {command['text']}")
        await respond(response_type="in_channel", text="answer")

    @app.event("message")
    async def message(event, say) -> None:
        await say(text=f"echo {event['text']}")

    @app.action("btn")
    async def button(ack, respond) -> None:
        await ack()
        await respond(replace_original=True, text="clicked")

    return app


async def test_bolt_app_over_http(fake_slack: FakeSlack) -> None:
    runner = web.AppRunner(bolt_app(fake_slack).web_app(path="/slack/events"))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = "http://127.0.0.1:%d/slack/events" % runner.addresses[0][1]
    try:
        async with SlackDriver.http(fake_slack, url, SECRET) as driver:
            assert (await driver.slash_command("hi", user=ALICE)).body == "working on hi"
            await fake_slack.wait_for(lambda: fake_slack.messages(GENERAL))
            await driver.dm(ALICE, "yo")
            await fake_slack.wait_for(lambda: len(fake_slack.messages(ALICE)) == 2)
            posted = fake_slack.messages(GENERAL)[0]
            await driver.block_action("btn", "v", user=ALICE, channel=GENERAL, message=posted.to_dict())
            await fake_slack.wait_for(lambda: fake_slack.messages(GENERAL)[0].text == "clicked")
    finally:
        await runner.cleanup()
    assert [m.text for m in fake_slack.messages(ALICE)] == ["yo", "echo yo"]


async def test_bolt_app_over_socket_mode_survives_drop(fake_slack: FakeSlack) -> None:
    from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(bolt_app(fake_slack), fake_slack.team.app_token)
    await handler.connect_async()
    try:
        driver = SlackDriver.socket(fake_slack)
        assert (await driver.slash_command("hi", user=ALICE)).json() == {"text": "working on hi"}
        await fake_slack.drop_socket()
        await driver.dm(ALICE, "again")
        await fake_slack.wait_for(lambda: len(fake_slack.messages(ALICE)) == 2)
    finally:
        await handler.close_async()
    assert fake_slack.messages(GENERAL)[0].text == "answer"
