"""Does the sender's work touch the reader's? Matching ``me`` (industry, interests, company)
against what the sender says about themselves and in the note.

Matching is deliberately forgiving about word forms ("data science" meets "Data Scientist",
"architecture" meets "architect") and knows a few fields by their usual neighbours
("cybersecurity" meets "Application Security"); it never guesses beyond that.
"""

from __future__ import annotations

import re

from ..core.text import contains_phrase, fold, words

# A field's usual neighbours: a term containing the key also matches these words.
RELATED = {
    "software": (
        "developer",
        "programmer",
        "frontend",
        "backend",
        "fullstack",
        "devops",
        "typescript",
        "javascript",
        "python",
        "java",
        "react",
        "sre",
    ),
    "security": (
        "security",
        "infosec",
        "appsec",
        "pentest",
        "pentester",
        "threat",
        "vulnerability",
        "cyber",
        "soc",
    ),
    "cyber": ("security", "infosec", "appsec", "pentest", "threat", "cyber"),
    "data": ("data", "analytics", "analyst", "statistics", "statistician", "ml"),
    "machine learning": ("ml", "ai", "data", "scientist"),
    "artificial intelligence": ("ai", "ml", "machine"),
    "biotech": (
        "biotech",
        "biotechnology",
        "biology",
        "biologist",
        "genomics",
        "pharma",
        "pharmaceutical",
        "clinical",
        "life",
    ),
    "pharma": ("pharma", "pharmaceutical", "clinical", "drug", "biotech"),
    "health": (
        "health",
        "healthcare",
        "clinical",
        "medical",
        "hospital",
        "nurse",
        "physician",
        "doctor",
        "medicine",
    ),
    "medic": ("health", "healthcare", "clinical", "medical", "hospital", "physician", "doctor"),
    "finance": (
        "finance",
        "financial",
        "banking",
        "bank",
        "investment",
        "accounting",
        "fintech",
        "cfo",
    ),
    "fintech": ("fintech", "payments", "banking", "finance", "financial"),
    "marketing": ("marketing", "brand", "growth", "seo", "content", "advertising", "cmo"),
    "design": ("design", "designer", "ux", "ui", "product"),
    "education": (
        "education",
        "teacher",
        "teaching",
        "school",
        "edtech",
        "university",
        "professor",
        "lecturer",
    ),
    "legal": ("legal", "lawyer", "attorney", "counsel", "law"),
    "law": ("legal", "lawyer", "attorney", "counsel", "law"),
    "recruit": ("recruiter", "recruiting", "talent", "hr", "sourcer"),
    "human resources": ("hr", "people", "talent", "recruiter"),
    "architecture": ("architect", "architecture", "architectural", "urban"),
    "construction": ("construction", "civil", "building", "contractor", "engineering"),
    "real estate": ("property", "realtor", "estate", "realty"),
    "sales": ("sales", "account", "business development", "bdr", "sdr"),
    "energy": ("energy", "renewables", "solar", "wind", "oil", "gas", "utility"),
    "journalism": ("journalist", "reporter", "editor", "media", "news"),
}
_STOP = frozenset(
    ["and", "or", "of", "the", "a", "an", "in", "for", "to", "with", "&", "my", "our"]
)
_LEGAL_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|sa|bv|corp|corporation|co|group|limited)\.?$"
)


def _stem_match(term_word: str, their_words: set[str]) -> str | None:
    """A word of theirs sharing ``term_word``'s stem: equal, or a common start of 5+ letters."""
    if term_word in their_words:
        return term_word
    if len(term_word) < 5:
        return None
    stem = term_word[: max(5, len(term_word) - 3)]
    return next(
        (
            w
            for w in sorted(their_words)
            if len(w) >= 5 and (w.startswith(stem) or term_word.startswith(w[: max(5, len(w) - 3)]))
        ),
        None,
    )


def overlap(terms: list[str], their_text: str) -> list[tuple[str, str]]:
    """``(term, their word)`` for each of the reader's terms their text touches."""
    their_words = set(words(their_text))
    found = []
    for term in terms:
        folded = fold(term)
        significant = [w for w in words(term) if w not in _STOP]
        if not significant:
            continue
        hits = [_stem_match(w, their_words) for w in significant]
        if all(hits):
            found.append((term, " ".join(h for h in hits if h)))
            continue
        for key, neighbours in RELATED.items():
            if key in folded:
                hit = next((n for n in neighbours if n in their_words), None)
                if hit:
                    found.append((term, hit))
                    break
    return found


def company_core(name: str) -> str:
    """A company name without legal suffixes, folded: "Acme Corp." → "acme"."""
    core = fold(name).strip(" .,")
    while True:
        shorter = _LEGAL_SUFFIX.sub("", core).strip(" .,")
        if shorter == core:
            return core
        core = shorter


def same_company(mine: str, their_text: str) -> bool:
    """Whether the reader's company is named in ``their_text`` (as whole words)."""
    core = company_core(mine)
    return len(core) >= 2 and contains_phrase(fold(their_text), core)


__all__ = ["RELATED", "company_core", "overlap", "same_company"]
