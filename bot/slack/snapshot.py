"""The content a running bot answers from, with everything derived from it, as ONE object.

A reload builds a new :class:`ContentSnapshot` off the event loop and swaps it in with a single reference
assignment (:meth:`bot.slack.services.Services.swap`): a request reads the snapshot it started with, so it answers
entirely from the old content or entirely from the new, and the answer and ack caches (which hold answers of one
content) go with their snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.bundle import Bundle
from bot.content.models import Content
from bot.content.updates import Update
from bot.engine.answer import Answerer
from bot.engine.cache import CachingAnswerer, DailyCache
from bot.engine.dense import DenseIndex, VectorCache
from bot.engine.encoder import default_model_dir
from bot.engine.semantic import shared_encoder


@dataclass(frozen=True)
class ContentSnapshot:
    content: Content
    answerer: Answerer | CachingAnswerer
    acks: DailyCache[str, bytes]  # rendered /eo ask acks of this content, by command text, for the day
    updates: tuple[Update, ...] = ()  # newest first
    version: str = ""


def dense_index(content: Content) -> DenseIndex | None:
    """A dense index of this content built with the process's one encoder; passage vectors come from the on-disk
    cache, so only new or changed text is embedded. (Not ``shared_dense_index``: its per-content registry would keep
    every replaced content alive.)"""
    encoder = shared_encoder()
    if encoder is None:
        return None
    return DenseIndex(content, encoder, VectorCache(default_model_dir() / "passages.npz"))


def build_snapshot(bundle: Bundle, cache_size: int, *, reload: bool = False) -> ContentSnapshot:
    """The engine (lexical and dense indexes) and empty caches for the bundle's content (about half a second of CPU).
    At start-up the dense index is the process-wide shared one; a reload builds its own, so replaced contents are freed
    (at most the start-up one stays in the shared registry)."""
    answerer = Answerer(bundle.content, dense=dense_index(bundle.content) if reload else "auto")
    return ContentSnapshot(
        bundle.content,
        CachingAnswerer(answerer, size=cache_size),
        DailyCache(cache_size),
        bundle.updates,
        bundle.version,
    )


def snapshot_of(content: Content, answerer: Answerer | CachingAnswerer, updates: tuple[Update, ...] = ()) -> ContentSnapshot:
    """A snapshot around an engine built elsewhere (tests, tools); no ack cache."""
    return ContentSnapshot(content, answerer, DailyCache(0), updates)
