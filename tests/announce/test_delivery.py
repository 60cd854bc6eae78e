"""bot/announce/delivery.py: exactly-once through the ledger, retries, pausing, per-channel spacing, catch-up (digests:
test_digest.py)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from announce_fakes import FakePoster, FakeSleep, storage  # noqa: F401  (fixture)

from bot.announce.delivery import Delivery, DeliveryPolicy
from bot.announce.poster import PermanentError, PostTimeout, RateLimited, ServerError
from bot.announce.schedule import Announcement
from bot.core.clock import ManualClock
from bot.storage.database import CLAIMED, DELIVERED, FAILED, SKIPPED, Storage

UTC = dt.timezone.utc
FIRE = dt.datetime(2026, 7, 2, 13, 0, tzinfo=UTC)


def ann(channel: str = "C1", item: str = "cisa-directives-due", lead: str = "0d", at: dt.datetime = FIRE) -> Announcement:
    return Announcement(at, channel, item, lead, "deadline", dt.date(2026, 7, 2), "America/New_York")


def render(a: Announcement) -> tuple[str, list[dict]]:
    return f"{a.item_id} {a.lead}", [{"type": "section", "text": {"type": "mrkdwn", "text": a.item_id}}]


def make(
    storage: Storage, clock: ManualClock, poster: FakePoster | None = None, owner: str = "p1", **policy: object
) -> tuple[Delivery, FakePoster, FakeSleep]:
    poster = poster or FakePoster(clock)
    sleep = FakeSleep(clock)
    delivery = Delivery(storage, poster, clock, render, policy=DeliveryPolicy(**policy), sleep=sleep, owner=owner)
    return delivery, poster, sleep


async def state_of(storage: Storage, a: Announcement) -> str:
    return {r.key: r.state for r in await storage.ledger()}[a.key]


async def test_delivers_once_and_records_ts(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, _ = make(storage, clock)
    a = ann()
    assert await delivery.deliver(a) == "delivered"
    assert await delivery.deliver(a) == "taken"
    assert [p.text for p in poster.posts] == ["cisa-directives-due 0d"]
    (row,) = await storage.ledger()
    assert (row.state, row.message_ts, row.claimed_by, row.attempts) == (DELIVERED, "1.000100", "p1", 1)


async def test_two_processes_on_one_database_post_each_once(storage: Storage) -> None:
    other = await Storage.open(storage.engine.url.render_as_string(hide_password=False))
    try:
        clock = ManualClock(FIRE)
        poster = FakePoster(clock, latency=0.001)
        a, _, _ = make(storage, clock, poster, owner="proc-a")
        b, _, _ = make(other, clock, poster, owner="proc-b")
        instants = (("1d", FIRE), ("0d", FIRE + dt.timedelta(hours=1)))
        batch = [ann(f"C{i}", item, lead, at) for i in range(15) for item in ("x-due", "y-due") for lead, at in instants]
        reports = await asyncio.gather(a.deliver_many(batch), b.deliver_many(list(reversed(batch))))
        posted = [(p.channel, p.text) for p in poster.posts]
        assert len(posted) == len(set(posted)) == 30  # per channel: one digest of x and y at each instant
        assert sorted({p.text for p in poster.posts}) == ["x-due 0d; y-due 0d", "x-due 1d; y-due 1d"]
        assert reports[0].count("delivered") + reports[1].count("delivered") == len(batch)
        assert {r.state for r in await storage.ledger()} == {DELIVERED}
    finally:
        await other.close()


async def test_stale_claim_from_crashed_process_is_taken_over(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    a = ann()
    await storage.claim_delivery(a.key, a.fire_at, "crashed", FIRE, dt.timedelta(minutes=10))
    delivery, poster, _ = make(storage, clock, claim_timeout=dt.timedelta(minutes=10))
    clock.advance(dt.timedelta(minutes=9))
    assert await delivery.deliver(a) == "taken" and poster.posts == []  # fresh claim: hands off
    clock.advance(dt.timedelta(minutes=2))
    assert await delivery.deliver(a) == "delivered" and len(poster.posts) == 1
    assert await state_of(storage, a) == DELIVERED


async def test_rate_limited_waits_retry_after_then_delivers(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, sleep = make(storage, clock)
    poster.fail(RateLimited(7), times=2)
    assert await delivery.deliver(ann()) == "delivered"
    assert sleep.waits == [7, 7] and len(poster.posts) == 1
    assert [t for _, t in poster.attempts] == [FIRE, FIRE + dt.timedelta(seconds=7), FIRE + dt.timedelta(seconds=14)]
    (row,) = await storage.ledger()
    assert row.attempts == 3 and row.last_error is None


async def test_server_errors_and_timeouts_back_off_exponentially_with_cap(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, sleep = make(storage, clock, backoff_base=1.0, backoff_cap=4.0)
    for error in (
        ServerError("HTTP 500"),
        PostTimeout("timeout"),
        ServerError("HTTP 503"),
        ServerError("x"),
        asyncio.TimeoutError(),
    ):
        poster.fail(error)
    assert await delivery.deliver(ann()) == "delivered"
    assert sleep.waits == [1, 2, 4, 4, 4]
    assert len(poster.posts) == 1


async def test_gives_up_after_max_attempts_and_can_be_retried_later(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, _ = make(storage, clock, max_attempts=3)
    poster.fail(ServerError("HTTP 500"), times=3)
    a = ann()
    assert await delivery.deliver(a) == "failed"
    assert await state_of(storage, a) == FAILED and poster.posts == []
    assert await delivery.deliver(a) == "delivered"  # a failed row is claimable again (next reschedule)


async def test_permanent_error_skips_and_pauses_only_that_channel(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    for channel in ("CGONE", "COK"):
        await storage.upsert_subscription(channel, None, None, "U1", FIRE - dt.timedelta(days=30))
    delivery, poster, sleep = make(storage, clock)
    poster.fail(PermanentError("not_in_channel"), channel="CGONE")
    batch = [ann("CGONE", "x-due"), ann("CGONE", "y-due"), ann("COK", "x-due"), ann("COK", "y-due")]
    report = await delivery.deliver_many(batch)
    assert [p.channel for p in poster.posts] == ["COK"]  # its two as one digest
    assert len([c for c, _ in poster.attempts if c == "CGONE"]) == 1  # no retry, no second post attempt
    assert report.count("skipped") == 2
    gone = await storage.get_subscription("CGONE")
    assert gone.paused and "not_in_channel" in gone.pause_reason
    assert not (await storage.get_subscription("COK")).paused
    assert {r.state for r in await storage.ledger("CGONE")} == {SKIPPED}


async def test_one_message_per_second_per_channel(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, sleep = make(storage, clock)
    soon = [FIRE + dt.timedelta(milliseconds=ms) for ms in (0, 100, 200)]  # three instants: three messages
    batch = [ann("C1", item, at=at) for item, at in zip(("a-due", "b-due", "c-due"), soon)] + [ann("C2", "a-due")]
    await delivery.deliver_many(batch)
    times = [p.at for p in poster.to("C1")]
    assert len(times) == 3
    assert all((b - a) >= dt.timedelta(seconds=1) for a, b in zip(times, times[1:]))
    assert len(poster.to("C2")) == 1
    # only C1's second and third posts waited (C2 was not held back); waits go through the injected sleep
    assert sleep.waits == [pytest.approx(1.0), pytest.approx(1.0)]


async def test_a_rate_limit_holds_the_channels_turn_for_retry_after(storage: Storage) -> None:
    from bot.announce.pacing import ChannelTurns

    clock = ManualClock(FIRE)
    turns = ChannelTurns(storage, clock, "p1", interval=1.0, lease=15.0, max_pause=300.0)
    assert await turns.take("C1") == 0

    async def limited() -> None:
        raise RateLimited(30)

    with pytest.raises(RateLimited):
        await turns.run("C1", limited)
    assert turns._flushers, "an end the lease does not cover is written at once, not with the fan-out's others"
    await asyncio.gather(*turns._flushers)
    lease = dt.timedelta(seconds=15)
    almost = FIRE + dt.timedelta(seconds=29.9)
    assert await storage.take_turn("C1", "p2", almost, lease) == FIRE + dt.timedelta(seconds=30), "no process posts sooner"
    assert await turns.take("C2") == 0, "other channels are not held back"


async def test_catch_up_window(storage: Storage) -> None:
    clock = ManualClock(FIRE + dt.timedelta(hours=23))
    delivery, poster, _ = make(storage, clock, catchup_window=dt.timedelta(hours=24))
    young, old = ann(lead="0d"), ann(lead="1d", at=FIRE - dt.timedelta(days=1))
    assert await delivery.deliver(old) == "stale"
    assert await delivery.deliver(young) == "delivered"
    assert [p.text for p in poster.posts] == ["cisa-directives-due 0d"]
    assert await state_of(storage, old) == SKIPPED


async def test_posts_in_flight_are_bounded(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    in_flight, peak = 0, 0

    class SlowPoster(FakePoster):
        async def post(self, channel, text, blocks):  # type: ignore[override]
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.02)  # long next to a ledger write, so posts overlap
            in_flight -= 1
            return await super().post(channel, text, blocks)

    delivery, poster, _ = make(storage, clock, SlowPoster(clock), concurrency=4)
    await delivery.deliver_many([ann(f"C{i}") for i in range(20)])
    assert len(poster.posts) == 20 and peak == 4


async def test_lost_claim_stops_retrying(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    delivery, poster, sleep = make(storage, clock, claim_timeout=dt.timedelta(seconds=30))
    a = ann()
    poster.fail(RateLimited(60))
    real_record = storage.record_attempt

    async def steal_first(key, owner, error, now):  # another process takes the claim meanwhile
        await storage.claim_delivery(key, a.fire_at, "thief", now + dt.timedelta(minutes=5), dt.timedelta(seconds=30))
        return await real_record(key, owner, error, now)

    storage.record_attempt = steal_first  # type: ignore[method-assign]
    assert await delivery.deliver(a) == "lost"
    assert poster.posts == [] and sleep.waits == []
    assert (await storage.ledger())[0].state == CLAIMED


async def test_fan_out_takes_over_stale_claims_only(storage: Storage) -> None:
    clock = ManualClock(FIRE + dt.timedelta(minutes=20))
    stale, fresh, new = ann("CSTALE"), ann("CFRESH"), ann("CNEW")
    await storage.claim_delivery(stale.key, FIRE, "crashed", FIRE, dt.timedelta(minutes=10))
    await storage.claim_delivery(fresh.key, FIRE, "alive", clock.now(), dt.timedelta(minutes=10))
    delivery, poster, _ = make(storage, clock, claim_timeout=dt.timedelta(minutes=10))
    report = await delivery.deliver_many([stale, fresh, new])
    assert sorted(p.channel for p in poster.posts) == ["CNEW", "CSTALE"]
    assert report.outcomes == {stale.key: "delivered", fresh.key: "taken", new.key: "delivered"}
    states = {r.key: (r.state, r.claimed_by) for r in await storage.ledger()}  # written before deliver_many returns
    assert states == {stale.key: (DELIVERED, "p1"), fresh.key: (CLAIMED, "alive"), new.key: (DELIVERED, "p1")}


class KeptButFailedPoster:
    """Slack keeps every post but answers 500 to the first ``failures``; its history can't be read ``blind`` times."""

    def __init__(self, failures: int, blind: int) -> None:
        self.failures, self.blind = failures, blind
        self.kept: list[str] = []  # markers of the messages the channel shows

    async def post(self, channel: str, text: str, blocks: list[dict]):
        from bot.announce.poster import PostResult

        self.kept.append(blocks[0]["block_id"])
        if self.failures > 0:
            self.failures -= 1
            raise ServerError("HTTP 500 fatal_error")
        return PostResult(f"1.{len(self.kept):06d}")

    async def find_marker(self, channel: str, marker: str, limit: int = 100):
        from bot.announce.poster import PostError

        if self.blind > 0:
            self.blind -= 1
            raise PostError("HTTP 502 history unreadable")
        return "1.000001" if marker in self.kept else None


@pytest.mark.parametrize(("blind", "most_posts"), [(3, 1), (1000, 2)])
async def test_a_long_outage_costs_at_most_one_duplicate(storage: Storage, blind: int, most_posts: int) -> None:
    """Slack keeps the post but answers 500, and the history can't be read for a while: the bot looks again (backing
    off) instead of re-posting each time; if it never can look, it posts once more and records it."""
    clock = ManualClock(FIRE)
    poster = KeptButFailedPoster(failures=1, blind=blind)
    delivery = Delivery(storage, poster, clock, render, policy=DeliveryPolicy(), sleep=FakeSleep(clock), owner="p1")
    a = ann()
    assert await delivery.deliver(a) == "delivered"
    assert len(poster.kept) == most_posts
    assert await state_of(storage, a) == DELIVERED


class BlockingPoster:
    """Posts the first ``free`` messages, then blocks until released (a shutdown arrives mid-fan-out)."""

    def __init__(self, free: int) -> None:
        self.free = free
        self.posted: list[str] = []
        self.release = asyncio.Event()
        self.blocked = asyncio.Event()  # set once a post is waiting

    async def post(self, channel: str, text: str, blocks: list[dict]):
        from bot.announce.poster import PostResult

        if len(self.posted) >= self.free:
            self.blocked.set()
            await self.release.wait()
        self.posted.append(text)
        return PostResult(f"1.{len(self.posted):06d}")


async def test_a_shutdown_mid_fan_out_gives_every_unfinished_claim_back(storage: Storage) -> None:
    """Cancelled mid-fan-out (SIGTERM past the grace), the process gives back the claims it held: another process
    takes them over at once instead of waiting out the 10-minute claim timeout."""
    clock = ManualClock(FIRE)
    poster = BlockingPoster(free=2)
    first = Delivery(storage, poster, clock, render, policy=DeliveryPolicy(), sleep=FakeSleep(clock), owner="p1")
    batch = [ann("C1", f"item{i}-due", at=FIRE + dt.timedelta(seconds=i)) for i in range(5)]  # five messages
    fan_out = asyncio.ensure_future(first.deliver_many(batch))
    await poster.blocked.wait()  # two posted (and finished, posts in a channel go in order), the third in flight
    fan_out.cancel()
    await asyncio.gather(fan_out, return_exceptions=True)
    assert await first.give_back_held("shut down") == 3
    second_poster = FakePoster(clock)
    second, _, _ = make(storage, clock, second_poster, owner="p2")
    report = await second.deliver_many(batch)
    assert sorted(k.item_id for k, v in report.outcomes.items() if v == "delivered") == [f"item{i}-due" for i in range(2, 5)]
    assert {r.state for r in await storage.ledger()} == {DELIVERED}
