"""Every external link on the limits page, and every LinkedIn Help link anywhere in docs/, is
well formed and listed in the table of sources (docs/sources.md) with the date it was checked."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import pytest

from tests.support.docs_pages import DOCS, links, pages

SOURCES = DOCS / "sources.md"
_ROW = re.compile(r"^\|\s*\[[^\]]+\]\((\S+)\)\s*\|.*\|\s*(\S+)\s*\|\s*$", re.M)
LINKEDIN_HELP = (
    re.compile(r"https://www\.linkedin\.com/help/linkedin/answer/a?\d+"),
    re.compile(r"https://help\.linkedin\.com/app/answers/detail/a_id/\d+"),
)


def source_table() -> dict[str, str]:
    """The sources page's rows: URL to the date it was checked, as written."""
    rows = _ROW.findall(SOURCES.read_text(encoding="utf-8"))
    urls = [url for url, _ in rows]
    assert len(urls) == len(set(urls)), "a source is listed twice"
    return dict(rows)


def well_formed(url: str) -> bool:
    """An absolute https address with a host, a path or host only, and nothing left to escape."""
    parts = urlsplit(url)
    return (
        parts.scheme == "https"
        and "." in parts.netloc
        and not re.search(r"[\s<>\"'`()\[\]]", url)
        and not url.endswith((".", ",", ";"))
    )


def is_linkedin_help(url: str) -> bool:
    host = urlsplit(url).netloc
    return host == "help.linkedin.com" or (
        host.endswith("linkedin.com") and urlsplit(url).path.startswith("/help")
    )


def external(url: str) -> bool:
    return url.startswith(("http://", "https://", "//"))


def _cited_everywhere() -> dict[str, list[str]]:
    """Every external link in docs/, except on the sources page, with the pages citing it."""
    cited: dict[str, list[str]] = {}
    for page in pages():
        if page != SOURCES:
            for url in links(page.read_text(encoding="utf-8")):
                if external(url):
                    cited.setdefault(url, []).append(str(page.relative_to(DOCS)))
    return cited


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.linkedin.com/help/linkedin/answer/a550555", True),
        ("https://doi.org/10.1016/0047-2484%2892%2990081-J", True),
        ("http://www.linkedin.com/help/linkedin/answer/a550555", False),
        ("https://linkedin", False),
        ("www.linkedin.com/help", False),
        ("https://example.com/a b", False),
        ("https://example.com/page).", False),
    ],
)
def test_well_formed_tells_good_from_bad(url, ok):
    """The check itself: https, a real host, no spaces or stray punctuation."""
    assert well_formed(url) is ok


def test_every_source_is_well_formed_and_dated():
    """Each row has a well-formed address and a real checking date, not in the future."""
    table = source_table()
    assert len(table) >= 20
    for url, checked in table.items():
        assert well_formed(url), url
        day = date.fromisoformat(checked)
        assert date(2025, 1, 1) <= day <= date.today(), (url, checked)


def test_every_external_link_on_the_limits_page_is_a_listed_source():
    """The limits page cites only sources the table lists with their dates."""
    table = source_table()
    found = [
        url for url in links((DOCS / "limits.md").read_text(encoding="utf-8")) if external(url)
    ]
    assert len(set(found)) >= 5
    assert [url for url in found if not well_formed(url) or url not in table] == []


def test_every_linkedin_help_link_in_docs_is_a_listed_well_formed_answer():
    """A LinkedIn Help link anywhere on the site is an answer's address and in the table."""
    table = source_table()
    help_links = {url: where for url, where in _cited_everywhere().items() if is_linkedin_help(url)}
    assert len(help_links) >= 8
    for url, where in help_links.items():
        assert any(p.fullmatch(url) for p in LINKEDIN_HELP), (url, where)
        assert url in table, (url, where)


def test_every_listed_source_is_cited_somewhere():
    """The table holds no stale rows: each source backs at least one page."""
    cited = _cited_everywhere()
    assert [url for url in source_table() if url not in cited] == []
