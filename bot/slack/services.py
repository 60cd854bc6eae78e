"""The services a running bot needs, built once and handed to the app and the handlers.

Nothing here knows about Slack requests; the Web API client lives here because background
work (replies after the ack) and start-up checks share it. :meth:`Services.start_announcements`
adds the database, the announcement scheduler and the subscription service (the running bot
calls it; tests that only need Q&A leave them out).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace

import aiohttp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.announce.scheduler import AnnouncementScheduler
from bot.announce.subscriptions import SubscriptionService
from bot.content.bundle import Bundle, load_bundle
from bot.content.models import Content
from bot.content.updates import Update, content_version
from bot.core.background import BackgroundTasks
from bot.core.clock import Clock, OffsetClock, SystemClock
from bot.core.settings import Settings, reveal
from bot.engine.answer import Answerer
from bot.engine.cache import CachingAnswerer, DailyCache
from bot.feedback.service import FeedbackService
from bot.slack.announcements import Announcements, open_announcements
from bot.slack.dedup import EventIdStore, InMemoryEventIdStore
from bot.slack.snapshot import ContentSnapshot, build_snapshot
from bot.slack.web_api import call
from bot.storage.database import Storage, StorageEventIdStore
from bot.storage.feedback import FeedbackRecords

log = logging.getLogger(__name__)


class StartupError(Exception):
    """Start-up cannot continue; the message is one line for the operator."""


def build_client(settings: Settings) -> AsyncWebClient:
    token = reveal(settings.slack_bot_token) or None
    return AsyncWebClient(
        token=token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=3),
            AsyncServerErrorRetryHandler(max_retry_count=2),
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


def default_clock(settings: Settings) -> Clock:
    return OffsetClock(settings.clock_start) if settings.clock_start else SystemClock()


@dataclass
class Services:
    settings: Settings
    # The content being served with its engine and caches, swapped whole by a reload (bot.slack.snapshot): read it
    # once per request (``services.live``) where a request awaits between using the engine and the content.
    live: ContentSnapshot
    clock: Clock
    client: AsyncWebClient
    background: BackgroundTasks = field(default_factory=BackgroundTasks)
    event_ids: EventIdStore = field(default_factory=InMemoryEventIdStore)
    identity: AuthorizeResult | None = None
    announcements: Announcements | None = None
    feedback: FeedbackService | None = None  # with the database: feedback clicks and decline counts for the curators
    _session: aiohttp.ClientSession | None = None

    @classmethod
    def build(
        cls, settings: Settings, content: Content | None = None, clock: Clock | None = None, updates: tuple[Update, ...] = ()
    ) -> "Services":
        """Services for ``content`` (and its ``updates``), or for the bundle in ``settings.content_dir`` when not given."""
        if content is None:
            bundle = load_bundle(settings.content_dir, settings.seeds_dir)
        else:
            version = content_version(content.directory) if content.directory else ""
            bundle = Bundle(content, tuple(updates), version)
        return cls(
            settings=settings,
            live=build_snapshot(bundle, settings.answer_cache_size),
            clock=clock or default_clock(settings),
            client=build_client(settings),
        )

    @property
    def content(self) -> Content:
        return self.live.content

    @property
    def answerer(self) -> Answerer | CachingAnswerer:
        return self.live.answerer

    @property
    def updates(self) -> tuple[Update, ...]:
        """The content's dated developments, newest first."""
        return self.live.updates

    @property
    def acks(self) -> DailyCache[str, bytes]:
        """Rendered ``/eo ask`` acknowledgements (JSON bytes) by command text for the day, sized like the answer
        cache: a repeated question skips cleaning, answering, Block Kit building and JSON encoding."""
        return self.live.acks

    @acks.setter
    def acks(self, cache: DailyCache[str, bytes]) -> None:
        self.live = replace(self.live, acks=cache)

    def swap(self, snapshot: ContentSnapshot) -> None:
        """Serve ``snapshot`` from now on: one reference assignment (requests under way keep the one they read), and
        the announcement planner, subscriptions and rendering follow it in the same step (no await in between).
        Call :meth:`resync_announcements` next."""
        self.live = snapshot
        if self.announcements is not None:
            self.announcements.use_content(snapshot.content, snapshot.updates)

    async def resync_announcements(self) -> None:
        """Re-plan announcements for the content being served (new or changed deadlines and updates)."""
        if self.announcements is not None:
            await self.announcements.scheduler.reschedule()

    def today(self) -> dt.date:
        """Today's date in the bot's timezone (deadlines are whole days)."""
        return self.clock.now().astimezone(self.settings.tz).date()

    async def start(self) -> None:
        """Open the shared HTTP session and check the bot token once (auth.test)."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self.client.session = self._session
        await self.authorize()

    async def start_announcements(self) -> Announcements:
        """Open the database, start the scheduler, and keep processed event ids in the database (shared by every
        bot process). Call after :meth:`start` and before the app is created (its dedup middleware takes
        :attr:`event_ids`)."""
        if self.announcements is None:
            self.announcements = await open_announcements(self.settings, self.content, self.clock, self.client, self.updates)
            self.event_ids = StorageEventIdStore(self.announcements.storage, self.clock)
            self.feedback = FeedbackService.from_settings(self.settings, FeedbackRecords(self.announcements.storage), self.clock)
        return self.announcements

    @property
    def storage(self) -> Storage | None:
        return self.announcements.storage if self.announcements else None

    @property
    def scheduler(self) -> AnnouncementScheduler | None:
        return self.announcements.scheduler if self.announcements else None

    @property
    def subscriptions(self) -> SubscriptionService | None:
        return self.announcements.subscriptions if self.announcements else None

    async def authorize(self, **_: object) -> AuthorizeResult:
        """Bolt's ``authorize``: the identity from the start-up auth.test, fetched once."""
        if self.identity is None:
            result = await call(self.client.auth_test())
            if not result.ok and result.transient:
                raise StartupError(
                    f"Slack could not be reached to check SLACK_BOT_TOKEN ({result.error}, HTTP {result.status}); "
                    "check the network or SLACK_API_URL and start again"
                )
            if not result.ok:
                raise StartupError(
                    f"SLACK_BOT_TOKEN was rejected by Slack ({result.error}); copy it again from "
                    "Slack app settings > OAuth & Permissions > Bot User OAuth Token"
                )
            self.identity = AuthorizeResult(
                enterprise_id=result.get("enterprise_id"),
                team_id=result.get("team_id"),
                bot_user_id=result.get("user_id"),
                bot_id=result.get("bot_id"),
                bot_token=self.client.token,
            )
            log.info("authenticated", extra={"fields": {"team": result.get("team_id"), "bot_user": result.get("user_id")}})
        return self.identity

    async def close(self) -> None:
        await self.background.drain()
        if self.announcements is not None:
            await self.announcements.close()
            self.announcements = None
            self.feedback = None
        if self._session is not None:
            await self._session.close()
            self._session = None
