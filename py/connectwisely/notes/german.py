"""A German detail in the case its slot needs.

Readers type a detail in the nominative ("ihr Beitrag über Lieferketten", "die Keynote zu KI"),
and the note puts it after a verb or a preposition that wants the accusative ("ich habe Ihren
Beitrag … verfolgt") or the dative ("bei der Keynote"). :func:`inflect` reads the phrase's
leading determiner or possessive, its adjectives and its head noun; when the noun's gender is
in :data:`GENDER` (or the determiner alone tells it), it writes them in the slot's case. When
neither tells, it returns None, and the note chooses a frame that keeps the phrase as typed:
never a wrong case.
"""

from __future__ import annotations

import re

CASES = ("nom", "acc", "dat")

# The nouns readers use for what they met at, read or worked on, by gender ("p": a plural form).
_NOUNS = {
    "m": "Beitrag Vortrag Artikel Post Workshop Talk Podcast Newsletter Thread Kommentar Blog "
    "Bericht Aufsatz Leitfaden Kurs Hackathon Kongress Summit Stammtisch Abend Austausch "
    "Vlog Essay Gastbeitrag Fachartikel Impuls Kanal Verein Studiengang Lehrgang Tag Pitch "
    "Erfolg Wechsel Start Einstieg Aufstieg Werdegang Bereich",
    "f": "Keynote Präsentation Konferenz Studie Serie Veranstaltung Tagung Session Diskussion "  # codespell:ignore serie
    "Folge Reihe Arbeit Analyse Recherche Umfrage Masterclass Messe Initiative Community "
    "Gruppe Firma Hochschule Universität Schule Akademie Sitzung Rede Publikation "
    "Veröffentlichung Dissertation Doktorarbeit Masterarbeit Idee Migration Einführung "
    "Umstellung Strategie Story Kolumne Episode Ausgabe Sendung Lesung Keynote-Rede Forschung "
    "Abteilung Plattform Kampagne Fallstudie Untersuchung Auswertung Demo Meldung Nachricht "  # codespell:ignore plattform
    "Zeit Erfahrung Karriere Laufbahn Position Rolle Stelle Aufgabe Leistung Entwicklung",
    "n": "Projekt Panel Meetup Interview Buch Webinar Video Paper Posting Event Seminar "
    "Gespräch Team Labor Ressort Referat Squad Unternehmen Festival Forum Barcamp Treffen Programm Training Coaching "  # codespell:ignore programm
    "Tutorial Whitepaper Handbuch Statement Thema Referat Symposium Kolloquium Kapitel "
    "Netzwerk Startup Start-up Produkt Modell Framework Tool Dashboard Konzept",  # codespell:ignore produkt,modell
    "p": "Beiträge Vorträge Posts Workshops Talks Podcasts Threads Kommentare Berichte Artikeln "
    "Keynotes Präsentationen Konferenzen Studien Serien Veranstaltungen Tagungen Sessions "
    "Diskussionen Folgen Arbeiten Analysen Projekte Panels Meetups Interviews Bücher Webinare "
    "Videos Paper Postings Events Seminare Gespräche Beiträgen Vorträgen Projekten",
}
GENDER: dict[str, set[str]] = {}
for _gender, _words in _NOUNS.items():
    for _word in _words.split():
        GENDER.setdefault(_word.casefold(), set()).add(_gender)
GENDER["artikel"].add("p")  # "seine Artikel": singular and plural alike
GENDER["newsletter"].add("p")

# The definite article by gender and case, and the endings of ein-words (ein, dein, Ihr, …).
_DEFINITE = {
    "m": {"nom": "der", "acc": "den", "dat": "dem"},
    "f": {"nom": "die", "acc": "die", "dat": "der"},
    "n": {"nom": "das", "acc": "das", "dat": "dem"},
    "p": {"nom": "die", "acc": "die", "dat": "den"},
}
_EIN = {
    "m": {"nom": "", "acc": "en", "dat": "em"},
    "f": {"nom": "e", "acc": "e", "dat": "er"},
    "n": {"nom": "", "acc": "", "dat": "em"},
    "p": {"nom": "e", "acc": "e", "dat": "en"},
}
# Adjective endings: after the definite article (weak) and after an ein-word (mixed).
_WEAK = {
    "m": {"nom": "e", "acc": "en", "dat": "en"},
    "f": {"nom": "e", "acc": "e", "dat": "en"},
    "n": {"nom": "e", "acc": "e", "dat": "en"},
    "p": {"nom": "en", "acc": "en", "dat": "en"},
}
_MIXED = {
    "m": {"nom": "er", "acc": "en", "dat": "en"},
    "f": {"nom": "e", "acc": "e", "dat": "en"},
    "n": {"nom": "es", "acc": "es", "dat": "en"},
    "p": {"nom": "en", "acc": "en", "dat": "en"},
}
# The stems of ein-words: ein, kein and the possessives.
_EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "eur", "euer")
_EIN_STEMS += ("unser",)  # codespell:ignore unser
_EIN_WORD = re.compile(rf"^(?P<stem>{'|'.join(_EIN_STEMS)})(?P<ending>|e|en|em|er|es)$", re.I)
_ADJECTIVE = re.compile(r"^(?P<stem>[a-zäöüß][\w-]*?)(?P<ending>e|er|en|es|em)$")


def _readings(determiner: str) -> tuple[str, set[tuple[str, str]]] | None:
    """("def" or the ein-word's stem, {(gender, case)}) the determiner can be, else None."""
    low = determiner.casefold()
    found = {(g, c) for g, forms in _DEFINITE.items() for c, form in forms.items() if form == low}
    if found:
        return "def", found
    match = _EIN_WORD.match(determiner)
    if not match:
        return None
    stem, ending = match.group("stem"), match.group("ending")
    if stem.casefold() == "eur":
        stem = "euer" if not ending else "eur"
    found = {(g, c) for g, forms in _EIN.items() for c, end in forms.items() if end == ending}
    if stem.casefold() in ("ein", "kein"):
        found = {(g, c) for g, c in found if g != "p" or stem.casefold() == "kein"}
    return stem, found


def noun_genders(noun: str) -> set[str]:
    """The genders a noun (or a compound ending in a known noun) can have; empty if unknown."""
    low = noun.casefold().strip(".,;:!?“”„\"'")
    if low in GENDER:
        return set(GENDER[low])
    tails = [w for w in GENDER if len(w) >= 3 and low.endswith(w) and len(low) > len(w)]
    if not tails:
        return set()
    longest = max(tails, key=len)  # "Lieferkettenbeitrag" ends in "beitrag"
    return set(GENDER[longest])


def inflect(phrase: str, case: str, *, typed: str | None = None) -> str | None:
    """``phrase`` with its leading determiner, adjectives and noun in ``case`` (nom, acc,
    dat); unchanged when it has no determiner; None when the gender cannot be told.
    ``typed`` is the case the reader's words are in, when the context says so (a place
    read after "bei der" is dative)."""
    words = phrase.split(" ")
    if words[0] == "Herr" and case != "nom":
        return " ".join(["Herrn", *words[1:]])  # "dass wir beide Herrn Dr. Keller kennen"
    reading = _readings(words[0]) if words else None
    if reading is None:
        return phrase
    kind, options = reading
    if typed:
        options = {(g, c) for g, c in options if c == typed}
    adjectives, i = [], 1
    while i < len(words) and _ADJECTIVE.match(words[i]) and words[i].casefold() not in GENDER:
        adjectives.append(i)
        i += 1
    noun = words[i] if i < len(words) else ""
    genders = noun_genders(noun)
    if not genders and {g for g, _ in options} == {"f", "p"} and _name_like(words[i:]):
        genders = {"f"}  # "die PyCon DE", "die HHLA": a named thing is one, not many
    if genders:
        options = {(g, c) for g, c in options if g in genders}
        if noun.islower():  # "ihr beitrag über …": a German noun is written with a capital
            words = [*words[:i], noun[0].upper() + noun[1:], *words[i + 1 :]]
    written = {_write(words, kind, adjectives, i, g, case) for g, _ in options}
    return written.pop() if len(written) == 1 else None


# Nouns of a part of an organization: one works *in* it ("im Zahlungsteam", "in der Abteilung
# Recht"), never "bei" it, as one works "bei SAP".
_UNITS = ("team", "abteilung", "bereich", "squad", "ressort", "referat", "labor")


def within(phrase: str) -> str | None:
    """``phrase`` after "in", in the dative, when it names a team or department ("das
    Zahlungsteam" gives "im Zahlungsteam", "Payments-Team" gives "im Payments-Team"); None when
    it names none, or its gender cannot be told."""
    words = phrase.split(" ")
    determined = _readings(words[0]) is not None
    i = 1 if determined else 0
    while i < len(words) and _ADJECTIVE.match(words[i]) and words[i].casefold() not in GENDER:
        i += 1
    noun = words[i] if i < len(words) else ""
    if not noun[:1].isupper() or not noun.casefold().rstrip(".,;:").endswith(_UNITS):
        return None
    if not determined:
        genders = noun_genders(noun)
        if len(genders) != 1:
            return None
        phrase = f"{_DEFINITE[genders.pop()]['nom']} {phrase}"
    written = inflect(phrase, "dat")
    if written is None:
        return None
    head, _, rest = written.partition(" ")
    return f"im {rest}" if head == "dem" else f"in {written}"


def _name_like(words: list[str]) -> bool:
    """A name rather than a common noun: capitals or digits inside ("PyCon", "HHLA", "KI2025"),
    or a second capitalized word ("Data Summit")."""
    head = words[0] if words else ""
    inside = any(c.isupper() or c.isdigit() for c in head[1:])
    return inside or (len(words) > 1 and words[1][:1].isupper())


def _write(words: list[str], kind: str, adjectives: list[int], noun: int, gender: str, case: str):
    out = list(words)
    head = words[0]
    if kind == "def":
        form = _DEFINITE[gender][case]
        out[0] = form  # mid-sentence: "bei der Keynote", even if typed "Die Keynote"
        endings = _WEAK
    else:
        stem = _EIN_WORD.match(head).group("stem")
        if stem.casefold() == "euer" and _EIN[gender][case]:
            stem = stem[:-2] + "r"  # "euer" loses its e before an ending: "eure", "euren"
        out[0] = stem + _EIN[gender][case]
        endings = _MIXED
    for j in adjectives:
        out[j] = _ADJECTIVE.match(words[j]).group("stem") + endings[gender][case]
    if gender == "p" and case == "dat" and noun < len(words):
        word = words[noun]
        if word[-1:] not in ("n", "s") and word[:1].isupper():
            out[noun] = word + "n"  # "den Beiträgen", never after -s ("den Posts")
    return " ".join(out)


__all__ = ["CASES", "GENDER", "inflect", "noun_genders", "within"]
