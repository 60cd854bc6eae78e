"""The common-word list that typo correction leaves alone, held as checksums."""

from bot.engine.spelling import SOURCE, WORDS


def test_every_listed_word_is_known_and_others_are_not() -> None:
    listed = SOURCE.read_text().split()
    assert len(WORDS) == len(set(listed)) > 20000
    assert all(word in WORDS for word in listed[::97])
    assert "valuation" in WORDS and "body" in WORDS
    assert "manditory" not in WORDS and "clearinghosue" not in WORDS and 42 not in WORDS  # type: ignore[operator]
