"""Reading LinkedIn's ``messages.csv`` of every era, keeping who wrote to whom and when — never
what they wrote.

Eras (see the project's format notes):

- 2018 ``Messages.csv``: ``From,To,Date,Subject,Content,Direction,Folder``, dates like
  ``"10/16/18, 8:36 AM"``; names only, no profile URLs; ``Direction`` tells who wrote.
- 2021–22: ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,
  FOLDER``; dates like ``2023-07-10 15:47:10 UTC``.
- 2023–25: adds ``RECIPIENT PROFILE URLS`` after ``TO`` (several URLs comma-joined).
- Dec 2024: adds ``IS MESSAGE DRAFT,IS CONVERSATION DRAFT`` (``Yes``/``No``): drafts were never
  sent, so they are skipped.
- Mar 2026: adds ``ATTACHMENTS``; every field and the header are quoted and ``CONTENT`` spans
  several lines — the CSV reader handles both, since only the columns' names matter here.

The ``CONTENT`` and ``SUBJECT`` cells are read past (the CSV format leaves no other way) and
dropped on the spot: no :class:`Message` holds text anyone wrote.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from ..core.dates import read_dates
from ..core.text import clean
from ..errors import InputError
from .checked import needs_no_cleaning
from .tables import find_header

FILENAME = "messages.csv"
REQUIRED = ("FROM", "TO", "DATE")
EXPECTED = "LinkedIn's messages.csv"
FIELD = "messages_csv"
DIRECTIONS = {
    "outgoing": "outgoing",
    "sent": "outgoing",
    "incoming": "incoming",
    "received": "incoming",
}


class Message(NamedTuple):
    """One message, without its text. ``direction``: ``outgoing``/``incoming`` where the file
    says (2018), else ``""``; ``recipient_urls`` may be empty (before 2023)."""

    conversation: str
    sender: str
    sender_url: str
    recipients: tuple[str, ...]
    recipient_urls: tuple[str, ...]
    sent: object  # datetime.date | None (kept loose: NamedTuple and the date type)
    direction: str
    folder: str


def _column(names: tuple[str, ...], *wanted: str) -> int:
    lowered = [n.strip().lower() for n in names]
    for name in wanted:
        if name in lowered:
            return lowered.index(name)
    return -1


def _split(cell: str) -> tuple[str, ...]:
    """Several recipients' names or URLs, comma-joined in one cell (most cells hold one)."""
    if "," not in cell:
        only = cell.strip()
        return (only,) if only else ()
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def check_header(text: str, filename: str = FILENAME, field: str = FIELD) -> None:
    """InputError naming ``filename`` and the first line it has, unless it is messages.csv."""
    find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)


def read_messages(text: str, filename: str = FILENAME, field: str = FIELD) -> list[Message]:
    """Every sent message of ``text`` (drafts left out), or InputError for another file.

    Only the cells kept are cleaned (NFC, no control characters), so the file's text need
    not be: normalising 20 MB of messages nobody reads would be most of the work."""
    found = find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)
    names = found.names
    col = {
        "conversation": _column(names, "conversation id"),
        "from": _column(names, "from"),
        "sender_url": _column(names, "sender profile url"),
        "to": _column(names, "to"),
        "recipient_urls": _column(names, "recipient profile urls"),
        "date": _column(names, "date"),
        "direction": _column(names, "direction"),
        "folder": _column(names, "folder"),
        "draft": _column(names, "is message draft"),
    }
    width = len(names)
    try:
        kept, extras = _rows(text[found.offset :], found.delimiter, list(col.values()), width)
    except csv.Error as exc:
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc
    conversation, sender, sender_url, to, urls, when, direction, folder, draft = range(9)
    present = [i for i, c in enumerate(col.values()) if c >= 0]
    columns: list = [("",) * len(kept)] * 9  # a column the file lacks: always empty
    for i, column in zip(present, zip(*kept, strict=True) if kept else [()] * 9, strict=False):
        columns[i] = column
    for row, full in extras.items():  # a row longer than the header: see _rows
        for i, cell in enumerate(full):
            if i not in present and cell:
                columns[i] = list(columns[i])
                columns[i][row] = cell
    days = _days(columns[when])
    dates = read_dates(set(days))
    fields = zip(
        _cleaned(columns[conversation]),
        _cleaned(columns[sender]),
        _cleaned(columns[sender_url]),
        _each(columns[to], _cleaned_split),
        _each(columns[urls], _cleaned_split),
        map(dates.__getitem__, days),
        _each(columns[direction], lambda cell: DIRECTIONS.get(cell.strip().lower(), "")),
        _each(columns[folder], lambda cell: cell.strip().upper()),
        strict=True,
    )
    messages = list(map(_new_message, fields))
    drafts = {cell for cell in set(columns[draft]) if cell.strip().lower() == "yes"}
    if drafts:
        cells = columns[draft]
        messages = [m for m, cell in zip(messages, cells, strict=True) if cell not in drafts]
    return messages


def _rows(body: str, delimiter: str, wanted: list[int], width: int):
    """``(kept, extras)``: the cells of ``wanted`` (the columns the file has) of each row that
    is not blank, and for the few rows longer than the header, the row number and the cells of
    all ``wanted`` with a missing column read from the first cell past the header's (a row at
    most the header's width reads it as empty).

    A row as wide as the header with a date is taken as it is: the one test per row that a
    file of 100,000 messages needs."""
    date = wanted[5]
    pick = itemgetter(*[i for i in wanted if i >= 0])
    pick_all = itemgetter(*[i if i >= 0 else width for i in wanted])
    blank = [""] * (width + 1)
    kept: list[tuple[str, ...]] = []
    extras: dict[int, tuple[str, ...]] = {}
    for cells in csv.reader(io.StringIO(body, newline=""), delimiter=delimiter):
        if len(cells) == width and cells[date].strip():
            kept.append(pick(cells))  # the message text goes no further
            continue
        if len(cells) <= width:
            if not "".join(cells).strip():
                continue
            cells = cells + blank[len(cells) :]
        else:
            extras[len(kept)] = pick_all(cells)
        kept.append(pick(cells))
    return kept, extras


def _each(column: tuple[str, ...], read) -> list:
    """``read`` of each cell, called once per distinct cell: names, URLs and dates recur
    thousands of times in a big file, and a column at a time is much faster than a row."""
    distinct = set(column)
    if len(distinct) == 1:  # a column the file lacks, or a file in one folder
        return [read(next(iter(distinct)))] * len(column)
    table = {cell: read(cell) for cell in distinct}
    return list(map(table.__getitem__, column))


def _cleaned(column: Sequence[str]) -> list[str]:
    """``clean`` of each cell. A column of printable ASCII alone (ids and URLs, often names)
    has nothing to normalise or drop, so its cells are only trimmed, in C."""
    joined = "".join(column)
    if joined.isascii() and joined.isprintable():
        return list(map(str.strip, column))
    return _each(column, _clean)


def _clean(cell: str) -> str:
    """``clean``, when the cell needs it: telling so is a few calls in C, cleaning a search."""
    return cell.strip() if needs_no_cleaning(cell) else clean(cell)


def _cleaned_split(cell: str) -> tuple[str, ...]:
    return _split(_clean(cell))


# ``Message(*fields)`` without the Python-level ``__new__`` a NamedTuple adds: one call per
# message saved, in C, with the same fields in the same order (the tests compare the two).
_new_message = functools.partial(tuple.__new__, Message)
_FIRST_TEN = itemgetter(slice(0, 10))


def _days(column: Sequence[str]) -> list[str]:
    """Each date cell's day, without its time (see :func:`_day_part`). Since 2021 every cell
    starts with the day (``2023-07-10 15:47:10 UTC``): its first ten characters, cut in C,
    are the day when each distinct cut has its dash; any other file reads cell by cell."""
    days = list(map(_FIRST_TEN, column))
    if all(day[4:5] == "-" for day in set(days)):
        return days
    return _days_by_cell(column)


def _days_by_cell(column: Sequence[str]) -> list[str]:
    """:func:`_days` of any file: each distinct cell's day part, read once."""
    table = {cell: cell[:10] if cell[4:5] == "-" else _day_part(cell) for cell in set(column)}
    return list(map(table.__getitem__, column))


def _day_part(cell: str) -> str:
    """The date without its time: ``2023-07-10`` of ``2023-07-10 15:47:10 UTC``, ``10/16/18``
    of ``10/16/18, 8:36 AM`` — so dates are parsed once per day, not once per message."""
    return cell.strip().split(",", 1)[0].split(" ", 1)[0]


__all__ = ["EXPECTED", "FILENAME", "REQUIRED", "Message", "check_header", "read_messages"]
