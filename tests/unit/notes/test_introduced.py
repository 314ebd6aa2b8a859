"""A detail that says who put the writer in touch is read as who, the act and where, in every
language, and the drafts say it as a clause of their own in every relationship and tone, never
pasted into a person's or a place's slot."""

from __future__ import annotations

import itertools
import re

import pytest

from connectwisely import draft_notes
from connectwisely.notes.introduced import INTRODUCES_EN, read_introduction
from connectwisely.notes.lang import CODES, language
from connectwisely.notes.openers import RELATIONSHIPS


def _patterns(code: str):
    return INTRODUCES_EN if code == "en" else language(code).introduces


@pytest.mark.parametrize(
    ("code", "detail", "who", "act", "where"),
    [
        ("en", "Laura Chen introduced us at the alumni dinner", "Laura Chen", "introduced", "at the alumni dinner"),
        ("en", "Laura Chen put us in touch last spring", "Laura Chen", "introduced", "last spring"),
        ("en", "Laura suggested I reach out", "Laura", "suggested", ""),
        ("en", "Laura Chen recommended you", "Laura Chen", "suggested", ""),
        ("en", "Omar has introduced me to you", "Omar", "introduced", ""),
        ("es", "Miguel nos presentó en la cena de antiguos alumnos", "Miguel", "introduced", "en la cena de antiguos alumnos"),
        ("es", "Miguel Ángel me habló muy bien de usted", "Miguel Ángel", "suggested", ""),
        ("es", "Lucía me recomendó contactarte", "Lucía", "suggested", ""),
        ("pt", "a Laura nos apresentou no jantar", "a Laura", "introduced", "no jantar"),
        ("pt", "o Pedro me indicou você", "o Pedro", "suggested", ""),
        ("de", "Laura Chen hat uns beim Alumni-Dinner vorgestellt", "Laura Chen", "introduced", "beim Alumni-Dinner"),
        ("de", "Anna stellte uns auf der PyCon vor", "Anna", "introduced", "auf der PyCon"),
        ("de", "Jonas hat mir geraten, mich bei dir zu melden", "Jonas", "suggested", ""),
        ("fr", "Laura nous a présentés au dîner des anciens", "Laura", "introduced", "au dîner des anciens"),
        ("fr", "Jean-Pierre m'a conseillé de vous contacter", "Jean-Pierre", "suggested", ""),
        ("it", "Laura ci ha presentati alla cena", "Laura", "introduced", "alla cena"),
        ("it", "Marco mi ha consigliato di scriverti", "Marco", "suggested", ""),
    ],
)  # fmt: skip
def test_an_introduction_is_read_in_every_language(code, detail, who, act, where):
    """The person, the act (introduced or suggested) and where it happened, as typed."""
    found = read_introduction(detail, _patterns(code))
    assert found is not None, detail
    assert (found.who, found.act, found.where) == (who, act, where)


@pytest.mark.parametrize(
    ("code", "detail"),
    [
        ("en", "Laura Chen"), ("en", "we met at PyCon"), ("en", "Maria Lopez from Acme"),
        ("es", "María López"), ("es", "el meetup de PyData Madrid"), ("pt", "Mariana Costa, da Natura"),
        ("de", "Thomas Berger von Roche"), ("fr", "Sarah Cohen"), ("it", "Luca Marchetti di Pirelli"),
    ],
)  # fmt: skip
def test_a_person_or_place_is_no_introduction(code, detail):
    """A name, a name with its company, or an event is not read as an introduction."""
    assert read_introduction(detail, _patterns(code)) is None


# One introduction typed in each language, the clause the note must say, and what would show
# it pasted into a slot ("we both know Laura Chen introduced us", "meeting you at Laura …").
INTRODUCTIONS = {
    "en": ("Laura Chen introduced us at the alumni dinner", "Laura Chen introduced us at the alumni dinner",
           r"\b(?:know|at|in|of|about|the)\s+Laura"),
    "es": ("Miguel nos presentó en la cena de antiguos alumnos", "Miguel nos presentó en la cena de antiguos alumnos",
           r"\b(?:a|en|de|con)\s+Miguel\b"),
    "pt": ("a Laura nos apresentou no jantar", "aura nos apresentou no jantar", r"\b(?:na|da|em|de)\s+Laura\b"),
    "de": ("Laura Chen hat uns beim Alumni-Dinner vorgestellt", "Laura Chen hat uns beim Alumni-Dinner vorgestellt",
           r"\b(?:bei|an|von|über)\s+Laura\b"),
    "fr": ("Laura nous a présentés au dîner des anciens", "Laura nous a présentés au dîner des anciens",
           r"\b(?:de|à|lors de|membre de)\s+Laura\b"),
    "it": ("Laura ci ha presentati alla cena", "Laura ci ha presentati alla cena", r"\b(?:a|di|in|tramite)\s+Laura\b"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "relationship", "tone"),
    list(itertools.product(CODES, [r.id for r in RELATIONSHIPS], ("warm", "formal"))),
)
def test_an_introduction_is_said_as_a_clause_in_every_relationship(code, relationship, tone):
    """Every draft says the introduction whole, as its own clause, and never after a
    preposition or verb that wants a person or a place."""
    raw, said, pasted = INTRODUCTIONS[code]
    drafts = draft_notes({"name": "Ana Lima", "relationship": relationship, "detail": raw, "tone": tone,
                          "language": code, "limit": 300})["drafts"]  # fmt: skip
    assert len(drafts) == 3
    for draft in drafts:
        assert said in draft["text"], draft["text"]
        assert not re.search(pasted, draft["text"]), draft["text"]


@pytest.mark.parametrize(
    ("code", "detail", "tone", "said"),
    [
        ("en", "Laura Chen recommended you", "warm", "Laura Chen suggested I reach out"),
        ("es", "Lucía me recomendó contactarte", "formal", "Lucía me sugirió que le escribiera"),
        ("pt", "o Pedro me indicou você", "formal", "o Pedro me sugeriu entrar em contato"),
        ("de", "Jonas hat mir geraten, mich bei dir zu melden", "formal", "Jonas hat mir empfohlen, mich bei Ihnen zu melden"),
        ("fr", "Laura m'a parlé de vous", "warm", "Laura m'a conseillé de te contacter"),
        ("it", "Laura mi ha consigliato di scriverti", "formal", "Laura mi ha consigliato di contattarLa"),
    ],
)  # fmt: skip
def test_a_suggestion_speaks_to_the_recipient_as_the_tone_does(code, detail, tone, said):
    """A "recommended you" becomes "X suggested I reach out", with the tone's address."""
    drafts = draft_notes({"name": "Ana Lima", "relationship": "mutual-connection", "detail": detail,
                          "tone": tone, "language": code, "limit": 300})["drafts"]  # fmt: skip
    assert all(said.casefold() in d["text"].casefold() for d in drafts), [d["text"] for d in drafts]
