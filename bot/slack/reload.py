"""Reloading ``content/`` in a running bot: validate, rebuild off the event loop, swap in one step, re-plan.

:meth:`ContentReloader.request` runs one reload at a time; requests arriving while one waits to start share it
(SIGHUP storms, several ``eo-bot content reload`` at once), while a request arriving during a reload gets a fresh
one (the files may have changed after the running one read them). The content is loaded and validated and the
engine built (lexical index, dense index from cached embeddings) in a worker thread, so the bot keeps answering
from the old content meanwhile; then :meth:`bot.slack.services.Services.swap` makes the new snapshot current and
announcements are re-planned. Content that does not validate is refused with the message ``eo-bot content check``
prints, logged once, and the old content keeps being served.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Callable, Optional

from bot.content.bundle import load_bundle, problem_text
from bot.content.loader import ContentError
from bot.slack.services import Services
from bot.slack.snapshot import ContentSnapshot, build_snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadOutcome:
    ok: bool
    message: str  # for the operator: what was loaded, or the content error
    seconds: float
    version: str  # the content version served after it


class ContentReloader:
    def __init__(
        self,
        services: Services,
        *,
        on_swapped: Callable[[], None] = lambda: None,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.services = services
        self.on_swapped = on_swapped  # e.g. let the garbage collector free the replaced snapshot
        self.timer = timer
        self._lock = asyncio.Lock()
        self._queued: Optional[asyncio.Task[ReloadOutcome]] = None

    def request(self, reason: str) -> "asyncio.Task[ReloadOutcome]":
        """A reload (shared with one that is waiting to start); its task's result is the outcome."""
        if self._queued is None:
            self._queued = self.services.background.spawn(self._run(reason), "content-reload")
        return self._queued

    async def reload(self, reason: str) -> ReloadOutcome:
        return await self.request(reason)

    async def _run(self, reason: str) -> ReloadOutcome:
        async with self._lock:
            self._queued = None
            return await self._reload(reason)

    def _build(self) -> ContentSnapshot:
        settings = self.services.settings
        bundle = load_bundle(settings.content_dir, settings.seeds_dir)
        return build_snapshot(bundle, settings.answer_cache_size, reload=True)

    async def _reload(self, reason: str) -> ReloadOutcome:
        started = self.timer()
        current = self.services.live.version
        try:
            snapshot = await asyncio.to_thread(self._build)
        except ContentError as exc:
            message = problem_text(exc)
            log.error(
                "content reload refused, still serving the previous content: %s",
                message,
                extra={"fields": {"reason": reason, "version": current}},
            )
            return ReloadOutcome(False, message, self.timer() - started, current)
        except Exception as exc:  # a bug or an unreadable file: the old content stays, the operator is told
            log.exception("content reload failed, still serving the previous content", extra={"fields": {"reason": reason}})
            return ReloadOutcome(False, f"Reload failed: {type(exc).__name__}: {exc}", self.timer() - started, current)
        built = self.timer()
        self.services.swap(snapshot)
        self.on_swapped()
        freed = self.timer()
        note = await self._replan()
        seconds = self.timer() - started
        message = f"reloaded {self.services.settings.content_dir}: {summary(snapshot)} in {seconds:.2f} s{note}"
        phases = {"build": built - started, "free": freed - built, "replan": self.timer() - freed}
        log.info(
            "content reloaded",
            extra={
                "fields": {"reason": reason, "version": snapshot.version, "previous": current, "seconds": round(seconds, 3)}
                | {k: round(v, 3) for k, v in phases.items()}
            },
        )
        return ReloadOutcome(True, message, seconds, snapshot.version)

    async def _replan(self) -> str:
        try:
            await self.services.resync_announcements()
        except Exception as exc:  # the database is down: the periodic re-plan catches up
            log.warning("announcements not re-planned after the reload (%s); the next periodic re-plan will", type(exc).__name__)
            return " (announcements are re-planned within a minute: the database did not answer)"
        return ""


def summary(snapshot: ContentSnapshot) -> str:
    """``42 entries, 5 deadlines, 1 update (version 3f2a...)``."""
    content, updates = snapshot.content, len(snapshot.updates)
    return (
        f"{len(content.entries)} entries, {len(content.deadlines)} deadlines, "
        f"{updates} update{'' if updates == 1 else 's'} (version {snapshot.version})"
    )
