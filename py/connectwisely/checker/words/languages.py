"""The languages the request checker reads, and what they share: one module per language
(:mod:`.en`, :mod:`.es`, :mod:`.pt`, :mod:`.de`, :mod:`.fr`, :mod:`.it`, :mod:`.nl`,
:mod:`.pl`, :mod:`.tr`), each holding the
same kinds of data, which this module joins.

- ``TABLES``: phrase tables by concept (``money``, ``off_platform``, ``personal_data``,
  ``returns``, ``romance``, ``shared_context``, ``job``…), regular expressions written for
  text with accents removed (:func:`deaccent`);
- ``STOPWORDS`` to tell the language; ``NUMBERS``, ``JOINERS`` and ``PERCENT`` to read numbers
  written in words; ``PERIODS`` ("al día", "pro Tag") to read rates; ``APPS`` (nicknames of
  messaging apps); ``INTERFACE`` and ``BUTTONS`` (LinkedIn's own words in a paste); ``ROLES`` (job titles).

Every table of every language is matched on every note, so a signal fires the same way in
each language, and a note mixing two languages is read in both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import de, en, es, fr, it, nl, pl, pt, tr

LANGUAGES = {
    "en": en, "es": es, "pt": pt, "de": de, "fr": fr, "it": it, "nl": nl, "pl": pl, "tr": tr,
}  # fmt: skip
NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Common words of languages the checker does not read, only to tell that a note is in one of
# them (and not in a read language that shares a few short words): Swedish, Danish and
# Norwegian, Indonesian and Malay, Romanian, Czech and Slovak, Finnish, Hungarian.
UNREAD_STOPWORDS = {
    "sv": "och att det som jag har inte pa med for ar den till vill ses hej vi du ett och kan om men var sa mig dig din ditt nasta vecka tack",
    "da-no": "og at det som jeg har ikke pa med for er den til vil hej vi du et kan om men var sa meg deg mig dig din ditt neste uke tak takk",
    "id-ms": "dan yang di ke dari ini itu untuk dengan ada tidak kak saya anda kami kita bisa akan sudah juga atau nih ya halo terima kasih",
    "ro": "si este sunt pentru care cu din pe la mai ca sa nu o un ne am multumesc buna ziua despre acest aceasta",
    "cs-sk": "a je se na v ze to do pro s z jak jsem jste mate bych dobry den dekuji prace pisite pise",
    "fi": "ja on ei se etta hei kiitos olen sinun minun han me te he mutta tai kun niin myos voit voisin",
    "hu": "a az es hogy nem is egy de van volt szia koszonom orulok vagyok meg mar csak mint amikor",
}
# Letters of languages the checker does not read (Czech ě ř ů, Scandinavian å æ ø, Romanian
# ț ș ă, Vietnamese đ ơ ư, Hungarian ő ű): each word with one counts for "another language".
UNREAD_LETTERS = "ěřůåæøțșăđơưőű"


# Letters whose mark is a stroke or a missing dot, which Unicode does not decompose.
_STROKED = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ħ": "h"}


@cache
def _plain_char(char: str) -> str:
    if char in _STROKED:
        return _STROKED[char]
    base = unicodedata.normalize("NFD", char)
    return base[0] if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]) else char


@lru_cache(maxsize=64)
def deaccent(text: str) -> str:
    """``text`` with accents removed letter by letter ("Gebühr" → "Gebuhr"), same length, so a
    match's span in it is the same span in ``text``."""
    return text if text.isascii() else "".join(_plain_char(c) for c in text)


def table(concept: str) -> tuple[str, ...]:
    """Every language's patterns for ``concept`` (English additions first)."""
    return tuple(p for module in LANGUAGES.values() for p in module.TABLES.get(concept, ()))


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: frozenset(module.STOPWORDS.split()) for code, module in LANGUAGES.items()}


@cache
def _unread_stopwords() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(words.split()) for words in UNREAD_STOPWORDS.values())


def detect_language(text: str) -> str:
    """The language ``text`` is most likely in ("en", "es", …), from its common words;
    "en" when there are too few words to tell."""
    tokens = _WORD.findall(deaccent(text.casefold()))
    if len(tokens) < 3:
        return "en"
    scores = {code: sum(t in words for t in tokens) for code, words in _stopwords().items()}
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    return best if scores[best] >= 2 else "en"


def read_language(text: str) -> str | None:
    """The language ``text`` is written in, when it is one the checker reads; None when the
    text is too short to tell (fewer than three words) or written in another language: then
    fewer than one word in six is a common word of any language read here, or more of them
    are common words of a language it does not read (:data:`UNREAD_STOPWORDS`)."""
    folded = text.casefold()
    tokens = _WORD.findall(deaccent(folded))
    if len(tokens) < 3:
        return None
    kinds = set(tokens)  # distinct common words: "i" twice is not two signs of Italian
    scores = {code: len(kinds & words) for code, words in _stopwords().items()}
    for code, module in LANGUAGES.items():  # words with letters only that language uses
        letters = getattr(module, "LETTERS", "")
        if letters:
            scores[code] += sum(any(c in letters for c in w) for w in _WORD.findall(folded))
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    if scores[best] < max(2, len(kinds) / 6) or scores[best] <= _unread_score(kinds, folded):
        return None
    return best


def _unread_score(kinds: set[str], folded: str) -> int:
    marked = sum(any(c in UNREAD_LETTERS for c in w) for w in set(_WORD.findall(folded)))
    return max(len(kinds & words) for words in _unread_stopwords()) + marked


def in_unread_language(text: str) -> bool:
    """Whether ``text`` is written in a language the checker does not read: no language it
    reads, and either common words or letters of another language, or a dozen different words
    with at most one common word of any language read. A terse note that says too little to
    tell (“Daily payout guaranteed, part time work, kindly WhatsApp me.”) is not."""
    folded = text.casefold()
    kinds = set(_WORD.findall(deaccent(folded)))
    if len(kinds) < 4 or read_language(text) is not None:
        return False
    if _unread_score(kinds, folded) >= 2:
        return True
    return len(kinds) >= 12 and max(len(kinds & w) for w in _stopwords().values()) <= 1


def role_words() -> tuple[str, ...]:
    """Job titles in every language (one regular expression per language), for telling a concrete job offer."""
    return tuple(module.ROLES for module in LANGUAGES.values())


__all__ = [
    "LANGUAGES",
    "NAMES",
    "deaccent",
    "detect_language",
    "in_unread_language",
    "read_language",
    "role_words",
    "table",
]
