"""Feedback button values: sealed by the bot, refused when forged or tampered with; the user-id hash."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from bot.feedback.tokens import AnswerRecord, action_micros, question_of, seal, unseal, user_hash
from bot.ui.render import BUTTON_VALUE_LIMIT, feedback_value

KEY = "0123456789abcdef0123456789abcdef"
RECORD = AnswerRecord("ask who runs the clearinghouse?", "The Treasury Department leads it.", "retrieval", ("clearinghouse",))
NOW = dt.datetime(2026, 6, 20, 14, 0, tzinfo=dt.timezone.utc)


def test_a_sealed_value_says_what_it_rates() -> None:
    rated = unseal(KEY, seal(KEY, RECORD, BUTTON_VALUE_LIMIT))
    assert rated is not None
    assert (rated.answer_id, rated.question, rated.rule, rated.provisions) == (
        RECORD.answer_id,
        "who runs the clearinghouse?",
        "retrieval",
        ("clearinghouse",),
    )
    assert question_of("deadlines") == "deadlines"


def test_the_answer_id_changes_with_what_was_said() -> None:
    other_text = AnswerRecord(RECORD.ref, "Something else.", RECORD.rule, RECORD.provisions)
    other_question = AnswerRecord("ask who leads the clearinghouse?", RECORD.text, RECORD.rule, RECORD.provisions)
    ids = {RECORD.answer_id, other_text.answer_id, other_question.answer_id}
    assert len(ids) == 3 and all(len(i) == 32 for i in ids)


def test_forged_tampered_and_foreign_values_are_refused() -> None:
    sealed = seal(KEY, RECORD, BUTTON_VALUE_LIMIT)
    body, _, tag = sealed.rpartition("~")
    forged = [
        feedback_value(RECORD.ref, RECORD.provisions),  # the unsigned placeholder
        body.replace("who runs", "who owns") + "~" + tag,  # the question changed, the tag kept
        body + "~" + tag[:-1] + ("0" if tag[-1] != "0" else "1"),
        seal("another-apps-secret-0123456789ab", RECORD, BUTTON_VALUE_LIMIT),
        json.dumps({"a": "x" * 32, "r": "ask x", "k": "r", "p": []}),
        None,
        7,
        "~",
    ]
    assert [unseal(KEY, value) for value in forged] == [None] * len(forged)


def test_a_signed_value_of_the_wrong_shape_is_refused() -> None:
    from bot.core.signing import sign

    for body in ["[1,2]", '{"a":"short","r":"ask x","k":"r","p":[]}', '{"a":"' + "0" * 32 + '","r":"x","k":"r","p":[1]}', "{"]:
        assert unseal(KEY, sign(KEY, "feedback", body, BUTTON_VALUE_LIMIT)) is None


@given(st.text(max_size=1500), st.lists(st.text(max_size=80), max_size=12))
def test_any_question_fits_the_button_and_still_verifies(question: str, provisions: list[str]) -> None:
    record = AnswerRecord("ask " + question, "text", "retrieval", tuple(provisions))
    value = seal(KEY, record, BUTTON_VALUE_LIMIT)
    rated = unseal(KEY, value)
    assert len(value) <= BUTTON_VALUE_LIMIT
    assert rated is not None and rated.answer_id == record.answer_id and record.ref.startswith(rated.ref)


def test_user_hash_is_keyed_and_never_the_id() -> None:
    digest = user_hash(KEY, "U0000ALCE")
    assert digest == user_hash(KEY, "U0000ALCE") and len(digest) == 64 and "U0000ALCE" not in digest
    assert digest != user_hash("another-salt-0123456789", "U0000ALCE") and digest != user_hash(KEY, "U0000BOB1")


def test_action_ts_orders_clicks_and_nonsense_falls_back_to_the_clock() -> None:
    assert action_micros("1750000000.123456", NOW) == 1750000000123456
    fallback = int(NOW.timestamp() * 1_000_000)
    for nonsense in (None, "", "soon", "NaN", "-1", "1e999", [1], "Infinity"):
        assert action_micros(nonsense, NOW) == fallback
