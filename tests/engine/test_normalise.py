"""Slack text to plain questions; unusable input gets a reason."""

from __future__ import annotations

from bot.engine.normalise import MAX_QUESTION_CHARS, clean_question, slack_to_plain


def test_slack_markup_becomes_plain_words() -> None:
    text = "<@U0000BOT1> what about <https://example.com|the order> &amp; <#C123|general> &lt;tag&gt; <!here>"
    assert slack_to_plain(text).split() == ["what", "about", "the", "order", "&", "general", "<tag>"]


def test_problems() -> None:
    assert clean_question("\x00\x01\x02\x03").problem
    assert "shorter" in (clean_question("x" * (MAX_QUESTION_CHARS + 1)).problem or "")
    assert clean_question("  \n\t ").text == "" and clean_question("  \n\t ").problem is None
    assert clean_question("what\u200b is\n\nthis?").text == "what is this?"
