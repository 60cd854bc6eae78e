"""Wiring of the deadline announcements for a running bot: storage, delivery, scheduler and subscriptions.

:func:`open_announcements` runs inside the bot's event loop (APScheduler's AsyncIOScheduler binds to it).
Posting uses its own Web API client without the SDK's retry handlers: :class:`bot.announce.delivery.Delivery` does the
retrying itself, renewing its ledger claim between attempts, and its timeout stays well under the claim timeout
so another process never takes over an announcement whose post is still in flight. Announcements due together in
a channel go out as one digest (:func:`bot.ui.announcements.render_digest`); the one-message-per-second spacing of a
channel is kept in the database, by the wall clock, so it holds across processes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import partial
from typing import Optional, Sequence

from slack_sdk.web.async_client import AsyncWebClient

from bot.announce.delivery import Delivery, DeliveryPolicy
from bot.announce.digest import Render, RenderDigest
from bot.announce.schedule import PlanSettings
from bot.announce.scheduler import AnnouncementScheduler
from bot.announce.subscriptions import SubscriptionService
from bot.announce.updates import UpdateFeed
from bot.content.models import Content
from bot.content.updates import Update
from bot.core.clock import Clock, SystemClock
from bot.core.settings import Settings
from bot.slack.poster import SlackPoster
from bot.storage.content_records import ContentRecords
from bot.storage.database import Storage
from bot.ui.announcements import render_announcement, render_digest

log = logging.getLogger(__name__)

MAX_RESYNC = dt.timedelta(seconds=60)


def plan_settings(settings: Settings) -> PlanSettings:
    return PlanSettings(settings.reminder_leads, settings.announce_time, settings.timezone)


def post_timeout(settings: Settings) -> int:
    """Seconds a post may take: well under the claim timeout, at most 10."""
    return int(max(1, min(10, settings.claim_timeout.total_seconds() / 3)))


def delivery_policy(settings: Settings) -> DeliveryPolicy:
    claim = settings.claim_timeout
    return DeliveryPolicy(
        catchup_window=settings.catchup_window,
        claim_timeout=claim,
        max_wait=min(300.0, claim.total_seconds() / 2),
        turn_lease=post_timeout(settings) + 2.0,  # a channel's turn outlives any post + the 1 s interval, and no more
    )


def resync_interval(settings: Settings) -> dt.timedelta:
    """How often the plan is re-derived: half the claim timeout (so crashed claims are taken over promptly),
    at most a minute (so a subscription made through another process is picked up soon)."""
    return min(MAX_RESYNC, settings.claim_timeout / 2)


def poster_client(client: AsyncWebClient, settings: Settings) -> AsyncWebClient:
    return AsyncWebClient(
        token=client.token, base_url=client.base_url, timeout=post_timeout(settings), session=client.session, retry_handlers=[]
    )


@dataclass
class Announcements:
    storage: Storage
    scheduler: AnnouncementScheduler
    subscriptions: SubscriptionService
    poster: SlackPoster
    plan: PlanSettings

    grace: float = 0.0  # seconds in-flight announcements may take to finish at shutdown
    updates: Optional[UpdateFeed] = None

    def use_content(self, content: Content, updates: Sequence[Update]) -> None:
        """Plan, check subscriptions and render from this content from now on (a reload); then reschedule."""
        self.scheduler.content = content
        self.subscriptions.content = content
        delivery = self.scheduler.delivery
        delivery.render, delivery.render_digest = renderers(content)
        if self.updates is not None:
            self.updates.updates = tuple(updates)

    async def close(self) -> None:
        await self.scheduler.shutdown(self.grace)
        await self.storage.close()


def renderers(content: Content) -> tuple[Render, RenderDigest]:
    """How one announcement, and a digest of several, are rendered from ``content`` (swapped on a reload)."""
    return partial(render_announcement, content), partial(render_digest, content)


async def open_announcements(
    settings: Settings, content: Content, clock: Clock, client: AsyncWebClient, updates: Sequence[Update] = ()
) -> Announcements:
    """Open (and migrate) the database, plan and start the scheduler; call from inside the event loop."""
    if settings.clock_start is not None:
        log.warning(
            "EO_CLOCK_START is set: the bot's clock started at %s and runs at real speed; "
            "announcements follow that clock, not the real date",
            settings.clock_start.isoformat(),
        )
    storage = await Storage.open(settings.database_url)
    try:
        plan = plan_settings(settings)
        poster = SlackPoster(poster_client(client, settings))
        render, digest = renderers(content)
        delivery = Delivery(
            storage,
            poster,
            clock,
            render,
            render_digest=digest,
            policy=delivery_policy(settings),
            turn_clock=SystemClock(),  # posting turns are shared by every process: real time, even under EO_CLOCK_START
        )
        feed = UpdateFeed(ContentRecords(storage), clock, updates)
        scheduler = AnnouncementScheduler(
            storage,
            content,
            plan,
            clock,
            delivery,
            catchup_window=settings.catchup_window,
            resync_interval=resync_interval(settings),
            updates=feed,
        )
        subscriptions = SubscriptionService(
            storage, content, plan, clock, admins=settings.admins, on_change=scheduler.reschedule, can_post=poster.can_post
        )
        await scheduler.start()
    except BaseException:
        await storage.close()
        raise
    log.info("deadline announcements running", extra={"fields": {"database": storage.engine.dialect.name}})
    return Announcements(storage, scheduler, subscriptions, poster, plan, grace=settings.shutdown_grace, updates=feed)
