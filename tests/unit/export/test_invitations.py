"""Reading Invitations.csv of every era: 5 columns (≤2022), URNs (mid-2023), URLs (2024 on)."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import InputError
from connectwisely.export.invitations import check_header, read_invitations
from tests.support.paths import SAMPLES

FIVE = "From,To,Sent At,Message,Direction"


def test_the_sample_reads_every_invitation():
    """The 2024-era sample: 10 invitations, directions, other people, profiles and dates."""
    invitations = read_invitations((SAMPLES / "Invitations.csv").read_text(encoding="utf-8"))
    assert len(invitations) == 10
    assert [i.direction for i in invitations].count("incoming") == 5
    first = invitations[0]
    assert (first.direction, first.other, first.sent) == (
        "outgoing",
        "Lucan Herzfeld",
        date(2025, 11, 24),
    )
    assert first.profile == "https://www.linkedin.com/in/lucan-herzfeld"
    incoming = invitations[1]
    assert incoming.other == "Dagny Solberg"
    assert incoming.profile.endswith("dagny-solberg-07c2e1")
    assert "Lisbon data meetup" in incoming.message


def test_a_message_with_line_breaks_stays_one_invitation():
    """A quoted note over three lines is one invitation with its lines kept."""
    invitations = read_invitations((SAMPLES / "Invitations.csv").read_text(encoding="utf-8"))
    gideon = next(i for i in invitations if i.other == "Gideon Marsh")
    assert gideon.message.count("\n") == 2
    assert gideon.sent == date(2025, 10, 30)


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        (f'{FIVE}\nAna Lee,Me Myself,"3/2/22, 9:14 AM",,INCOMING\n', ""),
        (
            f'{FIVE},inviterProfileUrn,inviteeProfileUrn\nAna Lee,Me Myself,"3/2/22, 9:14 AM",Hi,'
            "INCOMING,urn:li:member:123,urn:li:member:456\n",
            "urn:li:member:123",
        ),
        (
            f'{FIVE},inviterProfileUrl,inviteeProfileUrl\r\nAna Lee,Me Myself,"3/2/22, 9:14 AM",Hi,'
            "INCOMING,https://www.linkedin.com/in/ana-lee,https://www.linkedin.com/in/me\r\n",
            "https://www.linkedin.com/in/ana-lee",
        ),
    ],
    ids=["2022: five columns", "2023: URNs", "2024: URLs, CRLF"],
)
def test_every_era_reads(text, profile):
    """Each era gives the same invitation; the profile is the URN or URL when there is one."""
    (invitation,) = read_invitations(text)
    assert invitation.direction == "incoming"
    assert invitation.other == "Ana Lee"
    assert invitation.sent == date(2022, 3, 2)
    assert invitation.profile == profile


def test_outgoing_names_the_person_invited_and_unknown_directions_are_kept():
    """OUTGOING: the other person is in To; an unknown direction is kept as ""."""
    text = f'{FIVE}\nMe,Bo Chen,"1/2/25, 1:00 PM",,OUTGOING\nX,Y,"1/2/25, 1:00 PM",,SIDEWAYS\n'
    outgoing, odd = read_invitations(text)
    assert (outgoing.direction, outgoing.other) == ("outgoing", "Bo Chen")
    assert odd.direction == ""


def test_unreadable_dates_and_huge_messages_are_bounded():
    """A date that is not one is None; a message is cut to a sane length."""
    (invitation,) = read_invitations(f"{FIVE}\nAna,Me,soon,{'x' * 10_000},INCOMING\n")
    assert invitation.sent is None
    assert len(invitation.message) == 2_000


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
        ),
        ("Invitations.csv", ""),
        ("messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM\n"),
    ],
)
def test_a_wrong_file_names_itself(name, text):
    """Another file is refused on the field invitations_csv, naming the file."""
    for reader in (read_invitations, check_header):
        with pytest.raises(InputError) as caught:
            reader(text, name)
        message = caught.value.message
        assert f"{name} is not LinkedIn's Invitations.csv" in message or (
            f"{name} looks like LinkedIn's {name}, not LinkedIn's Invitations.csv: it goes in "
            "the network review" in message
        )
        assert caught.value.field == "invitations_csv"
