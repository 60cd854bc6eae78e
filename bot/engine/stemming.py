"""The engine's stemmer: one light, memoised function shared by the index, the intent patterns and the listings."""

from __future__ import annotations

from functools import lru_cache

# Derivational endings folded onto their verb's stem, longest first.
DERIVED = ("ational", "ation", "ativ", "ator")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A deliberately light stemmer: plurals, -ing/-ed and a final -e (memoised: words repeat)."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:  # "applies", "applied" -> "apply"
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
                word = word[:-1]
            elif len(word) > 3 and word[-1] == word[-2] == "l":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    for suffix in DERIVED:  # "legislation", "legislative", "legislator" -> "legislat", as "legislate" is
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + "at"
    return word
