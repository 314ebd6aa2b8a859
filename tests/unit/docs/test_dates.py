"""Dates live on the sources page: the guide's prose (its pages, the FAQ, the checklist) keeps at
most three, and no "checked" date."""

from __future__ import annotations

import re

import pytest

from tests.support.docs_pages import DOCS, GUIDE, pages, prose_words

PROSE = [*pages(GUIDE), DOCS / "faq.md", DOCS / "checklist.md"]
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
REVIEWED = re.compile(r"\blast reviewed (?:in )?\d{4}\b", re.I)
LIMIT = 3


def dates(text: str) -> list[str]:
    """The dates a reader reads in ``text``: ISO dates, and the year a source was last reviewed."""
    return ISO_DATE.findall(text) + REVIEWED.findall(" ".join(prose_words(text)))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("([Help](https://x.example/a), checked 2026-11-29)", 1),
        ("last reviewed 2015, checked 2026-11-29", 2),
        ("Since September 2025 anyone who adds a title", 0),
        ("an answer last reviewed in 2015 adds", 1),
        ("```text\nmet on 2026-01-01\n```", 1),
    ],
)
def test_dates_finds_what_a_reader_would_see(text, n):
    """ISO dates anywhere (messages too), and a "last reviewed" year in the prose."""
    assert len(dates(text)) == n


def test_the_guide_prose_keeps_at_most_three_dates():
    """Checking dates belong on the sources page, not in steps and paragraphs."""
    found = {p.name: dates(p.read_text(encoding="utf-8")) for p in PROSE}
    total = sum(len(d) for d in found.values())
    assert total <= LIMIT, {name: d for name, d in found.items() if d}
