"""content/updates.yaml: dated developments load with the content, newest first, and each source's evidence must be a
passage of the cited report file word for word; a broken update names the file, the update and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from update_fixtures import REPORT, FixtureContent, cisa_update, clearinghouse_update, make_fixture_content

from bot.content.bundle import load_bundle, problem_text
from bot.content.loader import ContentError


@pytest.fixture
def fixture(tmp_path: Path) -> FixtureContent:
    return make_fixture_content(tmp_path)


def load(fixture: FixtureContent):
    return load_bundle(fixture.content, fixture.seeds)


def refusal(fixture: FixtureContent) -> str:
    with pytest.raises(ContentError) as caught:
        load(fixture)
    return str(caught.value)


def test_no_updates_file_means_no_updates(fixture: FixtureContent) -> None:
    bundle = load(fixture)
    assert bundle.updates == () and len(bundle.version) == 12


def test_updates_load_newest_first_with_their_sources(fixture: FixtureContent) -> None:
    fixture.write_updates([clearinghouse_update(), cisa_update()])
    bundle = load(fixture)
    assert [u.id for u in bundle.updates] == ["first-cisa-directive", "clearinghouse-opens"]
    update = bundle.updates[1]
    assert update.date == dt.date(2026, 7, 6) and update.deadlines == ["clearinghouse-due"]
    [label] = bundle.content.source_labels(update.sources[:1])
    assert label == "Report 900 (fixture), citing a Treasury spokesperson"


def test_the_version_changes_with_the_files(fixture: FixtureContent) -> None:
    before = load(fixture).version
    fixture.write_updates([cisa_update()])
    assert load(fixture).version != before


def test_evidence_may_differ_in_quotes_and_line_breaks_only(fixture: FixtureContent) -> None:
    evidence = 'would publish its first patch advisories\n   "within weeks"'  # the report has curly quotes and one space
    fixture.write_updates([clearinghouse_update(sources=[{"report": REPORT, "evidence": evidence}])])
    assert load(fixture).updates[0].sources[0].evidence == evidence


def test_evidence_not_in_the_report_is_refused_naming_file_update_and_field(fixture: FixtureContent) -> None:
    invented = "the clearinghouse has already fixed every vulnerability in the banking sector"
    fixture.write_updates([cisa_update(), clearinghouse_update(sources=[{"report": REPORT, "evidence": invented}])])
    message = refusal(fixture)
    assert str(fixture.content / "updates.yaml") in message
    assert "update #2 'clearinghouse-opens'" in message
    assert f"field 'sources.0.evidence': not found word for word in {REPORT}" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"provisions": ["no-such-entry"]}, "field 'provisions': unknown id(s) no-such-entry"),
        ({"deadlines": ["cisa-directives-due", "not-a-deadline"]}, "field 'deadlines': unknown id(s) not-a-deadline"),
        (
            {"sources": [{"report": "999_0000000000000000.txt", "evidence": "x" * 30}]},
            "unknown report '999_0000000000000000.txt'",
        ),
        ({"date": "2026-05-01"}, "field 'date': 2026-05-01 is before the order was signed (2026-06-02)"),
        ({"sources": []}, "field 'sources'"),
        ({"sources": [{"report": REPORT, "evidence": "too short"}]}, "field 'sources.0.evidence'"),
        ({"id": "Not A Slug"}, "field 'id'"),
        ({"headline": ""}, "field 'headline'"),
        ({"colour": "red"}, "field 'colour'"),
    ],
)
def test_broken_updates_are_refused(fixture: FixtureContent, change: dict, expected: str) -> None:
    fixture.write_updates([clearinghouse_update(**change)])
    message = refusal(fixture)
    assert expected in message and "updates.yaml" in message


def test_duplicate_ids_and_a_missing_list_are_refused(fixture: FixtureContent) -> None:
    fixture.write_updates([cisa_update(), cisa_update()])
    assert "duplicate id 'first-cisa-directive'" in refusal(fixture)
    (fixture.content / "updates.yaml").write_text("news: []\n", encoding="utf-8")
    assert "expected a top-level 'updates:' list" in refusal(fixture)


def test_a_report_file_that_is_not_there_cannot_vouch_for_evidence(fixture: FixtureContent) -> None:
    (fixture.seeds / REPORT).unlink()
    fixture.write_updates([cisa_update()])
    message = refusal(fixture)
    assert "not found, so the evidence cannot be checked" in message and "EO_BOT_SEEDS_DIR" in message


def test_problem_text_is_what_content_check_prints(
    fixture: FixtureContent, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from bot.cli import main

    monkeypatch.setenv("EO_BOT_SEEDS_DIR", str(fixture.seeds))
    fixture.write_updates([clearinghouse_update(provisions=["nowhere"])])
    with pytest.raises(ContentError) as caught:
        load(fixture)
    assert main(["--content", str(fixture.content), "content", "check"]) == 1
    assert capsys.readouterr().err.strip() == problem_text(caught.value)


def test_content_check_counts_the_updates(fixture: FixtureContent, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    from bot.cli import main

    monkeypatch.setenv("EO_BOT_SEEDS_DIR", str(fixture.seeds))
    fixture.write_updates([cisa_update()])
    assert main(["--content", str(fixture.content), "content", "check"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(", 1 update")
