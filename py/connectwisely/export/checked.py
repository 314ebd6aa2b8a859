"""An export file's field (``kind="file"``) whose check skips the clean-up when there is
nothing to clean.

``Field.check`` cleans a text (NFC, control characters dropped, outer space trimmed) by
reading every character, which for a Connections.csv of 30,000 rows is most of the time the
check takes. Almost every export is already NFC with no control character, and then cleaning
only trims it: two quick whole-text tests (in C) tell, and any other text is cleaned as ever.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from ..core.schema import Field
from ..core.text import clean

# The characters ``clean`` drops, found by asking it. All are ASCII (the tests check it), so in
# UTF-8 each is its own byte and no other character's bytes contain one.
_DROPPED = bytes(c for c in range(128) if clean(f"a{chr(c)}a") == "aa")


def needs_no_cleaning(text: str) -> bool:
    """Whether ``clean(text)`` is ``text.strip()``: NFC already, no character it drops."""
    return unicodedata.is_normalized("NFC", text) and _drops_nothing(text)


def none_need_cleaning(texts: Collection[str]) -> bool:
    """:func:`needs_no_cleaning` of every text at once, in C. A line break composes with no
    character on either side, so the texts joined by line breaks are NFC exactly when each
    text is; and a character to drop is in the joined texts when it is in one."""
    return unicodedata.is_normalized("NFC", "\n".join(texts)) and _drops_nothing("".join(texts))


def _drops_nothing(text: str) -> bool:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the general way decides
        return False
    return len(data.translate(None, _DROPPED)) == len(data)


@dataclass(frozen=True)
class ExportText(Field):
    """A :class:`Field` of kind ``file`` that checks a clean text without re-reading it."""

    def check(self, value: object, where: str = "") -> object:
        # 2 × len bounds the UTF-16 length the general check compares with ``max_length``
        short = isinstance(value, str) and 2 * len(value) <= self.max_length
        if short and needs_no_cleaning(value):
            return value.strip()
        return super().check(value, where)


__all__ = ["ExportText", "needs_no_cleaning", "none_need_cleaning"]
