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


class BrokenStore:
    """An event record that fails (a read-only database) or never answers (a locked one)."""

    def __init__(self, hang: bool) -> None:
        self.hang = hang

    async def claim(self, event_id: str) -> bool:
        import asyncio

        if self.hang:
            await asyncio.Event().wait()
        raise OSError("attempt to write a readonly database")


async def test_the_ack_never_waits_on_a_broken_event_record() -> None:
    """A failing or hanging record lets the event through (a possible duplicate beats a lost DM) within the
    middleware's bound, instead of dropping it or waiting out a database busy timeout."""
    from slack_bolt.request.async_request import AsyncBoltRequest
    from slack_bolt.response import BoltResponse

    from bot.slack.dedup import DedupMiddleware

    body = {"type": "event_callback", "event_id": "Ev1", "event": {"type": "message"}}
    for store in (BrokenStore(hang=False), BrokenStore(hang=True)):
        reached: list[bool] = []

        async def next_() -> BoltResponse:
            reached.append(True)
            return BoltResponse(status=200, body="handled")

        middleware = DedupMiddleware(store, timeout=0.05)
        response = await middleware.async_process(
            req=AsyncBoltRequest(body=body, mode="socket_mode"), resp=BoltResponse(status=200), next=next_
        )
        assert reached == [True] and response.body == "handled"
