"""Announcement benchmark: 1,000 subscribed channels on SQLite in a temp dir.

Prints: time to plan the schedule at start-up (AnnouncementScheduler.start: read subscriptions, plan, read the
ledger, create the APScheduler jobs; target < 1 s), lateness of a due minute's fan-out (every channel gets the
three 30-day deadlines at 09:00, as one digest message; each post takes the channel's turn in the database, and a
channel's k-th post would be forced k seconds later by the one-per-second-per-channel limit; lateness is measured
beyond that; target p99 < 2 s) against a fake poster with 20 ms latency per post, and peak memory (ru_maxrss;
target < 150 MB).

Usage: .venv/bin/python bench/bench_schedule.py [--channels 1000] [--latency 0.02]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.announce.delivery import Delivery  # noqa: E402
from bot.announce.poster import PostResult  # noqa: E402
from bot.announce.schedule import PlanSettings  # noqa: E402
from bot.announce.scheduler import AnnouncementScheduler  # noqa: E402
from bot.content.loader import load_content  # noqa: E402
from bot.core.clock import OffsetClock  # noqa: E402
from bot.slack.announcements import renderers  # noqa: E402
from bot.storage.database import Storage, subscriptions  # noqa: E402

UTC = dt.timezone.utc
PLAN = PlanSettings([dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)], dt.time(9), "America/New_York")
FIRE = dt.datetime(2026, 7, 2, 13, tzinfo=UTC)  # 09:00 EDT on the 30-day due date


class LatencyPoster:
    def __init__(self, clock: OffsetClock, latency: float) -> None:
        self.clock, self.latency = clock, latency
        self.posted: list[tuple[str, dt.datetime]] = []

    async def post(self, channel: str, text: str, blocks: list) -> PostResult:
        started = self.clock.now()
        await asyncio.sleep(self.latency)
        self.posted.append((channel, started))
        return PostResult(f"{len(self.posted)}.0")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def main(channels: int, latency: float) -> None:
    content = load_content()
    with tempfile.TemporaryDirectory() as tmp:
        storage = await Storage.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        created = dt.datetime(2026, 6, 2, tzinfo=UTC)
        async with storage.engine.begin() as conn:
            await conn.execute(
                subscriptions.insert(),
                [
                    dict(
                        channel_id=f"C{i:06d}",
                        deadline_ids="*",
                        timezone=None,
                        paused=False,
                        created_by="U",
                        created_at=created,
                        updated_at=created,
                    )
                    for i in range(channels)
                ],
            )

        # 1. planning at start-up, 10 seconds before the fan-out minute
        clock = OffsetClock(FIRE - dt.timedelta(days=3))
        poster = LatencyPoster(clock, latency)
        render, digest = renderers(content)
        delivery = Delivery(storage, poster, clock, render, render_digest=digest)
        sched = AnnouncementScheduler(storage, content, PLAN, clock, delivery)
        t0 = time.perf_counter()
        summary = await sched.start()
        plan_s = time.perf_counter() - t0
        await sched.shutdown()
        print(f"channels: {channels}; planned announcements: {summary.planned}; jobs: {summary.jobs}")
        print(f"plan schedule at start-up: {plan_s * 1000:.0f} ms (target < 1000 ms)")

        # 2. fan-out of one due minute, by a clock that reads exactly 09:00 at the start
        clock = OffsetClock(FIRE)
        poster = LatencyPoster(clock, latency)
        render, digest = renderers(content)
        delivery = Delivery(storage, poster, clock, render, render_digest=digest)
        sched = AnnouncementScheduler(storage, content, PLAN, clock, delivery)
        pending = [a for a in await sched_pending(storage, content) if a.fire_at == FIRE]
        t0 = time.perf_counter()
        report = await delivery.deliver_many(pending)
        total = time.perf_counter() - t0
        seen: dict[str, int] = {}
        lateness = []
        for channel, started in sorted(poster.posted, key=lambda p: p[1]):
            forced = seen.get(channel, 0)  # k-th post in a channel is forced k seconds late
            seen[channel] = forced + 1
            lateness.append((started - FIRE).total_seconds() - forced)
        print(
            f"fan-out: {len(pending)} announcements to {len(seen)} channels in {total:.2f} s; "
            f"delivered {report.count('delivered')}, posts {len(poster.posted)}"
        )
        print(
            f"lateness beyond the per-channel limit: p50 {statistics.median(lateness):.3f} s, "
            f"p99 {percentile(lateness, 99):.3f} s, max {max(lateness):.3f} s (target p99 < 2 s)"
        )
        await storage.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak_mb:.0f} MB (target < 150 MB)")


async def sched_pending(storage: Storage, content):  # noqa: ANN001
    from bot.announce.scheduler import pending_announcements

    return await pending_announcements(storage, content, PLAN)


if __name__ == "__main__":
    import logging

    logging.basicConfig(level=logging.WARNING, format="log: %(levelname)s %(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    asyncio.run(main(args.channels, args.latency))
