"""Digests: the announcements due at the same instant in the same channel go out as one message.

:func:`group` splits announcements into messages: one per (channel, ``fire_at``), at most ``limit`` items each
(Slack allows 50 blocks in a message). A message of one item is the plain announcement; a message of several is a
digest, rendered by a :data:`RenderDigest` (the bot's is :func:`bot.ui.announcements.render_digest`).

Each item keeps its own ledger row and its own **marker**, the ``block_id`` of its first block (for a single
announcement the message's first block, in a digest the first block of the item's part). Delivery reads the markers
back from the channel's history to tell which items a crashed process or an ambiguous failure already posted, so
every item is recorded once whichever message carried it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable, Sequence

from bot.announce.schedule import Announcement

Block = dict[str, Any]
Render = Callable[[Announcement], tuple[str, list[Block]]]
# (items, their markers in the same order) -> (fallback text, blocks); each item's first block carries its marker.
RenderDigest = Callable[[Sequence[Announcement], Sequence[str]], tuple[str, list[Block]]]

MARKER_PREFIX = "eo-announcement"
DIGEST_PREFIX = f"{MARKER_PREFIX}-digest"
MAX_ITEMS = 10  # a digest of 10 is 40 blocks (Slack's limit is 50)


def announcement_marker(a: Announcement) -> str:
    """Identifies an announcement's message (or its part of a digest) in its channel (``block_id``, <= 255 chars)."""
    return f"{MARKER_PREFIX}:{a.item_id}:{a.lead}"[:255]


def digest_marker(items: Sequence[Announcement]) -> str:
    """The ``block_id`` of a digest's heading (its items' markers are on their own blocks)."""
    return f"{DIGEST_PREFIX}:{len(items)}"


def with_marker(blocks: list[Block], marker: str) -> list[Block]:
    if not blocks:
        return blocks
    return [{**blocks[0], "block_id": marker}, *blocks[1:]]


def block_ids(blocks: Iterable[Block]) -> set[str]:
    return {str(b["block_id"]) for b in blocks if isinstance(b, dict) and b.get("block_id")}


def group(items: Iterable[Announcement], limit: int = MAX_ITEMS) -> list[list[Announcement]]:
    """The messages for ``items``: those sharing a channel and a ``fire_at`` together, split into chunks of at most
    ``limit``; messages ordered by time, then channel; inside one, the soonest due first, deadlines before reviews."""
    by_message: dict[tuple[dt.datetime, str], list[Announcement]] = {}
    for a in sorted(items):
        by_message.setdefault((a.fire_at, a.channel), []).append(a)
    size = max(1, limit)
    out: list[list[Announcement]] = []
    for same in by_message.values():
        same.sort(key=lambda a: (a.due, a.kind, a.item_id, a.lead))
        out.extend(same[i : i + size] for i in range(0, len(same), size))
    return out


def stacked(render: Render) -> RenderDigest:
    """A plain digest from a single-announcement renderer: the items' messages one under another, divided, each
    item's first block carrying its marker (for callers without a digest renderer of their own: tests, benches)."""

    def render_digest(items: Sequence[Announcement], markers: Sequence[str]) -> tuple[str, list[Block]]:
        texts: list[str] = []
        blocks: list[Block] = []
        for a, marker in zip(items, markers):
            text, own = render(a)
            texts.append(text)
            if blocks:
                blocks.append({"type": "divider"})
            blocks.extend(with_marker(own or [{"type": "section", "text": {"type": "mrkdwn", "text": text}}], marker))
        return "; ".join(texts), blocks

    return render_digest
