"""Reading the guide's Markdown pages the way the docs tests need: front matter, prose, links.

MkDocs reads front matter with this same pattern and silently drops any it can't parse, so the
tests parse it themselves. "Prose" is what a reader reads as text: the page without its front
matter, code fences (copyable messages and widgets), inline SVG, HTML tags, snippet lines, link
targets and attribute lists.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.support.paths import ROOT

DOCS = ROOT / "docs"
GUIDE = DOCS / "guide"

_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
_FENCE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.S | re.M)
_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_TAG = re.compile(r"<[^>]+>")
_SNIPPET = re.compile(r"^-{2}8<-{2}.*$", re.M)
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_ATTR_LIST = re.compile(r"\{[:.#][^}]*\}")
_WORD = re.compile(r"[^\W_][\w'’-]*")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def pages(folder: Path = DOCS) -> list[Path]:
    """Every Markdown page under ``folder``, sorted."""
    return sorted(folder.rglob("*.md"))


def front_matter(text: str) -> dict | None:
    """The page's YAML front matter as a dict, or None when there is no block.

    Raises ``yaml.YAMLError`` when the block doesn't parse, which MkDocs would hide.
    """
    match = _FRONT_MATTER.match(text)
    return None if match is None else yaml.safe_load(match.group(1))


def body(text: str) -> str:
    """The page without its front matter."""
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def prose_words(text: str) -> list[str]:
    """The words a reader reads as text on the page (see the module docstring)."""
    text = _FENCE.sub(" ", body(text))
    for pattern in (_SVG, _TAG, _SNIPPET, _ATTR_LIST):
        text = pattern.sub(" ", text)
    text = _LINK_TARGET.sub("] ", text)
    return _WORD.findall(text)


def fenced(text: str, language: str) -> list[str]:
    """The contents of the code fences marked ``language``, in page order."""
    pattern = re.compile(rf"^(`{{3,}}){re.escape(language)}[ \t]*\n(.*?)\n\1[ \t]*$", re.S | re.M)
    return [match.group(2) for match in pattern.finditer(text)]


def links(text: str) -> list[str]:
    """Every Markdown link target in the page body, code fences excluded."""
    return LINK.findall(_FENCE.sub(" ", body(text)))
