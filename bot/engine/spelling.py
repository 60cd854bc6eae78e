"""Typo correction against the index vocabulary (symmetric-delete lookup, no dependencies).

Every vocabulary word is stored under each string obtained by deleting up to ``max_edits``
characters; a typo is looked up the same way and candidates are confirmed with the true
(Damerau-)Levenshtein distance. Lookups cost microseconds, so they fit the latency budget.

Only non-words are corrected: a common English word (bot.engine.common_words) is a word the asker
meant, even when it is one letter from an index word ("valuation" is not "validation"). A
two-edit correction is made only when exactly one vocabulary word is that close.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Container

# -- Common English words that correction must leave alone ------------------------------------------------
# Common English words (4-24 letters) that typo correction must leave alone.
#
# ``data/common_words.txt`` lists the 30,000 most frequent English words of the ``wordfreq`` package (3.1.1,
# ``top_n_list("en", 30000)``, alphabetic ASCII only), so that "valuation" is never "corrected" to
# "validation" nor "body" to "bods". Not a runtime dependency: the file is the data.
#
# The words are held as a sorted array of their CRC-32 checksums (about 100 KB instead of the ~4 MB a set
# of 27,000 strings costs in the bot's memory). A checksum collision could only make an unknown word count
# as common, which leaves it uncorrected: the safe direction.
SOURCE = Path(__file__).resolve().parent / "data" / "common_words.txt"


class WordSet:
    """Membership test for a fixed word list, by checksum."""

    def __init__(self, path: Path = SOURCE) -> None:
        checksums: set[int] = set()
        with path.open("rb") as lines:
            for line in lines:
                word = line.strip()
                if word:
                    checksums.add(zlib.crc32(word))
        self._sums = array("I", sorted(checksums))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        i = bisect_left(self._sums, key)
        return i < len(self._sums) and self._sums[i] == key

    def __len__(self) -> int:
        return len(self._sums)


WORDS = WordSet()

COMMON_WORDS = WORDS


MIN_LENGTH = 4
MAX_LENGTH = 24  # longer "words" are noise (pasted hashes, "xxxx..."): never corrected


def max_edits(word: str) -> int:
    """Edits tolerated for a word of this length: none for short words, 2 for long ones."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
        return 0
    return 1 if len(word) < 8 else 2


def _deletes(word: str, edits: int) -> set[str]:
    result = frontier = {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        result = result | frontier
    return result


def distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (Levenshtein plus adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class SpellingCorrector:
    def __init__(self, frequencies: Counter[str], keep: Container[str] = COMMON_WORDS) -> None:
        self.frequencies = frequencies
        self.keep = keep
        self._table: dict[str, list[str]] = {}
        for word in frequencies:
            for key in _deletes(word, max_edits(word)):
                self._table.setdefault(key, []).append(word)
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def _correct(self, word: str) -> str | None:
        """The closest vocabulary word, or None when nothing is close enough."""
        edits = max_edits(word)
        if edits == 0 or word in self.keep:
            return None
        candidates: set[str] = set()
        for key in _deletes(word, edits):
            candidates.update(self._table.get(key, ()))
        ranked: list[tuple[int, int, str]] = []
        for cand in candidates:
            # Typos rarely hit the first letter; requiring it keeps real words ("hold") from being "fixed".
            # Both cheap checks come before the distance: a length gap is a lower bound on it.
            limit = min(edits, max_edits(cand))
            if cand[0] != word[0] or abs(len(cand) - len(word)) > limit:
                continue
            d = distance(word, cand)
            if d > limit or d == 0:
                continue
            ranked.append((d, -self.frequencies[cand], cand))
        if not ranked:
            return None
        ranked.sort()
        d, _, best = ranked[0]
        if d == 2 and sum(1 for r in ranked if r[0] == 2) > 1:
            return None  # two readings just as far away: not a typo we can resolve
        return best
