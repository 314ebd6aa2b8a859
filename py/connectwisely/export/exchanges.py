"""Who wrote to whom in ``messages.csv``, how often and on which days: the messages grouped
while they are read, for a review that needs each group's figures, never each message.

A big file holds 100,000 messages between a few thousand people: the reading keeps, for each
distinct group of raw cells, the list of its date cells, and no more. Each group's cells are
then cleaned once and each distinct day parsed once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from operator import itemgetter

from ..core.dates import read_dates
from .messages import (
    FIELD,
    FILENAME,
    Message,
    cleaned,
    days_of,
    directions,
    folders,
    is_draft,
    read_messages,
    read_rows,
    recipients,
)

# A group's key: a Message's sender, sender_url, recipients, recipient_urls and direction,
# cleaned: whose side a message is on and whom it is with depend on these alone.
_KEY_FIELDS = (1, 2, 3, 4, 6)
# The raw cells a message is grouped by (its key's, then those that say whether it counts),
# and how each is read
_GROUPED = ("from", "sender_url", "to", "recipient_urls", "direction", "folder", "draft")
_READERS = (cleaned, cleaned, recipients, recipients, directions, folders)
Figures = tuple[int, "date | None", "date | None"]  # count, first day, last day
_DAY = itemgetter(slice(0, 10))  # the day a date cell starts with since 2021


@dataclass(frozen=True)
class Exchanges:
    """``groups``: each distinct key (see ``_KEY_FIELDS``) in the order it first comes, with
    the count, first day and last day of its messages that count (dated, in no folder left
    uncounted; ``(0, None, None)`` when none does); ``messages``: every sent message;
    ``newest``: the newest day of any of them.

    ``conversations()`` gives each message's conversation (``row<n>`` for a message without
    one: its own) and key, in file order; few reviews need it, so it is made only when asked."""

    groups: dict[tuple, Figures]
    messages: int
    newest: date | None
    conversations: Callable[[], Iterable[tuple[str, tuple]]] = field(compare=False, repr=False)


def read_exchanges(
    text: str,
    filename: str = FILENAME,
    field: str = FIELD,
    *,
    uncounted_folders: Collection[str] = (),
) -> Exchanges:
    """The :class:`Exchanges` of ``text`` (drafts left out), or InputError for another file;
    equal to :func:`exchanges_of` the file's :func:`~.messages.read_messages`."""
    rows = read_rows(text, filename, field)
    group = itemgetter(*(rows.at[name] for name in _GROUPED))
    when = rows.at["date"]
    sent_on: defaultdict[tuple, list[str]] = defaultdict(list)
    for cells in rows.cells:
        sent_on[group(cells)].append(cells[when])
    drafts = {cell for cell in {raw[-1] for raw in sent_on} if is_draft(cell)}
    raw_groups = [raw for raw in sent_on if raw[-1] not in drafts]
    # each group's cells, read a column at a time, once per distinct cell (no column at all
    # when no message is sent)
    columns = zip(*raw_groups, strict=True)
    read = [reader(cells) for cells, reader in zip(columns, _READERS, strict=False)]
    # groups whose cells differ only in what cleaning removes are one
    cells_of_key: dict[tuple, list[str]] = {}
    for cleaned_group, raw in zip(zip(*read, strict=True), raw_groups, strict=True):
        key_cells = cells_of_key.setdefault(cleaned_group[:-1], [])
        if cleaned_group[-1] not in uncounted_folders:
            key_cells += sent_on[raw]
    every = list(chain.from_iterable(map(sent_on.__getitem__, raw_groups)))
    groups, newest = _figures(cells_of_key, every)

    def conversations() -> Iterable[tuple[str, tuple]]:
        return exchanges_of(read_messages(text, filename, field)).conversations()

    return Exchanges(groups, len(every), newest, conversations)


def _figures(cells_of_key: dict[tuple, list[str]], every: list[str]):
    """``(figures of each key, newest day)`` from the date cells of each key and of every
    message, each distinct day parsed once. When every cell starts with its day written as
    ISO does (each file since 2021), the cells' own order is their days' order: a key's
    first and last day are those of its least and greatest cell, found in C."""
    dates = read_dates(set(map(_DAY, every)))
    if all(d is not None and d.isoformat() == day for day, d in dates.items()):
        figures = {
            key: (len(cells), dates[min(cells)[:10]], dates[max(cells)[:10]])
            if cells
            else (0, None, None)
            for key, cells in cells_of_key.items()
        }
        return figures, dates[max(every)[:10]] if every else None
    days = days_of(every)
    dates = read_dates(set(days))
    date_of = dict(zip(every, map(dates.__getitem__, days), strict=True))
    figures = {key: _dated(map(date_of.__getitem__, cells)) for key, cells in cells_of_key.items()}
    return figures, max(filter(None, date_of.values()), default=None)


def _dated(days: Iterable) -> Figures:
    dated = list(filter(None, days))
    return len(dated), min(dated, default=None), max(dated, default=None)


def _or_row(conversation: str, row: int) -> str:
    return conversation or f"row{row}"


def exchanges_of(messages: list[Message], uncounted_folders: Collection[str] = ()) -> Exchanges:
    """The :class:`Exchanges` of messages already read, message by message: what
    :func:`read_exchanges` gives, said plainly."""
    groups: dict[tuple, Figures] = {}
    for m in messages:
        key = tuple(m[i] for i in _KEY_FIELDS)
        n, first, last = groups.get(key, (0, None, None))
        if m.sent is not None and m.folder not in uncounted_folders:
            n, first, last = n + 1, min(first or m.sent, m.sent), max(last or m.sent, m.sent)
        groups[key] = (n, first, last)
    newest = max((m.sent for m in messages if m.sent is not None), default=None)

    def conversations() -> Iterator[tuple[str, tuple]]:
        for i, m in enumerate(messages):
            yield _or_row(m.conversation, i), tuple(m[j] for j in _KEY_FIELDS)

    return Exchanges(groups, len(messages), newest, conversations)


__all__ = ["Exchanges", "Figures", "exchanges_of", "read_exchanges"]
