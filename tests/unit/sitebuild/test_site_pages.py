"""sitebuild.site_pages: page addresses and heading ids as MkDocs makes them, for guide links."""

from __future__ import annotations

import pytest

from connectwisely.sitebuild.site_pages import anchors, guide_problem, site_pages, url_of
from tests.support.paths import ROOT


@pytest.mark.parametrize(
    ("rel", "url"),
    [
        ("index.md", ""),
        ("faq.md", "faq/"),
        ("guide/index.md", "guide/"),
        ("guide/scams.md", "guide/scams/"),
        ("team/README.md", "team/"),
    ],
)
def test_addresses_follow_directory_urls(rel, url):
    """guide/scams.md is published as guide/scams/, an index as its folder."""
    assert url_of(rel) == url


def test_anchors_are_the_headings_ids(tmp_path):
    """Slugs as toc makes them, {#id} wins, duplicates get _1, code blocks and HTML ids count
    as they do in the page."""
    page = tmp_path / "p.md"
    page.write_text(
        "# Why *connect* at all?\n\n## Recruiters {#recruiters}\n\n## Notes\n\n## Notes\n\n"
        '```md\n## Not a heading\n```\n\n<div id="faq-1"></div>\n## [Linked](x.md) title\n',
        encoding="utf-8",
    )
    assert anchors(page) == {"why-connect-at-all", "recruiters", "notes", "notes_1", "faq-1",
                             "linked-title"}  # fmt: skip


def test_every_guide_link_the_tools_use_resolves():
    """The check agrees with the guide: each page and anchor the tools cite is found."""
    from connectwisely.core.guide import PAGES

    pages = site_pages(ROOT / "docs", None)
    assert all(guide_problem(url, pages) is None for url in PAGES.values())


@pytest.mark.parametrize(
    ("guide", "words"),
    [
        ("guide/scam/", "'guide/scam/' is not a page of this site. Did you mean 'guide/scams/'?"),
        ("guide/scams/#phishing", "guide/scams/ has no heading with the id #phishing. Did you mean 'phishing-links'?"),
        ("nowhere/", "Write it as the page's address"),
    ],
)  # fmt: skip
def test_a_wrong_link_says_what_exists(guide, words):
    """A missing page or heading names the nearest one that exists."""
    assert words in guide_problem(guide, site_pages(ROOT / "docs", None))
