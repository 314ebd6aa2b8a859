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
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple

from ..core.dates import read_dates
from ..core.text import clean
from ..errors import InputError
from .checked import needs_no_cleaning, none_need_cleaning
from .tables import find_header

FILENAME = "messages.csv"
REQUIRED = ("FROM", "TO", "DATE")
EXPECTED = "LinkedIn's messages.csv"
FIELD = "messages_csv"
# The columns :func:`read_rows` finds, in order, each with the header names it goes by.
COLUMNS = {
    "conversation": ("conversation id",),
    "from": ("from",),
    "sender_url": ("sender profile url",),
    "to": ("to",),
    "recipient_urls": ("recipient profile urls",),
    "date": ("date",),
    "direction": ("direction",),
    "folder": ("folder",),
    "draft": ("is message draft",),
}
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
    rows = read_rows(text, filename, field)
    kept = list(map(itemgetter(*rows.at.values()), rows.cells))  # the text goes no further
    columns = list(zip(*kept, strict=True)) if kept else [()] * len(COLUMNS)
    drafts = {cell for cell in set(columns[-1]) if is_draft(cell)}
    if drafts:
        sent = list(map(not_, map(drafts.__contains__, columns[-1])))
        columns = [list(compress(column, sent)) for column in columns]
    conversation, sender, sender_url, to, urls, when, direction, folder, _ = columns
    days = days_of(when)
    dates = read_dates(set(days))
    fields = zip(
        cleaned(conversation),
        cleaned(sender),
        cleaned(sender_url),
        recipients(to),
        recipients(urls),
        map(dates.__getitem__, days),
        directions(direction),
        folders(folder),
        strict=True,
    )
    return list(map(_new_message, fields))


class Rows(NamedTuple):
    """``cells``: each row that is not blank, as the CSV reader gives it and one cell longer;
    ``at``: where each of :data:`COLUMNS` is in it. A column the file lacks is at the cell
    past the header's: empty, except in a row longer than the header, which has always been
    read that way."""

    cells: Iterator[list[str]]
    at: dict[str, int]


def read_rows(text: str, filename: str = FILENAME, field: str = FIELD) -> Rows:
    """The :class:`Rows` of ``text``, or InputError for another file (checked at once) or for
    a line that cannot be read as CSV (when the reading gets there)."""
    found = find_header(text, filename, REQUIRED, field=field, expected=EXPECTED)
    width = len(found.names)
    at = {key: _column(found.names, *names) for key, names in COLUMNS.items()}
    at = {key: i if i >= 0 else width for key, i in at.items()}
    cells = _cells(text[found.offset :], found.delimiter, width, at["date"], (filename, field))
    return Rows(cells, at)


def _cells(body: str, delimiter: str, width: int, date: int, where: tuple[str, str]):
    """A row as wide as the header with a date is taken as it is: the one test per row that
    a file of 100,000 messages needs."""
    blank = [""] * (width + 1)
    try:
        for cells in csv.reader(io.StringIO(body, newline=""), delimiter=delimiter):
            if len(cells) == width and cells[date].strip():
                cells.append("")
            elif len(cells) <= width:
                if not "".join(cells).strip():
                    continue
                cells += blank[len(cells) :]
            yield cells
    except csv.Error as exc:
        filename, field = where
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc


def is_draft(cell: str) -> bool:
    """Whether an ``IS MESSAGE DRAFT`` cell says the message was never sent."""
    return cell.strip().lower() == "yes"


def read_each(column: tuple[str, ...], read) -> list:
    """``read`` of each cell, called once per distinct cell: names, URLs and dates recur
    thousands of times in a big file, and a column at a time is much faster than a row."""
    distinct = set(column)
    if len(distinct) == 1:  # a column the file lacks, or a file in one folder
        return [read(next(iter(distinct)))] * len(column)
    table = {cell: read(cell) for cell in distinct}
    return list(map(table.__getitem__, column))


def cleaned(column: Sequence[str]) -> list[str]:
    """``clean`` of each cell. A column of printable ASCII alone (ids and URLs, often names)
    has nothing to normalise or drop, so its cells are only trimmed, in C."""
    joined = "".join(column)
    if joined.isascii() and joined.isprintable():
        return list(map(str.strip, column))
    return _cleaned_each(column)


def recipients(column: Sequence[str]) -> list[tuple[str, ...]]:
    """Each recipients' cell as names or URLs, each cleaned."""
    return _cleaned_each(column, _split)


def directions(column: Sequence[str]) -> list[str]:
    """Each ``Direction`` cell: ``outgoing`` or ``incoming`` where the file says (2018), else
    ``""``."""
    return read_each(column, _direction)


def folders(column: Sequence[str]) -> list[str]:
    return read_each(column, _folder)


def _cleaned_each(column: Sequence[str], then: Callable | None = None) -> list:
    """``clean`` of each cell, then ``then`` of it, once per distinct cell. Almost every
    file's names need no cleaning, which one test of all of them tells (in C): then each is
    only trimmed; otherwise each distinct cell is tested and cleaned on its own."""
    clean_one = str.strip if none_need_cleaning(set(column)) else _clean_cell
    return read_each(column, clean_one if then is None else lambda cell: then(clean_one(cell)))


def _clean_cell(cell: str) -> str:
    """``clean``, when the cell needs it: telling so is a few calls in C, cleaning a search."""
    return cell.strip() if needs_no_cleaning(cell) else clean(cell)


def _direction(cell: str) -> str:
    return DIRECTIONS.get(cell.strip().lower(), "")


def _folder(cell: str) -> str:
    return cell.strip().upper()


# ``Message(*fields)`` without the Python-level ``__new__`` a NamedTuple adds: one call per
# message saved, in C, with the same fields in the same order (the tests compare the two).
_new_message = functools.partial(tuple.__new__, Message)
_FIRST_TEN = itemgetter(slice(0, 10))


def days_of(column: Sequence[str]) -> list[str]:
    """Each date cell's day, without its time (see :func:`_day_part`). Since 2021 every cell
    starts with the day (``2023-07-10 15:47:10 UTC``): its first ten characters, cut in C,
    are the day when each distinct cut has its dash; any other file reads cell by cell."""
    days = list(map(_FIRST_TEN, column))
    if all(day[4:5] == "-" for day in set(days)):
        return days
    return _days_by_cell(column)


def _days_by_cell(column: Sequence[str]) -> list[str]:
    """:func:`days_of` of any file: each distinct cell's day part, read once."""
    table = {cell: cell[:10] if cell[4:5] == "-" else _day_part(cell) for cell in set(column)}
    return list(map(table.__getitem__, column))


def _day_part(cell: str) -> str:
    """The date without its time: ``2023-07-10`` of ``2023-07-10 15:47:10 UTC``, ``10/16/18``
    of ``10/16/18, 8:36 AM`` — so dates are parsed once per day, not once per message."""
    return cell.strip().split(",", 1)[0].split(" ", 1)[0]


__all__ = [
    "COLUMNS",
    "EXPECTED",
    "FILENAME",
    "REQUIRED",
    "Message",
    "Rows",
    "check_header",
    "cleaned",
    "days_of",
    "directions",
    "folders",
    "is_draft",
    "read_each",
    "read_messages",
    "read_rows",
    "recipients",
]
