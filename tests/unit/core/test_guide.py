"""Every guide link a tool can show points at a heading that exists in docs/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown.extensions.toc import slugify

from connectwisely.core.guide import PAGES
from tests.support.paths import ROOT

DOCS = ROOT / "docs"
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*$", re.M)
_EXPLICIT = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")


def anchors(page: Path) -> set[str]:
    found = set()
    for heading in _HEADING.findall(page.read_text(encoding="utf-8")):
        explicit = _EXPLICIT.search(heading)
        found.add(explicit.group(1) if explicit else slugify(heading, "-"))
    found |= set(re.findall(r'id="([\w-]+)"', page.read_text(encoding="utf-8")))
    return found


def source_of(url: str) -> Path:
    path = url.split("#")[0].rstrip("/")
    candidate = DOCS / f"{path}.md"
    return candidate if candidate.exists() else DOCS / path / "index.md"


@pytest.mark.parametrize(("name", "url"), sorted(PAGES.items()))
def test_guide_link_resolves(name, url):
    """The page exists and carries the anchor."""
    page = source_of(url)
    assert page.exists(), f"{name}: no page for {url}"
    anchor = url.split("#", 1)[1]
    assert anchor in anchors(page), f"{name}: {page.relative_to(DOCS)} has no #{anchor}"
