"""The services a running bot needs, built once and handed to the app and the handlers.

Nothing here knows about Slack requests; the Web API client lives here because background
work (replies after the ack) and start-up checks share it. :meth:`Services.start_announcements`
adds the database, the announcement scheduler and the subscription service (the running bot
calls it; tests that only need Q&A leave them out).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Generic, Hashable, Sequence, TypeVar

import aiohttp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.announcements import Announcements, open_announcements
from bot.engine.answer import Answer, Answerer, Turn
from bot.background import BackgroundTasks
from bot.clock import Clock, OffsetClock, SystemClock
from bot.content import Content, load_content
from bot.dedup import EventIdStore, InMemoryEventIdStore
from bot.scheduler import AnnouncementScheduler
from bot.subscriptions import SubscriptionService
from bot.settings import Settings, reveal
from bot.storage import Storage, StorageEventIdStore

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


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """At most ``size`` entries, least recently used evicted first; size 0 stores nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: K) -> V | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        if self.size <= 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)


class DailyCache(Generic[K, V]):
    """An :class:`LruCache` for one day at a time: seeing another day drops every entry.

    Answers count days (deadline status), so entries of an earlier day can never be used again; keyed by
    (question, day) in one LRU they would sit there until evicted, and a bot running for weeks would carry a
    full cache of them.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.day: dt.date | None = None
        self._lru: LruCache[K, V] = LruCache(size)

    def __len__(self) -> int:
        return len(self._lru)

    def get(self, day: dt.date, key: K) -> V | None:
        return self._lru.get(key) if day == self.day else None

    def put(self, day: dt.date, key: K, value: V) -> None:
        if day != self.day:
            self.day, self._lru = day, LruCache(self.size)
        self._lru.put(key, value)


class CachingAnswerer:
    """A small LRU in front of the engine, for the current day.

    The engine's answers depend on the question and on ``now.date()`` only (day counts), and the
    same questions recur (Share re-runs a command, suggested questions, popular phrasings), so a
    repeat within the day costs a dictionary lookup instead of a search.
    """

    def __init__(self, answerer: Answerer, size: int = 2048) -> None:
        self.engine = answerer
        self.size = size
        self._cache: DailyCache[str, Answer] = DailyCache(size)

    def answer(self, question: str, now: dt.datetime, context: Sequence[Turn] = ()) -> Answer:
        if self.size <= 0 or context:  # a follow-up's answer depends on its conversation: not cached
            return self.engine.answer(question, now, context)
        day = now.date()
        found = self._cache.get(day, question)
        if found is None:
            found = self.engine.answer(question, now)
            self._cache.put(day, question, found)
        return found


def default_clock(settings: Settings) -> Clock:
    return OffsetClock(settings.clock_start) if settings.clock_start else SystemClock()


@dataclass
class Services:
    settings: Settings
    content: Content
    answerer: Answerer | CachingAnswerer
    clock: Clock
    client: AsyncWebClient
    background: BackgroundTasks = field(default_factory=BackgroundTasks)
    event_ids: EventIdStore = field(default_factory=InMemoryEventIdStore)
    identity: AuthorizeResult | None = None
    # Rendered ``/eo ask`` acknowledgements (JSON bytes) by command text for the day, sized like the answer
    # cache: a repeated question skips cleaning, answering, Block Kit building and JSON encoding.
    acks: DailyCache[str, bytes] = field(default_factory=lambda: DailyCache(0))
    announcements: Announcements | None = None
    _session: aiohttp.ClientSession | None = None

    @classmethod
    def build(cls, settings: Settings, content: Content | None = None, clock: Clock | None = None) -> "Services":
        content = content or load_content(settings.content_dir)
        return cls(
            settings=settings,
            content=content,
            answerer=CachingAnswerer(Answerer(content), size=settings.answer_cache_size),
            clock=clock or default_clock(settings),
            client=build_client(settings),
            acks=DailyCache(settings.answer_cache_size),
        )

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
            self.announcements = await open_announcements(self.settings, self.content, self.clock, self.client)
            self.event_ids = StorageEventIdStore(self.announcements.storage, self.clock)
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
            try:
                result = await self.client.auth_test()
            except SlackApiError as exc:
                raise StartupError(
                    f"SLACK_BOT_TOKEN was rejected by Slack ({exc.response.get('error')}); copy it again from "
                    "Slack app settings > OAuth & Permissions > Bot User OAuth Token"
                ) from None
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
        if self._session is not None:
            await self._session.close()
            self._session = None
