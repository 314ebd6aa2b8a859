"""The request checker's reading of a note, for the note linter: the one place the notes
package reaches into the checker.

The linter and the checker must share one vocabulary, so that a note the checker would flag
(a move to WhatsApp, a phone number, a pitch, a job ask, a link) can never pass the linter.
Rather than keep its own word lists, the linter asks the checker which of its risk signals a
note raises on its own (no profile, no relationship) and sorts them into the linter's
concerns. When the checker exposes a public ``note_flags(text)``, only this module changes.
"""

from __future__ import annotations

from dataclasses import dataclass

# The linter's concern for each of the checker's note signals (ids from checker.signals).
# A risk signal missing here still fails the linter, under "risk": nothing the checker flags
# slips through because this table is behind the checker's.
CONCERN = {
    "RQ001": "off-platform",
    "RQ002": "off-platform",
    "RQ003": "risk",  # money
    "RQ004": "risk",  # investment
    "RQ005": "risk",  # personal data
    "RQ006": "risk",  # sign-in or install link
    "RQ007": "pitch",  # shortened link
    "RQ008": "risk",  # job too good to be true
    "RQ009": "risk",  # romance
    "RQ010": "risk",  # impersonated recruiter
    "RQ011": "risk",  # urgency
    "RQ012": "pitch",
    "RQ013": "pitch",  # multi-level marketing
    "RQ014": "pitch",  # open networker
    "RQ015": "stock",  # the default line
    "RQ016": "stock",  # a mass message
    "RQ017": "job-ask",
    "RQ018": "pitch",  # any other link
    "RQ020": "risk",  # over-familiar opener
    "RQ028": "risk",  # advance-fee fraud
    "RQ029": "risk",  # job with a too-good sign
}


@dataclass(frozen=True)
class Flag:
    """One thing the checker flags in a note: its signal id, the linter's concern, the words."""

    signal: str
    concern: str
    evidence: str


def note_flags(text: str) -> list[Flag]:
    """The checker's risk signals that ``text`` raises as an invitation note on its own."""
    from ..checker.facts import Facts
    from ..checker.signals import detect_all

    return [
        Flag(s["id"], CONCERN.get(s["id"], "risk"), s["evidence"])
        for s in detect_all(Facts(message=text))
        if s["kind"] == "risk"
    ]


def pitch_parts(text: str) -> list[str]:
    """Any one part of a sales pitch (an offer, a call to book, a promised result, a price).
    The checker needs two parts to call a whole invitation a pitch; the linter faults any one
    in a first note."""
    from ..checker.words import note_phrases as n
    from ..checker.words import phrases

    parts = n.PITCH_OFFER + n.PITCH_ASK + n.PITCH_OUTCOME + n.PITCH_PRICE
    return phrases.find(parts, phrases.unmask(text))


def links_in(text: str) -> list[str]:
    """The links in ``text`` as the checker finds them (plain, shortened or bare domains)."""
    from ..checker.words import phrases

    return phrases.find(phrases.SHORTENER + phrases.LINK, text, limit=20)


__all__ = ["CONCERN", "Flag", "links_in", "note_flags", "pitch_parts"]
