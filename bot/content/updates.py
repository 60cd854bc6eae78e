"""Dated developments since the order (optional ``content/updates.yaml``), validated like every other fact.

An update says what happened and when (date, headline, summary), which agencies, provisions and deadlines it
concerns, and the reports it comes from. Each source carries ``evidence``: a passage copied word for word from
the cited report file, checked against the file at load (quotes and whitespace normalised), so an update can
never say more than a report does. A problem raises :class:`bot.content.loader.ContentError` naming the file, the
update and the field, exactly like the other content files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from pydantic import Field

from bot.content.loader import ContentError, _read_yaml, _validate
from bot.content.models import SLUG, Content, Source, Strict

UPDATES_FILE = "updates.yaml"
MAX_ID = 56  # "update:" + id must fit the delivery ledger's item id (64 characters)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


class EvidencedSource(Source):
    """A cited report with the passage (verbatim) that supports the update."""

    evidence: str = Field(min_length=20, max_length=1500, description="A passage copied word for word from the report")


class Update(Strict):
    """One dated development: announced once in the subscribed channels it concerns, listed by ``/eo news``."""

    id: str = Field(pattern=SLUG, max_length=MAX_ID)
    date: dt.date
    headline: str = Field(min_length=5, max_length=150)
    summary: str = Field(min_length=10, max_length=1500)
    agencies: list[str] = Field(default_factory=list)
    provisions: list[str] = Field(default_factory=list, description="Entry ids the update concerns")
    deadlines: list[str] = Field(default_factory=list, description="Deadline ids the update concerns")
    sources: list[EvidencedSource] = Field(min_length=1)


def normalise(text: str) -> str:
    """Curly quotes as straight ones and runs of whitespace as one space (how evidence is compared)."""
    return " ".join(text.translate(_QUOTES).split())


def default_seeds_dir(content_dir: Path) -> Path:
    """The report files beside the repository: ``<content>/../../shared/seeds`` (as the content tests look)."""
    return content_dir.resolve().parent.parent / "shared" / "seeds"


def _report_text(seeds_dir: Path, report: str, cache: dict[str, str]) -> str | None:
    if report not in cache:
        try:
            cache[report] = normalise((seeds_dir / report).read_text(encoding="utf-8"))
        except OSError:
            return None
    return cache[report]


def _check(update: Update, content: Content, seeds_dir: Path, where: str, texts: dict[str, str]) -> None:
    if update.date < content.order.signing_date:
        raise ContentError(f"{where}: field 'date': {update.date} is before the order was signed ({content.order.signing_date})")
    for field_name, known, ids in (
        ("provisions", content.entries, update.provisions),
        ("deadlines", content.deadlines, update.deadlines),
    ):
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ContentError(f"{where}: field '{field_name}': unknown id(s) {', '.join(unknown)}")
    for position, source in enumerate(update.sources):
        at = f"{where}: field 'sources.{position}"
        if source.report not in content.reports:
            raise ContentError(f"{at}.report': unknown report '{source.report}' (list it in reports.yaml)")
        text = _report_text(seeds_dir, source.report, texts)
        if text is None:
            raise ContentError(
                f"{at}.report': report file {seeds_dir / source.report} not found, so the evidence cannot be checked "
                "(set EO_BOT_SEEDS_DIR to the directory of the report files)"
            )
        if normalise(source.evidence) not in text:
            raise ContentError(f"{at}.evidence': not found word for word in {source.report}")


def load_updates(content: Content, seeds_dir: Path | None = None) -> tuple[Update, ...]:
    """The updates in ``<content.directory>/updates.yaml``, newest first (none when the file is absent)."""
    directory = content.directory
    if directory is None or not (directory / UPDATES_FILE).exists():
        return ()
    path = directory / UPDATES_FILE
    data: Any = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("updates"), list):
        raise ContentError(f"{path}: expected a top-level 'updates:' list")
    seeds = seeds_dir or default_seeds_dir(directory)
    texts: dict[str, str] = {}
    found: dict[str, Update] = {}
    for position, raw in enumerate(data["updates"], start=1):
        name = raw.get("id") if isinstance(raw, dict) else None
        label = f"update #{position}" + (f" '{name}'" if name else "")
        update = _validate(Update, raw, path, label)
        if update.id in found:
            raise ContentError(f"{path}: duplicate id '{update.id}'")
        _check(update, content, seeds, f"{path}: {label}", texts)
        found[update.id] = update
    return tuple(sorted(found.values(), key=lambda u: u.date, reverse=True))


def content_version(directory: Path) -> str:
    """A short digest of the content files (names and bytes): says which content a process serves."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
