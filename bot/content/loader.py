"""Load and validate the curated content files.

A broken file raises :class:`ContentError` whose message names the file, the entry and
the field, so ``eo-bot content check`` and start-up both say exactly what to fix.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.content.models import Alias, Content, Deadline, Entry, Gap, Order, Outlet, Report, Source, Unused
from bot.core.settings import DEFAULT_CONTENT_DIR

M = TypeVar("M", bound=BaseModel)

# libyaml's C parser when available: several times faster than the pure-Python one at start-up.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(Exception):
    """The content files are missing, malformed or inconsistent."""


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc


def _describe(error: Mapping[str, Any]) -> str:
    loc = ".".join(str(part) for part in error["loc"]) or "(top level)"
    return f"field '{loc}': {error['msg']}"


def _validate(model: type[M], data: Any, path: Path, label: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe(e) for e in exc.errors())
        raise ContentError(f"{path}: {label}: {problems}") from exc


def _load_list(model: type[M], path: Path, key: str) -> list[M]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ContentError(f"{path}: expected a top-level '{key}:' list")
    items: list[M] = []
    for position, raw in enumerate(data[key], start=1):
        name = raw.get("id") or raw.get("file") or raw.get("canonical") if isinstance(raw, dict) else None
        label = f"entry #{position}" + (f" '{name}'" if name else "")
        items.append(_validate(model, raw, path, label))
    return items


def _index_unique(items: list[M], key: str, path: Path) -> dict[str, M]:
    result: dict[str, M] = {}
    for item in items:
        value = getattr(item, key)
        if value in result:
            raise ContentError(f"{path}: duplicate {key} '{value}'")
        result[value] = item
    return result


ENTRY_FILES = ("provisions.yaml", "background.yaml", "reactions.yaml")


def _check_sources(sources: list[Source], content: Content, where: str) -> None:
    for source in sources:
        if source.report not in content.reports:
            raise ContentError(f"{where}: field 'sources': unknown report '{source.report}'")
        if content.outlets and source.attribution and source.attribution not in content.outlets:
            raise ContentError(f"{where}: field 'attribution': '{source.attribution}' is not an outlet in outlets.yaml")


def _all_sources(item: Entry | Deadline | Order) -> list[Source]:
    sources = list(item.sources)
    if isinstance(item, Entry):
        for fact in item.details:
            sources.extend(fact.sources)
    if isinstance(item, Deadline) and item.note:
        sources.extend(item.note.sources)
    if isinstance(item, Entry | Deadline):
        for disc in item.discrepancies:
            for version in disc.versions:
                sources.extend(version.sources)
    return sources


def _cross_check(content: Content, directory: Path, entry_files: dict[str, Path]) -> None:
    _check_sources(content.order.sources, content, f"{directory / 'order.yaml'}")
    for entry in content.entries.values():
        where = f"{entry_files[entry.id]}: entry '{entry.id}'"
        _check_sources(_all_sources(entry), content, where)
        for deadline_id in entry.deadlines:
            if deadline_id not in content.deadlines:
                raise ContentError(f"{where}: field 'deadlines': unknown deadline '{deadline_id}'")
        for related in entry.related:
            if related not in content.entries:
                raise ContentError(f"{where}: field 'related': unknown entry '{related}'")
    for deadline in content.deadlines.values():
        where = f"{directory / 'deadlines.yaml'}: entry '{deadline.id}'"
        _check_sources(_all_sources(deadline), content, where)
        if deadline.provision not in content.entries:
            raise ContentError(f"{where}: field 'provision': unknown entry '{deadline.provision}'")


def load_content(directory: Path | str | None = None) -> Content:
    """Read every content file, validate it, and check cross-references."""
    directory = Path(directory) if directory else DEFAULT_CONTENT_DIR
    if not directory.is_dir():
        raise ContentError(f"{directory}: content directory not found")
    order = _validate(Order, _read_yaml(directory / "order.yaml"), directory / "order.yaml", "order")
    reports = _index_unique(_load_list(Report, directory / "reports.yaml", "reports"), "file", directory / "reports.yaml")
    entries: list[Entry] = []
    entry_files: dict[str, Path] = {}
    for name in ENTRY_FILES:
        for entry in _load_list(Entry, directory / name, "entries"):
            entries.append(entry)
            entry_files.setdefault(entry.id, directory / name)
    deadlines_path = directory / "deadlines.yaml"
    aliases_path = directory / "aliases.yaml"
    gaps_path = directory / "gaps.yaml"
    outlets_path = directory / "outlets.yaml"
    unused_path = directory / "unused.yaml"
    content = Content(
        order=order,
        reports=reports,
        entries=_index_unique(entries, "id", directory),
        deadlines=_index_unique(_load_list(Deadline, deadlines_path, "deadlines"), "id", deadlines_path),
        aliases=_load_list(Alias, aliases_path, "aliases") if aliases_path.exists() else [],
        directory=directory,
        gaps=_index_unique(_load_list(Gap, gaps_path, "gaps"), "id", gaps_path) if gaps_path.exists() else {},
        outlets=_index_unique(_load_list(Outlet, outlets_path, "outlets"), "name", outlets_path) if outlets_path.exists() else {},
        unused=_load_list(Unused, unused_path, "unused") if unused_path.exists() else [],
    )
    _cross_check(content, directory, entry_files)
    for gap in content.gaps.values():
        _check_sources(gap.sources, content, f"{gaps_path}: gap {gap.id!r}")
        unknown = [k for k in gap.known if k not in content.entries]
        if unknown:
            raise ContentError(f"{gaps_path}: gap {gap.id!r}: known: unknown entry id(s) {', '.join(unknown)}")
    return content
