"""The shared text helpers: counting, folding, names and shortening."""

from __future__ import annotations

import pytest

from connectwisely.core import text
from connectwisely.core.text import (
    capitalise,
    clean,
    find_phrases,
    first_name,
    fold,
    longest_first,
    shorten,
    squash,
    utf16_len,
    words,
)


@pytest.mark.parametrize(
    ("text", "units"),
    [("", 0), ("abc", 3), ("é", 1), ("👋", 2), ("李娜", 2), ("e\u0301", 2), ("🇵🇹", 4)],
)
def test_utf16_len_counts_as_a_browser_text_box(text, units):
    """Emoji outside the BMP count twice; combining marks count separately."""
    assert utf16_len(text) == units


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("José María García", "José"),
        ("Ana", "Ana"),
        ("李娜", "李娜"),
        ("  Dr. Amina  Okafor ", "Amina"),
        ("Zoë 🚀 Laurent", "Zoë"),
        ("", ""),
    ],
)
def test_first_name_from_anywhere(name, first):
    """The first word of a spaced name, titles skipped, unspaced names whole."""
    assert first_name(name) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｗｈａｔｓａｐｐ", "whatsapp"),
        ("Café – “Quote”", 'cafe - "quote"'),
        ("ÅNGSTRÖM", "angstrom"),
    ],
)
def test_fold_makes_text_comparable(text, expected):
    """Width, case, accents and typographic punctuation are folded away."""
    assert fold(text) == expected


def test_clean_and_squash():
    """clean drops control characters and trims; squash makes every run of space one space."""
    assert clean("\x00 hi\x07 there\n") == "hi there"
    assert squash(" a \n\t b  ") == "a b"


@pytest.mark.parametrize(
    ("text", "phrases", "found"),
    [
        ("Text me on WhatsApp!", ("whatsapp", "telegram"), ["whatsapp"]),
        ("I'm a crypto-trader", ("crypto",), ["crypto"]),
        ("cryptography talk", ("crypto",), []),
        ("LET’S CONNECT", ("let's connect",), ["let's connect"]),
    ],
)
def test_find_phrases_on_word_boundaries(text, phrases, found):
    """Phrases match folded text on word boundaries only."""
    assert find_phrases(text, phrases) == found


def test_words_are_folded():
    """words() returns folded words, keeping inner apostrophes."""
    assert words("Don’t PANIC, Zoë!") == ["don't", "panic", "zoe"]


@pytest.mark.parametrize("limit", [10, 25, 40, 61])
def test_shorten_never_cuts_inside_a_word(limit):
    """A shortened phrase fits, ends on a whole word and drops a dangling 'and'."""
    text = "your open-source work on accessible charts, which I've used across the whole team and partners"
    cut = shorten(text, limit)
    assert utf16_len(cut) <= limit
    assert text.startswith(cut)
    assert cut == "" or text[len(cut) : len(cut) + 1] in ("", " ", ",")
    assert not cut.endswith((" and", ",", " which"))


def test_shorten_keeps_surrogate_pairs_whole():
    """Emoji are never split in half."""
    cut = shorten("🎉🎉 party 🎉🎉 time", 12)
    assert cut == "🎉🎉 party"


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Elena Petrova, MBA", "Elena"),
        ("Jane Doe | Product Designer", "Jane"),
        ("Sam Lee (he/him)", "Sam"),
        ("🚀 Zoë Laurent", "Zoë"),
        ("“Ana” Lopez", "Ana"),
        ("(Ana) Lopez", "Ana"),
        ("山田 太郎", "山田 太郎"),
        ("김 민준", "김 민준"),
        ("Mme Claire Dubois", "Claire"),
        ("Mary-Jane Watson", "Mary-Jane"),
        ("O'Brien", "O'Brien"),
        ("🚀", "🚀"),
    ],
)
def test_first_name_skips_credentials_symbols_and_keeps_cjk_whole(name, first):
    """Credentials after a comma or bar, letterless words and quotes are skipped; names in
    Chinese, Japanese or Korean script (family name first) are kept whole."""
    assert first_name(name) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("great meeting you", "Great meeting you"),
        ("iPhone tips", "iPhone tips"),
        ("Already", "Already"),
        ("éclair", "Éclair"),
        ("", ""),
        ("李娜", "李娜"),
    ],
)
def test_capitalise_only_when_it_reads_right(text, expected):
    """The first letter is upper-cased unless the first word is styled like iPhone."""
    assert capitalise(text) == expected


def test_shorten_prefers_a_clause_when_asked():
    """A lower clause_share cuts at the comma rather than mid-clause."""
    text = "your open-source work on accessible charts, which I've used to make our dashboards readable"
    assert shorten(text, 80, clause_share=0.3) == "your open-source work on accessible charts"
    assert shorten(text, 80).startswith("your open-source work on accessible charts, which")


@pytest.mark.parametrize(
    "text",
    [
        "across the whole analytics team and several partner organisations",
        "which I've used to make our dashboards readable",
    ],
)
def test_shorten_drops_stranded_function_words(text):
    """No cut ends on "several", "our", "the" or similar words that need what follows."""
    for limit in range(8, len(text)):
        cut = shorten(text, limit)
        assert cut.rsplit(" ", 1)[-1] not in ("several", "our", "the", "and", "whole", "to")


@pytest.mark.parametrize(
    ("n", "one", "many", "expected"),
    [
        (1, "skill", None, "1 skill"),
        (0, "skill", None, "0 skills"),
        (2, "skill", None, "2 skills"),
        (1200, "connection", None, "1,200 connections"),
        (3, "has", "have", "3 have"),
    ],
)
def test_count_agrees_the_word_with_the_number(n, one, many, expected):
    assert text.count(n, one, many) == expected


def test_plural_gives_the_word_alone():
    assert text.plural(1, "invitation") == "invitation"
    assert text.plural(4, "is", "are") == "are"


@pytest.mark.parametrize(
    ("alternatives", "expected"),
    [
        ({"per cent", "pour cent", "percent", "%"}, ["pour cent", "per cent", "percent", "%"]),
        (["wa", "wp", "wa"], ["wa", "wp"]),  # once each, ties in code-point order
        ((), []),
    ],
)
def test_longest_first_is_one_order_whatever_the_input_order(alternatives, expected):
    assert longest_first(alternatives) == expected
    assert longest_first(reversed(list(alternatives))) == expected
