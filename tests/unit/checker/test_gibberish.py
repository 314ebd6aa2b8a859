"""Keyboard-mashing is not a name."""

from __future__ import annotations

import pytest

from connectwisely.checker.gibberish import is_gibberish


@pytest.mark.parametrize(
    "text", ["asdf qwer zxcv", "qwerty asdfgh zxcvbn", "Asdfg Hjkl", "xkcdq wrtzp"]
)
def test_mashing_is_gibberish(text):
    """Keyboard rows and words without vowels are gibberish."""
    assert is_gibberish(text)


@pytest.mark.parametrize(
    "text",
    ["Sam Lee", "Xu Li", "Krzysztof Wójcik", "Glynn Schwartz", "Robert Ewert", "李娜", "R2 D2", ""],
)
def test_names_are_not(text):
    """Real names, short names, names in other scripts and empty text are not gibberish."""
    assert not is_gibberish(text)
