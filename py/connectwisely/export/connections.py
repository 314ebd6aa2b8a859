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
import functools
import io
from dataclasses import dataclass
from datetime import date
from itertools import compress
from operator import not_
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
    try:
        raw = list(
            csv.reader(io.StringIO(text[found.offset :], newline=""), delimiter=found.delimiter)
        )
    except csv.Error as exc:
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc
    cells = _columns(raw, len(found.names))

    def stripped(i: int) -> list[str]:
        return list(map(str.strip, cells[i])) if i >= 0 else [""] * len(cells[when])

    first_names, last_names, urls = stripped(first), stripped(last), stripped(url)
    companies, positions, days = stripped(company), stripped(position), stripped(when)
    dates = read_dates(days)
    people = zip(first_names, last_names, urls, companies, positions, strict=True)
    rows = list(
        map(
            _new_connection,
            zip(
                first_names,
                last_names,
                urls,
                companies,
                positions,
                map(dates.__getitem__, days),
                map(not_, map(any, people)),  # hidden: nothing but a date
                strict=True,
            ),
        )
    )
    return Connections(filename, found.names, rows)


# ``Connection(*fields)`` without the Python-level ``__new__`` a NamedTuple adds (see messages.py)
_new_connection = functools.partial(tuple.__new__, Connection)


def _columns(raw: list[list[str]], width: int) -> list[tuple[str, ...]]:
    """The cells of the rows that are not blank (a blank line, or a spreadsheet's empty row of
    commas), a column at a time: ``width`` columns at least, a short row read with empty
    cells. A column at a time, in C: a big file has 30,000 rows."""
    rows = list(compress(raw, map(str.strip, map("".join, raw))))
    if not rows:
        return [()] * width
    if min(map(len, rows)) < width:  # short rows: rare, and read as before
        rows = [r if len(r) >= width else r + [""] * (width - len(r)) for r in rows]
    return list(zip(*rows, strict=False))  # a longer row's extra cells are no column


__all__ = ["EXPECTED", "REQUIRED", "Connection", "Connections", "check_header", "read_connections"]
