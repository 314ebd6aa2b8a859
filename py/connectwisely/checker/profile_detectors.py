"""The request checker's detectors for the profile's facts, trust and relevance: pure
functions from :class:`Facts` to evidence (the facts that fire a signal), or an empty list.
The records that give them an id, a weight and a message are in
:mod:`connectwisely.checker.signals`.
"""

from __future__ import annotations

from ..core.text import shorten, words
from .facts import KNOWN, Facts, age_text
from .relevance import overlap, same_company
from .words.vocab import GENERIC_TITLE


# -- detectors: the profile ---------------------------------------------------------------------
def no_photo(f: Facts) -> list[str]:
    return ["no profile photo"] if f.has_photo is False else []


def new_account(f: Facts) -> list[str]:
    if f.age_months is not None and f.age_months < 6:
        return [f"joined {f.joined}, {age_text(f.age_months)} before {f.today}"]
    return []


def tiny_network(f: Facts) -> list[str]:
    return (
        [f"{f.connections} connections"] if f.connections is not None and f.connections < 30 else []
    )


def no_experience(f: Facts) -> list[str]:
    return ["no positions listed"] if f.positions == 0 else []


def vague_headline(f: Facts) -> list[str]:
    tokens = words(f.headline[:200])
    if not tokens or f.employer or len(tokens) > 3 or not set(tokens) <= GENERIC_TITLE:
        return []
    return [f"headline “{f.headline}” names no employer or field"]


def no_mutual(f: Facts) -> list[str]:
    if f.mutual == 0:
        return (
            ["3rd-degree: no mutual connections"]
            if f.mutual_connections is None
            else ["0 mutual connections"]
        )
    return []


def _their_text(f: Facts) -> str:
    return f"{f.profile} | {f.note}"


def interest_overlap(f: Facts) -> list[str]:
    terms = [t for t in (f.me_industry, *f.me_interests) if t]
    return [f"“{term}” ↔ “{theirs}”" for term, theirs in overlap(terms, _their_text(f))[:4]]


def unrelated(f: Facts) -> list[str]:
    terms = [t for t in (f.me_industry, *f.me_interests) if t]
    if not terms or not (f.profile or f.note) or interest_overlap(f) or workplace(f):
        return []
    return [
        f"your field: {', '.join(terms[:3])}; theirs: “{shorten(f.profile or f.note, 60, ellipsis='…')}”"
    ]


def workplace(f: Facts) -> list[str]:
    """They work where the reader works, and share connections (or none are known): a
    colleague with no connection in common is a claim, not relevance."""
    if f.me_company and f.mutual != 0 and same_company(f.me_company, f.profile):
        return [f"both at “{f.me_company}”"]
    return []


# -- detectors: trust ------------------------------------------------------------------------------
def known(f: Facts) -> list[str]:
    return [f"you said you {KNOWN[f.relationship]}"] if f.knows_them else []


def same_group(f: Facts) -> list[str]:
    """A group in common: a reason to hear them out, not a shared past (groups are large and open)."""
    return ["you said you are in the same group"] if f.relationship == "same-group" else []


def follows_work(f: Facts) -> list[str]:
    return ["you said they follow your work"] if f.relationship == "follows-my-work" else []


def many_mutual(f: Facts) -> list[str]:
    return [f"{f.mutual} mutual connections"] if f.mutual is not None and f.mutual >= 10 else []


def some_mutual(f: Facts) -> list[str]:
    if f.mutual is not None and 1 <= f.mutual < 10:
        return [f"{f.mutual} mutual connection{'s' if f.mutual > 1 else ''}"]
    if f.mutual is None and f.degree == 2:
        return ["2nd-degree: at least one mutual connection"]
    return []


def verified(f: Facts) -> list[str]:
    return ["verification badge"] if f.verified is True else []


def established(f: Facts) -> list[str]:
    if f.age_months is not None and f.age_months >= 24:
        return [f"joined {f.joined}, {age_text(f.age_months)} ago"]
    return []


def full_profile(f: Facts) -> list[str]:
    if (
        f.positions is not None
        and f.positions >= 2
        and f.connections is not None
        and f.connections >= 100
    ):
        return [
            f"{f.positions} positions, {f.connections}{'+' if f.connections == 500 else ''} connections"
        ]
    return []
