"""Quality, not presence: what the headline and the About say, read by their structure.

A headline is read segment by segment (the parts between "|", "·", commas…): a segment names a
role, a specialty (a field, tool or topic), an audience or the role sought ("for restaurant
owners", "seeking ICU roles", "busco…"), or it is a bare self-label ("Top Performer",
"Soñadora") or a credential ("J.D.", "MBA"). A headline of labels and credentials says what
someone claims or holds, not what they do. An About is read for claims against checkable
things (numbers, names). ``QUALITY_RULES`` is the table of grades (the most of its section a
text may earn, and why); the words are data in :mod:`.words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.guide import link
from ..core.text import fold
from .rules import (
    HeadlineFacts,
    cliches,
    content_words,
    empty_word,
    folded,
    has_numbers,
    proper_nouns,
    words,
)
from .words.tables import find, vocabulary

_SPLIT = re.compile(r"\s*(?:[|·•,;/+()\[\]–—!?→>]|\s-+\s|\.\s|\s&\s|\s\+\s)\s*")
STUFFED = 6  # segments beyond which a headline reads as a keyword list


@dataclass(frozen=True)
class QualityRule:
    """One grade a text can fall in, the most of its section's points it may earn, and why."""

    id: str
    section: str  # "headline" or "about"
    grade: str  # "cliche" | "vague" | "specific"
    most: float  # share of the section's points, 0–1
    reason: str
    source: str


_HELP = "https://www.linkedin.com/help/linkedin/answer/a554351"

QUALITY_RULES = (
    QualityRule(
        "PS-Q1", "headline", "cliche", 0.15,
        "Half or more of it is self-labels, clichés or credentials (“Top Performer”, "
        "“results-driven”, “J.D.”). The headline is shown with your name in search results and "
        "invitations; labels every profile uses match no search and say nothing of your work.",
        _HELP,
    ),
    QualityRule(
        "PS-Q2", "headline", "vague", 0.3,
        "It names no role, field, tool or audience. People search by those words, and a "
        "visitor decides from this one line whether you are relevant.",
        _HELP,
    ),
    QualityRule(
        "PS-Q3", "headline", "specific", 1.0,
        "It names what you do: a role, a field, tools or who you help.",
        _HELP,
    ),
    QualityRule(
        "PS-Q4", "about", "cliche", 0.15,
        "It is mostly claims (“proven track record”, “dynamic”, “thrives in fast-paced "
        "environments”) with nothing that shows them. LinkedIn's own advice is to say what "
        "you do and what you have achieved; readers skim past words every profile uses.",
        _HELP,
    ),
    QualityRule(
        "PS-Q5", "about", "vague", 0.35,
        "It names nothing a reader could check: no number, tool, company, place or result. "
        "Only the first lines show before “see more”, so they have to be specific.",
        _HELP,
    ),
    QualityRule(
        "PS-Q6", "about", "specific", 1.0,
        "It says what you do with specifics: numbers, names of tools, firms or places.",
        _HELP,
    ),
)  # fmt: skip

RULES_BY_GRADE = {(r.section, r.grade): r for r in QUALITY_RULES}
GUIDE = {"headline": link("headline"), "about": link("about")}


def segments(text: str) -> list[str]:
    """The headline's parts, as written."""
    return [s.strip(" .:-") for s in _SPLIT.split(text) if s and s.strip(" .:-")]


def _credential(segment: str, said: list[str]) -> bool:
    key = re.sub(r"[\s.]", "", fold(segment))
    creds = vocabulary("CREDENTIALS")
    return key in {c.replace(".", "") for c in creds.exact} or all(creds.has(w) for w in said)


def kinds(segment: str, own: frozenset[str] = frozenset()) -> set[str]:
    """What one headline segment names: role, specialty, audience, target, label, credential."""
    said = content_words(segment)
    if _credential(segment, said or words(segment)):
        return {"credential"}
    if not said:
        return set()
    key = folded(segment)
    claimed = {w for phrase in (*cliches(segment), *find(key, "BRAGS")) for w in words(phrase)}
    roles = {w for w in said if vocabulary("ROLES").has(w) or w in own}
    topic = [
        w
        for w in said
        if w not in roles
        and w not in claimed
        and not empty_word(w)
        and not any(c.isdigit() for c in w)
    ]
    topic = [w for w in topic if not find(w, "AUDIENCE") and not find(w, "TARGET")]
    found = set()
    if roles - claimed:
        found.add("role")
    if topic:
        found.add("specialty")
    if topic or roles:
        if find(key, "TARGET"):
            found.add("target")
        elif find(key, "AUDIENCE"):
            found.add("audience")
    if not found:
        labelled = claimed or any(vocabulary("LABELS").has(w) for w in said)
        found.add("label" if labelled else "filler")
    return found


def read_headline(text: str, length: int, titles: tuple[str, ...] = ()) -> HeadlineFacts:
    """The headline's facts: its segments by kind, its grade, and the words read."""
    own = frozenset(w for t in titles if t for w in content_words(t) if not empty_word(w))
    parts = segments(text)
    by_kind: dict[str, list[str]] = {}
    for part in parts:
        for kind in kinds(part, own):
            by_kind.setdefault(kind, []).append(part)
    labels = by_kind.get("label", [])
    creds = by_kind.get("credential", [])
    aimed = by_kind.get("audience", []) + by_kind.get("target", [])
    named = by_kind.get("role", []) + by_kind.get("specialty", [])
    if (len(labels) + len(creds)) * 2 >= len(parts) and not aimed and (labels or len(creds) > 1):
        grade = "cliche" if labels else "vague"  # a row of credentials: held, not done
    elif not named and not aimed:
        grade = "cliche" if labels else "vague"
    else:
        grade = "specific"
    titled = {fold(t).strip() for t in titles if t}
    plain = folded(text)
    bare = (
        plain in titled
        or (
            len(parts) == 1
            and not aimed
            and len(content_words(text)) <= 4
            and bool(by_kind.get("role"))
        )
        or bool(
            re.match(
                r"^[^|·•,/;:+&()]{1,100}? (?:at|@|bei|en|chez|presso|na|no) [^|·•,/;:+&()]{1,80}$",
                plain,
            )
            and len(parts) == 1
            and not aimed
            and len(words(text)) <= 9
        )
    )
    return HeadlineFacts(
        length=length,
        bare_title=bare,
        keywords=len(set(content_words(text))) >= 5,
        cliches=cliches(text),
        grade=grade,
        segments=len(parts),
        roles=tuple(by_kind.get("role", [])),
        specialties=tuple(by_kind.get("specialty", [])),
        audience=tuple(aimed),
        labels=tuple(labels),
        credentials=tuple(creds),
    )


def grade_headline(text: str, titles: tuple[str, ...] = ()) -> str:
    """ "cliche", "vague" or "specific" (the rows of ``QUALITY_RULES`` for the headline)."""
    return read_headline(text, len(text), titles).grade


def _shares(text: str) -> tuple[float, float]:
    """The share of the words that belong to clichés, and of the content words that are filler."""
    every = [w for w in words(text) if len(w) > 1]
    found = cliches(text)
    plain = folded(text)
    cliche_words = sum(len(words(p)) * plain.count(p) for p in found)
    said = content_words(text)
    claimed = {w for p in found for w in words(p)}
    empty = sum(1 for w in said if w in claimed or empty_word(w))
    return (cliche_words / len(every) if every else 0.0, empty / len(said) if said else 0.0)


def grade_about(text: str) -> str:
    """ "cliche", "vague" or "specific" (the rows of ``QUALITY_RULES`` for the About)."""
    checkable = has_numbers(text) or bool(proper_nouns(text))
    cliche_share, filler_share = _shares(text)
    if cliche_share >= 0.12 or (filler_share >= 0.35 and not checkable):
        return "cliche"
    return "specific" if checkable else "vague"


def most(section: str, grade: str) -> float:
    """The most of ``section``'s points a text of ``grade`` may earn."""
    return RULES_BY_GRADE[(section, grade)].most


__all__ = ["QUALITY_RULES", "QualityRule", "grade_about", "grade_headline", "kinds", "most"]
