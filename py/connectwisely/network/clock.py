"""Which day the review counts from: the export's, not the browser's.

An export from November reviewed in March must still say "the last 12 weeks" of November and
count a pending invitation's days up to November. So, in order: the date the reader gives; the
date in the ZIP's name (``Basic_LinkedInDataExport_11-25-2026.zip``, month first); the newest
date in the files themselves; and only when none exists, the device's clock. The review says
which one it used, and the page lets the reader change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..core.dates import parse_today

SOURCES = {
    "given": "the date you gave",
    "export-name": "the date in the export's file name",
    "newest-date": "the newest date in the files",
    "clock": "this device's date",
}
_NAME_DATE = re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)")


def date_in_name(name: str | None) -> date | None:
    """The ``MM-DD-YYYY`` date LinkedIn writes in the export's name, if there is one."""
    if not name:
        return None
    found = _NAME_DATE.search(name)
    if not found:
        return None
    month, day, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def as_of(
    today: str | None, export_name: str | None, dates: Iterable[date | None]
) -> tuple[date, str]:
    """``(day, source)``: the day to count from and which of :data:`SOURCES` gave it."""
    if today is not None:
        return parse_today(today), "given"
    named = date_in_name(export_name)
    if named is not None:
        return named, "export-name"
    newest = max((d for d in dates if d is not None), default=None)
    if newest is not None:
        return newest, "newest-date"
    return parse_today(None), "clock"


__all__ = ["SOURCES", "as_of", "date_in_name"]
