"""Markup is read as the text it stands for: tags dropped (scripts and styles with their
content), entities decoded, Markdown links reduced to their words."""

from __future__ import annotations

import pytest

from connectwisely.notes.markup import as_plain_text, has_markup


@pytest.mark.parametrize(
    ("raw", "plain", "marked"),
    [
        ("<b>data</b> contracts &amp; lineage", " data  contracts & lineage", True),
        ('<img src=x onerror="alert(1)"><script>alert(2)</script> at PyCon', "   at PyCon", True),
        ("<style>p{}</style>PyData", " PyData", True),
        ("[my talk](https://example.com/t) at PyCon", "my talk at PyCon", True),
        ("salary < 5 and > 3", "salary   5 and   3", False),
        ("PyData Amsterdam", "PyData Amsterdam", False),
    ],
)
def test_markup_becomes_plain_text(raw, plain, marked):
    """Each kind of markup becomes its text; plain text stays as it is (angle brackets aside)."""
    assert as_plain_text(raw) == plain
    assert has_markup(raw) is marked
