"""The process-wide sentence encoder and dense index: loaded once, shared by every ``Answerer``.

Loading the encoder costs a few hundred milliseconds and its memory; a process needs one. When the encoder
cannot be loaded (not built and no build tools), the engine falls back to lexical retrieval and says so once
in the log, so a broken install degrades answers instead of refusing to start.
"""

from __future__ import annotations

import logging
import threading

from bot.content.models import Content
from bot.engine.dense import DenseIndex, VectorCache
from bot.engine.encoder import Encoder, EncoderUnavailable, default_model_dir

log = logging.getLogger(__name__)

_lock = threading.Lock()
_encoder: Encoder | None = None
_failed = False
_indexes: dict[int, DenseIndex] = {}


def shared_encoder() -> Encoder | None:
    global _encoder, _failed
    with _lock:
        if _encoder is None and not _failed:
            try:
                _encoder = Encoder.load()
            except EncoderUnavailable as exc:
                _failed = True
                log.error("semantic retrieval off, answering with lexical retrieval only: %s", exc)
        return _encoder


def shared_dense_index(content: Content) -> DenseIndex | None:
    """The dense index of this content (one per Content object; vectors cached on disk by text)."""
    encoder = shared_encoder()
    if encoder is None:
        return None
    with _lock:
        index = _indexes.get(id(content))
        if index is None or index.content is not content:
            index = _indexes[id(content)] = DenseIndex(content, encoder, VectorCache(default_model_dir() / "passages.npz"))
        return index
