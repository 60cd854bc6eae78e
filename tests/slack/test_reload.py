"""Content reload in one process: a new snapshot (content, engine, caches, updates) is built off the event loop and
swapped in whole; a request that holds the old one finishes on it; invalid content is refused with the message
``eo-bot content check`` prints, logged once, and the old content stays; what triggers a reload (database requests,
file changes) is answered."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import pytest
from update_fixtures import FixtureContent, clearinghouse_update, make_fixture_content

from bot.content.bundle import load_bundle, problem_text
from bot.content.loader import ContentError
from bot.core.clock import ManualClock
from bot.core.settings import load_settings
from bot.slack.reload import ContentReloader
from bot.slack.reload_triggers import ReloadTriggers
from bot.slack.services import Services
from bot.storage.content_records import ContentRecords
from bot.storage.database import Storage

NOW = dt.datetime(2026, 6, 20, 14, tzinfo=dt.timezone.utc)
QUESTION = "when is the clearinghouse due?"
OLD_TITLE, NEW_TITLE = "AI cybersecurity clearinghouse created", "AI cybersecurity clearinghouse stood up"


@pytest.fixture
def fixture(tmp_path: Path) -> FixtureContent:
    return make_fixture_content(tmp_path)


@pytest.fixture
async def services(fixture: FixtureContent):
    settings = load_settings(_env_file=None, EO_CONTENT_DIR=str(fixture.content), EO_BOT_SEEDS_DIR=str(fixture.seeds))
    built = Services.build(settings, clock=ManualClock(NOW))
    yield built
    await built.close()


def answer_text(snapshot) -> str:
    return snapshot.answerer.answer(QUESTION, NOW).text


async def test_a_reload_swaps_content_engine_caches_and_updates_at_once(services: Services, fixture: FixtureContent) -> None:
    before = services.live
    assert OLD_TITLE in answer_text(before) and services.updates == ()
    services.acks.put(NOW.date(), "ask x", b"old ack")
    fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
    fixture.write_updates([clearinghouse_update()])

    outcome = await ContentReloader(services).reload("test")

    assert outcome.ok and outcome.version == services.live.version != before.version
    assert "1 update (version" in outcome.message and str(fixture.content) in outcome.message
    assert NEW_TITLE in answer_text(services.live) and OLD_TITLE not in answer_text(services.live)
    assert services.content.deadlines["clearinghouse-due"].title == NEW_TITLE
    assert [u.id for u in services.updates] == ["clearinghouse-opens"]
    assert services.acks.get(NOW.date(), "ask x") is None  # the old content's acks went with it
    # A request that read the old snapshot finishes on it, whole.
    assert OLD_TITLE in answer_text(before) and before.content.deadlines["clearinghouse-due"].title == OLD_TITLE


async def test_invalid_content_is_refused_logged_once_and_the_old_content_stays(
    services: Services, fixture: FixtureContent, caplog: pytest.LogCaptureFixture
) -> None:
    before = services.live
    fixture.edit("deadlines.yaml", "provision: clearinghouse\n", "provision: no-such-provision\n")
    with pytest.raises(ContentError) as expected:
        load_bundle(fixture.content, fixture.seeds)

    with caplog.at_level(logging.INFO, logger="bot.slack.reload"):
        outcome = await ContentReloader(services).reload("test")

    assert not outcome.ok and outcome.message == problem_text(expected.value)
    assert "unknown entry 'no-such-provision'" in outcome.message
    assert services.live is before and OLD_TITLE in answer_text(services.live)
    refusals = [r for r in caplog.records if r.name == "bot.slack.reload"]
    assert [r.levelno for r in refusals] == [logging.ERROR] and outcome.message in refusals[0].getMessage()


async def test_requests_waiting_for_a_reload_share_it(services: Services) -> None:
    reloader = ContentReloader(services)
    first, again = reloader.request("SIGHUP"), reloader.request("SIGHUP")
    assert first is again
    await first
    assert reloader.request("SIGHUP") is not first  # after it started, a new request gets a new reload
    await services.background.wait_idle()


async def test_the_bot_keeps_answering_while_the_new_engine_is_built(services: Services, fixture: FixtureContent) -> None:
    fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
    reload = ContentReloader(services).request("test")
    during = []
    while not reload.done():
        during.append(answer_text(services.live))  # what a request arriving now gets
        await asyncio.sleep(0)
    assert (await reload).ok
    assert len(during) > 5 and all(OLD_TITLE in text for text in during[:-1])
    assert NEW_TITLE in answer_text(services.live)


async def test_a_request_in_the_database_is_reloaded_and_answered(services: Services, tmp_path: Path) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    records = ContentRecords(storage)
    wall = ManualClock(NOW)
    try:
        earlier = await records.request_reload("operator", NOW)  # made before the process started: not for it
        triggers = ReloadTriggers(ContentReloader(services), records, wall, owner="host:1")
        await triggers.start()
        assert [p.content_version for p in await records.live_processes(NOW)] == [services.live.version]
        request = await records.request_reload("operator", NOW)
        await triggers.tick()
        (answer,) = await records.results(request)
        assert answer.owner == "host:1" and answer.ok and answer.message.startswith("reloaded ")
        assert await records.results(earlier) == []
        await triggers.stop()
        assert await records.live_processes(NOW) == []
    finally:
        await storage.close()


async def test_changed_files_are_reloaded_once_they_hold_still(
    services: Services, fixture: FixtureContent, tmp_path: Path
) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    try:
        triggers = ReloadTriggers(ContentReloader(services), ContentRecords(storage), ManualClock(NOW), watch=fixture.content)
        await triggers.start()
        version = services.live.version
        await triggers.tick()
        assert len(services.background) == 0  # nothing changed
        fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
        await triggers.tick()
        assert len(services.background) == 0  # changed: wait one poll for the editor to finish
        await triggers.tick()
        await services.background.wait_idle()
        assert services.live.version != version and NEW_TITLE in answer_text(services.live)
        await triggers.tick()
        assert len(services.background) == 0  # reloaded once
        await triggers.stop()
    finally:
        await storage.close()


async def test_changed_files_that_do_not_validate_are_refused_once(
    services: Services, fixture: FixtureContent, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await Storage.open(f"sqlite:///{tmp_path / 'eo.db'}")
    try:
        triggers = ReloadTriggers(ContentReloader(services), ContentRecords(storage), ManualClock(NOW), watch=fixture.content)
        await triggers.start()
        before = services.live
        fixture.edit("deadlines.yaml", "days_after_signing: 30", "days_after_signing: -1")
        with caplog.at_level(logging.ERROR, logger="bot.slack.reload"):
            for _ in range(4):  # noticed, held still, then nothing new to reload
                await triggers.tick()
                await services.background.wait_idle()
        assert services.live is before
        assert len([r for r in caplog.records if "content reload refused" in r.getMessage()]) == 1
        await triggers.stop()
    finally:
        await storage.close()


async def test_a_reload_embeds_only_the_text_that_changed(
    services: Services, fixture: FixtureContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.engine.semantic import shared_encoder

    encoder = shared_encoder()
    if encoder is None:
        pytest.skip("the sentence encoder is not built")
    embedded: list[str] = []
    encode = encoder.encode

    def counting(texts: list[str], batch_size: int = 32):  # type: ignore[no-untyped-def]
        embedded.extend(texts)
        return encode(texts, batch_size)

    monkeypatch.setattr(encoder, "encode", counting)
    fixture.edit("deadlines.yaml", f'title: "{OLD_TITLE}"', f'title: "{NEW_TITLE}"')
    assert (await ContentReloader(services).reload("test")).ok
    # At most the one changed passage (the deadline's "title: what"); none if an earlier run left it in the cache.
    assert len(embedded) <= 1 and all(text.startswith(NEW_TITLE) for text in embedded)
