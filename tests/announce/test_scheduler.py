"""bot/scheduler.py: jobs derived from content + subscriptions, fired by APScheduler on the bot's clock."""

from __future__ import annotations

import asyncio
import datetime as dt

from announce_fakes import FakePoster, FakeSleep

from bot.announce.delivery import Delivery
from bot.announce.schedule import PlanSettings
from bot.announce.scheduler import JOB_PREFIX, AnnouncementScheduler, next_announcement
from bot.content.models import Content
from bot.core.clock import ManualClock, OffsetClock
from bot.storage.database import DELIVERED, Storage

UTC = dt.timezone.utc
PLAN = PlanSettings([dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)], dt.time(9), "America/New_York")
SIGNED = dt.datetime(2026, 6, 2, 12, tzinfo=UTC)
CISA_DUE = dt.datetime(2026, 7, 2, 13, tzinfo=UTC)  # 09:00 EDT on the due day
WALL = dt.datetime(2030, 1, 1, tzinfo=UTC)


async def setup(tmp_path, content: Content, now: dt.datetime, wall_now=lambda: WALL):
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    clock = ManualClock(now)
    poster = FakePoster(clock)
    delivery = Delivery(storage, poster, clock, lambda a: (a.item_id + " " + a.lead, []), sleep=FakeSleep(clock), owner="t")
    sched = AnnouncementScheduler(storage, content, PLAN, clock, delivery, wall_now=wall_now)
    return storage, clock, poster, sched


async def test_jobs_are_one_per_fire_time_converted_to_wall_clock(tmp_path, real_content: Content) -> None:
    storage, clock, poster, sched = await setup(tmp_path, real_content, SIGNED)
    try:
        await storage.upsert_subscription("C1", ["cisa-directives-due", "clearinghouse-due"], None, "U", SIGNED)
        await storage.upsert_subscription("C2", None, None, "U", SIGNED)
        summary = await sched.start()
        # 5 deadlines fall on two dates (30 and 60 days): 2 dates x 3 leads = 6 distinct instants
        assert summary.jobs == 6 and summary.future == (2 + 5) * 3 and summary.catch_up == summary.stale == 0
        offset = SIGNED - WALL  # the bot's clock runs behind the wall clock by this much
        assert sched.job_times()[-1] == CISA_DUE + dt.timedelta(days=30) - offset
        assert sched.to_wall(CISA_DUE) == CISA_DUE - offset
        await storage.delete_subscription("C2")
        await storage.delete_subscription("C1")
        assert (await sched.reschedule()).jobs == 0
        assert [j for j in sched.scheduler.get_jobs() if j.id.startswith(JOB_PREFIX)] == []
    finally:
        await sched.shutdown()
        await storage.close()


async def test_job_fires_by_the_bots_clock(tmp_path, real_content: Content) -> None:
    """EO_CLOCK_START-style clock reading 0.3 s before 09:00 on the due day; the wall clock is years away."""
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    clock = OffsetClock(CISA_DUE - dt.timedelta(seconds=0.3))
    poster = FakePoster(clock)  # type: ignore[arg-type]
    delivery = Delivery(storage, poster, clock, lambda a: (a.item_id + " " + a.lead, []), owner="t")
    sched = AnnouncementScheduler(storage, real_content, PLAN, clock, delivery)
    try:
        # subscribed an hour before: the 7d and 1d reminders predate the subscription
        await storage.upsert_subscription("C1", ["cisa-directives-due"], None, "U", CISA_DUE - dt.timedelta(hours=1))
        summary = await sched.start()
        assert (summary.jobs, summary.stale, summary.catch_up) == (1, 0, 0)
        # the job runs at the wall-clock instant the bot's clock reads 09:00, however long start-up took on a busy
        # machine: compare with that instant, not with "0.3 s from now"
        wall_at_due = dt.datetime.now(UTC) + (CISA_DUE - clock.now())
        assert abs((sched.job_times()[0] - wall_at_due).total_seconds()) < 0.05
        for _ in range(300):  # the job fires after at most ~0.3 s of real time
            if poster.posts:
                break
            await asyncio.sleep(0.01)
        assert [p.text for p in poster.posts] == ["cisa-directives-due 0d"]
        assert CISA_DUE <= poster.posts[0].at < CISA_DUE + dt.timedelta(seconds=0.5)  # on time by the bot's clock
        await asyncio.sleep(0.05)
        assert [(r.key.lead, r.state) for r in await storage.ledger()] == [("0d", DELIVERED)]
    finally:
        await sched.shutdown()
        await storage.close()


async def test_catch_up_after_downtime_posts_young_skips_old(tmp_path, real_content: Content) -> None:
    # down from before the 1d reminder (July 1, 09:00) until July 2, 10:00: 1d is 25 h old, 0d is 1 h old
    storage, clock, poster, sched = await setup(tmp_path, real_content, CISA_DUE + dt.timedelta(hours=1))
    try:
        await storage.upsert_subscription("C1", ["cisa-directives-due"], None, "U", SIGNED)
        summary = await sched.start()
        await sched.wait_idle()
        assert (summary.catch_up, summary.stale) == (1, 2)
        assert [p.text for p in poster.posts] == ["cisa-directives-due 0d"]
        again = await sched.reschedule()  # a restart re-plans: nothing left to catch up
        await sched.wait_idle()
        assert (again.catch_up, again.stale, again.planned) == (0, 0, 0) and len(poster.posts) == 1
    finally:
        await sched.shutdown()
        await storage.close()


async def test_paused_channels_and_next_announcement(tmp_path, real_content: Content) -> None:
    storage, clock, poster, sched = await setup(tmp_path, real_content, SIGNED)
    try:
        await storage.upsert_subscription("C1", None, None, "U", SIGNED)
        await storage.upsert_subscription("C2", None, "Europe/London", "U", SIGNED)
        nxt = await next_announcement(storage, real_content, PLAN, SIGNED)
        assert nxt.channel == "C2" and nxt.fire_at == dt.datetime(2026, 6, 25, 8, tzinfo=UTC)  # 09:00 BST first
        await storage.pause_subscription("C2", "is_archived", SIGNED)
        await sched.start()
        assert sched.delivery.paused_channels == {"C2"}
        assert (await next_announcement(storage, real_content, PLAN, SIGNED)).channel == "C1"
    finally:
        await sched.shutdown()
        await storage.close()


async def test_subscribing_again_after_the_clock_moved_back_plans_from_then_and_repeats_nothing(
    tmp_path, real_content: Content
) -> None:
    """Subscribed on July 10, got the July 25 reminders, then the clock is moved back to the signing day and the
    channel subscribes again: it is planned from the signing day, but nothing the ledger settled comes back."""
    from bot.announce.subscriptions import Subscribed, SubscriptionService

    july_10, july_25 = dt.datetime(2026, 7, 10, 15, tzinfo=UTC), dt.datetime(2026, 7, 25, 13, tzinfo=UTC)
    storage, clock, poster, sched = await setup(tmp_path, real_content, july_10)
    service = SubscriptionService(storage, real_content, PLAN, clock, on_change=sched.reschedule)
    try:
        await sched.start()
        await service.subscribe("C1", "U1", "")  # the 30-day reminders (3 deadlines x 3 leads) are summarised, skipped
        clock.set(july_25 + dt.timedelta(seconds=1))
        await sched.reschedule()  # as the job at 09:00 would: the two 60-day deadlines' 7-day reminders
        await sched.wait_idle()
        posted = [item for p in poster.posts for item in p.text.split("; ")]  # same-instant items share one digest
        assert sorted(posted) == ["classified-benchmark-due 7d", "implementation-details-due 7d"]

        clock.set(SIGNED)  # moved back (EO_CLOCK_START), the ledger kept
        result = await service.subscribe("C1", "U1", "")
        assert isinstance(result, Subscribed) and result.subscription.created_at == SIGNED
        assert [(a.item_id, a.lead) for a in result.next] == [
            ("classified-benchmark-due", "1d"),
            ("implementation-details-due", "1d"),
            ("classified-benchmark-due", "0d"),
            ("implementation-details-due", "0d"),
        ], "nothing delivered or skipped before is planned again"

        for due_at in (dt.datetime(2026, 7, 31, 13, tzinfo=UTC), dt.datetime(2026, 8, 1, 13, tzinfo=UTC)):
            clock.set(due_at + dt.timedelta(seconds=1))
            await sched.reschedule()
            await sched.wait_idle()
        texts = [item for p in poster.posts for item in p.text.split("; ")]
        assert len(texts) == len(set(texts)) == 6, texts
        ledger = await storage.ledger("C1")
        assert len({r.key for r in ledger}) == len(ledger) == 5 * 3
        assert sorted(r.state for r in ledger).count(DELIVERED) == 6 and all(r.state in (DELIVERED, "skipped") for r in ledger)
    finally:
        await sched.shutdown()
        await storage.close()
