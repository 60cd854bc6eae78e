"""Property: any text gives a well-formed Answer, never an exception."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content.loader import load_content
from bot.engine.answer import Answerer

ANSWERER = Answerer(load_content())
NOW = dt.datetime(2026, 6, 20, tzinfo=dt.timezone.utc)

slackish = st.lists(
    st.sampled_from(
        [
            "<@U123>",
            "<#C1|general>",
            "<http://x.example|link>",
            "*bold*",
            "`code`",
            ":smile:",
            "NSA",
            "CISA",
            "deadline",
            "when",
            "who",
            "clearinghouse",
            "and",
            "?",
            "\x00",
            "🙂",
            "90",
            "day",
            "benchmark",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), slackish))
def test_any_text_gives_a_well_formed_answer(question):
    answer = ANSWERER.answer(question, NOW)
    assert answer.text.strip()
    assert answer.headline.strip()
    assert answer.kind in ("answer", "decline", "smalltalk")
    assert answer.answered == (answer.kind != "decline")
    assert answer.kind != "answer" or answer.provisions  # a real answer always rests on entries
    assert answer.kind != "decline" or answer.suggestions
