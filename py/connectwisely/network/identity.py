"""Who a row is about, as a key to match people across the export's files: the profile's
``/in/<slug>`` (lower-cased), else the full name folded. Remembered, because one review
matches the same 30,000 people in Connections.csv, Invitations.csv, messages.csv and an
earlier export."""

from __future__ import annotations

import re
from functools import lru_cache

from ..core.text import squash

# The first "/in/" and what follows it up to "/", "?" or "#": one search, where finding and
# cutting step by step made a few Python calls each, for each of 30,000 addresses.
_SLUG = re.compile(r"/in/([^/?#]*)")


@lru_cache(maxsize=131_072)
def profile_key(url: str) -> str:
    """The ``/in/<slug>`` part of a profile URL, lower-cased ("" when there is none)."""
    found = _SLUG.search(url.lower())
    return found[1] if found else ""


@lru_cache(maxsize=131_072)
def name_key(name: str) -> str:
    """A full name with its spaces squashed and its case folded."""
    return squash(name).casefold()


__all__ = ["name_key", "profile_key"]
