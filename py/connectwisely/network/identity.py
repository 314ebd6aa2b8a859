"""Who a row is about, as a key to match people across the export's files: the profile's
``/in/<slug>`` (lower-cased), else the full name folded. Remembered, because one review
matches the same 30,000 people in Connections.csv, Invitations.csv, messages.csv and an
earlier export."""

from __future__ import annotations

from functools import lru_cache

from ..core.text import squash


@lru_cache(maxsize=131_072)
def profile_key(url: str) -> str:
    """The ``/in/<slug>`` part of a profile URL, lower-cased ("" when there is none)."""
    lowered = url.lower()
    start = lowered.find("/in/")
    if start < 0:
        return ""
    slug = lowered[start + 4 :]
    for stop in "/?#":
        slug = slug.split(stop, 1)[0]
    return slug


@lru_cache(maxsize=131_072)
def name_key(name: str) -> str:
    """A full name with its spaces squashed and its case folded."""
    return squash(name).casefold()


__all__ = ["name_key", "profile_key"]
