"""Reading LinkedIn's ``Connections.csv`` of every era into plain rows.

Eras (see the project's format notes): since 2022 a notes preamble sits above the header; since
mid-2023 a ``URL`` column follows the names; 2020–21 files have neither; 2018 files write
``Connected On`` as ``"1/8/18, 6:14 PM"``; a file re-saved by a spreadsheet has CRLF line ends,
``18-Jun-24`` dates and maybe ``;`` between cells. Members who hid or closed their profile appear
as date-only rows (``,,,,,,12 Dec 2022``): they count, but have no name or company.

Columns are found by name, never by position, so every era reads the same way.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..core.dates import read_dates
from ..errors import InputError
from .tables import find_header

FILENAME = "Connections.csv"
REQUIRED = ("First Name", "Last Name", "Connected On")
EXPECTED = "LinkedIn's Connections.csv"


class Connection(NamedTuple):
    """One row. ``hidden``: a date-only row; ``connected``: None when the date is unreadable."""

    first_name: str
    last_name: str
    url: str
    company: str
    position: str
    connected: date | None
    hidden: bool


@dataclass(frozen=True)
class Connections:
    filename: str
    header: tuple[str, ...]
    rows: list[Connection]


def check_header(text: str, filename: str = FILENAME, field: str = "connections_csv") -> None:
    """InputError naming ``filename`` and the first line it has, unless it is Connections.csv."""
    find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)


def read_connections(
    text: str, filename: str = FILENAME, field: str = "connections_csv"
) -> Connections:
    """Every row of ``text`` (hidden members included), or InputError for another file."""
    found = find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)
    columns = {name: i for i, name in reversed(list(enumerate(found.names)))}

    def column(name: str) -> int:
        return columns.get(name, -1)

    first, last, url = column("First Name"), column("Last Name"), column("URL")
    company, position, when = column("Company"), column("Position"), column("Connected On")
    width = len(found.names)
    raw = []
    try:
        body = io.StringIO(text[found.offset :], newline="")
        for cells in csv.reader(body, delimiter=found.delimiter):
            if not "".join(cells).strip():
                continue  # a blank line, or a spreadsheet's empty row of commas
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            raw.append(cells)
    except csv.Error as exc:
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc
    dates = read_dates(cells[when].strip() for cells in raw)
    rows = []
    for cells in raw:
        first_name = cells[first].strip()
        last_name = cells[last].strip()
        link = cells[url].strip() if url >= 0 else ""
        employer = cells[company].strip() if company >= 0 else ""
        title = cells[position].strip() if position >= 0 else ""
        hidden = not (first_name or last_name or link or employer or title)
        rows.append(
            Connection(
                first_name, last_name, link, employer, title, dates[cells[when].strip()], hidden
            )
        )
    return Connections(filename, found.names, rows)


__all__ = ["EXPECTED", "REQUIRED", "Connection", "Connections", "check_header", "read_connections"]
