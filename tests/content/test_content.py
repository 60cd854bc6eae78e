"""The shipped content index: it loads, every fact is traceable to the seed reports it cites,
deadline dates are derived from the signing date, and broken files fail with precise errors."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.loader import DEFAULT_CONTENT_DIR, ContentError, load_content
from bot.content.models import Content, Entry, Fact, Source

SEEDS_DIR = Path(os.environ.get("EO_BOT_SEEDS_DIR", DEFAULT_CONTENT_DIR.parent.parent / "shared" / "seeds"))

REQUIRED_DEADLINES = {
    "cisa-directives-due": ("cisa-bods", 30),
    "nss-dod-directives-due": ("nss-dod-directives", 30),
    "clearinghouse-due": ("clearinghouse", 30),
    "classified-benchmark-due": ("classified-benchmark", 60),
    "implementation-details-due": ("implementation-details", 60),
}

QUOTE_CHARS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
QUOTED = re.compile(r'"([^"]+)"')
NUMBER = re.compile(r"\d+")
# "Report 004", "Reports 001, 002 and 003": citations of a seed file, not figures from it.
REPORT_REFERENCE = re.compile(r"\bReports?\s+\d{3}(?:(?:,\s*|,?\s+and\s+)\d{3})*")


def normalise(text: str) -> str:
    return " ".join(text.translate(QUOTE_CHARS).split())


def numbers(text: str) -> set[str]:
    return set(NUMBER.findall(REPORT_REFERENCE.sub("", text)))


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed reports not found at {SEEDS_DIR} (set EO_BOT_SEEDS_DIR)")
    return {p.name: normalise(p.read_text(encoding="utf-8")) for p in sorted(SEEDS_DIR.glob("*.txt"))}


def all_facts(content: Content) -> Iterator[tuple[Entry, Fact]]:
    for entry in content.entries.values():
        for fact in entry.details:
            yield entry, fact
        for discrepancy in entry.discrepancies:
            for version in discrepancy.versions:
                yield entry, version


def cited_text(sources: list[Source], seeds: dict[str, str]) -> list[str]:
    return [seeds[s.report] for s in sources]


# ---------------------------------------------------------------- the shipped content


def test_report_references_are_not_counted_as_figures() -> None:
    assert numbers("Reports 001, 002 and 003 say 30 days; Report 004 says 60.") == {"30", "60"}


def test_shipped_content_loads(content: Content) -> None:
    assert content.order.title == "Promoting Advanced Artificial Intelligence Innovation and Security"
    assert content.order.signing_date == dt.date(2026, 6, 2)
    assert content.order.signing_date_basis == "inferred"
    assert len(content.reports) == 5
    assert len(content.provisions()) >= 10
    assert {e.kind for e in content.entries.values()} == {
        "provision",
        "background",
        "history",
        "reaction",
        "open-question",
    }


def test_reports_are_exactly_the_seed_files(content: Content, seeds: dict[str, str]) -> None:
    assert set(content.reports) == set(seeds)
    assert content.reports["004_43a0e5ac9bbf7905.txt"].label == "Implicator clipping (004)"
    assert not any(r.label.startswith("Report ") for r in content.reports.values())  # readable names, not file numbers


def test_every_seed_report_is_cited(content: Content, seeds: dict[str, str]) -> None:
    cited = {s.report for s in content.order.sources}
    for entry, fact in all_facts(content):
        cited |= {s.report for s in entry.sources} | {s.report for s in fact.sources}
    for deadline in content.deadlines.values():
        cited |= {s.report for s in deadline.sources}
    assert cited == set(seeds)


def test_provisions_and_background_are_in_their_own_files() -> None:
    kinds = {}
    for name in ("provisions.yaml", "background.yaml"):
        data = yaml.safe_load((DEFAULT_CONTENT_DIR / name).read_text(encoding="utf-8"))
        kinds[name] = {raw["kind"] for raw in data["entries"]}
    assert kinds["provisions.yaml"] == {"provision"}
    assert "provision" not in kinds["background.yaml"]


def test_sections_only_where_a_report_names_them(content: Content) -> None:
    sections = {number: [e.id for e in entries] for number, entries in content.sections().items()}
    assert sections == {2: ["cisa-bods"], 3: ["no-licensing"]}


def test_quoted_passages_appear_verbatim_in_a_cited_seed(content: Content, seeds: dict[str, str]) -> None:
    checked = 0
    for entry, fact in all_facts(content):
        text = normalise(fact.text)
        assert text.count('"') % 2 == 0, f"{entry.id}: unbalanced quote marks in {fact.text!r}"
        for passage in QUOTED.findall(text):
            sources = cited_text(fact.sources, seeds)
            assert any(passage in seed for seed in sources), f"{entry.id}: {passage!r} not in {fact.sources}"
            checked += 1
    assert checked >= 20


def test_quoted_passages_in_summaries_appear_in_the_entry_sources(content: Content, seeds: dict[str, str]) -> None:
    for entry in content.entries.values():
        cited = {s.report for s in entry.sources}
        for passage in QUOTED.findall(normalise(entry.summary)):
            passage = passage.rstrip(",.")
            assert any(passage in seeds[name] for name in cited), f"{entry.id}: {passage!r} not in its reports"


def test_quote_facts_name_a_speaker_or_the_order(content: Content) -> None:
    for entry, fact in all_facts(content):
        if fact.speaker:
            assert QUOTED.search(normalise(fact.text)), f"{entry.id}: speaker set on a fact without a quote"
    speakers = {fact.speaker for _, fact in all_facts(content) if fact.speaker}
    assert {"Donald Trump", "David Sacks", "Juan Londoño", "The order", "The White House"} <= speakers


def test_order_text_quotes_come_from_the_order(content: Content, seeds: dict[str, str]) -> None:
    order_quotes = [
        (entry, fact)
        for entry, fact in all_facts(content)
        if any(s.attribution == "the order's text" for s in fact.sources) and QUOTED.search(normalise(fact.text))
    ]
    assert {entry.id for entry, _ in order_quotes} >= {"no-licensing", "stated-rationale"}
    for entry, fact in order_quotes:
        for passage in QUOTED.findall(normalise(fact.text)):
            assert any(passage in seed for seed in cited_text(fact.sources, seeds)), entry.id


def test_numbers_in_facts_appear_in_a_cited_seed(content: Content, seeds: dict[str, str]) -> None:
    for entry, fact in all_facts(content):
        available = set().union(*(numbers(seed) for seed in cited_text(fact.sources, seeds)))
        missing = numbers(fact.text) - available
        assert not missing, f"{entry.id}: {sorted(missing)} not in cited reports of {fact.text!r}"


def test_numbers_in_summaries_appear_in_the_entry_sources(content: Content, seeds: dict[str, str]) -> None:
    for entry in content.entries.values():
        cited = {s.report for s in entry.sources}
        for _, fact in ((entry, f) for f in entry.details):
            cited |= {s.report for s in fact.sources}
        available = set().union(*(numbers(seeds[name]) for name in cited))
        missing = numbers(entry.summary + " " + entry.title) - available
        assert not missing, f"{entry.id}: {sorted(missing)} in summary/title but not in its reports"


def test_required_deadlines_are_present(content: Content) -> None:
    for deadline_id, (provision, days) in REQUIRED_DEADLINES.items():
        deadline = content.deadlines[deadline_id]
        assert (deadline.provision, deadline.days_after_signing) == (provision, days)
        assert deadline_id in content.entries[provision].deadlines
    assert content.deadline_date(content.deadlines["cisa-directives-due"]) == dt.date(2026, 7, 2)
    assert content.deadline_date(content.deadlines["classified-benchmark-due"]) == dt.date(2026, 8, 1)


def test_no_date_is_typed_into_the_deadlines_file() -> None:
    raw = (DEFAULT_CONTENT_DIR / "deadlines.yaml").read_text(encoding="utf-8")
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", raw)


# ---------------------------------------------------------------- working on a copy


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def edit(directory: Path, name: str, change: Any) -> None:
    path = directory / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def find(items: list[dict[str, Any]], item_id: str) -> dict[str, Any]:
    return next(item for item in items if item.get("id") == item_id)


def test_deadline_dates_move_with_the_signing_date(copy_dir: Path, content: Content) -> None:
    new_date = dt.date(2027, 1, 15)
    edit(copy_dir, "order.yaml", lambda d: d.update(signing_date=new_date))
    moved = load_content(copy_dir)
    shift = new_date - content.order.signing_date
    for deadline_id, deadline in content.deadlines.items():
        new = moved.deadline_date(moved.deadlines[deadline_id])
        assert new == content.deadline_date(deadline) + shift
        assert new == new_date + dt.timedelta(days=deadline.days_after_signing)


def assert_error(directory: Path, *fragments: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_content(directory)
    for fragment in fragments:
        assert fragment in str(caught.value), f"{fragment!r} not in {caught.value}"


def test_bad_yaml_names_the_file(copy_dir: Path) -> None:
    (copy_dir / "provisions.yaml").write_text("entries:\n  - id: [unclosed\n", encoding="utf-8")
    assert_error(copy_dir, "provisions.yaml", "not valid YAML")


def test_missing_file_is_reported(copy_dir: Path) -> None:
    (copy_dir / "reports.yaml").unlink()
    assert_error(copy_dir, "reports.yaml", "missing")


def test_missing_required_field_names_file_entry_and_field(copy_dir: Path) -> None:
    edit(copy_dir, "provisions.yaml", lambda d: find(d["entries"], "no-licensing").pop("summary"))
    assert_error(copy_dir, "provisions.yaml", "'no-licensing'", "summary")


def test_missing_deadline_field_names_file_entry_and_field(copy_dir: Path) -> None:
    edit(copy_dir, "deadlines.yaml", lambda d: find(d["deadlines"], "clearinghouse-due").pop("days_after_signing"))
    assert_error(copy_dir, "deadlines.yaml", "'clearinghouse-due'", "days_after_signing")


def test_missing_order_field_names_file_and_field(copy_dir: Path) -> None:
    edit(copy_dir, "order.yaml", lambda d: d.pop("signing_date"))
    assert_error(copy_dir, "order.yaml", "signing_date")


def test_unknown_field_is_rejected(copy_dir: Path) -> None:
    edit(copy_dir, "background.yaml", lambda d: find(d["entries"], "mythos").update(date="2026-04-01"))
    assert_error(copy_dir, "background.yaml", "'mythos'", "date")


def test_long_summary_is_rejected(copy_dir: Path) -> None:
    long = "One. Two. Three. Four."
    edit(copy_dir, "provisions.yaml", lambda d: find(d["entries"], "opm-hiring").update(summary=long))
    assert_error(copy_dir, "provisions.yaml", "'opm-hiring'", "summary")


def test_unknown_deadline_id_names_entry_and_field(copy_dir: Path) -> None:
    edit(copy_dir, "provisions.yaml", lambda d: find(d["entries"], "cisa-bods").update(deadlines=["no-such-deadline"]))
    assert_error(copy_dir, "provisions.yaml", "'cisa-bods'", "deadlines", "no-such-deadline")


def test_unknown_report_in_deadline_names_file_entry_and_field(copy_dir: Path) -> None:
    bad = "999_0000000000000000.txt"
    edit(copy_dir, "deadlines.yaml", lambda d: find(d["deadlines"], "cisa-directives-due").update(sources=[{"report": bad}]))
    assert_error(copy_dir, "deadlines.yaml", "'cisa-directives-due'", "sources", bad)


def test_unknown_report_in_fact_names_entry_and_field(copy_dir: Path) -> None:
    bad = "998_0000000000000000.txt"

    def break_fact(data: dict[str, Any]) -> None:
        find(data["entries"], "mythos")["details"][0]["sources"] = [{"report": bad}]

    edit(copy_dir, "background.yaml", break_fact)
    assert_error(copy_dir, "background.yaml", "'mythos'", "sources", bad)


def test_unknown_provision_in_deadline_names_file_entry_and_field(copy_dir: Path) -> None:
    edit(copy_dir, "deadlines.yaml", lambda d: find(d["deadlines"], "clearinghouse-due").update(provision="nope"))
    assert_error(copy_dir, "deadlines.yaml", "'clearinghouse-due'", "provision", "nope")
