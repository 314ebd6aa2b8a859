"""Advice pages point to a tool at most once each: one pointer where it helps, not a refrain."""

from __future__ import annotations

import re

import pytest

from tests.support.docs_pages import DOCS, GUIDE, pages, prose_words

TOOLS = ("request checker", "note drafter", "profile scorer", "network review")


def mentions(text: str) -> dict[str, int]:
    """How often each tool is named in the prose (link text included, link targets not)."""
    words = " ".join(prose_words(text)).lower()
    return {tool: len(re.findall(rf"\b{tool}s?\b", words)) for tool in TOOLS}


def test_mentions_counts_names_not_addresses():
    """A link's text counts; its target (../tools/note-drafter.md) doesn't."""
    text = (
        "The [note drafter](../tools/note-drafter.md) helps; [adapt it](../tools/note-drafter.md)."
    )
    assert mentions(text)["note drafter"] == 1


@pytest.mark.parametrize("page", pages(GUIDE), ids=lambda p: str(p.relative_to(DOCS)))
def test_each_tool_is_named_at_most_once_per_guide_page(page):
    """No guide page names the same tool twice."""
    counts = mentions(page.read_text(encoding="utf-8"))
    assert {tool: n for tool, n in counts.items() if n > 1} == {}
