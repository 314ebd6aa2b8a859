"""Telling keyboard-mashing from a name: "asdf qwer zxcv" is not a person.

A paste that yields only gibberish is "nothing could be read" (an InputError), not a request
to judge. A word is gibberish when it runs along a keyboard row ("asdf", "qwerty"), or has
no vowel at all, or five consonants in a row; short words and words with digits are never
judged (initials, "Li", "R2"). Text is gibberish when it has letters and all its words are.
"""

from __future__ import annotations

import re

from ..core.text import words

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "yxcvbnm", "wxcvbn")
_VOWELS = re.compile(r"[aeiouyäöüéèáíóúàìòùâêîôû]")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")


def _mashed(word: str) -> bool:
    if len(word) < 3 or any(c.isdigit() for c in word) or not word.isascii():
        return False
    if any(word[i : i + 4] in row for row in _ROWS for i in range(len(word) - 3)):
        return True
    return not _VOWELS.search(word) or bool(_CONSONANTS.search(word))


def is_gibberish(text: str) -> bool:
    """Whether every word of ``text`` (and there is one) looks like keyboard-mashing."""
    found = words(text)
    return bool(found) and all(_mashed(w) for w in found)


__all__ = ["is_gibberish"]
