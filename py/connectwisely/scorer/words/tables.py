"""The languages the profile scorer reads, joined: one module per language (:mod:`.en`,
:mod:`.es`, :mod:`.pt`, :mod:`.de`, :mod:`.fr`, :mod:`.it`), each filling the same slots.

Word slots (``ROLES``, ``LABELS``, ``FILLER``, ``CREDENTIALS``, ``RESULTS``, ``FIRST_PERSON``,
``STOP``, ``NUMBERS``)
are space-separated folded words; ``abc*`` matches words that begin with abc, ``*abc`` words
that end with it and ``*abc*`` words that hold it. Phrase slots (``AUDIENCE``, ``TARGET``,
``CLICHES``, ``DUTIES``, ``ASKS``, ``HIRING``, ``BUYERS``, ``BRAGS``, ``WRITING``, ``BREAKS``,
``GENERIC_SKILLS``, ``FURNITURE``, ``ABOUT_HEADINGS``, ``OTHER_HEADINGS``, ``OPENINGS``) are folded phrases
matched on word boundaries; ``FURNITURE_PATTERNS`` are regular expressions over a folded line.

Every language's words are read in every profile, so a profile scores the same in each of the
six languages, and a profile mixing two is read in both. A new language fills the same slots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...core.text import fold
from . import de, en, es, fr, it, pt

LANGUAGES = {"en": en, "es": es, "pt": pt, "de": de, "fr": fr, "it": it}
WORD_SLOTS = (
    "ROLES", "LABELS", "FILLER", "CREDENTIALS", "RESULTS", "FIRST_PERSON", "STOP", "NUMBERS",
    "TRAINEES",
)  # fmt: skip
PHRASE_SLOTS = (
    "AUDIENCE", "TARGET", "CLICHES", "DUTIES", "ASKS", "HIRING", "BUYERS", "BRAGS", "WRITING",
    "BREAKS", "GENERIC_SKILLS", "FURNITURE", "ABOUT_HEADINGS", "OTHER_HEADINGS", "OPENINGS",
    "STUDENT", "CHANGE",
)  # fmt: skip


@dataclass(frozen=True)
class Vocabulary:
    """A word slot of every language: exact words, and beginnings, endings and middles."""

    slot: str
    exact: frozenset[str]
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    holds: tuple[str, ...]

    def has(self, word: str) -> bool:
        return _has(self.slot, word)


@lru_cache(maxsize=16384)
def _has(slot: str, word: str) -> bool:
    """Whether ``word`` is in word slot ``slot`` (remembered: profiles repeat their words)."""
    found = vocabulary(slot)
    return (
        word in found.exact
        or word.startswith(found.starts)
        or word.endswith(found.ends)
        or any(part in word for part in found.holds)
    )


@cache
def vocabulary(slot: str) -> Vocabulary:
    """Slot ``slot`` (one of ``WORD_SLOTS``) of every language, joined."""
    entries = {fold(w) for module in LANGUAGES.values() for w in getattr(module, slot).split()}
    holds = tuple(sorted(e.strip("*") for e in entries if e.startswith("*") and e.endswith("*")))
    starts = tuple(sorted(e[:-1] for e in entries if e.endswith("*") and not e.startswith("*")))
    ends = tuple(sorted(e[1:] for e in entries if e.startswith("*") and not e.endswith("*")))
    exact = frozenset(e for e in entries if "*" not in e)
    return Vocabulary(slot, exact, starts, ends, holds)


@cache
def only_in(code: str, slot: str) -> frozenset[str]:
    """The words of word slot ``slot`` that only language ``code`` has (to tell German text
    by its own small words, say)."""
    others = {w for c, m in LANGUAGES.items() if c != code for w in getattr(m, slot).split()}
    return frozenset(fold(w) for w in getattr(LANGUAGES[code], slot).split()) - others


@cache
def phrases(slot: str) -> tuple[str, ...]:
    """Phrase slot ``slot`` of every language, folded, each once, longest first."""
    found = {fold(p) for module in LANGUAGES.values() for p in getattr(module, slot)}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@cache
def matcher(slot: str) -> re.Pattern[str]:
    """One pattern for every phrase of ``slot``, on word boundaries (longest phrase wins)."""
    alternatives = "|".join(re.escape(p) for p in phrases(slot))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def find(folded: str, slot: str) -> list[str]:
    """The phrases of ``slot`` in ``folded`` text (already folded), each once, in text order."""
    seen: list[str] = []
    for match in matcher(slot).finditer(folded):
        if match.group(0) not in seen:
            seen.append(match.group(0))
    return seen


@cache
def furniture_patterns() -> re.Pattern[str]:
    joined = "|".join(f"(?:{p})" for m in LANGUAGES.values() for p in m.FURNITURE_PATTERNS)
    return re.compile(joined)


__all__ = ["LANGUAGES", "PHRASE_SLOTS", "WORD_SLOTS", "find", "only_in", "phrases", "vocabulary"]
