"""Text helpers shared by every tool: counting as a browser counts, folding for matching,
names, and shortening at a word boundary."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")  # control characters but \t and \n


def utf16_len(text: str) -> int:
    """Length as a browser text box counts it (UTF-16 code units): emoji count twice."""
    return len(text.encode("utf-16-le")) // 2


def clean(text: str) -> str:
    """NFC-normalised, control characters dropped, outer space trimmed; inner lines kept."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def squash(text: str) -> str:
    """All runs of white space (new lines included) made one space, and none at either end.
    ``str.split`` knows the same white space as the pattern ``\\s`` and is three times faster
    in Pyodide: a big export squashes every name it reads."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lower-cased, accents removed, typographic quotes and dashes made plain: for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(PLAIN_PUNCTUATION)


# Typographic quotes and dashes as their plain forms, so phrase tables need only one spelling.
PLAIN_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def words(text: str) -> list[str]:
    """The words of ``text``, folded (letters and digits; inner apostrophes kept)."""
    return _WORD.findall(fold(text))


# How people write a list in one box: one item a line, or on one line separated by commas or
# semicolons (and the bullets LinkedIn itself puts between "Top skills", pasted as shown).
# Written one a line, commas stay inside an item: LinkedIn has skills such as
# "Extract, Transform, Load (ETL)".
_LINES = re.compile(r"[\n;•·]")
_INLINE = re.compile(r"[,;•·]")


def split_items(text: str) -> list[str]:
    """The items of a list written as text ("Python, SQL; dbt", or one a line), trimmed, empty
    ones dropped. The API and the page's form both split with this."""
    separators = _LINES if "\n" in text.strip() else _INLINE
    return [item.strip() for item in separators.split(text) if item.strip()]


def longest_first(alternatives) -> list[str]:
    """Alternatives for a pattern, once each, longest first (a phrase wins over its own start),
    ties in code-point order: the same pattern in every interpreter, whatever a set's order.
    (The build's precompiled patterns are looked up by their text, see core/precompiled.py.)"""
    return sorted(set(alternatives), key=lambda a: (-len(a), a))


def contains_phrase(folded_text: str, phrase: str) -> bool:
    """Whether ``phrase`` (already folded) occurs in ``folded_text`` on word boundaries."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded_text) is not None


@lru_cache(maxsize=128)
def _folded(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases folded once per phrase table (folding is most of a look-up's cost)."""
    return tuple(fold(p) for p in phrases)


def find_phrases(text: str, phrases: tuple[str, ...] | list[str]) -> list[str]:
    """The phrases (folded forms) found in ``text`` on word boundaries, in the given order."""
    folded = fold(squash(text))
    return [
        p
        for p, f in zip(phrases, _folded(tuple(phrases)), strict=True)
        if contains_phrase(folded, f)
    ]


def first_name(name: str) -> str:
    """The name to greet someone by: the first word of a spaced name, else the name as given.

    "José María García" gives "José"; "李娜" (written without spaces) and "Ana" stay whole.
    Titles such as "Dr." are skipped, and so are credentials after a comma or a bar ("Jane
    Doe, MBA"), words with no letters ("🚀 Zoë") and quotes or brackets around the name.
    Names in Chinese, Japanese or Korean script, which put the family name first, stay whole.
    """
    full = squash(clean(name))
    head = _NAME_SUFFIX.split(full, maxsplit=1)[0].strip() or full
    if _CJK.search(head):
        return head
    parts = [p.strip(_NAME_EDGES) for p in head.split(" ")]
    parts = [p for p in parts if p and fold(p).rstrip(".") not in _TITLES]
    named = [p for p in parts if any(c.isalpha() for c in p)]
    return (named or parts or [full])[0]


_TITLES = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "prof",
    "sir",
    "dame",
    "mme",
    "mlle",
    "herr",
    "frau",
}
_NAME_SUFFIX = re.compile(r"\s*(?:[,|(·•]|\s[-–—]\s)")  # "Jane Doe, MBA", "Jane Doe | Designer"
_NAME_EDGES = "\"'“”‘’«»()[]{},;:"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def capitalise(text: str) -> str:
    """``text`` with its first letter upper-cased, unless its first word is styled like
    "iPhone" or "eBay" (a capital after the first letter)."""
    first = text.split(" ", 1)[0]
    if not text or not text[0].islower() or any(c.isupper() for c in first[1:]):
        return text
    return text[0].upper() + text[1:]


def shorten(text: str, max_units: int, *, ellipsis: str = "", clause_share: float = 0.6) -> str:
    """``text`` cut to at most ``max_units`` UTF-16 units at a clause or word boundary.

    Never cuts inside a word or a surrogate pair; trailing punctuation and conjunctions
    are dropped so the rest still reads as a phrase. Returns "" when no word fits.
    A clause boundary (comma, semicolon, dash, colon) is preferred when what comes before it
    fills at least ``clause_share`` of the room.
    """
    text = squash(text)
    if utf16_len(text) <= max_units:
        return text
    budget = max_units - utf16_len(ellipsis)
    cut = ""
    for match in re.finditer(r"\S+", text):
        candidate = text[: match.end()]
        if utf16_len(candidate) > budget:
            break
        cut = candidate
    for boundary in (", ", "; ", " - ", " – ", " — ", ": "):
        head, sep, _ = cut.rpartition(boundary)
        if sep and utf16_len(head) >= budget * clause_share:
            cut = head
            break
    cut = _dangling(cut)
    return cut + ellipsis if cut else ""


_DANGLING = {
    "and",
    "or",
    "but",
    "with",
    "for",
    "to",
    "of",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "which",
    "that",
    "who",
    "by",
    "from",
    "across",
    "as",
    "my",
    "your",
    "our",
    "their",
    # a cut can also strand these: "across the whole team and several", "used to make our"
    "its",
    "his",
    "her",
    "this",
    "these",
    "those",
    "some",
    "several",
    "many",
    "each",
    "every",
    "whole",
    "into",
    "about",
    "than",
    "like",
    "via",
    "is",
    "are",
    "was",
    "were",
    "i",
    "we",
    "when",
    "where",
    "while",
    "if",
    "because",
    "so",
    "very",
}


def _dangling(phrase: str) -> str:
    phrase = phrase.rstrip(" ,;:-–—(")
    tokens = phrase.split(" ")
    while len(tokens) > 1 and fold(tokens[-1]) in _DANGLING:
        tokens.pop()
    return " ".join(tokens).rstrip(" ,;:-–—(")


def plural(n: int, one: str, many: str | None = None) -> str:
    """``one`` for exactly one, else ``many`` (default: ``one`` + "s")."""
    return one if n == 1 else (many or one + "s")


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the word that agrees with it: "1 skill", "3 skills"."""
    return f"{n:,} {plural(n, one, many)}"
