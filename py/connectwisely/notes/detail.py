"""The reader's one specific detail: what kind of thing it is, and a noun phrase a note can
slot in, with the article, possessive and preposition that make it read right.

Readers type a detail in many shapes: "PyData Amsterdam", "the PyData Amsterdam meetup",
"PyData Amsterdam talk on data contracts", "University of Michigan", "Your thread on pricing",
"I loved your post last week, it was about async Rust". :func:`make_detail` classifies it
(:data:`KINDS`) and builds the phrase: "your talk on data contracts at PyData Amsterdam",
"the PyData Amsterdam meetup", "the University of Michigan", "your post on async Rust". The
shorter forms a draft may fall back on are in :mod:`connectwisely.notes.shorten`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import fold, longest_first, squash, words
from .checker_reading import links_in
from .introduced import INTRODUCED_EN, INTRODUCES_EN, read_introduction
from .markup import as_plain_text
from .names import TITLES
from .people import looks_like_person

KINDS = (
    "event", "talk", "post", "project", "school", "person", "role", "company", "other", "memory",
    "introduced",
)  # fmt: skip

# The preposition that places each kind after a verb, by slot: ``at`` follows a verb of meeting
# or talking ("great chatting {at}": at the event, after their talk, about their post or
# project); ``on`` follows a verb of working ("we worked together {on}": on the project, at
# the company).
PLACE = {
    "at": {
        "event": "at", "talk": "after", "post": "about", "project": "about", "school": "at",
        "person": "through", "role": "about", "company": "at", "other": "about",
        "memory": "about", "introduced": "through",
    },
    "on": {
        "event": "at", "talk": "on", "post": "on", "project": "on", "school": "at",
        "person": "with", "role": "as", "company": "at", "other": "on", "memory": "since",
        "introduced": "through",
    },
}  # fmt: skip
# Kinds that are names: a hint gives one of these only to words that look like a name.
NAMED_KINDS = ("event", "school", "company", "person")

# Nouns that mark a kind (folded, singular); a detail is the kind of the first one it names.
_NOUNS = {
    "talk": "talk keynote presentation lightning-talk webinar panel workshop tutorial session demo",
    "post": "post article thread newsletter blog essay paper podcast video book piece write-up "
    "writeup comment newsletter episode interview op-ed slides deck",
    "school": "university college school institute academy polytechnic mba bootcamp "
    "universität université universidad università hochschule",
    "event": "conference meetup summit con hackathon fair expo festival forum track days camp "
    "retreat dinner party breakfast event gathering sprint office lab campus",
    "project": "project migration rewrite rollout launch rebuild pipeline integration redesign "
    "refactor platform programme program initiative team squad",
    "role": "vice president director head officer manager engineer founder ceo cto cfo coo "
    "svp evp vp lead partner chair professor researcher scientist analyst consultant",
}
_KIND_OF = {w: kind for kind, ws in _NOUNS.items() for w in ws.split()}
_ORDER = ("talk", "post", "school", "project", "event", "role")  # first match wins

# "we met at", "I read", "worked together on": the note says this part itself.
_LEAD_IN = re.compile(
    r"^(?:(?:i|we)(?:\s+(?:both|really|recently|just|all|also))*\s+)?"
    r"(?:met|saw|read|loved|enjoyed|liked|heard|watched|attended|worked|studied|know|knew|went"
    r"|talked|spoke|chatted|discussed)"
    r"(?:\s+(?:you|each other|together|to))*"
    r"(?:\s+(?:at|on|in|during|about|from|with|through|via))?\s+",
    re.IGNORECASE,
)
# "great meeting you at", "nice to see you during": a note's own words, pasted as the detail.
_GREAT_MEETING = re.compile(
    r"^(?:it was\s+)?(?:so\s+|really\s+)?(?:great|nice|good|lovely|a pleasure|fun)\s+"
    r"(?:meeting|to meet|seeing|to see|talking|to talk|chatting|to chat)(?:\s+(?:with\s+)?you)?\s+",
    re.IGNORECASE,
)
# The end of a first sentence: . ! or ? before a space and a capital (not "Dr. Smith").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?]+\s+(?=\S)")
_PREPOSITION = re.compile(r"^(?:at|on|in|during|about|from|via|through|regarding|re:?)\s+", re.I)
DETERMINERS = frozenset(
    ["the", "your", "a", "an", "my", "our", "their", "his", "her", "this", "that", "these", "those"]
)
FILLER = DETERMINERS | {"of", "on", "at", "in", "and", "or", "to", "for", "with"}
# A detail that starts like this is a sentence: its substance is dug out, its wording dropped.
_SENTENCE = frozenset(
    [
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
    ]
)
# "your post last week, it was about async Rust": the work, then what it was about.
_WORK = re.compile(
    r"\b(?P<det>your|the|their|his|her)\s+(?P<noun>(?:[\w-]+\s){0,2}?(?:"
    + "|".join(longest_first(w for w in _KIND_OF if _KIND_OF[w] in ("talk", "post")))
    + r")s?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "…to dagster and we are about to do the same": why the writer writes, kept as its own sentence.
_REASON = re.compile(
    r"(?:,\s*|\s+)(?:and|as|because|since|so|which is why|-|–|—)\s+"
    r"(?P<reason>(?:we|i|we're|i'm|we've|i've|my team|our team|our company)\b[^.!?]{6,})$",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"\b(?:on|about|regarding|covering)\s+(?P<topic>[^,.;!?]+)", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:at|during|from)\s+(?P<topic>(?:the\s+)?[A-Z][^,.;!?]*)")
_TALK_SHAPE = re.compile(
    r"^(?:your\s+)?(?P<where>.+?)\s+(?P<noun>talk|keynote|presentation|panel|workshop|session)"
    r"\s+(?:on|about)\s+(?P<topic>.+)$",
    re.IGNORECASE,
)
_THE_OF = re.compile(
    r"^(?:university|college|institute|school|academy|polytechnic)\s+(?:of|for)\b", re.I
)
_POSSESSIVE = re.compile(r"\w['’]s\b")
_QUOTES = "\"'“”‘’«»„"


@dataclass(frozen=True)
class Detail:
    """The detail as a note uses it: its ``kind`` (one of :data:`KINDS`) and ``phrase``, a noun
    phrase that reads right after a verb ("I read {phrase}", "we both studied at {phrase}")."""

    kind: str
    phrase: str
    reason: str = (
        ""  # why the writer writes, from a sentence detail: "We are about to do the same."
    )

    def fill(self, template: str, phrase: str | None = None, kind: str | None = None) -> str:
        """``template`` with its slot filled: ``{d}`` by the phrase, ``{at}`` and ``{on}`` by
        the phrase after its kind's preposition ("at PyData", "after your talk on …")."""
        phrase, kind = phrase or self.phrase, kind or self.kind
        for slot, places in PLACE.items():
            template = template.replace("{" + slot + "}", f"{places[kind]} {phrase}")
        return template.replace("{d}", phrase)


def make_detail(raw: str, topic_frame: str = "{}", hint: str = "other") -> Detail | None:
    """The detail ready for a note, or None when nothing specific is left of it.

    ``topic_frame`` turns a bare topic into the relationship's noun phrase ("your post on {}");
    ``hint`` is the kind the relationship expects when the words don't say.
    """
    text = _GREAT_MEETING.sub("", plain_detail(raw), count=1)
    reason = ""
    found = _REASON.search(text)
    if found and found.start() > 0:
        text, reason = text[: found.start()], _sentence(found.group("reason"))
    introduction = read_introduction(text, INTRODUCES_EN)
    if introduction:  # "Laura Chen introduced us …": a clause of its own, never a slot's noun
        return Detail("introduced", introduction.clause(INTRODUCED_EN), reason)
    text = _THEIR.sub("your", _SINCE.sub("", text, count=1), count=1)
    memory = _MEMORY.match(text)
    if memory and not _LEAD_IN.match(text):
        told = text[memory.end("when") :] if memory.group("when") else text
        return Detail("memory", "the time " + _to_you(told), reason)
    if fold(text.split(" ", 1)[0]).strip(_QUOTES + ",") in _SENTENCE:
        text = _substance(text)
    text = _PREPOSITION.sub("", _LEAD_IN.sub("", text, count=1), count=1).strip(" ,;:-–—")
    if not set(words(text)) - FILLER or not any(c.isalpha() for c in text):
        return None
    kind, named = _kind(text, hint)
    return Detail(kind, _phrase(text, kind, named, topic_frame), reason)


def _to_you(clause: str) -> str:
    """A memory told of the recipient in the third person, told to them: "she helped me prep
    for my exam" gives "you helped me prep for my exam"."""
    out = []
    for word in clause.split(" "):
        low = word.casefold()
        swapped = _SECOND_PERSON.get(low, word)
        out.append(swapped)
    return re.sub(r"\byou was\b", "you were", " ".join(out))


_SECOND_PERSON = {
    "she": "you", "he": "you", "they": "you", "her": "your", "his": "your", "their": "your",
    "him": "you", "them": "you", "she's": "you're", "he's": "you're", "they're": "you're",
    "i": "I",
}  # fmt: skip
# A memory the reader tells as a sentence: "we both reported to Ana …", "she helped me …",
# "when we worked on …" (the "when" is the frame's: "the time we worked on …").
_MEMORY = re.compile(
    r"^(?P<when>(?:back\s+)?(?:when|the time)\s+)?(?:we|she|he|they)\s+"
    r"(?:both\s+|all\s+|once\s+)?(?!met\b|read\b|saw\b)[a-z]+ed\b",
    re.I,
)
# "we haven't talked since", "we were both in": the note says this part itself.
_SINCE = re.compile(
    r"^(?:we|i)\s+(?:haven't|have not|hadn't|had not)\s+(?:talked|spoken|caught up|been in touch)"
    r"(?:\s+much)?\s+since\s+|^we\s+(?:were|was)\s+(?:both\s+|all\s+)?(?:in|at|on)\s+",
    re.IGNORECASE,
)
_THEIR = re.compile(r"^(?:his|her|their)\b(?=\s)", re.IGNORECASE)


def _sentence(clause: str) -> str:
    """A clause of the reader's as a sentence of the note: "we are about to do the same"
    gives "We are about to do the same." (a lone "i" written "I")."""
    clause = re.sub(r"\bi\b", "I", clause.strip(" ,;:-–—"))
    return clause[0].upper() + clause[1:] + "."


def plain_detail(raw: str) -> str:
    """The detail as plain text in any language: markup read as text, links dropped, only
    its first sentence, without quotes or closing punctuation."""
    text = as_plain_text(raw)
    for found in links_in(text):
        text = text.replace(found, " ")
    text = squash(text).strip(_QUOTES + " ")
    for end in _SENTENCE_END.finditer(text):  # one thing: the first sentence's
        if fold(text[: end.start()].rsplit(" ", 1)[-1]) not in TITLES:  # "la Dra. Núñez" goes on
            text = text[: end.start()]
            break
    return text.rstrip(".!?;:,… ").strip(_QUOTES + " ")


def _substance(sentence: str) -> str:
    """A whole sentence's substance as a phrase, or "" when it has none a note can reuse:
    "I loved your post last week, it was about async Rust" gives "your post on async Rust",
    "Thanks for the intro at KubeCon!" gives "KubeCon"; "I'm moving into analytics" gives ""."""
    work = _WORK.search(sentence)
    if work:
        about = _ABOUT.search(work.group("rest"))
        noun = f"{work.group('det').lower()} {work.group('noun')}"
        return f"{noun} on {about.group('topic').strip()}" if about else noun
    for pattern in (_ABOUT, _WHERE):
        found = pattern.search(sentence)
        if found:
            return found.group("topic").strip()
    led = _LEAD_IN.match(sentence)
    return sentence[led.end() :] if led else ""


def _kind(text: str, hint: str) -> tuple[str, bool]:
    """The detail's kind, and whether its own words named it (else it is the ``hint``)."""
    found = {_KIND_OF[w] for w in _tokens(text) if w in _KIND_OF}
    if _THE_OF.match(text):
        return "school", True
    for kind in _ORDER:
        if kind in found:
            return kind, True
    if looks_like_person(text, expected=hint == "person"):
        return "person", True  # "Maria Lopez" under an event is who was there, not where
    if hint in NAMED_KINDS and not _looks_like_a_name(text):
        return "other", False  # "accessible charts" is no company, school or event
    return hint, False


def _looks_like_a_name(text: str) -> bool:
    """A capital letter, or a script without case (李娜, 北京大学), as names are written."""
    return any(c.isupper() or (c.isalpha() and not c.islower()) for c in text)


def _tokens(text: str) -> list[str]:
    out = []
    for w in words(text):
        out.append(w)
        if w.endswith("s") and len(w) > 3:
            out.append(w[:-1])
    return out


def _phrase(text: str, kind: str, named: bool, topic_frame: str) -> str:
    first = fold(text.split(" ", 1)[0])
    if first in DETERMINERS:
        return text[0].lower() + text[1:] if first in ("the", "your", "a", "an") else text
    if _POSSESSIVE.search(text):
        return text  # "Dr. Smith's keynote at PyCon" is someone's already
    if not named and kind in ("talk", "post", "other"):
        return topic_frame.replace("{}", text)  # a bare topic: "your post on pricing"
    if kind == "talk":
        shape = _TALK_SHAPE.match(text)
        if shape:
            noun = shape.group("noun").lower()
            return f"your {noun} on {shape.group('topic')} at {shape.group('where')}"
        return "your " + text
    if kind == "post":
        return "your " + text
    if kind == "school":
        return (
            ("the " + text)
            if _THE_OF.match(text) or _ends_in(text, "program", "bootcamp", "class", "cohort")
            else text
        )
    if (
        kind in ("event", "project")
        and " " in text
        and fold(text.rsplit(" ", 1)[-1]).rstrip("s") in _KIND_OF
    ):
        return "the " + text  # "PyData Amsterdam meetup" -> "the PyData Amsterdam meetup"
    if kind == "role":
        return "your work as " + _title_at_company(text)
    return text


def _title_at_company(title: str) -> str:
    """ "SVP, Data Governance, Deutsche Bank" reads in a sentence as "SVP, Data Governance at
    Deutsche Bank": the last item becomes "at …" when it names no role."""
    head, sep, last = title.rpartition(", ")
    if not sep or any(_KIND_OF.get(w) == "role" for w in _tokens(last)):
        return title
    return f"{head} at {last}"


def _ends_in(text: str, *nouns: str) -> bool:
    return fold(text.rsplit(" ", 1)[-1]) in nouns


__all__ = [
    "DETERMINERS", "FILLER", "KINDS", "NAMED_KINDS", "PLACE", "Detail", "make_detail", "plain_detail",
]  # fmt: skip
