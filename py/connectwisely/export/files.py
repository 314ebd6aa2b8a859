"""Which LinkedIn export file a CSV is, told by its header, so a file picked for the wrong slot
(``Connections.csv`` given as ``Positions.csv``) gets a message that names both.

Signatures are sets of header columns (lower case), checked most specific first; the eras in
the formats note all match (the 2018 and 2022+ ``Profile.csv``, with or without the
Connections preamble or URL column, ``messages.csv`` in every era).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

_HEADER_LINES = 20  # a header sits within the first lines, after any notes preamble
_HEAD_CHARS = 64 * 1024

SIGNATURES = (
    ("Connections.csv", {"first name", "last name", "connected on"}),
    ("Invitations.csv", {"from", "to", "sent at"}),
    ("messages.csv", {"conversation id", "content"}),
    ("messages.csv", {"from", "to", "date", "subject", "content"}),
    ("Profile.csv", {"first name", "last name", "headline"}),
    ("Profile Summary.csv", {"profile summary"}),
    ("Positions.csv", {"company name", "title", "started on"}),
    ("Education.csv", {"school name"}),
    ("Recommendations_Received.csv", {"first name", "last name", "text", "creation date"}),
    ("Certifications.csv", {"name", "authority"}),
    ("Languages.csv", {"name", "proficiency"}),
    ("Endorsement_Received_Info.csv", {"skill name", "endorsement date"}),
    ("Email Addresses.csv", {"email address", "confirmed"}),
    ("Company Follows.csv", {"organization", "followed on"}),
    ("Shares.csv", {"sharelink"}),
    ("Comments.csv", {"date", "link", "message"}),
    ("Reactions.csv", {"date", "type", "link"}),
)
SINGLE_COLUMN = {"name": "Skills.csv"}  # files whose whole header is one column


@dataclass(frozen=True)
class ExportFile:
    """One file of the export a tool reads: its name, the form field, the columns it needs."""

    name: str
    field: str
    required: tuple[str, ...]

    @property
    def expected(self) -> str:
        return f"LinkedIn's {self.name} (with the columns {', '.join(self.required)})"


def identify(text: str) -> str | None:
    """The export file whose header ``text`` carries, or None when it is none of them."""
    for line in text[:_HEAD_CHARS].splitlines()[:_HEADER_LINES]:
        for delimiter in (",", ";", "\t"):
            try:
                cells = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error:
                continue
            names = {c.strip().lstrip("\ufeff").lower() for c in cells if c.strip()}
            if len(cells) == 1 and names and next(iter(names)) in SINGLE_COLUMN:
                return SINGLE_COLUMN[next(iter(names))]
            for filename, wanted in SIGNATURES:
                if wanted <= names:
                    return filename
    return None
