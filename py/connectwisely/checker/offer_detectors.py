"""Detectors that weigh what a note offers as a whole: a concrete job (a named role with pay,
place or terms), a large sum offered to a stranger, and the specifics that make a note
personal (a named event, place, piece of work or shared person). Pure functions from
:class:`Facts` to evidence, like :mod:`.note_detectors`.
"""

from __future__ import annotations

import re

from .facts import Facts, recruiter_profile
from .words import note_phrases as N
from .words import phrases as P
from .words.languages import LANGUAGES, deaccent, read_language, role_words

_ROLE = re.compile(r"\b(?:" + "|".join(role_words()) + r")\b", re.I)
_PAY = re.compile(
    r"(?:r\$|[$€£]|\b(?:cad|usd|eur|gbp|chf|ral)\b)\s?\d[\d.,]*(?:\s?k\b)?"
    r"|\d[\d.,]*\s?(?:k|t)?\s?(?:€|\$|£|\b(?:euros?|reais|dollars?|eur|usd|gbp|chf|cad)\b)"
    r"|\d[\d.,]*\s?(?:k|tys\.?|bin)?\s?(?:zł|\b(?:zl|pln|tl|try|sek|kr|rp|idr|inr|aed|lpa)\b|₺|₹)"
    r"|\b\d{2,3}\s?(?:-|–|a|to|bis)\s?\d{2,3}\s?(?:k|mil|t€|k€)\b|\b\d{2,3}(?:[.,]\d{3})?\s?-\s?\d{2,3}(?:[.,]\d{3})?\s?(?:€|k)",
    re.I,
)
_PLACE_OR_TERMS = re.compile(
    r"\b(?:remote|hybrid|on-?site|in-office|full[- ]time|part[- ]time|permanent|contract|\d+\s(?:months?|meses|monate|mois|mesi)"
    r"|remoto|hibrido|ibrido|hybride|presencial|jornada completa|media jornada|tiempo completo|clt|pj|cdi|cdd|unbefristet|befristet|vollzeit|teilzeit|tempo pieno|indeterminato|zdalnie|hybrydowo|stacjonarnie|b2b|uop|uzaktan|hibrit|thuiswerk|op afstand|hybride|vast contract)\b"
    r"|\b(?:in|en|em|a|in|bei|fur|pour|per|para|sede di|team in|base(?:d)? in)\s[A-Z][a-zà-ÿ]+",
)
# A sum that is large for a first message: a million or more, or six figures and up.
_LARGE_SUM = re.compile(
    r"(?:r\$|[$€£])\s?\d[\d.,]*\s?(?:m\b|mm\b|million|millones|milhoes|millionen|millions|milioni)"
    r"|\b\d[\d.,]*\s?(?:million|millones|milhoes|millionen|millions|milioni|m)\s(?:of\s)?(?:dollars|euros?|usd|eur|reais|pounds|d'euros|di euro|de euros)"
    r"|(?:r\$|[$€£])\s?\d{1,3}(?:[,.]\d{3}){2,}|\b\d{1,3}(?:[,.]\d{3}){2,}\s?(?:€|\$|euros?|dollars|usd|eur|reais|di euro|d'euros)"
    r"|(?:r\$|[$€£])\s?\d{3}[,.]\d{3}\b|\b\d{3}[,.]\d{3}\s?(?:€|\$|euros?|dollars|usd|eur|reais|di euro|d'euros)"
    r"|\b(?:six|seven|eight)[- ]figure\b|\b\d{6,}\s(?:dollars|euros?|di euro|d'euros|de euros)",
    re.I,
)
# The sum goes to the reader: offered, put into their project, awarded to them.
_TO_YOU = re.compile(
    r"\b(?:invest\w*|put|offer\w*|give|send|wire|transfer|fund|grant|award\w*|donat\w*)\b(?:[^.!?\n]|\.(?=\d)){0,50}?\b(?:you|your)\b"
    r"|\byou(?:'ve| have)? (?:been )?(?:selected|chosen|awarded|approved) (?:to receive|for)\b"
    r"|\b(?:te|le|les|vos|lhe|ihnen|dir|ti)\s?(?:ofrezco|ofrecemos|ofereco|oferecemos|offrir|proposer|anbieten|offro|offriamo)\b|\boffrirti\b|\bofrecerte\b|\boferecer a (?:voce|vc)\b"
    r"|\b(?:invertir|investir|investieren|investire|financiar|finanziare)\b[^.!?\n]{0,50}?\b(?:tu|su|votre|ton|seu|sua|ihr\w*|dein\w*|tuo|tua|suo)\b",
    re.I,
)


def role_named(f: Facts) -> bool:
    """Whether the note names a role (a job title in any language read)."""
    return bool(_ROLE.search(deaccent(f.note)))


def concrete_role(f: Facts) -> list[str]:
    """A job offer that names the role and at least two of: pay, a place or way of working, terms."""
    text = deaccent(f.note)
    role = _ROLE.search(text)
    if not role or not (P.find(P.JOB, f.note, 1) or recruiter_profile(f)):
        return []
    pay = _PAY.search(text)
    place = _PLACE_OR_TERMS.search(f.note)
    if not (pay and place):
        return []
    return [f"“{role.group(0)}”", f"“{pay.group(0).strip()}”", f"“{place.group(0).strip()}”"]


def large_offer(f: Facts) -> list[str]:
    """A large sum offered (investment, funding, a grant) by someone with no shared context."""
    if f.knows_them or P.find(N.SHARED_CONTEXT, f.note, 1):
        return []
    text = f.asks
    sums = _LARGE_SUM.search(text)
    if not sums or not _TO_YOU.search(deaccent(text)):
        return []
    return [f"“{sums.group(0).strip()}”", "from someone you share no context with"]


_NAMED = re.compile(
    r"(?<![.!?¡¿]\s)(?<!^)\b([A-Z][\w'’&.-]*[a-zA-Z0-9](?:\s(?:[A-Z][\w'’&.-]+|\d{2,4}))*)"
)
_EVENT = re.compile(
    r"\b(?:conference|meetup|summit|talk|panel|workshop|webinar|hackathon|booth|keynote|podcast|newsletter|article|post|paper|book|project|course|class|team"
    r"|conferencia|charla|congreso|palestra|evento|konferenz|vortrag|tagung|messe|conference|salon|intervento|convegno)\b",
    re.I,
)
# Words that are no names though capitalized: greetings, and what some languages capitalize
# (each language's ``CAPITALIZED``: German formal pronouns, Polish "Cię", Turkish "Bey").
_NOT_NAMES = frozenset(
    ["i", "i'm", "i'd", "i've", "hi", "hello", "hey", "dear", "linkedin", "thanks", "thank", "ok"]
) | {word for module in LANGUAGES.values() for word in getattr(module, "CAPITALIZED", "").split()}


def specifics(f: Facts) -> list[str]:
    """The specific things a note names: a shared past, the reader's work, a named event,
    place, piece of work or person (capitalised names inside a sentence, besides their and
    your names; in German, whose nouns are all capitalised, only beside an event word). Empty
    for a note that would fit anyone."""
    found = P.find(N.SHARED_CONTEXT, f.note, 2) + P.find(N.ABOUT_YOU, f.note, 2)
    names = set(f.name.split())
    greeting = re.match(
        r"\W*(?:hi|hello|hey|dear|hola|ola|oi|hallo|bonjour|salut|ciao|buongiorno)\W+(\w+)",
        f.note,
        re.I,
    )
    if greeting:
        names.add(greeting.group(1))
    named = [
        m.group(1)
        for m in _NAMED.finditer(f.note)
        if m.group(1).split()[0] not in names and m.group(1).casefold() not in _NOT_NAMES
    ]
    # German capitalizes every noun: there, two capitalized words are no sign of a name.
    several = len(named) >= 2 and read_language(f.note) != "de"
    if named and (_EVENT.search(deaccent(f.note)) or several):
        found += named[:2]
    return [f"“{s}”" for s in dict.fromkeys(found)][:4]


__all__ = ["concrete_role", "large_offer", "role_named", "specifics"]
