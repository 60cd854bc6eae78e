"""Common English words (4-24 letters) that typo correction must leave alone.

``data/common_words.txt`` lists the 30,000 most frequent English words of the ``wordfreq`` package (3.1.1,
``top_n_list("en", 30000)``, alphabetic ASCII only), so that "valuation" is never "corrected" to
"validation" nor "body" to "bods". Not a runtime dependency: the file is the data.

The words are held as a sorted array of their CRC-32 checksums (about 100 KB instead of the ~4 MB a set
of 27,000 strings costs in the bot's memory). A checksum collision could only make an unknown word count
as common, which leaves it uncorrected: the safe direction.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from pathlib import Path

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
