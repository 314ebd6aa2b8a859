"""A German detail in the case its slot needs: the determiner, adjectives and noun inflected
when the gender is known, left alone when there is no determiner, and None (never a guess)
when the gender cannot be told."""

from __future__ import annotations

import pytest

from connectwisely.notes.german import inflect, noun_genders


@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("ihr Beitrag über Lieferketten", "acc", "ihren Beitrag über Lieferketten"),
        ("Ihr Beitrag über Lieferketten", "dat", "Ihrem Beitrag über Lieferketten"),
        ("sein Vortrag zu KI", "acc", "seinen Vortrag zu KI"),
        ("die Keynote zu KI", "dat", "der Keynote zu KI"),
        ("die Keynote zu KI", "acc", "die Keynote zu KI"),
        ("das Panel über Green IT", "dat", "dem Panel über Green IT"),
        ("dein neuer Vortrag", "acc", "deinen neuen Vortrag"),  # adjective, mixed declension
        ("der neue Workshop", "dat", "dem neuen Workshop"),  # adjective, weak declension
        ("Ihr Lieferkettenbeitrag", "acc", "Ihren Lieferkettenbeitrag"),  # compound: its last noun
        ("seine Artikel über X", "dat", "seinen Artikeln über X"),  # plural: dative -n
        ("eure Beiträge", "dat", "euren Beiträgen"),
        ("die Posts", "dat", "den Posts"),  # no -n after -s
        ("ihre studie zu Y", "dat", "ihrer Studie zu Y"),  # a known noun typed lower case
        ("den Vortrag", "nom", "der Vortrag"),  # typed in the accusative, wanted in the nominative
        ("Die Konferenz", "dat", "der Konferenz"),  # mid-sentence article in lower case
        ("die PyCon DE", "dat", "der PyCon DE"),  # a named thing is one, not many
        ("PyCon DE", "dat", "PyCon DE"),  # no determiner: nothing to inflect
        ("Herr Dr. Keller", "acc", "Herrn Dr. Keller"),
        ("Herr Dr. Keller", "nom", "Herr Dr. Keller"),
        ("sein Fazit zur Lage", "nom", "sein Fazit zur Lage"),  # m or n: the same nominative
        ("sein Fazit zur Lage", "acc", None),  # seinen (m) or sein (n): unknown, no guess
        ("die Lieferketten", "dat", None),  # feminine singular or plural: unknown
    ],
)
def test_inflect(phrase, case, expected):
    """The phrase in the slot's case, or None when its gender cannot be told."""
    assert inflect(phrase, case) == expected


def test_a_place_read_after_a_dative_preposition_keeps_its_case():
    """ "der HHLA" read from "bei der HHLA" is dative: kept there, nominative elsewhere."""
    assert inflect("der HHLA", "dat") is None  # alone, "der" could be m. nominative
    assert inflect("der HHLA", "dat", typed="dat") == "der HHLA"
    assert inflect("der HHLA", "nom", typed="dat") == "die HHLA"


@pytest.mark.parametrize(
    ("noun", "genders"),
    [("Beitrag", {"m"}), ("Keynote", {"f"}), ("Meetup", {"n"}), ("Artikel", {"m", "p"}),
     ("KI-Vortrag", {"m"}), ("Fazit", set())],
)  # fmt: skip
def test_noun_genders(noun, genders):
    """The noun table, compounds by their last noun, and unknown nouns as unknown."""
    assert noun_genders(noun) == genders
