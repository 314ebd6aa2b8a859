"""Dates as LinkedIn's data export writes them, in every era, and the ``today`` the tools take.

Seen in real exports: ``18 Nov 2025`` (Connections, 2020 on), ``"1/8/18, 6:14 PM"`` (Connections
2018, Invitations always: month first), ``18-Jun-24`` (a file re-saved by a spreadsheet),
``2025-07-01 14:33:22`` (activity files). A spreadsheet in another locale may also write
``18/06/2024`` or ``18.06.2024``; whether a slashed date is month- or day-first is decided once
for a whole file (a first number above 12 anywhere means day-first), never row by row.

Parsing is done once per distinct string, so a 30,000-row file with a few thousand distinct
dates costs a few thousand small parses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from ..errors import InputError

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def month_number(word: str) -> int | None:
    """1–12 for an English month name or its abbreviation ("Mar", "march", "Sept."); else None."""
    return MONTHS.get(word.strip().rstrip(".").lower()) or MONTHS.get(word.strip()[:3].lower())


# Month names as LinkedIn shows them in the six languages the checker reads (en, es, pt, de, fr,
# it), accents off and lowercase: "Mar 2022", "marzo de 2022", "März 2022", "févr. 2022".
_MONTH_WORDS = (
    "jan january ene enero janeiro januar jän jänner janv janvier gen gennaio",  # codespell:ignore
    "feb february febrero fev fevereiro februar fevr fevrier febbraio",  # codespell:ignore
    "mar march marzo marco março mär märz maerz mars",
    "apr april abr abril avr avril aprile",
    "may mayo mai maio mag maggio",
    "jun june junio junho juni juin giu giugno",  # codespell:ignore
    "jul july julio julho juli juil juillet lug luglio",  # codespell:ignore
    "aug august ago agosto août aout",
    "sep sept september septiembre setiembre set setembro septembre settembre",
    "oct october octubre out outubro okt oktober octobre ott ottobre",  # codespell:ignore
    "nov november noviembre novembro novembre",
    "dec december dic diciembre dez dezembro dezember déc decembre décembre dicembre",  # codespell:ignore
)


def _plain(word: str) -> str:
    """Lowercase, accents off, a trailing dot gone: "Févr." → "fevr"."""
    decomposed = unicodedata.normalize("NFKD", word.strip().rstrip(".").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


MONTH_WORDS = {
    _plain(word): number
    for number, words in enumerate(_MONTH_WORDS, start=1)
    for word in words.split()
}
_MONTH_FORMS = (  # (pattern, which group is the year, which the month)
    (re.compile(r"(\d{4})-(\d{1,2})"), 1, 2),  # 2022-03, 2022-3
    (re.compile(r"(\d{1,2})[-/.](\d{4})"), 2, 1),  # 03/2022, 3-2022, 03.2022
    (re.compile(r"(\d{4})"), 1, 0),  # 2022: January (December for an end)
    (re.compile(r"([^\W\d_]+)\.?(?:\s+de)?[\s,-]*(\d{4})"), 2, 1),  # Mar 2022, marzo de 2022
)
# The same forms for the browser's ``pattern`` attribute (a whole-value match; Python then
# checks the month word itself). No character class holds punctuation, so it also compiles
# with the ``v`` flag browsers use for ``pattern``.
MONTH_PATTERN = (
    r"\s*(?:[12][0-9]{3}-(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])(?:-|/|\.)[12][0-9]{3}"
    r"|[12][0-9]{3}|\p{L}{3,10}\.?(?: de)?(?: |-|, )*[12][0-9]{3})\s*"
)


def read_month(text: str, *, end: bool = False) -> str | None:
    """``YYYY-MM`` from a month as people and LinkedIn write it ("Mar 2022", "March 2022",
    "03/2022", "2022-03", "2022", month names in en, es, pt, de, fr and it); None if it is not
    one. A year alone is January, or December when ``end`` (the last month of a past job)."""
    value = text.strip()
    for pattern, year_group, month_group in _MONTH_FORMS:
        m = pattern.fullmatch(value)
        if not m:
            continue
        year = int(m.group(year_group))
        if month_group == 0:
            month = 12 if end else 1
        elif m.group(month_group).isdigit():
            month = int(m.group(month_group))
        else:
            month = MONTH_WORDS.get(_plain(m.group(month_group)), 0)
        if 1 <= month <= 12 and 1900 <= year <= 2200:
            return f"{year:04d}-{month:02d}"
        return None
    return None


_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIRST, _SECOND = "first", "second"


def full_year(digits: str) -> int | None:
    """A year from four digits, or two as a spreadsheet re-save writes them; else None."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:  # a spreadsheet's "18-Jun-24"; the POSIX pivot, as strptime uses
        value = int(digits)
        return 2000 + value if value < 69 else 1900 + value
    return None


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tokens(text: str) -> list[str]:
    """The words and numbers of a date. Most export dates ("18 Nov 2025") are three plain
    words between single spaces: those split as the pattern would, without it."""
    if len(text) <= 40 and text.isascii():
        parts = text.split(" ")
        if len(parts) == 3 and all(part.isalpha() or part.isdigit() for part in parts):
            return parts
    return _TOKENS.findall(text[:40])


def _parse(text: str) -> date | tuple[int, int, int, str] | None:
    """A date, or for an all-numeric ``a/b/y`` date the numbers and separator to settle later."""
    tokens = _tokens(text)
    if len(tokens) < 3:
        return None
    a, b, c = tokens[:3]
    if a.isalpha() or b.isalpha():
        if a.isalpha() and b.isdigit() and c.isdigit():  # "Jun 18, 2024"
            month, day, year = MONTHS.get(a.lower()), b, c
        elif a.isdigit() and b.isalpha() and c.isdigit():  # "18 Jun 2024", "18-Jun-24"
            month, day, year = MONTHS.get(b.lower()), a, c
        else:
            return None
        if month is None or len(day) > 2:
            return None
        return _make(full_year(year), month, int(day))
    if not (a.isdigit() and b.isdigit() and c.isdigit()):
        return None
    if len(a) == 4:  # "2025-07-01 14:33:22", "2024/06/18"
        return _make(int(a), int(b), int(c)) if len(b) <= 2 and len(c) <= 2 else None
    if len(a) > 2 or len(b) > 2:
        return None
    year = full_year(c)
    if year is None:
        return None
    separator = text.strip()[len(a) : len(a) + 1]
    return (int(a), int(b), year, separator)


def read_dates(texts: Iterable[str]) -> dict[str, date | None]:
    """Each distinct string of one file's date column mapped to its date (None: unreadable).

    Numeric dates such as ``1/8/18`` are month-first, as LinkedIn writes them, unless the file
    shows otherwise (a first number above 12, or dots as in ``18.06.2024``).
    """
    parsed = {text: _parse(text) for text in set(texts)}
    numeric = [p for p in parsed.values() if isinstance(p, tuple)]
    day_first = any(p[0] > 12 or p[3] == "." for p in numeric) and not any(
        p[1] > 12 for p in numeric
    )
    out: dict[str, date | None] = {}
    for text, value in parsed.items():
        if isinstance(value, tuple):
            first, second, year, _ = value
            month, day = (second, first) if day_first else (first, second)
            value = _make(year, month, day) if 1 <= month <= 12 else None
        out[text] = value
    return out


def parse_date(text: str) -> date | None:
    """One export date on its own (numeric dates read month-first, as LinkedIn writes them)."""
    return read_dates([text])[text]


def parse_today(today: object, field: str = "today") -> date:
    """The ``today`` argument every tool takes: ``"YYYY-MM-DD"``, or None for the real date."""
    if today is None:
        return date.today()
    if isinstance(today, str) and _ISO_DAY.match(today.strip()):
        try:
            return date.fromisoformat(today.strip())
        except ValueError:
            pass
    raise InputError("Today's date must be written YYYY-MM-DD, like 2026-11-25.", field)


def month_name(month: str) -> str:
    """``"2024-06"`` as ``"Jun 2024"``."""
    year, number = month.split("-")
    return f"{MONTH_ABBREVIATIONS[int(number) - 1]} {year}"


__all__ = [
    "MONTHS",
    "MONTH_PATTERN",
    "month_name",
    "parse_date",
    "parse_today",
    "read_dates",
    "read_month",
]
