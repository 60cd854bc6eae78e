"""Announcing updates: which subscriptions an update concerns, when it is announced (when it first appeared in any
process), and that two processes sharing a database post it once per channel through the delivery ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from announce_fakes import FakePoster, FakeSleep, storage  # noqa: F401
from update_fixtures import cisa_update, clearinghouse_update, make_fixture_content

from bot.announce.delivery import Delivery
from bot.announce.schedule import PlanSettings
from bot.announce.scheduler import AnnouncementScheduler
from bot.announce.updates import UPDATE_LEAD, UpdateFeed, concerns, plan_updates, update_time
from bot.content.bundle import Bundle, load_bundle
from bot.core.clock import ManualClock
from bot.storage.content_records import ContentRecords
from bot.storage.database import DELIVERED, LedgerKey, Storage, Subscription
from bot.ui.announcements import render_announcement

UTC = dt.timezone.utc
PLAN = PlanSettings([dt.timedelta(days=7), dt.timedelta(days=1), dt.timedelta(0)], dt.time(9), "America/New_York")
LONG_AGO = dt.datetime(2026, 6, 3, 12, tzinfo=UTC)
NOW = dt.datetime(2026, 7, 10, 14, tzinfo=UTC)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    fixture = make_fixture_content(tmp_path_factory.mktemp("updates"))
    fixture.write_updates([clearinghouse_update(), cisa_update()])
    return load_bundle(fixture.content, fixture.seeds)


def sub(channel: str, ids: tuple[str, ...] | None = None, created: dt.datetime = LONG_AGO, **kw: object) -> Subscription:
    return Subscription(channel, ids, None, False, None, "U1", created, **kw)  # type: ignore[arg-type]


def test_a_subscription_to_everything_gets_every_update(bundle: Bundle) -> None:
    assert all(concerns(u, sub("C1"), bundle.content) for u in bundle.updates)


def test_a_chosen_deadline_gets_updates_about_it_or_its_provision(bundle: Bundle) -> None:
    cisa, clearinghouse = bundle.updates  # newest first
    by_deadline = sub("C1", ("clearinghouse-due",))
    assert concerns(clearinghouse, by_deadline, bundle.content) and not concerns(cisa, by_deadline, bundle.content)
    by_provision = sub("C2", ("cisa-directives-due",))  # the CISA update names the provision cisa-bods, no deadline
    assert concerns(cisa, by_provision, bundle.content) and not concerns(clearinghouse, by_provision, bundle.content)
    assert not any(concerns(u, sub("C3", ("classified-benchmark-due",)), bundle.content) for u in bundle.updates)


def test_plan_announces_when_the_update_first_appeared_to_each_concerned_channel(bundle: Bundle) -> None:
    seen = {u.id: NOW for u in bundle.updates}
    subs = [
        sub("C1"),
        sub("C2", ("clearinghouse-due",)),
        sub("C3", ("classified-benchmark-due",)),  # concerned by neither
        replace(sub("C4"), paused=True),  # the bot cannot post there
        sub("C5", created=NOW + dt.timedelta(minutes=1)),  # subscribed after the updates appeared: /eo news has them
    ]
    planned = plan_updates(bundle.content, bundle.updates, seen, subs, PLAN)
    assert sorted((a.channel, a.item_id) for a in planned) == [
        ("C1", "update:clearinghouse-opens"),
        ("C1", "update:first-cisa-directive"),
        ("C2", "update:clearinghouse-opens"),
    ]
    assert {a.fire_at for a in planned} == {NOW} and {a.lead for a in planned} == {UPDATE_LEAD}
    assert all(a.kind == "update" and a.update is not None and a.due == a.update.date for a in planned)
    assert plan_updates(bundle.content, bundle.updates, {}, subs, PLAN) == []  # not seen yet: not planned


def test_an_update_dated_later_is_announced_at_the_announce_time_on_its_date(bundle: Bundle) -> None:
    update = bundle.updates[0]  # dated 2026-07-08
    early = dt.datetime(2026, 7, 7, 20, tzinfo=UTC)
    assert update_time(update, early, "America/New_York", dt.time(9)) == dt.datetime(2026, 7, 8, 13, tzinfo=UTC)
    assert update_time(update, NOW, "America/New_York", dt.time(9)) == NOW


def test_the_announcement_says_what_happened_with_its_sources(bundle: Bundle) -> None:
    seen = {u.id: NOW for u in bundle.updates}
    (announcement,) = plan_updates(bundle.content, bundle.updates[1:], seen, [sub("C1")], PLAN)
    text, blocks = render_announcement(bundle.content, announcement)
    shown = str(blocks)
    assert text == "What's new: Treasury's AI cybersecurity clearinghouse takes its first reports (Mon 6 Jul 2026)"
    assert "Report 900 (fixture), citing a Treasury spokesperson" in shown
    assert "AI cybersecurity clearinghouse created" in shown and "Mon 6 Jul 2026" in shown  # the deadline, the date
    assert "Show full provision" in shown and "/eo news" in shown


async def test_the_first_appearance_is_recorded_once_for_every_process(storage: Storage, bundle: Bundle) -> None:  # noqa: F811
    records = ContentRecords(storage)
    first = UpdateFeed(records, ManualClock(NOW), bundle.updates)
    later = UpdateFeed(records, ManualClock(NOW + dt.timedelta(minutes=5)), bundle.updates)  # another process, later
    subs = [sub("C1")]
    assert await first.plan(bundle.content, subs, PLAN) == await later.plan(bundle.content, subs, PLAN)
    assert set((await records.first_seen([u.id for u in bundle.updates], NOW + dt.timedelta(days=1))).values()) == {NOW}


async def test_two_schedulers_on_one_database_post_each_update_once_per_channel(tmp_path: Path, bundle: Bundle) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    clock = ManualClock(NOW)
    poster = FakePoster(clock)
    try:
        await storage.upsert_subscription("C1", None, None, "U1", LONG_AGO)
        await storage.upsert_subscription("C2", ["clearinghouse-due"], None, "U1", LONG_AGO)
        await storage.upsert_subscription("C3", ["classified-benchmark-due"], None, "U1", LONG_AGO)
        schedulers = []
        for owner in ("process-a", "process-b"):
            render = lambda a: render_announcement(bundle.content, a)  # noqa: E731
            delivery = Delivery(storage, poster, clock, render, sleep=FakeSleep(clock), owner=owner)
            feed = UpdateFeed(ContentRecords(storage), clock, bundle.updates)
            schedulers.append(AnnouncementScheduler(storage, bundle.content, PLAN, clock, delivery, updates=feed))
        for scheduler in schedulers + schedulers:
            await scheduler.start()
            await scheduler.wait_idle()
        # C1's two updates appear at the same instant: one digest message; each item is still its own ledger row.
        assert sorted(p.channel for p in poster.posts) == ["C1", "C2"]
        assert sorted(p.text.count("What's new") for p in poster.posts) == [1, 2]
        rows = {r.key: r.state for r in await storage.ledger() if r.key.item_id.startswith("update:")}
        assert rows == {
            LedgerKey("C1", "update:clearinghouse-opens", "news"): DELIVERED,
            LedgerKey("C1", "update:first-cisa-directive", "news"): DELIVERED,
            LedgerKey("C2", "update:clearinghouse-opens", "news"): DELIVERED,
        }
        assert poster.to("C3") == []
    finally:
        for scheduler in schedulers:
            await scheduler.shutdown()
        await storage.close()
