"""The reader's one specific detail, made into words a note can slot in.

Readers type a detail in many shapes: "DevOpsDays Berlin", "the DevOpsDays hallway track.",
"at DevOpsDays", "we met at DevOpsDays", "pricing experiments", "Your thread on pricing",
"I loved your talk on Rust". The drafter needs either a noun phrase ("the DevOpsDays
hallway track", "your post on pricing experiments") or, when the reader wrote a whole
sentence, that sentence on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import fold, squash, words
from .checker_reading import links_in

# "we met at", "I read", "worked together on": the note says this part itself.
_LEAD_IN = re.compile(
    r"^(?:(?:i|we)(?:\s+(?:both|really|recently|just|all))*\s+)?"
    r"(?:met|saw|read|loved|enjoyed|liked|heard|watched|attended|worked|studied|know|knew|went)"
    r"(?:\s+(?:you|each other|together|to))*"
    r"(?:\s+(?:at|on|in|during|about|from|with|through|via))?\s+",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"^(?:at|on|in|during|about|from|via|through|regarding|re:?)\s+", re.I)
_DETERMINERS = {
    "the",
    "your",
    "a",
    "an",
    "my",
    "our",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
}
# A detail that starts like a sentence is used as one.
_SENTENCE = {
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "we",
    "we're",
    "we've",
    "you",
    "you're",
    "you've",
    "it",
    "it's",
    "thanks",
    "thank",
    "she",
    "he",
    "they",
    "there",
}
FILLER = _DETERMINERS | {"of", "on", "at", "in", "and", "or", "to", "for", "with"}
# A bare name ending in one of these reads better with "the": "at the Oslo office".
_GROUP_NOUNS = {
    "team",
    "office",
    "group",
    "department",
    "squad",
    "lab",
    "division",
    "unit",
    "project",
    "programme",
    "program",
    "class",
    "cohort",
    "course",
    "community",
    "meetup",
    "conference",
    "summit",
    "track",
    "panel",
    "workshop",
    "hackathon",
    "bootcamp",
    "club",
    "chapter",
    "network",
    "forum",
    "rebuild",
    "launch",
    "migration",
}
_QUOTES = "\"'“”‘’«»„"


@dataclass(frozen=True)
class Detail:
    """``core`` is the reader's words (what gets shortened); ``frame`` places it in a note
    ("{}" or "your post on {}"); ``kind`` is phrase, topic or sentence."""

    core: str
    frame: str
    kind: str

    @property
    def text(self) -> str:
        return self.frame.replace("{}", self.core)


def make_detail(raw: str, topic_frame: str) -> Detail | None:
    """The detail ready for a note, or None when nothing specific is left of it.

    ``topic_frame`` is how the relationship turns a bare topic into a noun phrase.
    """
    for found in links_in(raw):
        raw = raw.replace(found, " ")
    text = squash(raw)
    text = text.strip(_QUOTES + " ").rstrip(".!?;:,… ").strip(_QUOTES + " ")
    text = _PREPOSITION.sub("", _LEAD_IN.sub("", text, count=1), count=1).strip(" ,;:-–—")
    if not set(words(text)) - FILLER:
        return None
    first = fold(text.split(" ", 1)[0]).strip(_QUOTES + ",")
    if first in _SENTENCE:
        return Detail(text, "{}", "sentence")
    if first in _DETERMINERS:
        return Detail(text[0].lower() + text[1:], "{}", "phrase")
    if topic_frame == "{}" and fold(text.rsplit(" ", 1)[-1]) in _GROUP_NOUNS and " " in text:
        return Detail("the " + text, "{}", "phrase")  # "Payments team" -> "the Payments team"
    return Detail(text, topic_frame, "topic")
