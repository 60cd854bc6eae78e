"""Dense retrieval: passages per entry, max-sim ranking, and the on-disk vector cache."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from bot.content.loader import load_content
from bot.content.models import Content
from bot.engine.dense import GAP_PREFIX, DenseIndex, VectorCache, as_embedded, passages
from bot.engine.semantic import shared_encoder


class CountingEncoder:
    """The real encoder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.inner = shared_encoder()
        assert self.inner is not None
        self.fingerprint = self.inner.fingerprint
        self.texts: list[str] = []

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        self.texts += texts
        return self.inner.encode(texts, batch_size)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def test_every_entry_and_gap_has_passages(content: Content) -> None:
    docs = {p.doc_id for p in passages(content)}
    assert set(content.entries) <= docs and "order" in docs
    assert {GAP_PREFIX + g for g in content.gaps} <= docs
    examples = [p for p in passages(content) if p.field == "example"]
    assert len(examples) >= 3 * len(content.entries)  # every entry has example questions


def test_search_ranks_each_entry_once_by_its_closest_passage(content: Content, tmp_path: Path) -> None:
    index = DenseIndex(content, CountingEncoder(), VectorCache(tmp_path / "v.npz"))
    hits = index.search("who is in charge of the AI cybersecurity clearinghouse")
    assert hits[0].doc_id == "clearinghouse"
    assert len({h.doc_id for h in hits}) == len(hits) == len(index.doc_ids)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_vectors_are_cached_by_text_and_only_new_text_is_embedded(content: Content, tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.npz")
    first = CountingEncoder()
    built = DenseIndex(content, first, cache)
    assert len(first.texts) == len({as_embedded(p.text) for p in built.passages})

    again = CountingEncoder()
    DenseIndex(content, again, cache)
    assert again.texts == []  # a restart embeds nothing

    entry = content.entries["mythos"]
    changed_entry = entry.model_copy(update={"examples": [*entry.examples, "a brand new example question?"]})
    changed = Content(**{**content.__dict__, "entries": {**content.entries, "mythos": changed_entry}})
    third = CountingEncoder()
    DenseIndex(changed, third, cache)
    assert third.texts == ["a brand new example question"]  # only what changed (as embedded: no closing "?")


def test_an_unreadable_cache_is_rebuilt(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "v.npz"
    path.write_bytes(b"not a numpy file")
    counting = CountingEncoder()
    DenseIndex(content, counting, VectorCache(path))
    assert counting.texts and path.stat().st_size > 1000


def test_paraphrases_are_dense_passages_weighted_below_curated_ones_and_never_lexical(content: Content) -> None:
    """Paraphrases widen the semantic net (their own passages, counted at PARAPHRASE_WEIGHT) but their foreign
    words stay out of the BM25F index, and ``curated`` searches leave them out."""
    from bot.engine.dense import PARAPHRASE_WEIGHT
    from bot.engine.index import Index
    from bot.engine.semantic import shared_dense_index

    entry = content.entries["voluntary-review"]
    assert entry.paraphrases
    own = [p for p in passages(content) if p.doc_id == entry.id and p.field == "paraphrase"]
    assert [p.text for p in own] == entry.paraphrases

    dense = shared_dense_index(content)
    assert dense is not None
    text = entry.paraphrases[0]
    row = next(i for i, p in enumerate(dense.passages) if p.field == "paraphrase" and p.text == text)
    assert float(dense.matrix[row] @ dense.embed(text)) == pytest.approx(PARAPHRASE_WEIGHT, abs=0.02)
    assert dense.search(text)[0].passage.field == "paraphrase"
    assert all(h.passage.field != "paraphrase" for h in dense.search(text, curated=True))

    index = Index(content)
    foreign = set().union(*(index.terms_of(q) for e in content.entries.values() for q in e.paraphrases)) - index.vocab
    assert foreign  # words only paraphrases use are not in the lexical index...
    moved = dataclasses.replace(
        content,
        entries={k: e.model_copy(update={"examples": [*e.examples, *e.paraphrases]}) for k, e in content.entries.items()},
    )
    assert foreign <= Index(moved).vocab  # ...as they would be, were they examples


def test_chat_shorthand_is_spelt_out_for_the_encoder_and_abbreviations_are_left_alone() -> None:
    assert (
        as_embedded("who writes the classified stds? diff lists b4")
        == "who writes the classified standards? different lists before"
    )
    assert as_embedded("Is the U.S. govt in?") == "Is the U.S. government in"
    assert as_embedded("STDS rn") == "standards right now"


def test_gap_paraphrases_count_less_than_entry_paraphrases(content: Content) -> None:
    """A paraphrase of something the reports do not say declines what it matches, so it is discounted more."""
    from bot.engine.dense import GAP_PARAPHRASE_WEIGHT, PARAPHRASE_WEIGHT
    from bot.engine.semantic import shared_dense_index

    assert GAP_PARAPHRASE_WEIGHT < PARAPHRASE_WEIGHT < 1.0
    dense = shared_dense_index(content)
    assert dense is not None
    gap = next(g for g in content.gaps.values() if g.paraphrases)
    text = gap.paraphrases[0]
    row = next(i for i, p in enumerate(dense.passages) if p.doc_id == GAP_PREFIX + gap.id and p.text == text)
    assert dense.passages[row].field == "paraphrase"
    assert float(dense.matrix[row] @ dense.embed(text)) == pytest.approx(GAP_PARAPHRASE_WEIGHT, abs=0.02)


def test_each_hit_counts_the_passages_voting_for_its_entry(real_content) -> None:
    from bot.engine.dense import VOTE_FLOOR
    from bot.engine.semantic import shared_dense_index

    index = shared_dense_index(real_content)
    question = "Which senators spoke about a possible law on this?"
    hits = index.search(question)
    sims = index.matrix @ index.embed(question)
    for hit in hits[:5]:
        rows = [i for i, p in enumerate(index.passages) if p.doc_id == hit.doc_id]
        assert hit.support == sum(1 for i in rows if sims[i] >= VOTE_FLOOR)
    assert hits[0].support >= 2  # the congress entry: its title and several of its questions


def test_each_entry_is_ranked_by_its_closest_passage_as_a_plain_loop_would(real_content) -> None:
    """The vectorised ranking (and its memo of recent texts) gives what walking the passages in order gives."""
    from bot.engine.semantic import shared_dense_index

    index = shared_dense_index(real_content)
    question = "who runs the clearinghouse and when is it due"
    for curated in (False, True):
        sims = index.matrix @ index.embed(question)
        if curated:
            sims = np.where([p.field == "paraphrase" for p in index.passages], -1.0, sims)
        expected: dict[str, float] = {}
        for i in np.argsort(-sims, kind="stable"):
            expected.setdefault(index.passages[int(i)].doc_id, float(sims[i]))
        hits = index.search(question, curated=curated)
        assert [(h.doc_id, h.score) for h in hits] == list(expected.items())
        assert index.search(question, curated=curated) == hits  # the memo gives the same ranking again
        assert index.search(question, limit=3, curated=curated) == hits[:3]
