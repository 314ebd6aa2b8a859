"""The diagrams are SVG files under docs/assets/diagrams/, each with a text alternative, kept out
of site search, and each inlined by a page (pymdownx.snippets) so it follows the theme's colors."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.support.docs_pages import DOCS, pages
from tests.support.paths import ROOT

SVG = "{http://www.w3.org/2000/svg}"
DIAGRAMS = sorted((DOCS / "assets" / "diagrams").glob("*.svg"))
_SNIPPET = re.compile(r'^-{2}8<-{2}\s+"([^"]+)"', re.M)


def included() -> list[str]:
    return [m for page in pages() for m in _SNIPPET.findall(page.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", DIAGRAMS, ids=lambda p: p.name)
def test_diagram_has_a_text_alternative_and_stays_out_of_search(path):
    """role="img", a title and a description it is labelled by, and data-search-exclude."""
    root = ET.parse(path).getroot()
    assert root.get("role") == "img"
    assert root.get("data-search-exclude") is not None
    labels = root.get("aria-labelledby", "").split()
    texts = {el.get("id"): (el.text or "").strip() for el in root.iter() if el.get("id")}
    assert [root.find(f"{SVG}title"), root.find(f"{SVG}desc")] != [None, None]
    assert len(labels) == 2 and all(len(texts.get(label, "")) > 20 for label in labels)


def test_every_diagram_is_used_and_every_include_exists():
    """Pages include each diagram file, and nothing they include is missing."""
    used = included()
    assert sorted(used) == sorted(str(p.relative_to(ROOT)) for p in DIAGRAMS)
    assert all((ROOT / name).exists() for name in used)
