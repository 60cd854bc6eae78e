"""Case-insensitive patterns matched on lower-cased text.

Python's ``re`` scans several times faster without ``re.I``: ``ci(pattern)`` compiles the pattern
(written in lower case) without the flag and lower-cases the text before ``search``/``match``/
``findall``/``finditer``. ``sub`` and ``split`` keep the original text (their output is shown),
so they use an ``re.I`` compile of the same pattern. Question text has been NFKC-normalised by
``bot.engine.index.clean``, so lower-casing and ``re.I`` agree on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_ESCAPE = re.compile(r"\\.")


class CI:
    """A case-insensitive pattern with the interface of ``re.Pattern`` used by the engine."""

    __slots__ = ("pattern", "_low", "_ci", "_last")

    def __init__(self, pattern: str) -> None:
        if any(c.isupper() for c in _ESCAPE.sub("", pattern)):
            raise ValueError(f"case-insensitive pattern must be written in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self._low = re.compile(pattern)
        self._ci: re.Pattern[str] | None = None  # compiled on first sub/split: most patterns only search
        self._last: tuple[str, re.Match[str] | None] = ("", self._low.search(""))

    def search(self, text: str) -> re.Match[str] | None:
        """Memoised for the last text: a question is checked against the same pattern several times."""
        last, found = self._last
        if text == last:
            return found
        found = self._low.search(text.lower())
        self._last = (text, found)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        return self._low.match(text.lower())

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._low.fullmatch(text.lower())

    def findall(self, text: str) -> list:
        return self._low.findall(text.lower())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._low.finditer(text.lower())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self._keeping_case().sub(repl, text)

    def split(self, text: str) -> list[str]:
        return self._keeping_case().split(text)

    def _keeping_case(self) -> re.Pattern[str]:
        if self._ci is None:
            self._ci = re.compile(self.pattern, re.I)
        return self._ci


Matcher = CI | re.Pattern[str]  # what the engine's pattern tables hold


def ci(pattern: str) -> CI:
    return CI(pattern)
