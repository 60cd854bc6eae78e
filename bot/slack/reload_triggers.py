"""What starts a content reload in a running bot process, besides SIGHUP (the runner calls :meth:`trigger`).

* ``eo-bot content reload`` from anywhere that reaches the database: it adds a row to ``content_reload_requests``;
  every process polls for new rows (``EO_RELOAD_POLL``, default every second), reloads once for all it finds and
  writes its answer (reloaded, or the content error) for the command to print.
* With ``EO_CONTENT_WATCH=true``, a change of the content files: their names, sizes and modification times are
  compared at each poll, and a change is reloaded once it has held still for one poll (an editor saving in steps).

Each process also checks in every few seconds (``bot_processes``), so the command knows whom to wait for.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path
from typing import Awaitable, Callable, Optional

from bot.core.clock import Clock
from bot.slack.reload import ContentReloader, ReloadOutcome
from bot.storage.content_records import HEARTBEAT, ContentRecords, this_process

log = logging.getLogger(__name__)

Signature = tuple[tuple[str, int, int], ...]


def files_signature(directory: Path) -> Signature:
    """Names, sizes and modification times of the content files (cheap: no file is read)."""
    found = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


class ReloadTriggers:
    def __init__(
        self,
        reloader: ContentReloader,
        records: ContentRecords,
        wall: Clock,
        *,
        poll: float = 1.0,
        watch: Optional[Path] = None,
        owner: Optional[str] = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.reloader = reloader
        self.records = records
        self.wall = wall  # the real time (heartbeats are compared with the command's clock, never EO_CLOCK_START's)
        self.poll = poll
        self.watch = watch
        self.owner = owner or this_process()
        self.sleep = sleep
        self._handled = 0
        self._beat: Optional[dt.datetime] = None
        self._files: Signature = ()
        self._changed: Optional[Signature] = None
        self._failing = False
        self._task: Optional[asyncio.Task[None]] = None

    @property
    def version(self) -> str:
        return self.reloader.services.live.version

    async def start(self) -> None:
        """Note the requests already made (they are not for this process), check in, and start polling."""
        self._handled = await self.records.latest_request()
        await self.records.register(self.owner, self.wall.now(), self.version)
        self._beat = self.wall.now()
        if self.watch is not None:
            self._files = files_signature(self.watch)
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="content-reload-triggers")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        try:
            await self.records.unregister(self.owner)
        except Exception as exc:  # it just stops checking in; the command stops waiting for it after a few seconds
            log.warning("could not sign this process off the database (%s)", type(exc).__name__)

    def trigger(self, reason: str) -> "asyncio.Task[ReloadOutcome]":
        """Reload now (SIGHUP)."""
        return self._reload(reason)

    def _reload(self, reason: str) -> "asyncio.Task[ReloadOutcome]":
        if self.watch is not None:  # what this reload reads: the watcher does not reload it again
            self._files, self._changed = files_signature(self.watch), None
        return self.reloader.request(reason)

    async def _loop(self) -> None:
        while True:
            await self.sleep(self.poll)
            try:
                await self.tick()
                if self._failing:
                    log.info("reload requests are read from the database again")
                self._failing = False
            except Exception as exc:  # the database is down: say it once, keep polling
                if not self._failing:
                    log.warning("cannot read reload requests from the database (%s); retrying", type(exc).__name__)
                self._failing = True

    async def tick(self) -> None:
        """One poll: answer new reload requests, check the files, check in."""
        latest = await self.records.latest_request()
        if latest > self._handled:
            waiting, self._handled = range(self._handled + 1, latest + 1), latest
            outcome = await self._reload("eo-bot content reload")
            await self.records.record_result(waiting, self.owner, outcome.ok, outcome.message, self.wall.now())
            await self._check_in()
        self._watch_files()
        if self._beat is None or self.wall.now() - self._beat >= HEARTBEAT:
            await self._check_in()

    async def _check_in(self) -> None:
        await self.records.heartbeat(self.owner, self.wall.now(), self.version)
        self._beat = self.wall.now()

    def _watch_files(self) -> None:
        if self.watch is None:
            return
        current = files_signature(self.watch)
        if current == self._files:
            self._changed = None
        elif current == self._changed:  # changed, and still for one poll: reload it
            log.info("content files changed; reloading")
            self._reload("content files changed")
        else:
            self._changed = current
