"""A team's own pages: a folder beside ``docs/`` whose pages join the site and its navigation.

The folder is the team's alone, so pulling a new version of the guide (which rewrites
``docs/`` and ``mkdocs.yml``'s nav) never touches it. Its Markdown pages are published under
``team/`` and gathered into one navigation section, ``index.md`` first, then by file name;
other files (images, PDFs) are published beside them. The rule file is not published.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section

URL_PREFIX = "team"


def team_files(folder: Path, config, skip: list[Path] = ()) -> list[File]:
    """The folder's files as site files under ``team/`` (pages kept out of the configured nav);
    ``skip`` (the rule file, the examples) are not published."""
    if not folder.is_dir():
        return []
    hidden = {p.resolve() for p in skip}
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.startswith(".") or path.resolve() in hidden:
            continue
        rel = path.relative_to(folder).as_posix()
        out.append(
            File.generated(
                config,
                f"{URL_PREFIX}/{rel}",
                abs_src_path=str(path),
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )
    return out


def _order(file: File) -> tuple:
    parts = file.src_uri.split("/")
    return (len(parts), parts[-1] not in ("index.md", "README.md"), file.src_uri)


def add_to_nav(nav: Navigation, files: Files, title: str) -> Section | None:
    """Append a section holding the team's pages to ``nav``, and link them into previous/next."""
    pages = [
        f.page
        for f in sorted(files.documentation_pages(inclusion=lambda _: True), key=_order)
        if f.src_uri.startswith(f"{URL_PREFIX}/") and f.page is not None and f.page not in nav.pages
    ]
    if not pages:
        return None
    section = Section(title, pages)
    for page in pages:
        page.parent = section
    nav.items.append(section)
    nav.pages = [*nav.pages, *pages]
    _relink(nav)
    return section


def _relink(nav: Navigation) -> None:
    for page in nav.pages:
        page.previous_page = page.next_page = None
    for before, after in pairwise(nav.pages):
        before.next_page, after.previous_page = after, before


def drop_from_nav(nav: Navigation, src_uri: str) -> None:
    """Take the page made from ``src_uri`` out of ``nav`` (it is still built, for old links)."""

    def keep(items: list) -> list:
        out = []
        for item in items:
            if getattr(item, "file", None) is not None and item.file.src_uri == src_uri:
                continue
            if isinstance(item, Section):
                item.children = keep(item.children)
            out.append(item)
        return out

    nav.items = keep(nav.items)
    nav.pages = [p for p in nav.pages if p.file.src_uri != src_uri]
    _relink(nav)


__all__ = ["URL_PREFIX", "add_to_nav", "drop_from_nav", "team_files"]
