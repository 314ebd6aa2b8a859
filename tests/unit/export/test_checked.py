"""The export file field's quick check: the same value or error as the general check, and the
characters ``clean`` drops all ASCII (what the quick control test relies on)."""

from __future__ import annotations

import pytest

from connectwisely import InputError
from connectwisely.core import text as text_module
from connectwisely.core.schema import Field
from connectwisely.export.checked import ExportText, needs_no_cleaning, none_need_cleaning
from tests.support.paths import SAMPLES

SAMPLE_FILES = [*sorted(p.name for p in SAMPLES.glob("*.csv")), "Profile_pdf_as_text.txt"]


def _outcome(field: Field, value: object) -> object:
    """The checked value, or the kind and words of the error."""
    try:
        return field.check(value)
    except (InputError, UnicodeError) as exc:
        return type(exc).__name__, str(exc)


def _both(max_length: int = 1_000_000) -> tuple[Field, ExportText]:
    args = {"name": "f", "label": "A file", "kind": "file", "max_length": max_length}
    return Field(**args), ExportText(**args)


@pytest.mark.parametrize(
    "value",
    [
        *((SAMPLES / name).read_text(encoding="utf-8") for name in SAMPLE_FILES),
        "  Ana,Lee\n\tquoted\n  ",
        "Zoë,Lee\n",  # NFC already
        "Zoe\u0308,Lee\n",  # decomposed: cleaned the general way
        "Ana\x07,Lee\x0c\n",  # control characters: dropped the general way
        "Ana\ud800",  # a lone surrogate: the general check's own error
        "",
        "   ",
    ],
)
def test_the_quick_check_gives_what_the_general_one_gives(value):
    """On every sample export and on texts at the edge of the quick path, ExportText.check
    returns exactly what Field.check returns."""
    general, quick = _both()
    assert _outcome(quick, value) == _outcome(general, value)


@pytest.mark.parametrize("value", [None, 12, "x" * 11, "é" * 11])
def test_the_quick_check_refuses_what_the_general_one_refuses(value):
    """Not text, or too long: the same outcome (value or message) either way."""
    general, quick = _both(max_length=10)
    assert _outcome(quick, value) == _outcome(general, value)


def test_clean_drops_no_character_beyond_ascii():
    """The quick test looks for the dropped characters byte by byte in UTF-8, which is exact
    only while every character clean drops is ASCII."""
    beyond = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert text_module._CONTROL.sub("", beyond) == beyond


def test_a_clean_text_needs_no_cleaning_and_others_do():
    """A plain export needs none; decomposed accents and control characters do."""
    assert needs_no_cleaning((SAMPLES / "Connections.csv").read_text(encoding="utf-8"))
    assert not needs_no_cleaning("Zoe\u0308")
    assert not needs_no_cleaning("a\x1fb")


@pytest.mark.parametrize(
    "texts",
    [
        ["Ana Lee", "Björn Ståhl", "Zoë"],
        ["Ana", "Zoe\u0308"],  # decomposed
        ["Zoe", "\u0308 Lee"],  # each NFC alone; joined without a break they would compose
        ["a\x1fb", "Bo"],
        ["\ud800", "Bo"],  # a lone surrogate
        [],
        [""],
    ],
)
def test_none_need_cleaning_says_what_each_text_says(texts):
    """Asked of all the texts at once, the answer is whether each needs no cleaning."""
    assert none_need_cleaning(texts) == all(needs_no_cleaning(t) for t in texts)
