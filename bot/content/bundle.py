"""What the bot serves from ``content/``: the validated content and its updates, loaded and checked together.

Start-up, ``eo-bot content check`` and a reload all load through :func:`load_bundle` and word a problem with
:func:`problem_text`, so a refused reload says exactly what ``content check`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.loader import ContentError, load_content
from bot.content.models import Content
from bot.content.updates import Update, content_version, load_updates
from bot.core.settings import DEFAULT_CONTENT_DIR


@dataclass(frozen=True)
class Bundle:
    content: Content
    updates: tuple[Update, ...]
    version: str  # digest of the content files (bot.content.updates.content_version)


def load_bundle(directory: Path | str | None = None, seeds_dir: Path | None = None) -> Bundle:
    """Load and validate everything; raises :class:`ContentError` naming the file, the entry and the field."""
    directory = Path(directory) if directory else DEFAULT_CONTENT_DIR
    content = load_content(directory)
    return Bundle(content, load_updates(content, seeds_dir), content_version(directory))


def problem_text(exc: ContentError) -> str:
    """How a content problem is reported to the operator (``content check``, start-up, reload refusals)."""
    return f"Content error: {exc}"
