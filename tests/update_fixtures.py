"""Fixture content for reload and update tests: a copy of the shipped content in a temporary directory, with one
extra (invented) report in ``reports.yaml`` and its text in a seeds directory, so updates can cite evidence.

The project ships no update of its own (no report gives one); these fixtures stand in for what a curator would
add: a new report file, its entry in ``reports.yaml``, and ``updates.yaml``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.core.settings import DEFAULT_CONTENT_DIR

REPORT = "900_0f1e2d3c4b5a6978.txt"
REPORT_TEXT = """Fixture report (invented for the test suite).

The Treasury Department said on Monday that the AI cybersecurity clearinghouse created under the order has begun
accepting vulnerability reports from banks and utilities. A Treasury spokesperson said the clearinghouse would
publish its first patch advisories “within weeks”.

Separately, CISA issued its first binding operational directive under the order, requiring civilian agencies to
inventory the AI-enabled defensive tools they use.
"""
CLEARINGHOUSE_EVIDENCE = "the AI cybersecurity clearinghouse created under the order has begun accepting vulnerability reports"
CISA_EVIDENCE = "CISA issued its first binding operational directive under the order"


@dataclass(frozen=True)
class FixtureContent:
    content: Path
    seeds: Path

    def write_updates(self, updates: list[dict[str, Any]]) -> None:
        (self.content / "updates.yaml").write_text(yaml.safe_dump({"updates": updates}, sort_keys=False), encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        """Replace ``old`` (which must be there) by ``new`` in one content file."""
        path = self.content / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def env(self) -> dict[str, str]:
        return {"EO_CONTENT_DIR": str(self.content), "EO_BOT_SEEDS_DIR": str(self.seeds)}


def make_fixture_content(root: Path) -> FixtureContent:
    content, seeds = root / "content", root / "seeds"
    shutil.copytree(DEFAULT_CONTENT_DIR, content)
    seeds.mkdir()
    (seeds / REPORT).write_text(REPORT_TEXT, encoding="utf-8")
    with (content / "reports.yaml").open("a", encoding="utf-8") as reports:
        reports.write(
            f"  - file: {REPORT}\n"
            '    label: "Report 900 (fixture)"\n'
            '    headline: "Fixture: Treasury opens the AI cybersecurity clearinghouse"\n'
        )
    return FixtureContent(content, seeds)


def clearinghouse_update(**changes: Any) -> dict[str, Any]:
    """An update about the clearinghouse (its provision and deadline), citing the fixture report."""
    update: dict[str, Any] = {
        "id": "clearinghouse-opens",
        "date": "2026-07-06",
        "headline": "Treasury's AI cybersecurity clearinghouse takes its first reports",
        "summary": "Treasury said the clearinghouse has begun accepting vulnerability reports from banks and utilities.",
        "agencies": ["Treasury"],
        "provisions": ["clearinghouse"],
        "deadlines": ["clearinghouse-due"],
        "sources": [{"report": REPORT, "attribution": "a Treasury spokesperson", "evidence": CLEARINGHOUSE_EVIDENCE}],
    }
    update.update(changes)
    return update


def cisa_update(**changes: Any) -> dict[str, Any]:
    """An update about CISA's directives only."""
    update: dict[str, Any] = {
        "id": "first-cisa-directive",
        "date": "2026-07-08",
        "headline": "CISA issues its first directive under the order",
        "summary": "CISA issued its first binding operational directive under the order.",
        "agencies": ["CISA"],
        "provisions": ["cisa-bods"],
        "deadlines": [],
        "sources": [{"report": REPORT, "evidence": CISA_EVIDENCE}],
    }
    update.update(changes)
    return update
