"""Digests (bot/announce/digest.py, bot/ui/announcements.render_digest) and posting turns (bot/announce/pacing.py):
announcements due at the same instant in one channel go out as one message, each item recorded once through
crashes, and no channel gets two posts within a second, from any process."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any, Optional

from announce_fakes import FakePoster, FakeSleep, Posted, storage  # noqa: F401  (fixture)

from bot.announce.delivery import Delivery, DeliveryPolicy
from bot.announce.digest import announcement_marker, group, stacked
from bot.announce.poster import PostResult, RateLimited
from bot.announce.schedule import Announcement
from bot.content.models import Content
from bot.core.clock import ManualClock
from bot.storage.database import CLAIMED, DELIVERED, LedgerKey, Storage, StorageUnavailable
from bot.ui.announcements import digest_heading, message_label, render_announcement, render_digest

UTC = dt.timezone.utc
FIRE = dt.datetime(2026, 6, 25, 13, 0, tzinfo=UTC)  # 09:00 EDT, 7 days before the 30-day deadlines (2 July)
DUE = dt.date(2026, 7, 2)
THIRTY_DAY = ("cisa-directives-due", "clearinghouse-due", "nss-dod-directives-due")  # a digest's order
CLAIM_TIMEOUT = dt.timedelta(minutes=10)


def ann(item: str, channel: str = "C1", at: dt.datetime = FIRE, lead: str = "7d", due: dt.date = DUE) -> Announcement:
    return Announcement(at, channel, item, lead, "deadline", due, "America/New_York")


def review(clock_id: int, name: str, channel: str = "C1", at: dt.datetime = FIRE) -> Announcement:
    return Announcement(at, channel, f"review:{clock_id}", "start", "review", DUE, "America/New_York", name, at.date())


def render(a: Announcement) -> tuple[str, list[dict[str, Any]]]:
    return f"{a.item_id} {a.lead}", [{"type": "section", "text": {"type": "mrkdwn", "text": a.item_id}}]


def markers_of(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["block_id"] for b in blocks if str(b.get("block_id", "")).startswith("eo-announcement:")]


# -- grouping ----------------------------------------------------------------------------------------------------
def test_one_message_per_channel_and_instant_in_time_order() -> None:
    later = FIRE + dt.timedelta(hours=1)
    items = [ann("z-due"), ann("x-due", at=later), ann("y-due"), ann("x-due", "C2"), ann("x-due")]
    messages = group(items)
    assert [[(a.channel, a.item_id, a.fire_at) for a in m] for m in messages] == [
        [("C1", "x-due", FIRE), ("C1", "y-due", FIRE), ("C1", "z-due", FIRE)],
        [("C2", "x-due", FIRE)],
        [("C1", "x-due", later)],
    ]


def test_a_digest_is_split_at_the_limit() -> None:
    items = [ann(f"item{i:02d}-due") for i in range(12)]
    assert [len(m) for m in group(items)] == [10, 2]
    assert [len(m) for m in group(items, limit=5)] == [5, 5, 2]
    assert [len(m) for m in group(items[:2], limit=0)] == [1, 1]
    assert group([]) == []


def test_the_heading_says_what_is_grouped() -> None:
    week = [ann(i) for i in THIRTY_DAY]
    assert digest_heading(week) == "3 deadlines due in 7 days"
    tomorrow = [ann(i, lead="1d", due=FIRE.date() + dt.timedelta(days=1)) for i in THIRTY_DAY[:2]]
    assert digest_heading(tomorrow) == "2 deadlines due tomorrow"
    today = ann("x-due", lead="0d", due=FIRE.date())
    assert digest_heading([today, *week[:2]]) == "3 deadlines: 1 due today, 2 due in 7 days"
    assert (
        digest_heading([today, review(1, "Model X"), review(2, "Model Y")]) == "1 deadline due today · 2 review clock reminders"
    )


# -- rendering ---------------------------------------------------------------------------------------------------
def test_a_digest_shows_each_item_as_its_own_announcement_would(real_content: Content) -> None:
    items = [ann(i) for i in THIRTY_DAY]
    markers = [announcement_marker(a) for a in items]
    text, blocks = render_digest(real_content, items, markers)
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["text"] == "3 deadlines due in 7 days"
    assert markers_of(blocks) == markers  # each item's part starts with its marker, in order
    for a in items:
        alone = render_announcement(real_content, a)[1]
        assert alone[0]["type"] == "header"  # the single message's heading is replaced by the digest's
        start = next(i for i, b in enumerate(blocks) if b.get("block_id") == announcement_marker(a))
        assert [{k: v for k, v in b.items() if k != "block_id"} for b in blocks[start : start + 3]] == alone[1:]
        part = json.dumps(blocks[start : start + 3])
        for label in ("Due in 7 days", "*Who:*", "*Provision:*", "*Date:*", "(7 days left)", "Sources:"):
            assert label in part
        assert real_content.deadlines[a.item_id].provision in part  # the Show full provision button's value
    assert sum(b["type"] == "divider" for b in blocks) == 2
    assert text.startswith("3 deadlines due in 7 days: CISA binding operational directives; AI cybersecurity clearinghouse")


def test_a_digest_escapes_what_users_typed_and_stays_within_slacks_block_limit(real_content: Content) -> None:
    items = [review(i, f"<!channel> & Model {i}") for i in range(10)]
    text, blocks = render_digest(real_content, items, [announcement_marker(a) for a in items])
    shown = json.dumps(blocks) + text
    assert "<!channel>" not in shown and "&lt;!channel&gt; &amp; Model 3" in shown
    assert blocks[0]["text"]["text"] == "10 review clock reminders"
    assert len(blocks) <= 50 and len({b["block_id"] for b in blocks if "block_id" in b}) == 11


def test_the_playground_names_every_item_of_the_next_message(real_content: Content) -> None:
    items = [ann(i) for i in THIRTY_DAY]
    label = message_label(items, real_content)
    assert label.startswith("3 deadlines due in 7 days, in one message: CISA binding operational directives (7 days ahead); AI")
    assert label.count("(7 days ahead)") == 3
    assert message_label(items[:1], real_content) == "CISA binding operational directives (7 days ahead)"


# -- delivery ----------------------------------------------------------------------------------------------------
class KeepingPoster:
    """A channel that keeps what is posted (blocks included) and can be searched for markers, like Slack's history."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.kept: list[Posted] = []
        self.lookups: list[list[str]] = []
        self.posts = 0

    async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
        self.posts += 1
        self.kept.append(Posted(channel, text, blocks, self.clock.now()))
        return PostResult(f"{1000 + len(self.kept)}.000100")

    async def find_markers(self, channel: str, markers: list[str]) -> dict[str, str]:
        self.lookups.append(list(markers))
        found: dict[str, str] = {}
        for n, p in enumerate(self.kept, start=1):
            for marker in set(markers) & set(markers_of(p.blocks)) if p.channel == channel else ():
                found.setdefault(marker, f"{1000 + n}.000100")
        return found


def delivery(storage: Storage, clock: ManualClock, poster: Any, owner: str = "p1", **kw: Any) -> Delivery:
    policy = DeliveryPolicy(claim_timeout=CLAIM_TIMEOUT)
    return Delivery(storage, poster, clock, render, policy=policy, sleep=FakeSleep(clock), owner=owner, **kw)


async def ledger(storage: Storage) -> dict[LedgerKey, tuple[str, Optional[str]]]:
    return {r.key: (r.state, r.message_ts) for r in await storage.ledger()}


async def test_three_due_together_are_one_message_and_three_ledger_rows_written_together(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    poster = FakePoster(clock)
    d = delivery(storage, clock, poster)
    writes: list[set[LedgerKey]] = []
    real = storage.mark_delivered_many

    async def spy(items: Any, owner: str, now: dt.datetime) -> None:
        writes.append({k for k, _ in items})
        await real(items, owner, now)

    storage.mark_delivered_many = spy  # type: ignore[method-assign]
    trio = [ann(i) for i in THIRTY_DAY]
    report = await d.deliver_many([*trio, ann("x-due", "C2")])
    assert set(report.outcomes.values()) == {"delivered"}
    (digest,) = poster.to("C1")
    assert markers_of(digest.blocks) == [announcement_marker(a) for a in trio]
    assert digest.text == "; ".join(f"{i} 7d" for i in THIRTY_DAY)  # the stacked default digest
    assert len(poster.to("C2")) == 1
    rows = await ledger(storage)
    assert {rows[a.key] for a in trio} == {(DELIVERED, rows[trio[0].key][1])}  # one ts for the three
    assert any({a.key for a in trio} <= w for w in writes), "the digest's items are marked delivered in one write"


async def test_a_digest_left_claimed_by_a_crashed_process_is_posted_once_by_the_next(storage: Storage) -> None:
    trio = [ann(i) for i in THIRTY_DAY]
    await storage.claim_many([(a.key, a.fire_at) for a in trio], "crashed", FIRE, CLAIM_TIMEOUT)  # died before posting
    clock = ManualClock(FIRE + CLAIM_TIMEOUT + dt.timedelta(seconds=1))
    poster = KeepingPoster(clock)
    report = await delivery(storage, clock, poster).deliver_many(trio)
    assert set(report.outcomes.values()) == {"delivered"} and poster.posts == 1
    assert poster.lookups == [[announcement_marker(a) for a in trio]], "one history read for the whole digest"
    assert {s for s, _ in (await ledger(storage)).values()} == {DELIVERED}


async def test_posted_but_not_recorded_the_next_process_records_the_digest_without_posting_again(
    storage: Storage,
) -> None:
    """The crash between Slack accepting the digest and the ledger write: the next process finds every item's marker
    in the channel and records them all with that message's ts."""
    other = await Storage.open(storage.engine.url.render_as_string(hide_password=False))
    try:
        clock = ManualClock(FIRE)
        poster = KeepingPoster(clock)

        async def down(*args: Any, **kw: Any) -> None:
            raise StorageUnavailable("database is locked")

        other.mark_delivered_many = down  # type: ignore[method-assign]
        other.mark_delivered = down  # type: ignore[method-assign]
        trio = [ann(i) for i in THIRTY_DAY]
        await delivery(other, clock, poster, owner="dies").deliver_many(trio)
        assert poster.posts == 1 and {s for s, _ in (await ledger(storage)).values()} == {CLAIMED}

        clock.advance(CLAIM_TIMEOUT + dt.timedelta(seconds=1))
        report = await delivery(storage, clock, poster, owner="next").deliver_many(trio)
        assert set(report.outcomes.values()) == {"delivered"}
        assert poster.posts == 1, "not posted again"
        assert set((await ledger(storage)).values()) == {(DELIVERED, "1001.000100")}
    finally:
        await other.close()


async def test_items_a_partial_earlier_message_shows_are_recorded_and_only_the_rest_posted(storage: Storage) -> None:
    clock = ManualClock(FIRE + CLAIM_TIMEOUT + dt.timedelta(seconds=1))
    poster = KeepingPoster(clock)
    trio = [ann(i) for i in THIRTY_DAY]
    _, shown = render_digest_for(trio[:2])
    poster.kept.append(Posted("C1", "earlier", shown, FIRE))  # a message carrying two of the three
    await storage.claim_many([(a.key, a.fire_at) for a in trio], "crashed", FIRE, CLAIM_TIMEOUT)
    report = await delivery(storage, clock, poster).deliver_many(trio)
    assert set(report.outcomes.values()) == {"delivered"} and poster.posts == 1
    (alone,) = poster.kept[1:]
    assert alone.text == f"{trio[2].item_id} 7d" and alone.blocks[0]["block_id"] == announcement_marker(trio[2])
    rows = await ledger(storage)
    assert [rows[a.key] for a in trio] == [(DELIVERED, "1001.000100")] * 2 + [(DELIVERED, "1002.000100")]


def render_digest_for(items: list[Announcement]) -> tuple[str, list[dict[str, Any]]]:
    return stacked(render)(items, [announcement_marker(a) for a in items])


async def test_a_rate_limited_digest_waits_then_goes_once(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    poster = FakePoster(clock)
    poster.fail(RateLimited(5))
    d = delivery(storage, clock, poster)
    trio = [ann(i) for i in THIRTY_DAY]
    assert set((await d.deliver_many(trio)).outcomes.values()) == {"delivered"}
    assert [(p.channel, p.at) for p in poster.posts] == [("C1", FIRE + dt.timedelta(seconds=5))]
    assert {r.attempts for r in await storage.ledger()} == {2}


async def test_a_renderer_that_drops_markers_posts_nothing_and_gives_the_claims_back(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    poster = FakePoster(clock)
    d = delivery(storage, clock, poster, render_digest=lambda items, markers: ("x", [{"type": "divider"}]))
    report = await d.deliver_many([ann(i) for i in THIRTY_DAY])
    assert set(report.outcomes.values()) == {"failed"} and poster.posts == []
    assert {(r.state, r.claimed_at) for r in await storage.ledger()} == {(CLAIMED, dt.datetime(2000, 1, 1, tzinfo=UTC))}


# -- one message per second per channel, across processes -------------------------------------------------------
class FastClock:
    """Runs twenty times faster than real time, with the matching sleep: real concurrency, a short test."""

    SPEED = 20.0

    def __init__(self, start: dt.datetime) -> None:
        self.start, self.origin = start, asyncio.get_running_loop().time()

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=(asyncio.get_running_loop().time() - self.origin) * self.SPEED)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds / self.SPEED)


async def test_two_processes_never_post_to_one_channel_within_a_second(storage: Storage) -> None:
    """Two Delivery instances on two connections to one database, each with its own messages for the same channel
    due at the same moment: by the injected clock, every post to the channel starts at least a second after the one
    before it ended (Slack takes 0.1 s for each), and other channels are not held back."""
    other = await Storage.open(storage.engine.url.render_as_string(hide_password=False))
    try:
        clock = FastClock(FIRE)
        posts: list[tuple[str, dt.datetime, dt.datetime]] = []  # (channel, started, ended)

        class SlowSlack(FakePoster):
            async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
                started = clock.now()
                await clock.sleep(0.1)
                posts.append((channel, started, clock.now()))
                return PostResult(f"{len(posts)}.000100")

        policy = DeliveryPolicy(claim_timeout=CLAIM_TIMEOUT, turn_lease=600)  # no crash here: ends, not leases, free C1
        a, b = (
            Delivery(s, SlowSlack(ManualClock(FIRE)), clock, render, policy=policy, sleep=clock.sleep, owner=o)
            for s, o in ((storage, "proc-a"), (other, "proc-b"))
        )
        ms = [FIRE + dt.timedelta(milliseconds=i) for i in range(4)]
        mine = [ann("x-due", at=ms[0]), ann("y-due", at=ms[0]), ann("w-due", at=ms[1]), ann("x-due", "C2", ms[0])]
        theirs = [ann("z-due", at=ms[2]), ann("v-due", at=ms[3])]
        reports = await asyncio.gather(a.deliver_many(mine), b.deliver_many(theirs))
        assert [r.count("delivered") for r in reports] == [4, 2], "both processes posted to C1"
        c1 = sorted((started, ended) for channel, started, ended in posts if channel == "C1")
        assert len(c1) == 4
        gaps = [(nxt[0] - prev[1]).total_seconds() for prev, nxt in zip(c1, c1[1:])]
        assert min(gaps) >= 1.0, gaps
        (c2,) = [started for channel, started, _ in posts if channel == "C2"]
        assert c2 < c1[1][0], "another channel is not held back by C1's spacing"
    finally:
        await other.close()


async def test_a_channel_turn_goes_to_one_process_at_a_time(storage: Storage) -> None:
    other = await Storage.open(storage.engine.url.render_as_string(hide_password=False))
    try:
        lease = dt.timedelta(seconds=10)
        takes = await asyncio.gather(
            *(s.take_turn("C1", f"{name}{i}", FIRE, lease) for i in range(10) for name, s in (("a", storage), ("b", other)))
        )
        assert takes.count(None) == 1 and set(takes) == {None, FIRE + lease}
        assert await other.take_turn("C2", "b0", FIRE, lease) is None, "turns are per channel"
    finally:
        await other.close()


async def test_a_turn_is_ended_by_its_holder_or_runs_out(storage: Storage) -> None:
    lease = dt.timedelta(seconds=10)
    assert await storage.take_turn("C1", "a", FIRE, lease) is None
    assert await storage.end_turns([("C1", FIRE)], "b") == 0, "only the holder ends a turn"
    assert await storage.end_turns([("C1", FIRE + dt.timedelta(seconds=1))], "a") == 1
    assert await storage.take_turn("C1", "b", FIRE + dt.timedelta(milliseconds=999), lease) == FIRE + dt.timedelta(seconds=1)
    assert await storage.take_turn("C1", "b", FIRE + dt.timedelta(seconds=1), lease) is None
    # b dies mid-post: its lease runs out and the channel is free again
    assert await storage.take_turn("C1", "c", FIRE + dt.timedelta(seconds=5), lease) == FIRE + dt.timedelta(seconds=11)
    assert await storage.take_turn("C1", "c", FIRE + dt.timedelta(seconds=11), lease) is None
    assert await storage.end_turns([("C1", FIRE)], "b") == 0, "a holder whose lease ran out ends nothing"


async def test_a_fan_out_takes_and_ends_its_channels_turns_in_one_write_each(storage: Storage) -> None:
    lease = dt.timedelta(seconds=10)
    assert await storage.take_turn("C7", "other", FIRE, lease) is None  # another process is posting to C7
    channels = [f"C{i}" for i in range(1000)]
    granted = await storage.take_turns(channels, "a", FIRE, lease)
    assert granted == set(channels) - {"C7"}
    later = {c: FIRE + dt.timedelta(seconds=1, milliseconds=i) for i, c in enumerate(channels)}
    assert await storage.end_turns(list(later.items()), "a") == 999
    assert await storage.take_turn("C500", "b", FIRE + dt.timedelta(seconds=1), lease) == later["C500"]
    assert await storage.take_turn("C500", "b", later["C500"], lease) is None


async def test_a_shutdown_ends_the_turns_of_posts_it_cancelled(storage: Storage) -> None:
    clock = ManualClock(FIRE)
    blocked = asyncio.Event()

    class Hanging(FakePoster):
        async def post(self, channel: str, text: str, blocks: list[dict[str, Any]]) -> PostResult:
            blocked.set()
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

    d = delivery(storage, clock, Hanging(clock))
    fan_out = asyncio.ensure_future(d.deliver_many([ann(i) for i in THIRTY_DAY]))
    await blocked.wait()
    assert await storage.take_turn("C1", "other", FIRE, dt.timedelta(seconds=5)) is not None  # held by the post
    fan_out.cancel()
    await asyncio.gather(fan_out, return_exceptions=True)
    assert await d.give_back_held("shutting down") == 3
    assert await storage.take_turn("C1", "other", FIRE + dt.timedelta(seconds=1), dt.timedelta(seconds=5)) is None


async def test_waiting_long_for_a_channel_held_elsewhere_keeps_the_claims_renewed(storage: Storage) -> None:
    """Another process holds the channel's turn for 250 s (a crash mid-post with a long lease): this one waits,
    renewing its claims after a third of the 10-minute claim timeout so nobody takes them over, then posts once."""
    assert await storage.take_turn("C1", "other", FIRE, dt.timedelta(seconds=250)) is None
    clock = ManualClock(FIRE)
    poster = FakePoster(clock)
    d = Delivery(
        storage, poster, clock, render, policy=DeliveryPolicy(claim_timeout=CLAIM_TIMEOUT), sleep=FakeSleep(clock), owner="p1"
    )
    renewals = []
    real = storage.refresh_claim

    async def spy(key: LedgerKey, owner: str, now: dt.datetime) -> bool:
        renewals.append(now)
        return await real(key, owner, now)

    storage.refresh_claim = spy  # type: ignore[method-assign]
    report = await d.deliver_many([ann(i) for i in THIRTY_DAY])
    assert set(report.outcomes.values()) == {"delivered"}
    assert [p.at for p in poster.posts] == [FIRE + dt.timedelta(seconds=250)]
    assert renewals == [FIRE + CLAIM_TIMEOUT / 3] * 3, "each item's claim renewed once, while waiting"
    assert {r.claimed_by for r in await storage.ledger()} == {"p1"}
