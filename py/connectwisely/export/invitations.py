"""Reading LinkedIn's ``Invitations.csv`` of every era.

Eras: up to 2022, five columns ``From,To,Sent At,Message,Direction``; in mid-2023 two more,
``inviterProfileUrn,inviteeProfileUrn`` (``urn:li:member:…``); since 2024 the same two as
``inviterProfileUrl,inviteeProfileUrl``. ``Sent At`` is ``"M/D/YY, h:mm AM"``; ``Direction`` is
``INCOMING`` (``From`` is the other person) or ``OUTGOING`` (``To`` is). Messages are mostly empty
and may, in principle, hold line breaks inside quotes.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..core.dates import read_dates
from .tables import find_header, read_table

FILENAME = "Invitations.csv"
REQUIRED = ("From", "To", "Sent At", "Direction")
EXPECTED = "LinkedIn's Invitations.csv"
MAX_MESSAGE = 2_000  # LinkedIn's notes are 300 characters at most; longer text is not a note


class Invitation(NamedTuple):
    """One invitation; ``other``/``profile`` are the person who is not you and their profile."""

    direction: str  # "incoming" | "outgoing" | "" (unknown)
    other: str
    profile: str
    message: str
    sent: date | None


def check_header(text: str, filename: str = FILENAME, field: str = "invitations_csv") -> None:
    """InputError naming ``filename`` and the first line it has, unless it is Invitations.csv."""
    find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)


def read_invitations(
    text: str, filename: str = FILENAME, field: str = "invitations_csv"
) -> list[Invitation]:
    """Every invitation in ``text``, in file order, or InputError for another file."""
    table = read_table(text, filename, REQUIRED, field=field, expected=EXPECTED)
    dates = read_dates(row["Sent At"] for row in table.rows)
    out = []
    for row in table.rows:
        direction = row["Direction"].strip().lower()
        if direction not in ("incoming", "outgoing"):
            direction = ""
        incoming = direction == "incoming"
        other = row["From"] if incoming else row["To"]
        profile = _profile(row, "inviter" if incoming else "invitee")
        message = row.get("Message", "")[:MAX_MESSAGE]
        out.append(Invitation(direction, other, profile, message, dates[row["Sent At"]]))
    return out


def _profile(row: dict[str, str], who: str) -> str:
    """The profile URL (or member URN, in 2023's export) of the inviter or the invitee."""
    for key, value in row.items():
        if key.lower() in (f"{who}profileurl", f"{who}profileurn"):
            return value
    return ""


__all__ = ["EXPECTED", "REQUIRED", "Invitation", "check_header", "read_invitations"]
