"""Company names as one employer each: "Google LLC", "Google", "google" and "Google, Inc." are
the same company, and "Self-employed" or "Freelance" is nobody's employer.

The key is the name folded (case, accents, punctuation, white space) with legal suffixes
dropped from its end, then looked up in a small alias table for the spellings no rule can
guess ("Alphabet"? no; "Meta Platforms" and "Facebook": yes). The tables are data, shown on the
page so a reader can see why two names were counted together. The name shown for a group is
its most common spelling in the reader's own file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..core.text import longest_first, squash

# Legal forms written after a company's name, folded (dots and commas already gone).
LEGAL_SUFFIXES = (
    "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation",
    "co", "company", "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
    "ab", "as", "asa", "oy", "oyj", "aps", "pty", "pvt", "private", "pte", "kk", "sl",
    "sociedad anonima", "group", "holdings",
)  # fmt: skip

# Spellings that name the same employer, as the reader sees them on the page: key → the others.
ALIASES: dict[str, tuple[str, ...]] = {
    "google": ("google india", "google deepmind", "google cloud"),
    "meta": ("facebook", "meta platforms", "facebook inc"),
    "amazon": ("amazon web services", "aws", "amazon com"),
    "microsoft": ("microsoft research",),
    "ibm": ("international business machines",),
    "ey": ("ernst young", "ernst and young"),
    "pwc": ("pricewaterhousecoopers",),
    "accenture": ("accenture federal services",),
}

# Not an employer: working for oneself, between jobs, or a placeholder (folded).
NOT_EMPLOYERS = (
    "self employed", "selfemployed", "self", "freelance", "freelancer", "freelancing",
    "independent", "independent consultant", "independent contractor", "own business",
    "autonomo", "autonoma", "selbststandig", "freiberuflich", "indépendant",
    "none", "n/a", "na", "-", "unemployed", "open to work", "looking for opportunities",
    "confidential", "stealth", "stealth mode", "stealth startup",
)  # fmt: skip

MAX_MERGED = 50  # groups listed on the page, biggest first
_DROP = re.compile(r"[.,'’`´\"()\[\]!?:;*|]+")
_JOINERS = re.compile(r"\s*[&+]\s*|\s+and\s+")


def _fold(name: str) -> str:
    # compatibility forms first ("𝛢" is "Α"), then case, then decomposed again for accents
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _DROP.sub(" ", plain.replace("-", " ").replace("/", " "))
    plain = _JOINERS.sub(" ", plain)
    return squash(plain)


_ALIAS = {_fold(other): _fold(key) for key, others in ALIASES.items() for other in others}
_NOT_EMPLOYERS = frozenset(_fold(n) for n in NOT_EMPLOYERS) | {""}
_SUFFIXES = longest_first(_fold(s) for s in LEGAL_SUFFIXES)


@lru_cache(maxsize=16_384)
def company_key(name: str) -> str:
    """The folded key under which ``name`` is counted ("" for none). Idempotent: the key of a
    key is itself, so keys can be stored and compared across exports."""
    key = _fold(name)
    changed = True
    while changed and key:
        changed = False
        for suffix in _SUFFIXES:
            if key.endswith(" " + suffix):
                key = key[: -len(suffix) - 1].rstrip()
                changed = True
                break
    key = _ALIAS.get(key, key)
    return "" if key in _NOT_EMPLOYERS else key


def is_self_employed(name: str) -> bool:
    """A company cell that names no employer ("Self-employed", "Freelance", …)."""
    return bool(name.strip()) and not company_key(name)


class CompanyNames:
    """Counts per employer under its key, and each key's most common spelling for display."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.spellings: dict[str, Counter] = {}
        self.self_employed = 0

    def add(self, name: str, count: int = 1) -> str:
        """Count ``count`` connections at ``name``; returns its key ("" when not an employer)."""
        key = company_key(name)
        if not key:
            self.self_employed += count
            return ""
        self.counts[key] += count
        spelled = self.spellings.get(key)
        if spelled is None:
            spelled = self.spellings[key] = Counter()
        spelled[name] += count
        return key

    def display(self, key: str) -> str:
        spelled = self.spellings.get(key)
        if not spelled:
            return key
        return min(spelled.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def merged(self) -> list[dict]:
        """Groups written in more than one way: what the page shows under the alias table."""
        groups = [
            {"company": self.display(key), "count": self.counts[key], "spellings": sorted(spelled)}
            for key, spelled in self.spellings.items()
            if len(spelled) > 1
        ]
        groups.sort(key=lambda g: (-g["count"], g["company"]))
        return groups[:MAX_MERGED]


def alias_table() -> list[dict]:
    """The alias and not-an-employer tables, as the page shows them."""
    return [{"company": key, "also": list(others)} for key, others in ALIASES.items()]


def keys(names: Iterable[str]) -> set[str]:
    return {k for k in map(company_key, names) if k}


__all__ = [
    "ALIASES",
    "LEGAL_SUFFIXES",
    "NOT_EMPLOYERS",
    "CompanyNames",
    "alias_table",
    "company_key",
    "is_self_employed",
    "keys",
]
