"""Who a row is about, as a key to match people across the export's files: the profile's
``/in/<slug>`` (lower-cased), else the full name folded. Remembered, because one review
matches the same 30,000 people in Connections.csv, messages.csv and an earlier export."""

from __future__ import annotations

from functools import lru_cache

from .triage import _name_key, _slug

profile_key = lru_cache(maxsize=131_072)(_slug)
name_key = lru_cache(maxsize=131_072)(_name_key)

__all__ = ["name_key", "profile_key"]
