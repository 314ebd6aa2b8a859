"""Shorter forms of a detail's phrase, made by structure and never by counting characters.

A draft that runs long tries these in order, longest first: the phrase without a trailing
clause ("the 2019 billing migration at Acme, when we rewrote…" gives "the 2019 billing
migration at Acme"), then without a trailing prepositional phrase ("the 2019 billing
migration"), and for a job title the usual abbreviations and the first item of each list
("Senior Vice President, Enterprise Data Governance and Regulatory Reporting, Deutsche Bank"
gives "SVP, Enterprise Data Governance, Deutsche Bank"). Every form ends where a phrase ends,
so no draft stops mid-phrase; when none fits, the draft leaves the detail out and says so.
"""

from __future__ import annotations

import re

from ..core.text import fold, squash, words
from .detail import FILLER

# Where a trailing clause starts: punctuation, or a word that opens a clause.
_CLAUSE = re.compile(
    r"\s*[,;:(–—]\s*|\s+-\s+|\s+(?=(?:which|who|whom|whose|where|when|while|because|since|"
    r"although|though|after|before|until|so that|that|and then|but)\b)",
    re.IGNORECASE,
)
# Where a trailing prepositional phrase starts ("of" binds too tightly to cut: "University of").
_PREPOSITIONAL = re.compile(
    r"\s+(?=(?:at|in|on|for|with|from|over|during|about|across|by|through|into|via|to)\s)",
    re.IGNORECASE,
)
# A cut may not leave these last: the phrase would stop midway.
_OPEN_ENDS = FILLER | {
    "a", "an", "by", "from", "as", "is", "are", "was", "were", "be", "been", "into", "about",
    "than", "like", "via", "over", "when", "where", "which", "that", "who", "because", "so",
    "very", "i", "we", "you", "it", "this", "these", "those", "its", "his", "her", "some",
    "several", "many", "each", "every", "whole", "both", "&", "but",
}  # fmt: skip

# Job-title words LinkedIn members abbreviate themselves (longest first when applied).
TITLE_ABBREVIATIONS = {
    "senior executive vice president": "SEVP",
    "executive vice president": "EVP",
    "senior vice president": "SVP",
    "assistant vice president": "AVP",
    "vice president": "VP",
    "chief executive officer": "CEO",
    "chief technology officer": "CTO",
    "chief financial officer": "CFO",
    "chief operating officer": "COO",
    "chief information officer": "CIO",
    "chief marketing officer": "CMO",
    "chief product officer": "CPO",
    "managing director": "MD",
    "human resources": "HR",
    "research and development": "R&D",
}


def shorter_forms(phrase: str, kind: str) -> list[str]:
    """Shorter whole-phrase forms of ``phrase`` in the order a draft should try them: a title
    abbreviated and trimmed first, then without trailing clauses, then without trailing
    prepositional phrases, each group longest first."""
    forms: list[str] = _title_forms(phrase) if kind in ("role", "company") else []
    for form in [phrase, *forms]:
        forms += _cuts(form, _CLAUSE)
    for form in [phrase, *forms]:
        if not _CLAUSE.search(form):  # a clause goes whole before its phrases are cut
            forms += _cuts(form, _PREPOSITIONAL)
    out: list[str] = []
    for form in forms:
        if _splits_a_route(form, phrase):
            continue  # "from Airflow" without "to Dagster" loses where it goes
        if form not in out and _whole(form, phrase):
            out.append(form)
    return out


def _splits_a_route(form: str, phrase: str) -> bool:
    rest = phrase[len(form) :].lstrip() if phrase.startswith(form) else ""
    return rest.casefold().startswith("to ") and re.search(r"\bfrom\s+\S+$", form) is not None


def _cuts(phrase: str, boundary: re.Pattern) -> list[str]:
    """Every head of ``phrase`` that ends just before a boundary, longest first."""
    heads = []
    for match in boundary.finditer(phrase):
        head = phrase[: match.start()].rstrip(" ,;:-–—(")
        if head:
            heads.append(head)
    return heads[::-1]


def _title_forms(phrase: str) -> list[str]:
    """A job title with its long words abbreviated and each list in it cut to its first item
    (the form a title reads best in a note), then only abbreviated."""
    short = phrase
    for long, abbreviation in TITLE_ABBREVIATIONS.items():
        short = re.sub(rf"(?i)\b{re.escape(long)}\b", abbreviation, short)
    body, at, company = short.rpartition(" at ")
    if not at or "," in company:
        body, at, company = short, "", ""
    parts = [re.split(r"\s+(?:and|&)\s+|\s*/\s*", p.strip())[0] for p in body.split(",")]
    trimmed = ", ".join(p for p in parts if p) + at + company
    return [f for f in dict.fromkeys((trimmed, short)) if f != phrase]


def _whole(form: str, phrase: str) -> bool:
    """A form that ends where a phrase can end and still says something specific."""
    tokens = form.split()
    if not tokens or fold(tokens[-1]).strip(",.;:") in _OPEN_ENDS:
        return False
    if form.count("(") != form.count(")") or form.count("“") != form.count("”"):
        return False
    return bool(set(words(form)) - FILLER - {"your", "work", "post", "talk", "as"}) and squash(
        form
    ) != squash(phrase)


__all__ = ["TITLE_ABBREVIATIONS", "shorter_forms"]
