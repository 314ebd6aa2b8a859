"""The name a note greets someone by, read as people write names: titles in any of the six
languages kept apart from the name (a title is never taken for a name), an all-lowercase or
all-capitals name written with its capitals ("sarah k." is "Sarah K."), another script in
parentheses left out of the greeting ("Kenji Watanabe (渡辺健二)") but a name in any script
accepted, and nothing at all when what was typed as a name has no letters (an emoji, a
symbol), so no note says "Hi 😀😀😀,".

:func:`parse_name` gives the parts; each language's greeting (:mod:`connectwisely.notes.lang`)
builds "Dear Dr. Okonkwo", "Sehr geehrte Frau Dr. Vogel" or "Gentile Avv. Bianchi" from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import clean, fold, squash
from .markup import as_plain_text

# Titles, folded without their final dot: (as written, gender it implies, honorific).
# An honorific (Mr., Frau, Sra., Mme) says the gender and is the whole title of address;
# an academic or professional title (Dr., Prof., Avv., Mag.) is kept beside it.
_T = {
    "dr": ("Dr.", "", False), "doctor": ("Dr.", "", False), "prof": ("Prof.", "", False),
    "professor": ("Professor", "", False), "mr": ("Mr.", "m", True), "mrs": ("Mrs.", "f", True),
    "ms": ("Ms.", "f", True), "mx": ("Mx.", "", True), "dame": ("Dame", "f", True),
    "sir": ("Sir", "m", True), "herr": ("Herr", "m", True), "frau": ("Frau", "f", True),
    "mag": ("Mag.", "", False), "ing": ("Ing.", "", False), "dipl.-ing": ("Dipl.-Ing.", "", False),
    "sr": ("Sr.", "m", True), "sra": ("Sra.", "f", True), "srta": ("Srta.", "f", True),
    "dra": ("Dra.", "f", False), "lic": ("Lic.", "", False), "profa": ("Profa.", "f", False),
    "eng": ("Eng.", "", False), "m": ("M.", "m", True), "mme": ("Mme", "f", True),
    "mlle": ("Mlle", "f", True), "me": ("Me", "", False), "pr": ("Pr", "", False),
    "dott": ("Dott.", "m", False), "dott.ssa": ("Dott.ssa", "f", False),
    "prof.ssa": ("Prof.ssa", "f", False), "avv": ("Avv.", "", False), "arch": ("Arch.", "", False),
    "sig": ("Sig.", "m", True), "sig.ra": ("Sig.ra", "f", True), "madame": ("Madame", "f", True),
    "monsieur": ("Monsieur", "m", True),
}  # fmt: skip
TITLES = {k: v[0] for k, v in _T.items()}
# Lower-case particles that belong to a family name: "van der Berg", "de la Cruz".
PARTICLES = frozenset(
    str.split("van von der den de la le du da di del della dos das do ó mac bin al ten ter zu y e")
)
# Credentials after a comma, not a given name: "Jane Doe, MBA", "Ana Ruiz, Dra." is a title.
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Za-z]{1,4}\.){1,3}|Ph\.?D\.?|Jr\.?|Sr\.?|[IVX]+)$")
_CUT = re.compile(r"\s*(?:[|(·•\[]|\s[-–—]\s)")
_EDGES = "\"'“”‘’«»()[]{},;:"
_CASELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class Name:
    """A recipient's name as a careful writer uses it."""

    given: str  # the first name, "" for none
    family: str  # the family name with its particles, "" for none
    full: str  # the name without titles or anything in parentheses
    honorific: str = ""  # "Frau", "Mr.", "Sra.": says the gender
    titles: tuple[str, ...] = ()  # "Dr.", "Prof.", "Avv."
    gender: str = ""  # "m", "f" or "" (unknown: the greeting stays neutral)

    def formal(self) -> str:
        """Title (or honorific) and family name, else the full name: "Dr. Okonkwo"."""
        title = " ".join((self.honorific, *self.titles)).strip()
        if title and self.family:
            return f"{title} {self.family}"
        return self.full


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def parse_name(raw: str) -> Name:
    """The parts of a typed name; an empty :class:`Name` when it has no letters."""
    text = squash(clean(as_plain_text(raw or "")))
    text = _CUT.split(text, maxsplit=1)[0].strip() or text
    head, comma, tail = text.partition(",")
    tail = tail.strip()
    if comma and tail and not all(_CREDENTIAL.match(t) for t in tail.split()):
        if " " not in head.strip() and fold(tail.split()[0]).rstrip(".") not in _T:
            text = f"{tail} {head}"  # "Watanabe, Kenji": surname first
        else:
            text = head
    else:
        text = head
    tokens = [t.strip(_EDGES) for t in text.split(" ")]
    tokens = [t for t in tokens if t]
    honorific, titles, gender, rest = "", [], "", []
    for token in tokens:
        key = fold(token).rstrip(".")
        if not rest and key in _T:
            shown, implied, is_honorific = _T[key]
            if is_honorific:
                honorific = honorific or shown
            elif shown not in titles:
                titles.append(shown)
            gender = gender or implied
            continue
        if has_letters(token):
            rest.append(token)
    if not rest:
        return Name("", "", "")
    if _CASELESS.search(" ".join(rest)):  # family name first, greeted whole: "山田 太郎"
        whole = " ".join(rest)
        return Name(whole, "", whole, honorific, tuple(titles), gender)
    rest = [_written(t, i) for i, t in enumerate(rest)]
    # A lone word after a title is the family name: "Mr. Alvarez", "Herr Müller", "Dr. Okonkwo"
    family = [rest[-1]] if len(rest) > 1 or honorific or titles else []
    for word in reversed(rest[1:-1]):
        if fold(word) not in PARTICLES:
            break
        family.insert(0, word)
    given = rest[0]
    if len(rest) >= 3 and fold(f"{rest[0]} {rest[1]}") in COMPOUND_GIVEN_NAMES:
        given = f"{rest[0]} {rest[1]}"  # "Miguel Ángel Torres" is greeted "Miguel Ángel"
    return Name(given, " ".join(family), " ".join(rest), honorific, tuple(titles), gender)


# Given names of two words that people are called by whole (folded), by language; a
# hyphenated one ("Jean-Pierre") is one word already. Only a name of three or more words is
# read so: "María José" alone may be a given name and a surname.
COMPOUND_GIVEN_NAMES = frozenset(
    """
    miguel angel|maria jose|jose maria|juan carlos|juan pablo|juan manuel|jose luis|jose antonio
    maria jesus|maria carmen|maria luisa|maria teresa|ana maria|luis miguel|juan jose|maria elena
    joao pedro|joao paulo|maria eduarda|ana clara|ana luiza|ana paula|maria fernanda|joao vitor
    luiz carlos|jose carlos|pedro henrique|maria clara|ana carolina|carlos eduardo|luiz felipe
    anna maria|maria grazia|gian luca|gian marco|pier paolo|maria teresa|anna lisa|maria chiara
    jean pierre|jean paul|jean marc|jean luc|marie claire|marie france|anne marie|jean francois
    hans peter|karl heinz|hans jurgen|klaus dieter|anna lena|marie luise|eva maria|hans georg
    mary jane|mary ann|anne marie|john paul|sarah jane
    """.replace("\n", "|").split("|")
)
COMPOUND_GIVEN_NAMES = frozenset(n.strip() for n in COMPOUND_GIVEN_NAMES if n.strip())


def _written(token: str, position: int) -> str:
    """A word of a name with the capitals people give it, when it was typed without them (or
    all in capitals): "o'brien" is "O'Brien", "jean-luc" is "Jean-Luc"; "van" stays "van"
    inside a name; "McKenzie" and "DJ" are left as typed."""
    letters = [c for c in token if c.isalpha()]
    lower = all(c.islower() for c in letters)
    upper = len(letters) > 2 and all(c.isupper() for c in letters)
    if not (lower or upper) or _CASELESS.search(token):
        return token
    if position and fold(token) in PARTICLES:
        return token.lower()
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), token)


def greeting_name(name: str, tone: str) -> str:
    """The name an English note greets by: the first name in a warm note; in a formal one the
    title and family name, else the full name. "" when there is none to use."""
    parsed = parse_name(name)
    if not parsed.full:
        return ""
    return parsed.formal() if tone == "formal" else parsed.given


__all__ = [
    "COMPOUND_GIVEN_NAMES",
    "PARTICLES",
    "TITLES",
    "Name",
    "greeting_name",
    "has_letters",
    "parse_name",
]
