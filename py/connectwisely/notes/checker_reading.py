"""The request checker's reading of a note, for the note linter: the one place the notes
package reaches into the checker.

The linter and the checker must share one vocabulary, so that a note the checker would flag
(a move to WhatsApp, a phone number, a pitch, a job ask, a link) can never pass the linter.
Rather than keep its own word lists, the linter asks the checker what it flags in a note on
its own (no profile, no relationship): ``connectwisely.checker.note_flags`` by topic, and the
rest of the checker's risk signals through ``check_request``, sorted into the linter's
concerns. Two helpers read the checker's phrase tables directly (one part of a pitch, links);
if those tables move, only this module changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The linter's concern for each topic of the checker's public ``note_flags``.
TOPIC_CONCERN = {
    "phone": "off-platform",
    "off-platform": "off-platform",
    "money": "risk",
    "investment": "risk",
    "personal-data": "risk",
    "sign-in-link": "risk",
    "link": "pitch",
    "too-good-job": "risk",
    "romance": "risk",
    "pitch": "pitch",
    "job-ask": "job-ask",
}
# The checker's other risk signals about a note on its own, which ``note_flags`` leaves to
# the verdict: the stock line and the mass message are the linter's "stock" concern; any
# other (urgency, an over-familiar opener, a new signal) fails the linter under "risk", so
# nothing the checker holds against a note passes because this table is behind the checker's.
SIGNAL_CONCERN = {"RQ015": "stock", "RQ016": "stock"}
# Signals about what the checker could read, not about what a note says: a note in one of the
# drafter's languages that quotes a title in another can look unread to the checker (RQ050),
# which is no fault of the note.
NOT_ABOUT_THE_NOTE = frozenset({"RQ050"})


@dataclass(frozen=True)
class Flag:
    """One thing the checker flags in a note: its signal id, the linter's concern, the words."""

    signal: str
    concern: str
    evidence: str


def note_flags(text: str) -> list[Flag]:
    """What the request checker holds against ``text`` as an invitation note on its own: the
    topics of its public ``note_flags``, then any other risk signal ``check_request`` raises
    from the note alone, both from one reading (``checker.note_reading.read_note``)."""
    from ..checker.note_reading import note_flags as checker_flags
    from ..checker.note_reading import read_note

    if not text.strip():
        return [_flag(f) for f in checker_flags(text)]
    found, signals = read_note(text)
    flags = [_flag(f) for f in found]
    seen = {f.signal for f in flags}
    for signal in signals:
        if signal["kind"] == "risk" and signal["id"] not in seen | NOT_ABOUT_THE_NOTE:
            concern = SIGNAL_CONCERN.get(signal["id"], "risk")
            flags.append(Flag(signal["id"], concern, signal["evidence"]))
    return flags


def _flag(found: dict) -> Flag:
    return Flag(
        found["id"], TOPIC_CONCERN.get(found["topic"], "risk"), "; ".join(found["evidence"])
    )


# Of the checker's calls to action, the ones that sell: asking for "20 minutes of your view"
# is how the guide says to ask for advice; booking a demo or a sales call is a pitch.
_SELLING_ASK = re.compile(
    r"\b(?:demo|calendly|book|consultation|audit|quote|trial|strategy)\b", re.I
)


def pitch_parts(text: str) -> list[str]:
    """Any one part of a sales pitch (an offer, a selling call to action, a promised result, a
    price). The checker needs two parts to call a whole invitation a pitch; the linter faults
    any one in a first note."""
    from ..checker.words import note_phrases as n
    from ..checker.words import phrases

    plain = phrases.unmask(text)
    asks = [a for a in phrases.find(n.PITCH_ASK, plain) if _SELLING_ASK.search(a)]
    return phrases.find(n.PITCH_OFFER + n.PITCH_OUTCOME + n.PITCH_PRICE, plain) + asks


def links_in(text: str) -> list[str]:
    """The links in ``text`` as the checker finds them (plain, shortened or bare domains)."""
    from ..checker.words import phrases

    return phrases.find(phrases.SHORTENER + phrases.LINK, text, limit=20)


__all__ = ["SIGNAL_CONCERN", "TOPIC_CONCERN", "Flag", "links_in", "note_flags", "pitch_parts"]
