"""The reader's detail as a note in Spanish, Portuguese, German, French or Italian uses it.

Readers type details in many shapes: a name ("Web Summit Lisboa 2025"), a noun phrase ("el
meetup de PyData Madrid", "sein Vortrag über KI-Agenten"), a role ("Head of Data bei Zalando"),
a person ("Nina Albrecht von Personio"), or a whole clause about themselves or the recipient
("wir haben beide an der WU Wien studiert", "elle dirige la recherche … chez Air Liquide"). Each
becomes a phrase the language's frames can hold, with its :data:`kind`:

- ``person``: the name it starts with ("Thomas Berger" of "Thomas Berger von Roche hat mir …");
- ``role``: the role as written, for "Ihre Arbeit als {}";  (codespell:ignore als)
- ``place``: from a clause, its most specific named place ("der HHLA", "la Bocconi");
- ``phrase``: a noun phrase that already has its article or possessive;
- ``topic``: a bare topic, which the relationship frames ("deinen Beitrag zum Thema {}");
- ``introduced``: who put the writer in touch, as the language's clause ("Miguel nos presentó
  en la cena"), from a clause whose subject is that person (:mod:`connectwisely.notes.introduced`).

A clause is never pasted into a frame, so no note says "ich musste an er war mein Betreuer …
denken". An English "his post about …" gives its topic.
"""

from __future__ import annotations

import re

from ..core.text import longest_first
from .detail import plain_detail
from .introduced import read_introduction
from .lang import Language
from .names import TITLES
from .people import looks_like_person

KINDS = ("person", "role", "place", "phrase", "topic", "introduced")

_ENGLISH_WORK = re.compile(
    r"^(?:his|her|their|your|the)\s+(?:[\w-]+\s+){0,2}?(?:post|article|talk|thread|paper|"
    r"newsletter|keynote|presentation|piece|essay|video|podcast)\s+(?:about|on)\s+",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:(?:senior|junior|chief|global)\s+)?(?:head|vp|ceo|cto|cfo|coo|cmo|leiter(?:in)?|"
    r"direktor(?:in)?|geschäftsführer(?:in)?|gründer(?:in)?|director[a]?|directora|jef[ae]|"
    r"gerente|responsable|fundador[a]?|diretor[a]?|coordenador[a]?|líder|directeur|directrice|"  # codespell:ignore responsable
    r"fondat(?:eur|rice)|responsabile|direttore|direttrice|fondat(?:ore|rice)|manager(?:in)?)\b",  # codespell:ignore ore
    re.IGNORECASE,
)
# A run of capitalized words (a name), with the small words names carry between them.
_NAME_RUN = r"[A-ZÀ-ÖØ-Þ0-9][\w'’&.-]*(?:\s+(?:(?:de|di|da|do|du|der|des|del|la|von|van|y|e|und|&)\s+)?[A-ZÀ-ÖØ-Þ0-9][\w'’&.-]*)*"
# A person as readers name one: titles first ("Herr Dr. Keller", "la Dra. Isabel Núñez", "M.
# Dupont"), then up to three capitalized words, then where they are ("von der Charité").
_TITLE_RUN = (
    r"(?:(?:"
    + "|".join(longest_first(re.escape(t.rstrip(".")) for t in TITLES.values()))
    + r")\.?\s+)*"
)
_PERSON_RUN = re.compile(
    rf"(?<!\w)({_TITLE_RUN}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){{0,2}}"
    r"(?:\s+(?:von der|von|vom|de la|del|de|di|da|do|della|bei|chez)\s+[A-ZÀ-ÖØ-Þ][\w&.’'-]*)?)"
)


_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES.values())
# Towns readers name beside a workplace ("en Telefónica en Madrid"): the workplace is the place.
CITIES = frozenset(
    str.split("""
    Madrid Barcelona Valencia Sevilla Bilbao Málaga Zaragoza Buenos Aires Bogotá Lima Santiago
    México Monterrey Guadalajara Medellín Montevideo Quito Caracas Lisboa Porto Braga Coimbra
    Paulo Rio Curitiba Recife Salvador Brasília Belo Horizonte Berlin Hamburg München Köln
    Frankfurt Stuttgart Düsseldorf Wien Zürich Genf Paris Lyon Marseille Toulouse Lille Nantes
    Bordeaux Bruxelles Genève Montréal Milano Roma Torino Napoli Bologna Firenze Genova Venezia
    Palermo Bari London
    """)
)


def read_detail(lang: Language, raw: str, relationship: str, tone: str) -> tuple[str, str]:
    """(phrase, kind) for the note; ("", "") when nothing specific is left."""
    text = original = _ENGLISH_WORK.sub("", plain_detail(raw))
    introduction = read_introduction(text, lang.introduces)
    if introduction:  # "Laura nous a présentés …": a clause of its own, never a slot's noun
        return introduction.clause(lang.introduced[tone]), "introduced"
    if lang.lead_ins:
        text = re.sub(lang.lead_ins, "", text, flags=re.IGNORECASE).strip(" ,;:-–—")
    if not any(c.isalpha() for c in text):
        return "", ""
    work = _work(lang, text, tone)
    if work:  # "ich hab deinen post gelesen, wie ihr …": the post and what it is about
        return work, "phrase"
    if relationship == "mutual-connection" or (
        relationship == "met-at-event" and looks_like_person(text)
    ):
        found = _PERSON_RUN.search(text)
        if found and (relationship == "mutual-connection" or found.group(1) == text):
            before = text[: found.start()].split()
            article = before[-1] if before and before[-1] in lang.articles else ""
            titled = found.group(1).split(" ", 1)[0].rstrip(".") in _TITLE_WORDS
            # "la Dra. Isabel Núñez" keeps the article its title takes in the language
            return (f"{article} " if article and titled else "") + found.group(1), "person"
    if _ROLE.match(text):
        return text, "role"
    if re.match(lang.clause_start, original, flags=re.IGNORECASE) and _place(lang, original):
        return _place(lang, original), "place"  # a clause: its named place, never its wording
    if re.match(lang.clause_start, text, flags=re.IGNORECASE):
        place = _place(lang, text)
        return (place, "place") if place else ("", "")
    if re.match(rf"^(?:\S+\s+){{0,2}}(?:{lang.frame_nouns})\b", text, flags=re.I) and _place(
        lang, text
    ):
        return _place(lang, text), "place"  # "unsere Zeit bei Bosch": the frame says "Zeit"
    if re.match(rf"^(?:{lang.place_preps})\s", text) and _place(lang, text):
        return _place(lang, text), "place"  # "a Torino in Pirelli": the place, as a clause's
    text = _without_towns(lang, text)
    head, _, after = text.partition(" ")
    if head.lower() in lang.articles and head[:1].isupper() and after[:1].islower():
        text = f"{head.lower()} {after}"  # "El meetup de …" joins its preposition: "del meetup"
    for pattern, replacement in lang.rewrites:
        text = re.sub(pattern, replacement, text)
    text = _addressed(lang, text, tone)
    first = text.split(" ", 1)[0]
    if first in lang.address[tone].values() or lang.articles_re.match(text):
        return text, "phrase"
    return text, "topic"


def split_reason(lang: Language, raw: str) -> tuple[str, str]:
    """(the detail, the reader's reason for writing as a sentence): "…, and we are about to do
    the same" gives "We are about to do the same." in the note's language ("" when none)."""
    text = plain_detail(raw)
    found = re.search(lang.reason, text, flags=re.IGNORECASE)
    if not found or found.start() == 0:
        return raw, ""
    reason = found.group("reason").strip(" ,;:-–—")
    return text[: found.start()], reason[0].upper() + reason[1:] + "."


def _work(lang: Language, text: str, tone: str) -> str:
    """A sentence that names the recipient's work ("ich hab deinen post gelesen, wie ihr …",
    "vi tu post sobre cómo …"), as the work and what it is about: "deinen Post darüber, wie
    ihr …", "tu post sobre cómo …"; "" when the sentence names none."""
    found = re.search(
        rf"(?<!\w)(?P<det>[\w']+)\s+(?P<noun>(?:{lang.works}))(?!\w)(?P<rest>.*)$",
        text,
        flags=re.IGNORECASE,
    )
    if not found or not re.match(lang.clause_start, text, flags=re.IGNORECASE):
        return ""
    det = found.group("det")
    swaps = lang.address[tone]
    if det.lower() not in {w.lower() for w in (*swaps, *swaps.values(), *lang.articles)}:
        return ""
    rest = found.group("rest")
    head = _addressed(lang, f"{det.lower()} {found.group('noun')}", tone)
    about = re.search(lang.about, rest, flags=re.IGNORECASE)
    if about:
        return f"{head} {about.group(0).strip(' ,')}"
    clause = re.search(lang.about_clause[0], rest, flags=re.IGNORECASE)
    if clause:
        return f"{head} {lang.about_clause[1]}{clause.group(1).strip()}"
    return head


def _place(lang: Language, clause: str) -> str:
    """A clause's most specific named place: in its first part that names one, the place with
    the most capitals (an acronym, a full name), the last of equals; with its article."""
    for part in re.split(r"\s*[,;]\s*", clause):
        found = []
        pattern = rf"(?<!\w)((?i:{lang.place_preps}))(?:\s+|(?<=['’]))({_NAME_RUN})"
        for match in re.finditer(pattern, part):
            prep, name = match.group(1).lower(), match.group(2)
            if not name[0].isupper() and not name[0].isdigit():
                continue
            last = prep.split()[-1]
            article = lang.expand.get(prep) or (last if last in lang.articles else "")
            joined = article + ("" if article.endswith("'") else " ") + name
            town = re.fullmatch(lang.town_preps, prep) is not None or name in CITIES
            found.append((joined.strip(), name, town))
        if found:  # a company before a town: "em Curitiba na Renault" names the Renault
            best = max(
                enumerate(found),
                key=lambda f: (not f[1][2], sum(c.isupper() for c in f[1][1]), f[0]),
            )
            return best[1][0]
    return ""


def _without_towns(lang: Language, text: str) -> str:
    """A phrase that names a workplace and a town without its town: the workplace places it
    ("el equipo de pagos en Madrid en BBVA" gives "el equipo de pagos en BBVA")."""
    places = list(re.finditer(rf"\s+(?:{lang.place_preps}|in)\s+({_NAME_RUN})", text))
    towns = [m for m in places if m.group(1) in CITIES]
    if not towns or len(towns) == len(places):
        return text
    for town in reversed(towns):
        text = text[: town.start()] + text[town.end() :]
    return text


def _addressed(lang: Language, text: str, tone: str) -> str:
    """Possessives in the detail turned to the recipient, as the tone addresses them."""
    swaps = lang.address[tone]
    words = text.split(" ")
    if words and words[0][:1].isupper() and words[0].lower() in swaps:
        words[0] = words[0].lower()
    out = []
    for i, word in enumerate(words):
        swapped = swaps.get(word, word)
        if "|" in swapped:  # "votre" is "ton" or "ta" by the noun after it
            masculine, feminine = swapped.split("|")
            noun = words[i + 1] if i + 1 < len(words) else ""
            vowel = noun[:1].lower() in "aeiouyéèêâîh"
            swapped = feminine if re.search(lang.feminine, noun) and not vowel else masculine
        out.append(swapped)
    return " ".join(out)


__all__ = ["KINDS", "read_detail", "split_reason"]
