"""How a request checker's detector gives its evidence: the words it found, quoted, short
enough to read; and each detector run once per :class:`Facts`, however many signals ask it."""

from __future__ import annotations

from collections.abc import Callable

from ..core.text import shorten
from .facts import Facts
from .words import phrases as P


def quote(snippets: list[str]) -> list[str]:
    return [f"“{shorten(s, 80, ellipsis='…') or s[:80]}”" for s in snippets]


def found(patterns, text: str) -> list[str]:
    """The snippets of ``text`` the patterns match, quoted."""
    return quote(P.find(patterns, text))


def once(detect: Callable[[Facts], list[str]]) -> Callable[[Facts], list[str]]:
    """``detect``, run once per :class:`Facts`: several signals and rules ask the same question."""
    key = f"_once_{detect.__name__}"

    def cached(f: Facts) -> list[str]:
        found = f.__dict__.get(key)
        if found is None:
            found = f.__dict__[key] = detect(f)
        return found

    cached.__name__ = detect.__name__
    cached.__doc__ = detect.__doc__
    return cached
