"""Fixture copies of ``content/`` for tests that need particular dates (the real files are never edited)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.content.loader import load_content
from bot.content.models import Content
from bot.core.settings import DEFAULT_CONTENT_DIR


@dataclass(frozen=True)
class SameDayContent:
    directory: Path
    content: Content
    together: tuple[str, ...]  # the deadline ids due on ``days`` after signing
    others: tuple[str, ...]  # the rest, due on ``other_days``


def same_day_content(tmp: Path, days: int = 40, other_days: int = 50, together: int = 3) -> SameDayContent:
    """A copy of ``content/`` in which the first ``together`` deadlines fall due on the same day (``days`` after
    signing) and every other deadline on another day (``other_days``)."""
    target = tmp / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    path = target / "deadlines.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for position, deadline in enumerate(data["deadlines"]):
        deadline["days_after_signing"] = days if position < together else other_days
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    content = load_content(target)
    ids = [d["id"] for d in data["deadlines"]]
    return SameDayContent(target, content, tuple(ids[:together]), tuple(ids[together:]))
