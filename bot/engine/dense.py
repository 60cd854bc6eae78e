"""Dense retrieval: every entry's passages (title, summary, facts, example questions, deadlines) as sentence vectors.

An entry's dense score for a question is the cosine similarity of the question to the entry's closest passage
(max-sim), so an entry is found by whichever of its sentences the question resembles: an example question
("who runs the clearinghouse?") or a fact. Passage vectors are computed once per distinct text and kept in a
cache file keyed by the encoder's fingerprint and each text's hash, so a restart or a content reload embeds
only new or changed text. Questions are embedded once each (a small LRU memo: one question's clauses and
retries reuse it).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

from bot.content.models import Content

log = logging.getLogger(__name__)

ORDER_DOC = "order"
GAP_PREFIX = "gap:"  # doc ids of what the reports do not say (content/gaps.yaml), kept apart from the entries
QUERY_MEMO = 256
# Several of an entry's passages (title, examples, paraphrases) close to a question are votes for it: each passage at
# least this close counts one (bot.engine.retrieve accepts a first entry with enough votes).
VOTE_FLOOR = 0.48
SEARCH_MEMO = 8  # rankings kept for the texts searched last
PassageField = Literal["title", "summary", "detail", "example", "paraphrase", "deadline", "discrepancy", "gap", "verdict"]
# A paraphrase (content's ``paraphrases``) is written in words other than its entry's, often generic ones ("what's the
# deal with…"), so its similarity counts a little less than a curated example's: it widens the net without outbidding
# the entry a question's own words point to.
PARAPHRASE_WEIGHT = 0.92
# A paraphrase of something the reports do not say declines the question it matches, so it must match more closely.
GAP_PARAPHRASE_WEIGHT = 0.8


class Encodes(Protocol):
    fingerprint: str

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray: ...


@dataclass(frozen=True)
class Passage:
    doc_id: str
    field: PassageField
    text: str
    deadline: str | None = None  # the deadline id, for passages about one deadline
    verdict: str | None = None  # for a yes/no question the entry settles: "Yes", "No" or "The reports don't say"


@dataclass(frozen=True)
class DenseHit:
    doc_id: str
    score: float
    passage: Passage
    support: int = 1  # how many of the entry's passages are at least VOTE_FLOOR close to the text


def passages(content: Content) -> list[Passage]:
    """The texts that represent each entry (and the order itself) in the dense index."""
    order = content.order
    found = [
        Passage(ORDER_DOC, "title", f"{order.title} ({order.short_name}), the executive order"),
        Passage(ORDER_DOC, "summary", order.summary),
        Passage(ORDER_DOC, "detail", f"When was the order signed? {order.signing_date_note}"),
    ]
    found += [Passage(ORDER_DOC, "example", q) for q in order.examples]
    found += [Passage(ORDER_DOC, "paraphrase", q) for q in order.paraphrases]
    for entry in content.entries.values():
        found.append(Passage(entry.id, "title", entry.title))
        found.append(Passage(entry.id, "summary", entry.summary))
        found += [Passage(entry.id, "detail", f.text) for f in entry.details]
        found += [Passage(entry.id, "example", q) for q in entry.examples]
        found += [Passage(entry.id, "paraphrase", q) for q in entry.paraphrases]
        found += [Passage(entry.id, "verdict", y.q, verdict=y.verdict) for y in entry.yes_no]
        for disc in entry.discrepancies:
            found.append(Passage(entry.id, "discrepancy", disc.topic))
            found += [Passage(entry.id, "discrepancy", v.text) for v in disc.versions]
    for deadline in content.deadlines.values():
        doc = deadline.provision
        found.append(Passage(doc, "deadline", f"{deadline.title}: {deadline.what}", deadline.id))
        found += [Passage(doc, "deadline", q, deadline.id) for q in deadline.examples]
        found += [Passage(doc, "paraphrase", q, deadline.id) for q in deadline.paraphrases]
    for gap in content.gaps.values():
        found += [Passage(GAP_PREFIX + gap.id, "gap", text) for text in (gap.unknown, *gap.examples)]
        found += [Passage(GAP_PREFIX + gap.id, "paraphrase", text) for text in gap.paraphrases]
    return found


# Chat shorthand the encoder never learnt, spelt out before embedding ("which agencies write the classified stds?").
SHORTHAND = {
    "b4": "before",
    "rn": "right now",
    "govt": "government",
    "gvt": "government",
    "ppl": "people",
    "abt": "about",
    "regs": "regulations",
    "reqs": "requirements",
    "stds": "standards",
    "std": "standard",
    "diff": "different",
    "og": "original",
    "natsec": "national security",
    "smth": "something",
    "sth": "something",
    "wat": "what",
    "wut": "what",
}
_SHORTHAND = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True)) + r")(?![\w.])", re.I)


def as_embedded(text: str) -> str:
    """The text as the encoder sees it: shorthand spelt out, without closing punctuation, on both sides. The question
    splitter drops a clause's "?", and the encoder reads "who writes it" and "who writes it?" differently, so neither
    side keeps it."""
    text = _SHORTHAND.sub(lambda m: SHORTHAND[m.group(1).lower()], text)
    return text.strip().rstrip("?!. ").strip() or text.strip()


def _key(fingerprint: str, text: str) -> str:
    return hashlib.sha1(f"{fingerprint}\0{text}".encode()).hexdigest()


class VectorCache:
    """Passage vectors on disk (one .npz of keys and vectors), keyed by encoder fingerprint + text hash."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def load(self) -> dict[str, np.ndarray]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            with np.load(self.path, allow_pickle=False) as data:
                return dict(zip(data["keys"].tolist(), data["vectors"]))
        except (OSError, ValueError, KeyError) as exc:
            log.warning("embedding cache %s unreadable (%s); recomputing", self.path, exc)
            return {}

    def save(self, vectors: dict[str, np.ndarray]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp.npz")
            np.savez(tmp, keys=np.array(list(vectors)), vectors=np.vstack(list(vectors.values())))
            tmp.replace(self.path)
        except OSError as exc:  # a read-only install still answers; it just embeds again next start
            log.warning("embedding cache %s not written (%s)", self.path, exc)


class DenseIndex:
    def __init__(self, content: Content, encoder: Encodes, cache: VectorCache | None = None) -> None:
        self.encoder = encoder
        self.content = content
        self.passages = passages(content)
        self._paraphrase = np.array([p.field == "paraphrase" for p in self.passages])
        gap = np.array([p.doc_id.startswith(GAP_PREFIX) for p in self.passages])
        weights = np.where(self._paraphrase, np.where(gap, GAP_PARAPHRASE_WEIGHT, PARAPHRASE_WEIGHT), 1.0).astype(np.float32)
        self.matrix = self._vectors(cache or VectorCache(None)) * weights[:, None]
        self.doc_ids = list(dict.fromkeys(p.doc_id for p in self.passages))
        column = {d: i for i, d in enumerate(self.doc_ids)}
        self._doc_of = np.array([column[p.doc_id] for p in self.passages])
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._searched: dict[tuple[str, bool], tuple[DenseHit, ...]] = {}
        self._lock = threading.Lock()

    def _vectors(self, cache: VectorCache) -> np.ndarray:
        known = cache.load()
        fingerprint = self.encoder.fingerprint
        texts = [as_embedded(p.text) for p in self.passages]
        keys = [_key(fingerprint, t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))
        if missing:
            # One text at a time: int8 activations are quantised per call, so a text's vector must not depend on
            # which other texts share its batch (a question is always embedded alone).
            for text, vector in zip(missing, self.encoder.encode(missing, batch_size=1)):
                known[_key(fingerprint, text)] = vector
            cache.save({k: known[k] for k in dict.fromkeys(keys)})
        return np.vstack([known[k] for k in keys]).astype(np.float32)

    def embed(self, text: str) -> np.ndarray:
        text = as_embedded(text)
        with self._lock:
            vector = self._memo.get(text)
            if vector is not None:
                self._memo.move_to_end(text)
                return vector
        vector = self.encoder.encode([text], batch_size=1)[0]
        with self._lock:
            self._memo[text] = vector
            if len(self._memo) > QUERY_MEMO:
                self._memo.popitem(last=False)
        return vector

    def closest(self, text: str, field: PassageField, limit: int = 1) -> list[DenseHit]:
        """The ``limit`` passages of ``field`` closest to the text, closest first."""
        rows = [i for i, p in enumerate(self.passages) if p.field == field]
        if not rows:
            return []
        sims = self.matrix[rows] @ self.embed(text)
        order = np.argsort(-sims)[:limit]
        return [DenseHit(self.passages[rows[i]].doc_id, float(sims[i]), self.passages[rows[i]]) for i in order]

    def search(self, text: str, limit: int | None = None, curated: bool = False) -> list[DenseHit]:
        """Entries ranked by their closest passage to the text, best first. ``curated``: paraphrases left out, for
        decisions that a curated passage must vouch for (overriding a question's shape)."""
        key = (text, curated)
        with self._lock:
            ranked = self._searched.get(key)
        if ranked is None:
            ranked = self._rank(text, curated)
            with self._lock:  # one question searches the same few texts several times: the last few are kept
                if len(self._searched) >= SEARCH_MEMO:
                    self._searched.pop(next(iter(self._searched)))
                self._searched[key] = ranked
        return list(ranked if limit is None else ranked[:limit])

    def _rank(self, text: str, curated: bool) -> tuple[DenseHit, ...]:
        sims = self.matrix @ self.embed(text)
        if curated:
            sims = np.where(self._paraphrase, -1.0, sims)
        order = np.argsort(-sims, kind="stable")
        votes = np.bincount(self._doc_of[sims >= VOTE_FLOOR], minlength=len(self.doc_ids))
        # each entry's first (closest) passage in that order, entries in the order of those passages
        _, first = np.unique(self._doc_of[order], return_index=True)
        best = order[np.sort(first)]
        return tuple(
            DenseHit(self.passages[int(i)].doc_id, float(sims[i]), self.passages[int(i)], int(votes[self._doc_of[int(i)]]))
            for i in best
        )
