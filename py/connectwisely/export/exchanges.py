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
from itertools import accumulate, chain
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
    # each group's dates, parsed once per distinct day, then cut back into groups
    cells_by_group = list(map(sent_on.__getitem__, raw_groups))
    days = days_of(list(chain.from_iterable(cells_by_group)))
    dates = read_dates(set(days))
    sent = list(map(dates.__getitem__, days))
    ends = accumulate(map(len, cells_by_group))
    # groups whose cells differ only in what cleaning removes are one
    days_of_key: dict[tuple, list] = {}
    start = 0
    for cleaned_group, end in zip(zip(*read, strict=True), ends, strict=True):
        key_days = days_of_key.setdefault(cleaned_group[:-1], [])
        if cleaned_group[-1] not in uncounted_folders:
            key_days += sent[start:end]
        start = end
    groups = {key: _figures(key_days) for key, key_days in days_of_key.items()}

    def conversations() -> Iterable[tuple[str, tuple]]:
        return exchanges_of(read_messages(text, filename, field)).conversations()

    return Exchanges(groups, len(sent), max(filter(None, sent), default=None), conversations)


def _figures(days: list) -> Figures:
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
