"""The HTTP /eo fast path: answers only verified /eo commands of the bot's team, exactly as Bolt would; the rest
goes on to Bolt (None). Also the per-(text, day) ack cache."""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.parse
from urllib.parse import parse_qsl

from hypothesis import given
from hypothesis import strategies as st

from bot.engine.cache import DailyCache, LruCache
from bot.playground.fakeslack import FakeSlack, sign
from bot.slack.fast_path import SlashCommandFastPath, form_fields
from handlers.commands import ack_body

SECRET = "0123456789abcdef0123456789abcdef"
FORM = "application/x-www-form-urlencoded"
ALICE, GENERAL = "U0000ALCE", "C0000GNRL"


def signed(body: bytes, secret: str = SECRET, at: float | None = None, content_type: str = FORM) -> dict[str, str]:
    headers = sign(secret, body, int(time.time() if at is None else at))
    return {
        "content-type": content_type,
        "x-slack-request-timestamp": headers["X-Slack-Request-Timestamp"],
        "x-slack-signature": headers["X-Slack-Signature"],
    }


def command_body(payloads, fake: FakeSlack, text: str, **changes: str) -> bytes:
    form = {**payloads.slash_command(text, ALICE, GENERAL, response_url=fake.new_response_url(GENERAL, ALICE)), **changes}
    return urllib.parse.urlencode(form).encode()


async def test_verified_command_gets_the_same_ack_as_through_bolt(bot, payloads, fake_slack, dispatch) -> None:
    fast = SlashCommandFastPath(SECRET, bot.services, ack_body)
    body = command_body(payloads, fake_slack, "ask when is the CISA directive due?")
    ack = await fast.respond(signed(body), body)
    through_bolt = await dispatch(dict(parse_qsl(body.decode())))
    assert ack is not None and json.loads(ack) == json.loads(through_bolt.body)
    assert json.loads(ack)["response_type"] == "ephemeral"


async def test_a_question_that_says_payload_is_answered(bot, payloads, fake_slack) -> None:
    # Bolt's form parser reads any body containing "payload" as an interactive payload (and finds none);
    # the fast path looks for the form field instead.
    body = command_body(payloads, fake_slack, "ask is the model payload reviewed?")
    ack = await SlashCommandFastPath(SECRET, bot.services, ack_body).respond(signed(body), body)
    assert ack is not None and "You asked" in json.loads(ack)["blocks"][0]["elements"][0]["text"]


async def test_anything_not_verified_goes_on_to_bolt(bot, payloads, fake_slack) -> None:
    fast = SlashCommandFastPath(SECRET, bot.services, ack_body)
    body = command_body(payloads, fake_slack, "ask anything")
    stale = signed(body, at=time.time() - 301)
    unnumbered = {**signed(body), "x-slack-request-timestamp": "soon"}
    missing = {"content-type": FORM}
    tampered = body.replace(b"anything", b"anythinG")
    for headers, raw in [
        (signed(body, "another-secret-0123"), body),
        (stale, body),
        (unnumbered, body),
        (missing, body),
        (signed(body), tampered),
        (signed(body, content_type="application/json"), body),
    ]:
        assert await fast.respond(headers, raw) is None


async def test_other_requests_go_on_to_bolt(bot, payloads, fake_slack) -> None:
    fast = SlashCommandFastPath(SECRET, bot.services, ack_body)
    others = [
        command_body(payloads, fake_slack, "hello", command="/other"),
        command_body(payloads, fake_slack, "hello", team_id="T0000OTHR"),
        command_body(payloads, fake_slack, "hello", ssl_check="1"),
        urllib.parse.urlencode({"payload": json.dumps({"type": "block_actions"}), "command": "/eo"}).encode(),
        b'{"type": "event_callback", "command": "/eo"}',
    ]
    for body in others:
        assert await fast.respond(signed(body), body) is None


async def test_before_authentication_bolt_decides(bot, payloads, fake_slack) -> None:
    bot.services.identity = None
    body = command_body(payloads, fake_slack, "ask anything")
    assert await SlashCommandFastPath(SECRET, bot.services, ack_body).respond(signed(body), body) is None


async def test_deferred_rows_ack_empty_and_reply_via_response_url(bot, payloads, fake_slack) -> None:
    body = command_body(payloads, fake_slack, "status")
    assert await SlashCommandFastPath(SECRET, bot.services, ack_body).respond(signed(body), body) == b""
    post = await fake_slack.wait_for(lambda: fake_slack.response_posts and fake_slack.response_posts[0])
    assert "not enabled" in json.dumps(post.body)


async def test_failure_is_a_friendly_apology(bot, payloads, fake_slack, monkeypatch) -> None:
    def broken(question, now, context=()):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(bot.services.answerer, "answer", broken)
    body = command_body(payloads, fake_slack, "ask anything at all")
    ack = await SlashCommandFastPath(SECRET, bot.services, ack_body).respond(signed(body), body)
    assert ack is not None and b"Sorry, something went wrong" in ack and b"secret internals" not in ack


async def test_ask_acks_are_cached_per_text_and_day(bot, payloads, fake_slack, monkeypatch) -> None:
    asked: list[str] = []
    engine = bot.services.answerer.answer

    def counting(question, now, context=()):
        asked.append(question)
        return engine(question, now, context)

    monkeypatch.setattr(bot.services.answerer, "answer", counting)
    fast = SlashCommandFastPath(SECRET, bot.services, ack_body)
    body = command_body(payloads, fake_slack, "ask who leads the clearinghouse?")
    first = await fast.respond(signed(body), body)
    assert await fast.respond(signed(body), body) == first and len(asked) == 1
    bot.clock.advance(dt.timedelta(days=1))
    await fast.respond(signed(body), body)
    assert len(asked) == 2 and len(bot.services.acks) == 1  # yesterday's ack is dropped
    help_body = command_body(payloads, fake_slack, "help")
    await fast.respond(signed(help_body), help_body)
    assert len(bot.services.acks) == 1  # only ask rows are cached


async def test_no_ack_cache_when_the_answer_cache_is_off(bot, payloads, fake_slack, monkeypatch) -> None:
    bot.services.acks = DailyCache(0)
    fast = SlashCommandFastPath(SECRET, bot.services, ack_body)
    body = command_body(payloads, fake_slack, "ask who leads the clearinghouse?")
    await fast.respond(signed(body), body)
    await fast.respond(signed(body), body)
    assert len(bot.services.acks) == 0


def test_lru_cache_evicts_the_least_recently_used() -> None:
    cache: LruCache[str, int] = LruCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c"), len(cache)) == (1, None, 3, 2)


def test_daily_cache_drops_other_days() -> None:
    today, tomorrow = dt.date(2026, 6, 20), dt.date(2026, 6, 21)
    cache: DailyCache[str, int] = DailyCache(10)
    cache.put(today, "a", 1)
    assert cache.get(today, "a") == 1 and cache.get(tomorrow, "a") is None
    cache.put(tomorrow, "b", 2)
    assert len(cache) == 1 and cache.get(today, "a") is None and cache.get(tomorrow, "b") == 2


WANTED = ["command", "text", "team_id", "type", "user_id"]


@given(st.dictionaries(st.sampled_from([*WANTED, "token", "a b", "x&y=z"]), st.text()))
def test_form_fields_parse_like_bolt(form: dict[str, str]) -> None:
    body = urllib.parse.urlencode(form)
    expected = {k: v for k, v in dict(parse_qsl(body, keep_blank_values=True)).items() if k in WANTED}
    assert form_fields(body, frozenset(WANTED)) == expected


@given(st.text())
def test_form_fields_parse_like_bolt_on_any_text(body: str) -> None:
    expected = {k: v for k, v in dict(parse_qsl(body, keep_blank_values=True)).items() if k in WANTED}
    assert form_fields(body, frozenset(WANTED)) == expected
