"""LinkedIn's interface in a paste, in the languages other than English."""

from __future__ import annotations

import pytest

from connectwisely.checker.interface import BUTTONS, DEGREE, count, interface_fact


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Más de 500 contactos", ("connections", 500)),
        ("14 contactos en común", ("mutual_connections", 14)),
        ("500+ conexões", ("connections", 500)),
        ("8 conexões em comum", ("mutual_connections", 8)),
        ("500+ Kontakte", ("connections", 500)),
        ("9 gemeinsame Kontakte", ("mutual_connections", 9)),
        ("1.234 Follower", ("followers", 1234)),
        ("11 relations en commun", ("mutual_connections", 11)),
        ("Oltre 500 collegamenti", ("connections", 500)),
        ("Ana Ruiz y 12 contactos más en común", ("mutual_connections", 13)),
        ("Heute", None),
    ],
)
def test_counts_in_each_language(line, fact):
    """Each language's count lines give the same fields as the English ones."""
    assert interface_fact(line) == fact


@pytest.mark.parametrize(
    ("line", "degree"), [("Ana · 2º", "2"), ("Jo · 2.", "2"), ("Léa · 3e", "3"), ("Gio · 1°", "1")]
)
def test_the_degree_marker(line, degree):
    """The degree after the name ("· 2º", "· 2.", "· 3e") is read in every language."""
    assert DEGREE.search(line).group(1) == degree


def test_buttons_and_counts():
    """Buttons of every language are known, and counts read "1.234", "2,5K"."""
    assert {"aceptar", "ignorieren", "repondre", "accetta", "aceitar"} <= BUTTONS
    assert (count("1.234"), count("2,5K"), count("500+")) == (1234, 2500, 500)
