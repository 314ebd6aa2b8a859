"""Greeting names: titles kept in formal notes, first names in warm ones, names in any
script, and no greeting at all for a "name" with no letters."""

from __future__ import annotations

import pytest

from connectwisely.notes.names import greeting_name, parse_name


@pytest.mark.parametrize(
    ("name", "tone", "greeted"),
    [
        ("Dr. Amara Okonkwo", "formal", "Dr. Okonkwo"),
        ("Dr. Amara Okonkwo", "warm", "Amara"),
        ("Prof. Ingrid van der Berg", "formal", "Prof. van der Berg"),
        ("professor Kwame Mensah, PhD", "formal", "Professor Mensah"),
        ("Ms. Li Wei", "formal", "Ms. Wei"),
        ("Amara Okonkwo", "formal", "Amara Okonkwo"),  # no title: the full name
        ("sarah k.", "warm", "Sarah"),
        ("sarah k.", "formal", "Sarah K."),
        ("Kenji Watanabe (渡辺健二)", "formal", "Kenji Watanabe"),
        ("Kenji Watanabe (渡辺健二)", "warm", "Kenji"),
        ("渡辺健二", "formal", "渡辺健二"),
        ("山田 太郎", "warm", "山田 太郎"),
        ("Watanabe, Kenji", "formal", "Kenji Watanabe"),
        ("JOHN SMITH", "warm", "John"),
        ("ingrid van der berg", "formal", "Ingrid van der Berg"),
        ("jean-luc o'brien", "warm", "Jean-Luc"),
        ("Frau Dr. Anna Vogel", "formal", "Frau Dr. Vogel"),
        ("Dott.ssa Giulia Bianchi", "formal", "Dott.ssa Bianchi"),
        ("Jane Doe, MBA", "formal", "Jane Doe"),
        ("José María García", "warm", "José María"),
        ("李娜", "formal", "李娜"),
        ("Дмитрий Иванов", "warm", "Дмитрий"),
        ("محمد علي", "warm", "محمد"),
        ("Zoë 🚀 Laurent", "warm", "Zoë"),
        ("<b>Ana</b>", "warm", "Ana"),
        ("😀😀😀", "warm", ""),
        ("🚀 ✨", "formal", ""),
        ("12345", "warm", ""),
        ("", "warm", ""),
    ],
)
def test_greeting_names(name, tone, greeted):
    """Each name is greeted as a person would greet it, or not at all."""
    assert greeting_name(name, tone) == greeted


@pytest.mark.parametrize(
    ("raw", "formal"),
    [("Mr. Alvarez", "Mr. Alvarez"), ("Ms. Davis", "Ms. Davis"), ("Herr Müller", "Herr Müller"),
     ("Dr. Okonkwo", "Dr. Okonkwo"), ("sra. gómez", "Sra. Gómez")],
)  # fmt: skip
def test_a_lone_word_after_a_title_is_the_family_name(raw, formal):
    """ "Mr. Alvarez" keeps its honorific in a formal greeting, never "Dear Alvarez"."""
    assert parse_name(raw).formal() == formal


@pytest.mark.parametrize(
    ("raw", "given"),
    [
        ("Miguel Ángel Torres", "Miguel Ángel"),
        ("María José García López", "María José"),
        ("João Pedro Silva", "João Pedro"),
        ("Anna Maria Rossi", "Anna Maria"),
        ("Jean-Pierre Martin", "Jean-Pierre"),
        ("Karl Heinz Müller", "Karl Heinz"),
        ("María José", "María"),  # two words: the second may be the surname
        ("Miguel Torres Ruiz", "Miguel"),  # not a known compound
    ],
)
def test_a_compound_given_name_is_kept_whole(raw, given):
    """A known two-word given name of a name of three or more words, or a hyphenated one,
    is the given name whole; never "Hola, Miguel" to Miguel Ángel."""
    assert parse_name(raw).given == given
