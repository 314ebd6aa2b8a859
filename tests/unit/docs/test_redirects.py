"""Old addresses keep working: each redirect in mkdocs.yml starts at a page that's gone and ends
at one in the navigation, and no page links to an old address."""

from __future__ import annotations

import yaml

from tests.support.docs_pages import DOCS, links, pages
from tests.support.paths import ROOT


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's own tags (!ENV, !!python/name) read as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def _redirects() -> dict[str, str]:
    for plugin in CONFIG["plugins"]:
        if isinstance(plugin, dict) and "redirects" in plugin:
            return plugin["redirects"]["redirect_maps"]
    return {}


def _nav_pages(node) -> set[str]:
    if isinstance(node, str):
        return {node}
    items = node.values() if isinstance(node, dict) else node
    return set().union(*(_nav_pages(item) for item in items))


def test_the_old_slug_redirects_to_the_new_page():
    """personalise-invitations (the old spelling) leads to personalize-invitations."""
    assert _redirects()["guide/personalise-invitations.md"] == "guide/personalize-invitations.md"


def test_each_redirect_leaves_a_gone_page_for_a_page_in_the_nav():
    """The old source file is gone (else MkDocs would publish both); the target is navigable."""
    nav = _nav_pages(CONFIG["nav"])
    for old, new in _redirects().items():
        assert not (DOCS / old).exists(), old
        assert new in nav and (DOCS / new).exists(), new


def test_no_page_links_to_an_old_address():
    """Internal links go straight to the new page, not through the redirect."""
    old = {path.rsplit("/", 1)[-1] for path in _redirects()}
    stale = [
        (str(page.relative_to(DOCS)), url)
        for page in pages()
        for url in links(page.read_text(encoding="utf-8"))
        if url.split("#")[0].rsplit("/", 1)[-1] in old
    ]
    assert stale == []
