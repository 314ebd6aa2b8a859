"""The one helper both the English and the native drafters use to pick a plan's draft."""

from __future__ import annotations

import pytest

from connectwisely.notes.compose import first_clean_draft

CLEAN = "Hi Ana, great meeting you at PyData! I'd love to stay in touch."
REPEATS = "Hi Ana, great meeting you at PyData! It was great to connect, great."
LONG = "Hi Ana, " + "great meeting you at PyData and talking for hours " * 5


@pytest.mark.parametrize(
    ("attempts", "text", "state"),
    [
        ([(CLEAN, "PyData", ["a"])], CLEAN, "whole"),
        ([(LONG, "PyData", ["a"]), (CLEAN, "PyData", ["b"])], CLEAN, "whole"),  # over the limit
        ([(REPEATS, "PyData", ["a"]), (CLEAN, None, ["b"])], CLEAN, "left out"),  # a word twice
        ([(REPEATS, "PyData", ["a"])], REPEATS, "whole"),  # only a fallback: still a draft
        ([(LONG, "PyData", ["a"])], None, None),  # nothing fits
    ],
)
def test_first_clean_draft(attempts, text, state):
    """The first attempt that fits, repeats no word and passes the linter; else the first
    that fits; else None."""
    draft = first_clean_draft(
        iter(attempts), 200, set(), lambda p: "left out" if p is None else "whole"
    )
    assert (draft and draft["text"], draft and draft["detail"]) == (text, state)
