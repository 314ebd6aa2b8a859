"""Reading pasted LinkedIn text: any line order, missing lines, interface words dropped."""

from __future__ import annotations

import pytest

from connectwisely.checker.paste import MAX_LINES, read_pasted

TOP_CARD = """Priya Nair (She/Her) · 2nd
Senior Data Scientist at Monzo
Monzo · University of Cambridge
London, England, United Kingdom · Contact info
1,234 followers · 500+ connections
Marta Nowak, Jo Kim and 12 other mutual connections
Message
More
Joined
May 2019
Verified
Hi! We sat next to each other on the fraud team at Revolut.
Would love to reconnect.
Accept
Ignore"""


def test_a_full_top_card_and_note():
    """Every field a top card shows is read, with pronouns, buttons and 'Contact info' dropped."""
    pasted = read_pasted(TOP_CARD)
    assert pasted.values == {
        "name": "Priya Nair",
        "headline": "Senior Data Scientist at Monzo",
        "location": "London, England, United Kingdom",
        "company": "Monzo",
        "message": "Hi! We sat next to each other on the fraud team at Revolut.\nWould love to reconnect.",
        "mutual_connections": 14,
        "degree": 2,
        "connections": 500,
        "followers": 1234,
        "verified": True,
        "joined": "2019-05",
    }
    assert pasted.read == tuple(pasted.values)


def test_note_first_then_the_header():
    """The note may come before the name; the order of lines doesn't matter."""
    text = "Hi Robin, we're hiring a Senior Frontend Engineer in Stockholm.\n\nSam Patel\nRecruiter at Spotify\nStockholm, Sweden\n8 mutual connections"
    values = read_pasted(text).values
    assert values["name"] == "Sam Patel"
    assert values["headline"] == "Recruiter at Spotify"
    assert values["location"] == "Stockholm, Sweden"
    assert values["message"].startswith("Hi Robin")
    assert values["mutual_connections"] == 8


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("23 mutual connections", "mutual_connections", 23),
        ("Ana Lee is a mutual connection", "mutual_connections", 1),
        ("Ana Lee and Bo Chen are mutual connections", "mutual_connections", 2),
        ("Ana Lee and 4 others mutual connections", "mutual_connections", 5),
        ("No mutual connections", "mutual_connections", 0),
        ("500+ connections", "connections", 500),
        ("12 connections", "connections", 12),
        ("2.5K followers", "followers", 2500),
        ("1 234 followers", "followers", 1234),
        ("3rd+", "degree", 3),
        ("2nd degree connection", "degree", 2),
        ("Joined March 2026", "joined", "2026-03"),
        ("Member since 2011", "joined", "2011-01"),
        ("No verifications", "verified", False),
        ("No profile photo", "has_photo", False),
    ],
)
def test_count_and_fact_lines(line, key, value):
    """Each kind of count or fact line is read into its field."""
    assert read_pasted(f"Sam Lee\n{line}").values[key] == value


def test_a_name_from_an_invitation_line():
    """'X sent you an invitation' and 'Reply to X' give the name; the buttons are dropped."""
    values = read_pasted(
        "Sam Lee sent you an invitation\nReply to Sam Lee\nhey, loved your talk"
    ).values
    assert values == {"name": "Sam Lee", "message": "hey, loved your talk"}


def test_a_note_alone_is_the_message():
    """A paste of just the note is read as the note."""
    assert read_pasted("Hello dear, how are you today?").values == {
        "message": "Hello dear, how are you today?"
    }


def test_only_buttons_read_nothing():
    """A paste of interface words only yields no field."""
    assert read_pasted("Accept\nIgnore\n…see more").read == ()


def test_huge_pastes_are_bounded():
    """A paste far beyond a profile's size is read only up to its limits, quickly."""
    pasted = read_pasted("Sam Lee\n" + "x\n" * (MAX_LINES * 5))
    assert pasted.values["name"] == "Sam Lee"


@pytest.mark.parametrize(
    "last",
    ["Apply at acme-careers.com", "Contact me at x.jobs@gmail.com", "WhatsApp +47 412 34 567"],
)
def test_a_final_contact_line_is_part_of_the_note(last):
    """A contact line without a full stop at the end of the paste is read into the note."""
    pasted = read_pasted(
        f"Mia Lund\nTalent Coordinator\nHi! Quick remote tasks, paid daily\n{last}"
    )
    assert pasted.values["message"].endswith(last)
    assert pasted.lines[-1] == (last, "message")


def test_every_line_says_what_it_was_read_as():
    """Each non-blank line is listed once, with the field it gave, or interface or unread."""
    pasted = read_pasted(TOP_CARD)
    assert len(pasted.lines) == len([line for line in TOP_CARD.splitlines() if line.strip()]) - 1
    kinds = dict(pasted.lines)
    assert kinds["Senior Data Scientist at Monzo"] == "headline"
    assert kinds["Accept"] == "interface"
    assert kinds["Marta Nowak, Jo Kim and 12 other mutual connections"] == "mutual_connections"


@pytest.mark.parametrize(
    ("paste", "expected"),
    [
        (
            "Marcos Ferrer · 2º\nIngeniero de datos en Idealista\nMás de 500 contactos\n14 contactos en común\nAceptar\nIgnorar",
            {
                "name": "Marcos Ferrer",
                "headline": "Ingeniero de datos en Idealista",
                "degree": 2,
                "connections": 500,
                "mutual_connections": 14,
            },
        ),
        (
            "Lena Hartmann · 2.\nProduktmanagerin bei Zalando\n500+ Kontakte\n9 gemeinsame Kontakte",
            {
                "name": "Lena Hartmann",
                "headline": "Produktmanagerin bei Zalando",
                "degree": 2,
                "connections": 500,
                "mutual_connections": 9,
            },
        ),
        (
            "Giorgia Russo · 2°\nData scientist presso Yoox\nOltre 500 collegamenti\n7 collegamenti in comune",
            {
                "name": "Giorgia Russo",
                "headline": "Data scientist presso Yoox",
                "degree": 2,
                "connections": 500,
                "mutual_connections": 7,
            },
        ),
    ],
)
def test_linkedins_interface_in_other_languages(paste, expected):
    """Counts, degree and buttons of LinkedIn's Spanish, German and Italian pages are read."""
    assert read_pasted(paste).values == expected
