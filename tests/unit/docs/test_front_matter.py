"""Every page's front matter parses, and gives the page a title and description of its own.

MkDocs drops front matter it can't parse without a word, so a colon in an unquoted description
would silently cost a page its title and description; these tests catch that.
"""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from tests.support.docs_pages import DOCS, front_matter, pages

PAGES = pages()


def _meta(page):
    return front_matter(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "parses"),
    [
        ("---\ntitle: A\ndescription: plain words\n---\nBody", True),
        ('---\ntitle: A\ndescription: "quoted: with a colon"\n---\nBody', True),
        ("---\ntitle: A\ndescription: unquoted: with a colon\n---\nBody", False),
        ("---\ntitle: Guide — one: two\n---\nBody", False),
    ],
)
def test_the_reader_rejects_what_mkdocs_would_drop(text, parses):
    """The check itself: an unquoted colon inside a value is a YAML error, not a silent pass."""
    if parses:
        assert isinstance(front_matter(text), dict)
    else:
        with pytest.raises(yaml.YAMLError):
            front_matter(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_front_matter_parses_with_title_and_description(page):
    """The block parses to a mapping with a non-empty title and description."""
    meta = _meta(page)
    assert isinstance(meta, dict), "no front matter block"
    for key in ("title", "description"):
        value = meta.get(key)
        assert isinstance(value, str) and value.strip(), f"no {key}"


@pytest.mark.parametrize("key", ["title", "description"])
def test_titles_and_descriptions_are_each_pages_own(key):
    """No two pages share a title or a description (search results and tabs tell them apart)."""
    counts = Counter(_meta(page)[key] for page in PAGES)
    assert [value for value, n in counts.items() if n > 1] == []
