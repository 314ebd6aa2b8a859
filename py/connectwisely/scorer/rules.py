"""What the profile scorer reads in the reader's words: headline, About and job descriptions.

Each check is a small pure function over text, in any of the six languages of
:mod:`.words.tables`. ``headline_facts`` and ``about_facts`` gather their answers, with the
evidence (the words read), so the scorer and the fixes work on plain facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.text import fold, squash, utf16_len
from ..core.text import words as _words
from .furniture import read_about
from .words.tables import find, only_in, vocabulary

HEADLINE_LIMIT = 220  # LinkedIn's headline box (characters)
ABOUT_LIMIT = 2_600  # LinkedIn's About box
ABOUT_PREVIEW = 260  # roughly what shows before "see more" on a desktop profile
DESCRIPTION_LIMIT = 2_000  # a position's description box
GOOD_HEADLINE_LENGTH = 40  # below this a headline wastes its slot
GOOD_ABOUT_LENGTH = 300  # a few short paragraphs
FULL_ABOUT_LENGTH = 800
FULL_ABOUT_SUBSTANCE = 35  # words that say something: a few short paragraphs' worth
_READ = 20_000  # characters of any one text the checks read (bounds the work)

_SENTENCE_START = re.compile(r"(?:^|[.!?:•·|]\s*|\n)\W*(\w[\w'’.-]*)")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’.&-]*[\w]|\b[A-Z]\b")
_NAMED_AFTER = re.compile(r"\b(?:bei|in|im|von|fur)\s+([A-ZÄÖÜ][\w.&-]+)")


def clip(text: str | None) -> str:
    """The text the checks read: squashed and bounded."""
    return squash((text or "")[:_READ])


@lru_cache(maxsize=512)
def folded(text: str) -> str:
    return fold(squash(text))


@lru_cache(maxsize=2048)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(_words(text))


def words(text: str) -> list[str]:
    """``core.text.words``, remembered: the same texts are read by several checks."""
    return list(_cached_words(text))


def cliches(text: str) -> tuple[str, ...]:
    """The clichés in ``text`` (folded forms, each once; "results driven" and
    "results-driven" are one)."""
    seen: list[str] = []
    for phrase in find(folded(text), "CLICHES"):
        if phrase.replace("-", " ") not in {s.replace("-", " ") for s in seen}:
            seen.append(phrase)
    return tuple(seen)


_ELIDED = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|dell|all|dall|nell|sull|un)'")


def content_words(text: str) -> list[str]:
    """The words that are not small joining words, in order (an elided article dropped:
    "l'humain" is "humain")."""
    return list(_content_words(text))


@lru_cache(maxsize=2048)
def _content_words(text: str) -> tuple[str, ...]:
    stop = vocabulary("STOP")
    found = (_ELIDED.sub("", w) for w in _cached_words(text))
    return tuple(w for w in found if (len(w) > 1 or w.isdigit()) and not stop.has(w))


@lru_cache(maxsize=8192)
def empty_word(word: str) -> bool:
    """A filler word or a self-label: it claims, it does not say."""
    return vocabulary("FILLER").has(word) or vocabulary("LABELS").has(word)


def numbers(text: str) -> list[str]:
    """The figures in the text: digits, and numbers written as words."""
    digits = re.findall(r"[$€£]?\d[\d.,]*\s?[%kKmM]?", text)
    spelled = [w for w in words(text) if vocabulary("NUMBERS").has(w)]
    return [d.strip().rstrip(".,") for d in digits] + spelled


def has_numbers(text: str) -> bool:
    return bool(numbers(text))


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def first_person(text: str) -> bool:
    """Whether the text speaks as "I" where it says something (a sentence of claims in the
    first person does not make a third-person résumé blurb personal)."""
    person = vocabulary("FIRST_PERSON")
    return any(
        any(person.has(w) for w in words(sentence)) and bool(substance(sentence))
        for sentence in _SENTENCES.split(text)
    )


def proper_nouns(text: str) -> set[str]:
    """Names of tools, firms and places: capitalised words that do not open a sentence and are
    no filler or self-label. German capitalises every noun, so in German text only the words
    after "bei", "in", "von" and "für", and words with a capital inside (SAP, McKinsey), count."""
    plain = words(text)
    if sum(w in only_in("de", "STOP") for w in plain) >= 3:
        found = {m.group(1) for m in _NAMED_AFTER.finditer(text)}
        found |= {
            m.group(0)
            for m in _CAPITALISED.finditer(text)
            if any(c.isupper() for c in m.group(0)[1:])
        }
        return {n for n in found if not empty_word(fold(n))}
    openers = {m.group(1) for m in _SENTENCE_START.finditer(text)}
    person = vocabulary("FIRST_PERSON")
    found = set()
    for match in _CAPITALISED.finditer(text):
        token = match.group(0).rstrip(".")
        key = fold(token)
        if token in openers or person.has(key) or empty_word(key) or cliches(token):
            continue
        found.add(token)
    return found


def has_specifics(text: str) -> bool:
    """Numbers, or names of the tools, firms and places the work involved."""
    digits = len(re.findall(r"\d+(?:[.,]\d+)?", text))
    names = len(proper_nouns(text))
    return digits >= 2 or (has_numbers(text) and names >= 1) or names >= 4


def results(text: str) -> list[str]:
    """The verbs that say what the person did and what changed ("cut", "redujimos")."""
    said = vocabulary("RESULTS")
    return [
        w
        for w in dict.fromkeys(_ELIDED.sub("", w) for w in words(text))
        if len(w) > 3 and said.has(w) and not empty_word(w) and not w.endswith(_NOUN_ENDINGS)
    ]


# Endings of nouns a verb stem can start ("management", "service", "recrutement"): not verbs.
_NOUN_ENDINGS = (
    "ment", "tion", "sion", "ance", "ence", "ity", "ice", "ship", "ness", "ics", "cion", "cao",  # codespell:ignore ment
    "zione", "ung",
)  # fmt: skip


def duties(text: str) -> list[str]:
    """Phrases that list a duty instead of what came of it ("responsible for")."""
    return find(folded(text), "DUTIES")


def asks(text: str) -> list[str]:
    """What the text asks the reader to do ("message me", "escríbeme"), or an e-mail address."""
    found = find(folded(text), "ASKS")
    return found + re.findall(r"[\w.+-]+@[\w-]+\.\w+", text)[:1]


def has_call_to_action(text: str) -> bool:
    return bool(asks(text))


def empty_opening(text: str) -> bool:
    """Whether the first words are a greeting, a name or a stock line."""
    opening = " ".join(words(text)[:4])
    return any(opening == p or opening.startswith(p + " ") for p in _openings())


@lru_cache(maxsize=1)
def _openings() -> tuple[str, ...]:
    from .words.tables import phrases

    return phrases("OPENINGS")


def good_hook(text: str) -> bool:
    """Whether the lines shown before "see more" earn the click: personal, specific, no fluff."""
    preview = text[:ABOUT_PREVIEW]
    return (
        first_person(preview)
        and (has_numbers(preview) or len(proper_nouns(preview)) >= 1 or bool(results(preview)))
        and not empty_opening(preview)
        and not cliches(preview)
    )


def described(description: str | None) -> bool:
    """A description that says something (three words or more)."""
    return len(words(clip(description))[:3]) >= 3


def substance(text: str) -> list[str]:
    """The content words that are neither clichés, filler nor self-labels: what the text says."""
    empty = {w for phrase in cliches(text) for w in words(phrase)}
    return [
        w for w in content_words(text) if w not in empty and not empty_word(w) and not w.isdigit()
    ]


@dataclass(frozen=True)
class HeadlineFacts:
    length: int = 0
    bare_title: bool = False
    keywords: bool = False
    cliches: tuple[str, ...] = ()
    grade: str = "specific"  # a row of quality.QUALITY_RULES: cliche, vague or specific
    segments: int = 0
    roles: tuple[str, ...] = ()  # the segments that name a job
    specialties: tuple[str, ...] = ()  # segments that name a field, tool or topic
    audience: tuple[str, ...] = ()  # segments that say for whom, or the role sought
    labels: tuple[str, ...] = ()  # self-labels ("Top Performer", "Soñadora")
    credentials: tuple[str, ...] = ()  # degrees and post-nominals ("J.D.", "MBA")

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
    results: tuple[str, ...] = ()  # verbs of what changed
    numbers: tuple[str, ...] = ()  # the figures read
    substance: int = FULL_ABOUT_SUBSTANCE  # words that say something
    dropped: tuple[str, ...] = ()  # LinkedIn page lines pasted with it, left out of the score
    opening: str = ""  # the first words, quoted back

    @property
    def present(self) -> bool:
        return self.length > 0


def headline_facts(headline: str | None, titles: tuple[str, ...] = ()) -> HeadlineFacts:
    text = clip(headline)
    if not text:
        return HeadlineFacts()
    from .quality import read_headline  # quality builds on this module's checks

    return read_headline(text, utf16_len(squash(headline or "")), titles)


def about_facts(about: str | None) -> AboutFacts:
    from .quality import grade_about  # quality builds on this module's checks

    raw = (about or "")[:_READ]
    read = read_about(raw)
    text = squash(read.text)
    if not text:
        return AboutFacts(length=0, dropped=read.dropped) if read.dropped else AboutFacts()
    return AboutFacts(
        length=utf16_len(read.text if read.dropped else about or ""),
        hook=good_hook(text),
        first_person=first_person(text),
        specifics=has_specifics(text),
        call_to_action=has_call_to_action(text),
        cliches=cliches(text),
        grade=grade_about(text),
        results=tuple(results(text)[:4]),
        numbers=tuple(numbers(text)[:4]),
        substance=len(substance(text)),
        dropped=read.dropped,
        opening=" ".join(text.split()[:8]),
    )


def is_bare_title(headline: str, titles: tuple[str, ...] = ()) -> bool:
    """A headline that says no more than a job title: "Nurse", "Engineer at Acme" (LinkedIn's
    default), or exactly one of the reader's own position titles."""
    return headline_facts(headline, titles).bare_title
