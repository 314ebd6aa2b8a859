"""The name a note greets someone by: first name in a warm note, title and family name in a
formal one when the reader gave a title ("Dear Dr. Okonkwo"), and nothing at all when what
was typed as a name has no letters (an emoji, a symbol), so no note says "Hi 😀😀😀,"."""

from __future__ import annotations

from ..core.text import clean, first_name, fold, squash
from .markup import as_plain_text

# Titles a formal note keeps, as written in American English.
TITLES = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "prof": "Prof.",
    "professor": "Professor",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "mx": "Mx.",
    "dame": "Dame",
    "sir": "Sir",
}
# Lower-case particles that belong to a family name: "van der Berg", "de la Cruz".
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "la",
    "le",
    "du",
    "da",
    "di",
    "del",
    "dos",
    "ó",
    "mac",
    "bin",
    "al",
}
_SUFFIX_CUT = (",", "|", "(", "·", "•", " - ", " – ", " — ")


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def greeting_name(name: str, tone: str) -> str:
    """The name to greet by, or "" when there is none to use."""
    name = squash(clean(as_plain_text(name or "")))
    if not has_letters(name):
        return ""
    formal = _formal_name(name) if tone == "formal" else ""
    return formal or first_name(name)


def _formal_name(name: str) -> str:
    """ "Dr. Amara Okonkwo" gives "Dr. Okonkwo"; a name without a title gives ""."""
    head = name
    for cut in _SUFFIX_CUT:
        head = head.split(cut, 1)[0]
    parts = [p for p in head.split(" ") if p]
    if len(parts) < 2 or fold(parts[0]).rstrip(".") not in TITLES:
        return ""
    title, rest = TITLES[fold(parts[0]).rstrip(".")], [p for p in parts[1:] if has_letters(p)]
    if not rest:
        return ""
    family = [rest[-1]]
    for word in reversed(rest[:-1]):
        if fold(word) not in PARTICLES:
            break
        family.insert(0, word)
    return f"{title} {' '.join(family)}"


__all__ = ["TITLES", "greeting_name", "has_letters"]
