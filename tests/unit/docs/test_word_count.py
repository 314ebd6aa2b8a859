"""The guide stays short: docs/guide/ at most 10,000 words of prose, Situations page included."""

from __future__ import annotations

import pytest

from tests.support.docs_pages import GUIDE, pages, prose_words

LIMIT = 10_000


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("---\ntitle: Not counted\n---\nTwo words", 2),
        ("A [linked phrase](../limits.md#note-length) here", 4),
        ("Before\n```text\nHi Sam, copyable message\n```\nafter", 2),
        (
            '<figure>\n<svg role="img"><text>Label</text></svg>\n<figcaption>One caption</figcaption>',
            2,
        ),
        ('--8<-- "docs/assets/diagrams/degrees.svg"\nShown', 1),
        ("## A heading {#an-anchor}\nIt's e-mail", 4),
    ],
)
def test_prose_words_counts_what_a_reader_reads(text, words):
    """Front matter, code, SVG, snippet lines, link targets and anchors aren't prose."""
    assert len(prose_words(text)) == words


def test_the_guide_is_under_its_word_budget():
    """Every page in docs/guide/ together stays within the limit."""
    counts = {p.name: len(prose_words(p.read_text(encoding="utf-8"))) for p in pages(GUIDE)}
    assert "situations.md" in counts
    total = sum(counts.values())
    assert total <= LIMIT, f"{total} words of prose in docs/guide/: {sorted(counts.items())}"
