"""A whole LinkedIn page pasted into the About box: recognized, and left out of the score.

People copy their profile page to paste its About, and get LinkedIn's menus, buttons, counts
and footer with it ("Show all", "… more", "1,024 followers", "Privacy & Terms"). Those lines
are LinkedIn's words, not the reader's; counting them would let a paste outscore the About it
holds. ``read_about`` keeps the reader's text: the lines under an About heading when the page
has one, else every line that is not page furniture. The lines left out are the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import fold, squash
from .words.tables import furniture_patterns, phrases

PASTED_PAGE = 3  # furniture lines from which the About reads as a pasted page
_BULLETS = " \t•·-–—*|.…"
_TRAILING_MORE = re.compile(
    r"\s*(?:…|\.\.\.)\s*(?:see more|more|ver mas|ver mais|mehr|voir plus|altro)\s*$"
)


@dataclass(frozen=True)
class AboutText:
    text: str  # what the scorer reads
    dropped: tuple[str, ...] = ()  # the furniture lines left out, as written

    @property
    def pasted_page(self) -> bool:
        return len(self.dropped) >= PASTED_PAGE


def _key(line: str) -> str:
    return squash(fold(line)).strip(_BULLETS)


def is_furniture(line: str) -> bool:
    """Whether a line is one of LinkedIn's own page words (a menu, a button, a count)."""
    key = _key(line)
    if not key:
        return False
    return key in _furniture() or bool(furniture_patterns().search(key))


def _furniture() -> frozenset[str]:
    return frozenset(phrases("FURNITURE"))


def _section(lines: list[str]) -> list[str] | None:
    """The lines under the page's About heading, up to the next section's heading."""
    about, others = set(phrases("ABOUT_HEADINGS")), set(phrases("OTHER_HEADINGS"))
    keys = [_key(line) for line in lines]
    if not any(k in about for k in keys):
        return None
    start = next(i for i, k in enumerate(keys) if k in about) + 1
    end = next((i for i in range(start, len(keys)) if keys[i] in others), len(keys))
    return lines[start:end]


def read_about(raw: str) -> AboutText:
    """The About as the reader wrote it, without the page around it (see the module's note)."""
    lines = raw.splitlines()
    dropped = tuple(squash(line) for line in lines if is_furniture(line))
    if len(dropped) >= PASTED_PAGE:
        lines = _section(lines) or lines
    kept = "\n".join(line for line in lines if not is_furniture(line)).strip()
    return AboutText(_TRAILING_MORE.sub("", kept), dropped)


__all__ = ["PASTED_PAGE", "AboutText", "is_furniture", "read_about"]
