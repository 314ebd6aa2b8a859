"""What the profile scorer reads in the reader's words: headline, About and job descriptions.

Each check is a small pure function over text. ``text_facts`` gathers their answers (and the
evidence: the clichés found, the lengths) so the scorer and the fixes work on plain facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.text import find_phrases, fold, squash, utf16_len, words

HEADLINE_LIMIT = 220  # LinkedIn's headline box (characters)
ABOUT_LIMIT = 2_600  # LinkedIn's About box
ABOUT_PREVIEW = 260  # roughly what shows before "see more" on a desktop profile
DESCRIPTION_LIMIT = 2_000  # a position's description box
GOOD_HEADLINE_LENGTH = 40  # below this a headline wastes its slot
GOOD_ABOUT_LENGTH = 300  # a few short paragraphs
FULL_ABOUT_LENGTH = 800
_READ = 20_000  # characters of any one text the checks read (bounds the work)

# Words recruiters and readers skim past: they claim a quality instead of showing it.
CLICHES = (
    "passionate",
    "results-driven",
    "results driven",
    "results-oriented",
    "results oriented",
    "guru",
    "ninja",
    "rockstar",
    "rock star",
    "wizard",
    "unicorn",
    "evangelist",
    "go-getter",
    "self-starter",
    "self starter",
    "team player",
    "hard-working",
    "hardworking",
    "hard worker",
    "detail-oriented",
    "detail oriented",
    "highly motivated",
    "motivated professional",
    "seasoned professional",
    "synergy",
    "think outside the box",
    "outside-the-box",
    "proven track record",
    "demonstrated history",
    "visionary",
    "thought leader",
    "world-class",
    "best-in-class",
    "game changer",
    "game-changer",
    "jack of all trades",
    "out-of-the-box thinker",
    "strategic thinker",
    "disruptor",
    "seeking new opportunities",
    "looking for new opportunities",
    # from LinkedIn's own yearly lists of the most overused profile words (2010-2017)
    "extensive experience",
    "fast-paced",
    "fast paced",
    "problem solver",
    "dynamic",
    "innovative",
    "change agent",
    "thrives under pressure",
    "eager to learn",
    "quick learner",
    "fast learner",
    "excellent communication skills",
    "strong communication skills",
    "driving growth",
    "delivering value",
    "passion for excellence",
    "high-performing teams",
    "make a difference",
    "making a difference",
)

# Ways an About asks the reader to do something.
CALLS_TO_ACTION = (
    "message me",
    "send me a message",
    "reach out",
    "get in touch",
    "contact me",
    "email me",
    "e-mail me",
    "write to me",
    "drop me",
    "dm me",
    "ping me",
    "let's talk",
    "let's connect",
    "let's chat",
    "connect with me",
    "happy to talk",
    "happy to chat",
    "happy to help",
    "feel free",
    "open to conversations",
    "open to opportunities",
    "open to new",
    "say hello",
    "book a call",
    "subscribe",
    "follow me",
    "read my",
    "find me",
)

# Openings that spend the visible first lines on nothing.
EMPTY_OPENINGS = (
    "hello",
    "hi",
    "hey",
    "welcome",
    "my name is",
    "thank you for",
    "thanks for",
    "i am a",
    "experienced",
)

# Verbs that say what changed: each matches its inflections ("reduce": reduced, reducing…).
OUTCOME_STEMS = (
    "reduce", "increase", "grow", "save", "launch", "ship", "deliver", "improve", "build",
    "double", "triple", "halve", "raise", "achieve", "create", "migrate", "automate", "scale",
    "redesign", "introduce", "exceed", "generate", "mentor", "found",
)  # fmt: skip
OUTCOME_WORDS = (
    "cut", "cuts", "cutting", "grew", "built", "won", "win", "wins", "lead", "leads", "led",
    "leading", "closed", "opened", "trained", "hired",
)  # fmt: skip
OUTCOME_VERBS = re.compile(
    r"\b(?:"
    + "|".join([*(stem.removesuffix("e") + r"\w*" for stem in OUTCOME_STEMS), *OUTCOME_WORDS])
    + r")\b",
    re.IGNORECASE,
)

_NUMBER_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "fifty", "hundred", "hundreds", "thousand", "thousands",
    "million", "millions", "dozen", "dozens", "half", "double", "triple",
}  # fmt: skip
_FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"}
_STOP = {
    "a", "an", "and", "the", "of", "at", "in", "on", "for", "to", "with", "by", "from",
    "as", "or", "&", "my", "i", "we", "our", "your", "you", "who", "that", "ex",
}  # fmt: skip
_HEADLINE_MARKS = re.compile(r"[|·•,/;:+&()\[\]–—]| - | and | with | for | helping | who ")
_DEFAULT_HEADLINE = re.compile(r"^(?P<title>[^|·•,/;:+&()]{1,100}?) (?:at|@) [^|·•,/;:+&()]{1,80}$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(\S+)")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*[A-Za-z0-9]|\b[A-Z]\b")


def clip(text: str | None) -> str:
    """The text the checks read: squashed and bounded."""
    return squash((text or "")[:_READ])


@lru_cache(maxsize=256)
def cliche_phrases(text: str) -> tuple[str, ...]:
    """Every phrase of ``CLICHES`` found in ``text`` (looked up once per text: the headline
    and About are read by several checks)."""
    return tuple(find_phrases(text, CLICHES))


def cliches(text: str) -> tuple[str, ...]:
    """The clichés in ``text`` (folded forms, each once, in list order)."""
    found = cliche_phrases(text)
    # "results driven" and "results-driven" are one cliché to the reader
    seen: list[str] = []
    for phrase in found:
        key = phrase.replace("-", " ")
        if not any(key == s.replace("-", " ") for s in seen):
            seen.append(phrase)
    return tuple(seen)


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > 1 and w not in _STOP}


def is_bare_title(headline: str, titles: tuple[str, ...] = ()) -> bool:
    """A headline that says no more than a job title: "Nurse", "Engineer at Acme" (LinkedIn's
    default), or exactly one of the reader's own position titles."""
    text = clip(headline)
    if not text:
        return False
    folded = fold(text)
    if folded in {fold(squash(t)) for t in titles if t}:
        return True
    default = _DEFAULT_HEADLINE.match(folded)
    if default and len(words(text)) <= 9:
        return True
    return not _HEADLINE_MARKS.search(folded) and len(words(text)) <= 4


def has_numbers(text: str) -> bool:
    return bool(re.search(r"\d", text)) or bool(_NUMBER_WORDS & set(words(text)))


def first_person(text: str) -> bool:
    return bool(_FIRST_PERSON & set(words(text)))


def proper_nouns(text: str) -> set[str]:
    """Capitalised words that do not open a sentence: names of tools, firms, places."""
    openers = {m.group(1) for m in _SENTENCE_START.finditer(text)}
    found = set()
    for match in _CAPITALISED.finditer(text):
        token = match.group(0).rstrip(".")
        if token in openers or fold(token) in _FIRST_PERSON:
            continue
        found.add(token)
    return found


def has_specifics(text: str) -> bool:
    """Numbers, or names of the tools, firms and places the work involved."""
    digits = len(re.findall(r"\d+(?:[.,]\d+)?", text))
    names = len(proper_nouns(text))
    return digits >= 2 or (has_numbers(text) and names >= 1) or names >= 4


def has_call_to_action(text: str) -> bool:
    return bool(find_phrases(text, CALLS_TO_ACTION)) or bool(
        re.search(r"[\w.+-]+@[\w-]+\.\w+", text)
    )


def empty_opening(text: str) -> bool:
    """Whether the first words are a greeting, a name or a stock line."""
    opening = " ".join(words(text)[:4])
    return any(opening == phrase or opening.startswith(phrase + " ") for phrase in EMPTY_OPENINGS)


def good_hook(text: str) -> bool:
    """Whether the lines shown before "see more" earn the click: personal, specific, no fluff."""
    preview = text[:ABOUT_PREVIEW]
    return (
        first_person(preview)
        and (has_numbers(preview) or len(proper_nouns(preview)) >= 1)
        and not empty_opening(preview)
        and not cliches(preview)
    )


def described(description: str | None) -> bool:
    """A description that says something (three words or more)."""
    return len(words(clip(description))[:3]) >= 3


@dataclass(frozen=True)
class HeadlineFacts:
    length: int = 0
    bare_title: bool = False
    keywords: bool = False
    cliches: tuple[str, ...] = ()
    grade: str = "specific"  # a row of quality.QUALITY_RULES: cliche, vague or specific

    @property
    def present(self) -> bool:
        return self.length > 0


@dataclass(frozen=True)
class AboutFacts:
    length: int = 0
    hook: bool = False
    first_person: bool = False
    specifics: bool = False
    call_to_action: bool = False
    cliches: tuple[str, ...] = ()
    grade: str = "specific"  # a row of quality.QUALITY_RULES: cliche, vague or specific

    @property
    def present(self) -> bool:
        return self.length > 0


def headline_facts(headline: str | None, titles: tuple[str, ...] = ()) -> HeadlineFacts:
    text = clip(headline)
    if not text:
        return HeadlineFacts()
    from .quality import grade_headline  # quality builds on this module's word lists

    return HeadlineFacts(
        length=utf16_len(squash(headline or "")),
        bare_title=is_bare_title(text, titles),
        keywords=len(content_words(text)) >= 5,
        cliches=cliches(text),
        grade=grade_headline(text, titles),
    )


def about_facts(about: str | None) -> AboutFacts:
    from .quality import grade_about  # quality builds on this module's word lists

    raw = about or ""
    text = clip(raw)
    if not text:
        return AboutFacts()
    return AboutFacts(
        length=utf16_len(raw),
        hook=good_hook(text),
        first_person=first_person(text),
        specifics=has_specifics(text),
        call_to_action=has_call_to_action(text),
        cliches=cliches(text),
        grade=grade_about(text),
    )
