"""Tracked fire-and-forget tasks.

Listeners ack at once and hand Slack Web API work to :meth:`BackgroundTasks.spawn`. Tasks are
kept referenced (asyncio holds only weak references), their exceptions are logged, and
:meth:`drain` waits for what is in flight on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Coroutine, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


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


async def within(awaitable: Awaitable[T], timeout: float) -> T:
    """The awaitable's result if it finishes within ``timeout`` seconds; otherwise ``asyncio.TimeoutError`` at once.

    Unlike ``asyncio.wait_for``, a late awaitable is not waited for while it cancels: a database call stuck in a
    driver thread (SQLite's busy timeout) can take seconds to notice a cancellation, and the caller (an ack, a reply)
    must not wait that long. The late work finishes in the background and its outcome is dropped.
    """
    task = asyncio.ensure_future(awaitable)
    done, _ = await asyncio.wait({task}, timeout=timeout)
    if task in done:
        return task.result()
    task.add_done_callback(_drop_outcome)
    raise asyncio.TimeoutError


def _drop_outcome(task: "asyncio.Future[Any]") -> None:
    if not task.cancelled():
        task.exception()  # retrieved, so asyncio does not log "exception was never retrieved"
