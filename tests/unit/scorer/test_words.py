"""The scorer's words: every language fills every slot, in folded form, and a slot reads each
language's words."""

from __future__ import annotations

import pytest

from connectwisely.core.text import fold
from connectwisely.scorer.words.tables import (
    LANGUAGES,
    PHRASE_SLOTS,
    WORD_SLOTS,
    find,
    phrases,
    vocabulary,
)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
@pytest.mark.parametrize("slot", WORD_SLOTS + PHRASE_SLOTS + ("FURNITURE_PATTERNS",))
def test_every_language_fills_every_slot_folded(code, slot):
    """A language is added by filling the same slots; every entry is written folded (lower
    case, no accents), as the texts are matched."""
    value = getattr(LANGUAGES[code], slot)
    assert value
    entries = value.split() if isinstance(value, str) else list(value)
    if slot != "FURNITURE_PATTERNS":
        assert all(entry == fold(entry) for entry in entries), [e for e in entries if e != fold(e)]


@pytest.mark.parametrize(
    ("slot", "word", "found"),
    [
        ("ROLES", "nurse", True), ("ROLES", "enfermera", True), ("ROLES", "enfermeira", True),
        ("ROLES", "pflegefachkraft", True), ("ROLES", "infirmiere", True),
        ("ROLES", "infermiera", True), ("ROLES", "softwareentwickler", True),
        ("ROLES", "passionate", False),
        ("LABELS", "sonadora", True), ("LABELS", "apaixonada", True), ("LABELS", "closer", True),
        ("LABELS", "engineer", False),
        ("RESULTS", "redujimos", True), ("RESULTS", "gesenkt", True), ("RESULTS", "cut", True),
        ("FIRST_PERSON", "ich", True), ("FIRST_PERSON", "j'aide", True),
        ("FIRST_PERSON", "she", False),
    ],
)  # fmt: skip
def test_word_slots_read_every_language(slot, word, found):
    """A word slot holds the words of all six languages (and their endings)."""
    assert vocabulary(slot).has(word) is found


@pytest.mark.parametrize(
    ("text", "slot", "found"),
    [
        ("responsible for the budget", "DUTIES", ["responsible for"]),
        ("responsable de la tienda", "DUTIES", ["responsable de"]),
        ("zustandig fur den einkauf", "DUTIES", ["zustandig fur"]),
        ("escribeme si buscas", "ASKS", ["escribeme", "si buscas"]),
        ("wir stellen ein", "HIRING", ["wir stellen ein"]),
        ("the presidents club and quota", "BRAGS", ["presidents club", "quota"]),
        ("irresponsible forecasts", "DUTIES", []),
    ],
)
def test_phrases_match_whole_words_in_text_order(text, slot, found):
    """Phrases match on word boundaries, each once, in the order the text says them."""
    assert find(text, slot) == found


def test_phrase_slots_are_longest_first():
    """The longest phrase wins where two overlap ("passionate about" over "passionate")."""
    joined = phrases("CLICHES")
    assert [len(p) for p in joined] == sorted((len(p) for p in joined), reverse=True)
