"""Block Kit builders: escaping, limits, and the shape of answers and declines."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.engine.answer import Answer
from bot.ui import cards, render


@given(st.text())
def test_escaped_text_has_no_slack_control_characters(text: str) -> None:
    escaped = render.escape(text)
    assert "<" not in escaped and ">" not in escaped
    assert escaped.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").count("&") == 0


def test_escape_and_clip() -> None:
    assert render.escape("<!here> & <@U1>") == "&lt;!here&gt; &amp; &lt;@U1&gt;"
    clipped = render.clip("a" * 10 + "&amp;" * 5, 13)
    assert clipped.endswith("…") and "&am…" not in clipped and len(clipped) <= 13


def test_mention_only_for_real_user_ids() -> None:
    assert render.mention("U0000ALCE") == "<@U0000ALCE>"
    assert render.mention("U1> <!channel") == "someone" and render.mention(None) == "someone"


def test_button_values_stay_within_slack_limits() -> None:
    value = render.feedback_value("ask " + "x" * 5000, ["a", "b"])
    assert len(value) <= render.BUTTON_VALUE_LIMIT and json.loads(value)["p"] == ["a", "b"]
    assert len(render.button("y" * 200, "id", "z" * 3000)["value"]) == render.BUTTON_VALUE_LIMIT


def test_answer_has_context_sources_and_buttons(real_content) -> None:
    provision = next(iter(real_content.provisions()))
    answer = Answer(
        answered=True, headline="Head <b>", text="Head <b> and more.", provisions=[provision.id], sources=["Report & co"]
    )
    reply = cards.answer_reply(answer, real_content, "q?", "ask q?", shareable=True)

    blob = json.dumps(reply.blocks)
    assert reply.text == "Head &lt;b&gt;" and "*Head &lt;b&gt;*" in blob and "and more." in blob
    assert "Report &amp; co" in blob and render.escape(provision.title) in blob
    actions = [b for b in reply.blocks if b["type"] == "actions"][0]["elements"]
    assert [a["action_id"] for a in actions] == [
        render.ACTION_SHOW,
        render.ACTION_SHARE,
        render.ACTION_HELPFUL,
        render.ACTION_NOT_HELPFUL,
    ]
    assert actions[0]["value"] == provision.id and actions[1]["value"] == "ask q?"


def test_decline_says_what_it_can_do_and_suggests_questions(real_content) -> None:
    answer = Answer(
        answered=False, headline="I can't answer that.", text="I can't answer that.", suggestions=["a?", "b?", "c?", "d?"]
    )
    reply = cards.answer_reply(answer, real_content, "weather?", "ask weather?", shareable=True)
    blob = json.dumps(reply.blocks)
    assert cards.CAN_ANSWER in blob and "Try asking" in blob
    suggested = [
        e for b in reply.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == render.ACTION_SUGGEST
    ]
    assert [e["value"] for e in suggested] == ["a?", "b?", "c?"]


def test_provision_modal_fits_slack_limits(real_content) -> None:
    for entry in real_content.entries.values():
        view = cards.provision_modal(real_content, entry)
        assert len(view["title"]["text"]) <= 24 and len(view["blocks"]) <= 100
        for block in view["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= render.SECTION_LIMIT


def test_home_view_lists_deadlines_and_usage(real_content) -> None:
    from bot.content.deadlines import deadline_statuses

    statuses = deadline_statuses(real_content, real_content.order.signing_date)
    view = cards.home_view(real_content, statuses, [("/eo help", "this list")])
    blob = json.dumps(view)
    assert view["type"] == "home" and "/eo help" in blob
    assert all(render.escape(s.deadline.title) in blob for s in statuses[:5])


def test_decline_lists_suggestions_once_as_buttons(real_content) -> None:
    answer = Answer(answered=False, headline="No.", text="No.", suggestions=["When is it due?", "Who leads it?"])
    reply = cards.answer_reply(answer, real_content, "weather?", "ask weather?", shareable=True)
    blob = json.dumps(reply.blocks)
    assert blob.count("When is it due?") == 2  # the button's label and value, not also a bullet list
    assert "\\u2022" not in blob and "•" not in blob
    rows = [[e["action_id"] for e in b["elements"]] for b in reply.blocks if b["type"] == "actions"]
    assert rows == [[render.ACTION_SUGGEST] * 2, [render.ACTION_HELPFUL, render.ACTION_NOT_HELPFUL]], "feedback on its own row"


def test_feedback_value_is_valid_json_for_any_text() -> None:
    for ref in ("ask " + "😀" * 1000, 'ask "' * 900, "ask " + "é" * 3000):
        value = render.feedback_value(ref, ["clearinghouse"])
        assert len(value) <= render.BUTTON_VALUE_LIMIT
        decoded = json.loads(value)
        assert decoded["p"] == ["clearinghouse"] and ref.startswith(decoded["r"]) and len(decoded["r"]) > 100


def test_home_says_when_every_deadline_has_passed(real_content) -> None:
    import datetime as dt

    from bot.content.deadlines import deadline_statuses

    later = deadline_statuses(real_content, real_content.order.signing_date + dt.timedelta(days=400))
    blob = json.dumps(cards.home_view(real_content, later, []))
    assert "Deadlines (all passed)" in blob and "Next deadlines" not in blob
    early = deadline_statuses(real_content, real_content.order.signing_date)
    assert "Next deadlines" in json.dumps(cards.home_view(real_content, early, []))


def test_review_announcement_window_line_reads_plainly(real_content) -> None:
    import datetime as dt

    from bot.announce.schedule import Announcement
    from bot.ui.announcements import render_announcement

    def window(lead: str, at: dt.datetime) -> str:
        a = Announcement(
            at, "C1", "review:1", lead, "review", dt.date(2026, 7, 1), "America/New_York", "M & Co", dt.date(2026, 6, 2)
        )
        return json.dumps(render_announcement(real_content, a)[1])

    last = window("0d", dt.datetime(2026, 7, 1, 13, 0, tzinfo=dt.timezone.utc))
    assert "(today is its last day)" in last and "last day, today" not in last and "M &amp; Co" in last
    week = window("7d", dt.datetime(2026, 6, 24, 13, 0, tzinfo=dt.timezone.utc))
    assert "(7 days left)" in week and "last day, 7" not in week


def test_long_answers_are_split_between_lines_not_clipped(real_content) -> None:
    lines = [f"Line {i}: " + "word & " * 60 + "end." for i in range(40)]
    answer = Answer(answered=True, headline="Head", text="Head\n" + "\n".join(lines), provisions=[], sources=["R"])
    reply = cards.answer_reply(answer, real_content, "q?", "ask q?", shareable=True)
    texts = [b["text"]["text"] for b in reply.blocks if b["type"] == "section"]
    assert len(texts) > 1 and all(len(t) <= render.SECTION_LIMIT for t in texts) and len(reply.blocks) <= 50
    joined = "\n".join(texts)
    assert "…" not in joined and all(render.escape(line) in joined for line in lines)


def test_provision_without_a_section_says_the_reports_do_not_give_it(real_content) -> None:
    entry = next(e for e in real_content.provisions() if e.section is None)
    first = cards.provision_blocks(real_content, entry)[0]["text"]["text"]
    assert "_Section not given in the reports_" in first
    numbered = next(e for e in real_content.provisions() if e.section is not None)
    assert f"_Section {numbered.section}_" in cards.provision_blocks(real_content, numbered)[0]["text"]["text"]
