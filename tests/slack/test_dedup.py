"""event_id de-duplication store."""

from __future__ import annotations

from bot.slack.dedup import InMemoryEventIdStore


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_claim_once_until_expiry() -> None:
    ticks = Ticks()
    store = InMemoryEventIdStore(ttl=60, monotonic=ticks)
    assert await store.claim("Ev1") and not await store.claim("Ev1") and await store.claim("Ev2")
    ticks.now = 61
    assert await store.claim("Ev1")
    assert len(store) == 1  # Ev2 expired and was pruned


async def test_size_is_bounded() -> None:
    store = InMemoryEventIdStore(ttl=3600, max_size=3, monotonic=Ticks())
    for n in range(10):
        assert await store.claim(f"Ev{n}")
    assert len(store) <= 4 and not await store.claim("Ev9")
