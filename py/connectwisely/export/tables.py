"""The export's CSV files by their headers: which file a CSV is (:func:`identify`), where its
header sits below any notes preamble (:func:`find_header`), and its rows (:func:`read_table`).

One sniffer reads the first lines for both questions, so a file picked for the wrong slot
(``Connections.csv`` given as ``Positions.csv``) gets a message that names both. Signatures are
sets of header columns (lower case), checked most specific first; the eras in the formats note
all match (the 2018 and 2022+ ``Profile.csv``, with or without the Connections preamble or URL
column, ``messages.csv`` in every era).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import InputError

_HEADER_LINES = 20  # a header sits within the first lines, after any notes preamble
_HEAD_CHARS = 64 * 1024  # ... and within this many characters
_DELIMITERS = (",", ";", "\t")  # a spreadsheet re-save may use ";" or tabs

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
_SCORER = "the profile scorer (its box for that file, or the whole export ZIP)"
# Where each export file goes, for a reader who put it in another tool's box.
WHERE_IT_GOES = {
    "Connections.csv": "the network review (the export ZIP box, or its Connections.csv box)",
    "Invitations.csv": "the network review's Invitations.csv box",
    "messages.csv": "the network review's messages.csv box",
    **{
        name: _SCORER
        for name in (
            "Profile.csv",
            "Positions.csv",
            "Education.csv",
            "Skills.csv",
            "Recommendations_Received.csv",
            "Certifications.csv",
        )
    },
}


@dataclass(frozen=True)
class ExportFile:
    """One file of the export a tool reads: its name, the form field, the columns it needs."""

    name: str
    field: str
    required: tuple[str, ...]

    @property
    def expected(self) -> str:
        return f"LinkedIn's {self.name} (with the columns {', '.join(self.required)})"


def header_cells(line: str) -> Iterator[tuple[list[str], str]]:
    """The cells ``line`` splits into with each delimiter a header may use, BOM and spaces off."""
    for delimiter in _DELIMITERS:
        try:
            cells = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        yield [c.strip().lstrip("\ufeff") for c in cells], delimiter


def identify(text: str) -> str | None:
    """The export file whose header ``text`` carries, or None when it is none of them."""
    for line in text[:_HEAD_CHARS].splitlines()[:_HEADER_LINES]:
        for cells, _ in header_cells(line):
            names = {c.lower() for c in cells if c}
            if len(cells) == 1 and names and next(iter(names)) in SINGLE_COLUMN:
                return SINGLE_COLUMN[next(iter(names))]
            for filename, wanted in SIGNATURES:
                if wanted <= names:
                    return filename
    return None


@dataclass(frozen=True)
class Table:
    """A CSV file's rows as dicts keyed by the header's column names."""

    filename: str
    header: tuple[str, ...]
    rows: list[dict[str, str]]


def read_table(
    text: str,
    filename: str,
    required: tuple[str, ...],
    *,
    field: str | None = None,
    expected: str = "",
) -> Table:
    """Rows of a CSV whose header holds all ``required`` columns, after any notes preamble.

    The header is matched case-insensitively and may sit below a few lines of notes, as in
    ``Connections.csv``. A file without such a header gets a message naming the file, the
    header it has, and what was expected.
    """
    found = find_header(text, filename, required, field=field, expected=expected)
    header = found.names
    rows = []
    try:
        for cells in csv.reader(
            io.StringIO(text[found.offset :], newline=""), delimiter=found.delimiter
        ):
            if not cells or all(not c.strip() for c in cells):
                continue
            rows.append(
                {header[i]: cells[i].strip() if i < len(cells) else "" for i in range(len(header))}
            )
    except csv.Error as exc:
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc
    return Table(filename, header, rows)


@dataclass(frozen=True)
class Header:
    """Where a CSV's header is: its column names (``required`` ones spelt as asked), the
    character offset where the rows start, and the delimiter (a spreadsheet may use ``;``)."""

    names: tuple[str, ...]
    offset: int
    delimiter: str


def find_header(
    text: str,
    filename: str,
    required: tuple[str, ...],
    *,
    field: str | None = None,
    expected: str = "",
) -> Header:
    """The header holding all ``required`` columns within the first lines, or InputError
    naming the file, the header it has (its first line, or the first line that looks like a
    header below a notes preamble), and what was expected. Reads only the start."""
    wanted = {c.lower() for c in required}
    head = text[:_HEAD_CHARS]
    offset = 0
    first = header_like = ""
    for line in head.splitlines(keepends=True)[:_HEADER_LINES]:
        end = offset + len(line)
        if end == len(head) and len(head) < len(text) and not line.endswith(("\n", "\r")):
            break  # a line cut by the head's limit
        first = first or line.strip()
        if not header_like and "," in line and not line.lstrip().startswith('"'):
            header_like = line.strip()  # below notes, the line that looks like a header
        found = _header_cells(line, wanted)
        if found is not None:
            canonical = {c.lower(): c for c in required}
            names = tuple(canonical.get(n.lower(), n) for n in found[0])
            return Header(names, end, found[1])
        offset = end
    below_notes = bool(header_like) and header_like != first
    shown = header_like if below_notes else first
    shown = (shown[:120] + "…") if len(shown) > 120 else shown
    what = expected or "a file with the columns " + ", ".join(required)
    kind = identify(text)
    if kind is not None and kind.lower() not in what.lower():  # another file of the export
        home = WHERE_IT_GOES.get(kind)
        goes = f"it goes in {home}" if home else "none of these tools reads it"
        raise InputError(f"{filename} looks like LinkedIn's {kind}, not {what}: {goes}.", field)
    label = "its header is" if below_notes else "its first line is"
    got = f"{label} “{shown}”" if shown else "it is empty"
    raise InputError(f"{filename} is not {what}: {got}.", field)


def _header_cells(line: str, wanted: set[str]) -> tuple[list[str], str] | None:
    for names, delimiter in header_cells(line):
        if wanted <= {n.lower() for n in names}:
            return names, delimiter
    return None
