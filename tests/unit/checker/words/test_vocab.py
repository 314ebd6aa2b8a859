"""The word lists: folded, stripped, and holding the words the rules rely on."""

from __future__ import annotations

from connectwisely.checker.words import vocab as V
from connectwisely.core.text import fold


def test_lists_are_folded_and_stripped():
    """Every item is already folded and has no outer space, so lookups need only fold()."""
    for words in (V.INTERFACE_WORDS, V.ROLE_WORDS, V.PLACES, V.GENERIC_TITLE, V.BIG_BRANDS):
        assert words and all(w == fold(w).strip() and w for w in words)


def test_key_words_are_present():
    """A few entries the parser and the rules depend on."""
    assert {"accept", "ignore", "see more", "contact info"} <= V.INTERFACE_WORDS
    assert {"singapore", "sao paulo", "united kingdom"} <= V.PLACES
    assert {"deloitte", "google", "ernst & young"} <= V.BIG_BRANDS
    assert {"director", "hiring", "coordinator"} <= V.GENERIC_TITLE
