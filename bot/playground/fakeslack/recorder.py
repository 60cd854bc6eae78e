"""Request recording and event-driven waiting (no wall-clock polling)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Call:
    """One request the fake received: Web API call (``method`` = "chat.postMessage") or ``"response_url"``."""

    method: str
    headers: dict[str, str]
    body: dict[str, Any]
    status: int = 200
    response: Any = None
    path: str = ""
    token: Optional[str] = None
    at: float = field(default_factory=time.time)  # when it was recorded: a Web API call once Slack has applied it

    def header(self, name: str) -> Optional[str]:
        """Case-insensitive header lookup."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


class Notifier:
    """Lets coroutines await a predicate that becomes true after some change, woken on every change."""

    def __init__(self) -> None:
        self._event: Optional[asyncio.Event] = None

    def changed(self) -> None:
        """Wake every waiter (sync, callable from any code running on the loop)."""
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait_for(self, predicate: Callable[[], Optional[T]], timeout: float = 5.0, describe: str = "") -> T:
        """Return the predicate's first truthy value; ``timeout`` is only a safety net."""

        async def loop() -> T:
            while True:
                result = predicate()
                if result:
                    return result
                if self._event is None:
                    self._event = asyncio.Event()
                await self._event.wait()

        try:
            return await asyncio.wait_for(loop(), timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"condition not met within {timeout}s{': ' + describe if describe else ''}") from None


@dataclass
class Recorder:
    """Every call in arrival order, plus the notifier woken on each one."""

    notifier: Notifier = field(default_factory=Notifier)
    calls: list[Call] = field(default_factory=list)

    def record(self, call: Call) -> Call:
        self.calls.append(call)
        self.notifier.changed()
        return call

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def clear(self) -> None:
        self.calls.clear()
