"""The site's pages and their anchors, read from the Markdown: what a rule's ``guide`` may name.

The build and ``connectwisely team check`` both check a rule's link against this, so a link
to a page or heading that doesn't exist fails both, with the nearest real one suggested.
Addresses follow MkDocs' directory URLs (``guide/scams.md`` → ``guide/scams/``); anchors are
the headings' ids as MkDocs' ``toc`` extension makes them (or ``{#id}``), and HTML ``id``\\ s.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.suggest import did_you_mean

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_EXPLICIT = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_HTML_ID = re.compile(r'\bid="([\w-]+)"')
_INLINE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|[`*_]|<[^>]+>")


def url_of(rel: str) -> str:
    """The address MkDocs gives the page at ``rel`` (a path below the docs folder)."""
    stem = rel.removesuffix(".md")
    if stem == "index" or stem == "README":
        return ""
    for tail in ("/index", "/README"):
        if stem.endswith(tail):
            return stem.removesuffix(tail) + "/"
    return stem + "/"


def site_pages(docs_dir: Path, team_dir: Path | None, prefix: str = "team") -> dict[str, Path]:
    """Every page's address and its Markdown file: the guide's, then the team's under ``prefix``."""
    pages: dict[str, Path] = {}
    for folder, under in ((docs_dir, ""), (team_dir, f"{prefix}/")):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.md")):
            pages[under + url_of(path.relative_to(folder).as_posix())] = path
    return pages


def anchors(page: Path) -> set[str]:
    """The ids of the page's headings (outside code blocks) and of its HTML elements."""
    from markdown.extensions.toc import slugify  # MkDocs' dependency: build time only

    found: set[str] = set()
    fence = None
    text = page.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        opened = _FENCE.match(line)
        if fence is not None:
            fence = None if opened and opened.group(1)[0] == fence else fence
            continue
        if opened:
            fence = opened.group(1)[0]
            continue
        heading = _HEADING.match(line)
        if not heading:
            continue
        title = heading.group(1)
        explicit = _EXPLICIT.search(title)
        if explicit:
            found.add(explicit.group(1))
            continue
        slug = slugify(_INLINE.sub(lambda m: m.group(1) or "", title), "-")
        number, unique = 1, slug
        while unique in found:
            unique, number = f"{slug}_{number}", number + 1
        found.add(unique)
    return found | set(_HTML_ID.findall(text))


def guide_problem(guide: str, pages: dict[str, Path]) -> str | None:
    """What is wrong with a rule's ``guide`` link on this site, or None when it resolves."""
    page, _, anchor = guide.partition("#")
    if page not in pages:
        hint = did_you_mean(page, pages) or " Write it as the page's address, like 'team/clients/'."
        return f"{page!r} is not a page of this site.{hint}"
    if anchor and anchor not in anchors(pages[page]):
        hint = did_you_mean(anchor, sorted(anchors(pages[page])))
        return f"{page} has no heading with the id #{anchor}.{hint}"
    return None


__all__ = ["anchors", "guide_problem", "site_pages", "url_of"]
