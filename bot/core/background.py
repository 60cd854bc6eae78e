"""Tracked fire-and-forget tasks.

Listeners ack at once and hand Slack Web API work to :meth:`BackgroundTasks.spawn`. Tasks are
kept referenced (asyncio holds only weak references), their exceptions are logged, and
:meth:`drain` waits for what is in flight on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Coroutine

log = logging.getLogger(__name__)


class BackgroundTasks:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str = "background") -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error(
                "background task failed",
                exc_info=(type(error), error, error.__traceback__),
                extra={"fields": {"task": task.get_name()}},
            )

    async def wait_idle(self) -> None:
        """Wait until no task is in flight (tests and shutdown)."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def drain(self, timeout: float = 10.0) -> None:
        """Let in-flight tasks finish for up to ``timeout`` seconds, then cancel the rest."""
        if not self._tasks:
            return
        pending = set(self._tasks)
        _, still = await asyncio.wait(pending, timeout=timeout)
        for task in still:
            task.cancel()
        if still:
            log.warning("cancelled background tasks at shutdown", extra={"fields": {"count": len(still)}})
            await asyncio.wait(still)
