"""What a note offers as a whole: a concrete role, a large sum to a stranger, named specifics."""

from __future__ import annotations

import pytest

from connectwisely.checker.facts import Facts
from connectwisely.checker.offer_detectors import concrete_role, large_offer, specifics


@pytest.mark.parametrize(
    "note",
    [
        "I'm hiring a backend engineer for our Toronto team, hybrid, base CAD 150-175k.",
        "Part-time contract for a Salesforce admin in Amsterdam, €75 per hour, 6 months.",
        "Buscamos una ingeniera de datos para Barcelona, híbrido, 55-65 mil euros.",
        "Wir suchen einen Senior Backend Engineer in Berlin, hybrid, 80-95 T€ brutto.",
        "Hiring a part-time data analyst in Lisbon, 85 EUR per hour, hybrid.",
        "Contract role for a QA engineer in Warsaw, 4 months, 110 USD a day.",
    ],
)
def test_a_concrete_role_names_role_pay_and_place(note):
    """A role with its pay and its place or terms is concrete, in any language."""
    assert concrete_role(Facts(message=note, headline="Recruiter"))


@pytest.mark.parametrize(
    "note",
    [
        "We have a remote assistant vacancy, $35 per hour. Text me.",
        "Great opportunity for you, DM me for details.",
        "I'm hiring an engineer, are you interested?",
    ],
)
def test_a_vague_offer_is_not_concrete(note):
    """No named role, or a role with nothing about pay and place, is not concrete."""
    assert not concrete_role(Facts(message=note, headline="Recruiter"))


@pytest.mark.parametrize(
    "note",
    [
        "I'd like to put $1.5 million into your startup right away.",
        "Je souhaite investir 2 millions d'euros dans votre projet.",
        "Vorrei offrirti un finanziamento a fondo perduto di 500.000 euro.",
        "We'd offer you a seven-figure pre-seed round, no pitch deck needed.",
    ],
)
def test_a_large_sum_from_a_stranger(note):
    """A large sum offered out of the blue fires; from someone you know, it doesn't."""
    assert large_offer(Facts(message=note))
    assert not large_offer(Facts(message=note, relationship="worked-together"))


def test_a_small_sum_or_no_offer_is_not_large():
    """A salary or a price is no large offer."""
    assert not large_offer(Facts(message="The role pays $150,000 a year."))
    assert not large_offer(Facts(message="Our seed round closed last week, happy to share notes."))
    assert not large_offer(
        Facts(message="We're raising a $2M seed round and I'd value your advice.")
    )


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("Loved your talk at PyCon on typing.", True),
        ("Great chatting at the KubeCon booth about Argo.", True),
        ("Wir haben uns beim Data Council in Berlin kennengelernt.", True),
        ("Sarah Klein suggested I reach out about clinical trials.", True),
        ("Hi Ana, hope you are having a great week. Would be nice to connect.", False),
        ("I came across your profile and would love to learn from kind people.", False),
    ],
)
def test_specifics_are_named_things(note, named):
    """A named event, place, person or shared past is specific; a note that fits anyone is not."""
    assert bool(specifics(Facts(message=note))) is named


@pytest.mark.parametrize(
    ("note", "pay"),
    [
        ("Hiring a part-time data analyst in Lisbon, €85 per hour, hybrid.", "€85"),
        ("Hiring a part-time data analyst in Lisbon, 85 EUR per hour, hybrid.", "85 EUR"),
        ("Hiring a backend engineer in Toronto, hybrid, USD 120k base.", "USD 120k"),
    ],
)
def test_the_pay_is_quoted_whole_whichever_side_the_currency_stands(note, pay):
    """The evidence quotes the whole amount, with the currency before or after it."""
    assert f"“{pay}”" in concrete_role(Facts(message=note, headline="Recruiter"))


@pytest.mark.parametrize(
    "note",
    [
        "Guten Tag, wir bieten Ihnen maßgeschneiderte Lösungen. Darf ich Ihnen unser Angebot zusenden?",
        "Cześć! Miło Cię tu widzieć, Pan pewnie pamięta.",
        "Merhaba Elif Hanım, Size bir sorum var.",
    ],
)
def test_capitalized_pronouns_and_greetings_are_no_specifics(note):
    """German "Tag"/"Ihnen", Polish "Cię"/"Pan", Turkish "Hanım"/"Size" are capitalized by
    custom, not names: a note made of them names nothing specific."""
    assert specifics(Facts(name="Jan Vogel", message=note)) == []
