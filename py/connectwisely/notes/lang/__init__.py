"""The languages the drafter writes in, each as data filling the same slots.

English keeps its own fuller machinery (:mod:`connectwisely.notes.openers`,
:mod:`connectwisely.notes.templates`); Spanish, Brazilian Portuguese, German, French and
Italian are each one module here exporting a :class:`Language`: greetings with the language's
titles and conventions, openers per relationship and tone, a light sentence per purpose, a
sign-off, the follow-up's phrases, and the small grammar the detail needs (the preposition an
event takes, its contractions with an article, the possessives that address the recipient).
They are written natively, not translated from the English: each says what a careful writer of
that language would say, with the form of address the tone implies.

Slots in the phrases: ``{d}`` the detail as a noun phrase (``{d:acc}``, ``{d:nom}``, ``{d:dat}``
in a language with cases: the detail in that case); ``{at}`` the detail after the
language's preposition of place ("bei der PyCon DE", "en el meetup de PyData Madrid",
"au meetup"); ``{bare}`` the detail without its leading article, for a frame that brings its
own ("an der {bare}"); ``{you}`` the pronoun of address where the language needs one spelled
out (Brazilian "você" / "o senhor" / "a senhora"). A formal greeting fills ``{title}`` (the
name's titles, else the honorific its gender takes in the language), ``{titles}``, ``{family}``
and ``{full}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

CODES = ("en", "es", "pt", "de", "fr", "it")
LABELS = {
    "en": "English",
    "es": "Español",
    "pt": "Português (Brasil)",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
}

Phrases = dict[str, tuple[str, ...]]  # by tone


@dataclass(frozen=True)
class Language:
    """Everything one language needs to write a note and its follow-up."""

    code: str
    greet: Phrases  # warm: "{given}"; formal by gender key "formal-m", "formal-f", "formal"
    greet_none: Phrases  # no usable name
    openers: dict[str, dict[str, tuple[tuple[str, str], ...]]]  # relationship → tone → (with, bare)
    person_openers: Phrases  # met at an event, the detail is a person: "{d} nos presentó"
    topic: Phrases  # a bare topic as the recipient's post: "deinen Beitrag über {}"
    purposes: dict[str, Phrases]  # purpose → tone → sentences, longest first
    sign_off: Phrases  # "{me}" at the end, when the writer gave a name and there is room
    thanks: Phrases  # the follow-up's first words, "{name}" optional
    asks: dict[str, Phrases]  # purpose → tone → the follow-up's easy question
    at: str  # the preposition of place: "bei", "en", "à"
    contractions: tuple[tuple[str, str], ...]  # regex → replacement, on the filled text
    articles: tuple[str, ...]  # leading articles {bare} drops
    address: dict[str, dict[str, str]]  # tone → word in the detail → word addressing them
    you: dict[str, str] = field(default_factory=dict)  # "warm", "formal-m", "formal-f", "formal"
    honorifics: dict[str, str] = field(default_factory=dict)  # gender → "Sra." when no title
    title_gender: dict[str, str] = field(default_factory=dict)  # "Dr." → "m" in Spanish
    thanks_reply: Phrases = field(default_factory=dict)  # a reconnect's follow-up opens so
    feminine: str = r"(?!)"  # regex: a noun ending that takes the feminine possessive ("ta")
    clause_start: str = r"(?!)"  # regex: a detail that is a clause ("wir haben beide …")
    place_preps: str = r"(?!)"  # regex: prepositions (with an article) before a named place
    town_preps: str = r"(?!)"  # regex: those of them that place a town ("a Torino", "em Curitiba")
    frame_nouns: str = r"(?!)"  # regex: nouns the workplace frames say ("unsere Zeit bei …")
    expand: dict[str, str] = field(default_factory=dict)  # "beim" → "dem": the article inside
    rewrites: tuple[
        tuple[str, str], ...
    ] = ()  # regex → replacement: "a palestra dela" → "sua palestra"
    double_surname: bool = False  # "Carmen Ruiz Ortega" is greeted "Dra. Ruiz Ortega"
    connect: str = r"(?!)"  # regex: a purpose sentence that asks to connect (not for a reconnect)
    lead_ins: str = ""  # regex: a detail's own "we met at", dropped
    clause: str = r"\s*[,;:(–—]\s*"  # where a detail's trailing clause starts
    stopwords: frozenset[str] = frozenset()  # words a note may repeat
    # A sentence about the recipient's work: its nouns ("post|beitrag"), what introduces its
    # topic after it ("über …"), a bare clause and the words that lead it in the note
    # ("darüber, " before "wie ihr …"), and the reader's reason for writing at its end.
    works: str = r"(?!)"
    about: str = r"(?!)"
    about_clause: tuple[str, str] = (r"(?!)", "")
    reason: str = r"(?!)"
    talks: str = r"(?!)"  # a detail that is a talk: "[[read|heard]]" in a phrase takes its second
    close_clause: str = r"(?!)"  # a detail ending in a clause German closes with a comma
    # A language with cases marks a slot's case, "{d:acc}"; ``inflect(phrase, case, typed=)``
    # writes the detail in it (None when it cannot tell), and ``keep`` is the sentence, by
    # tone, that holds the detail as typed after the bare opener when it cannot.
    inflect: Callable[..., str | None] | None = None
    # A workplace named bare takes the article of the noun it is read as: Brazilian "no Mercado
    # Livre" (o mercado), "na Caixa" (a caixa); ``name_articles``: its first word (lower case) →
    # the preposition with that article; ``at_name``: when the name's noun is unknown, a phrase
    # that needs no gender ("na empresa Ambev").
    at_name: str = ""
    name_articles: dict[str, str] = field(default_factory=dict)
    at_case: str = ""  # the case the preposition of place takes: "dat" for "bei"
    keep: dict[str, str] = field(default_factory=dict)
    # A workplace detail that names a team or department, after the preposition it takes
    # instead of ``at`` ("im Zahlungsteam", never "bei das Zahlungsteam"); None: not one.
    within: Callable[[str], str | None] | None = None
    # A detail that says who put the writer in touch ("Laura nos presentó …"; see
    # :mod:`connectwisely.notes.introduced`): (act, pattern after the person's name) pairs;
    # by tone and act, the clause the note says; by "reconnect" or "other" and tone, the
    # openers (with, bare) that hold that clause as a main clause.
    # regex → replacement on a purpose sentence to someone the writer has not met (Italian
    # "restare in contatto" is for people one knows: a stranger "entra in contatto").
    to_strangers: tuple[tuple[str, str], ...] = ()
    titles_written: dict[str, str] = field(default_factory=dict)  # "Dr." → "Dr" in French
    introduces: tuple[tuple[str, str], ...] = ()
    introduced: dict[str, dict[str, str]] = field(default_factory=dict)
    intro_openers: dict[str, dict[str, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    articles_re: re.Pattern | None = None

    def at_workplace(self, name: str) -> str:
        """The preposition (and article) before a workplace named bare, "" for the usual one."""
        head = name.split(" ", 1)[0].casefold()
        return self.name_articles.get(head, self.at_name)

    def __post_init__(self) -> None:
        pattern = re.compile(rf"^(?:{'|'.join(self.articles)})\s+", re.IGNORECASE)
        object.__setattr__(self, "articles_re", pattern)


_LOADED: dict[str, Language] = {}


def language(code: str) -> Language:
    """The :class:`Language` for ``code`` (one of :data:`CODES` but English)."""
    if code not in _LOADED:
        _LOADED[code] = import_module(f"{__name__}.{code}").LANGUAGE
    return _LOADED[code]


__all__ = ["CODES", "LABELS", "Language", "language"]
