"""Hostile /eo subcommand arguments (time zones, dates, ids, model names) get a clear, specific reply: never an
exception, never the generic apology. The reply travels to the command's response_url like any deferred row."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_subscription_commands import Harness, harness, shown  # noqa: F401  (fixture)

APOLOGY = "something went wrong"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("subscribe tz=" + "a" * 300, "I don't know the timezone"),
        ("subscribe tz=../../etc/passwd", "I don't know the timezone"),
        ("subscribe tz=Europe/\x00London", "I don't know the timezone"),
        ('review start "Date Model" 9999-12-31', "more than a year away"),
        ('review start "Date Model" 0001-01-01', "more than a year away"),
        ("review cancel ²", "Which review clock?"),
        ("review cancel " + "9" * 5000, "Which review clock?"),
        ("review cancel 9223372036854775808", "There is no active review clock 9223372036854775808"),
        ("review cancel -1", "Which review clock?"),
        ("review cancel ٣", "Which review clock?"),
    ],
)
async def test_each_hostile_argument_gets_its_own_reply(harness: Harness, command: str, expected: str) -> None:
    body = await harness.command(command)
    assert expected in shown(body) and APOLOGY not in shown(body)


ARGUMENT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from("0123456789-/:T+Z²٣ "), max_size=40),
    st.builds(lambda s: "tz=" + s, st.text(max_size=300)),
    st.builds(lambda s: f'"{s}" 2026-07-01', st.text(max_size=150)),
    st.from_regex(r"\d{1,6000}", fullmatch=True),
)
ROWS = [
    "subscribe",
    "unsubscribe",
    "status",
    "review start",
    "review cancel",
    "review list",
    "deadlines",
    "section",
    "provision",
    "help",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=st.sampled_from(ROWS), argument=ARGUMENT)
async def test_any_argument_to_any_row_gets_a_specific_reply(harness: Harness, row: str, argument: str) -> None:
    body: dict[str, Any] = await _reply(harness, f"{row} {argument}")
    text = shown(body)
    assert text and APOLOGY not in text


async def _reply(harness: Harness, text: str) -> dict[str, Any]:
    """The reply to ``/eo text``: from the response_url for a deferred row, else from the ack itself."""
    import json

    url = harness.fake.new_response_url("C0000GNRL", "U0000ALCE")
    seen = len(harness.fake.response_posts)
    ack = await harness.dispatch(harness.payloads.slash_command(text, "U0000ALCE", "C0000GNRL", response_url=url))
    assert ack.status == 200
    if ack.body:
        return json.loads(ack.body)
    post = await harness.fake.wait_for(lambda: harness.fake.response_posts[seen:] and harness.fake.response_posts[seen])
    return post.body


async def test_a_replayed_state_changing_command_changes_nothing(harness: Harness) -> None:
    """The same signed ``/eo review start`` delivered three times (one trigger_id): one review clock, one reply."""
    url = harness.fake.new_response_url("C0000GNRL", "U0000ALCE")
    body = harness.payloads.slash_command(
        'review start "ReplayModel"', "U0000ALCE", "C0000GNRL", response_url=url, trigger_id="1234567890.replay.abcdef"
    )
    for _ in range(3):
        assert (await harness.dispatch(dict(body))).status == 200
    await harness.services.background.wait_idle()
    clocks = await harness.services.storage.list_review_clocks("C0000GNRL")
    assert [c.model_name for c in clocks] == ["ReplayModel"]
    assert sum("ReplayModel" in shown(p.body) for p in harness.fake.response_posts) == 1
    # A new invocation (a new trigger_id) is a new command.
    await harness.command('review start "SecondModel"')
    assert len(await harness.services.storage.list_review_clocks("C0000GNRL")) == 2
