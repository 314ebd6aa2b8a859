"""Naming people: whom to reconnect with, and "who do I know at …".

Reconnecting is for people the reader has known a while, so the list leaves out anyone
connected less than ``min_years`` ago (one year unless the reader asks otherwise). The reader
narrows it with words they care about — a company, a role, a field — matched against each
person's normalised company, title and role function; without words it lists everyone old
enough, those whose connection anniversary falls this month first, then the longest-known.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..core.text import contains_phrase, fold, squash
from ..export.connections import Connection
from .companies import company_key
from .roles import FUNCTIONS, classify

MAX_LISTED = 200  # the page shows a page of them; the CSV holds them all
MAX_TERMS = 20
_FUNCTION_LABELS = {ident: fold(label) for ident, label, _ in FUNCTIONS}


def years_between(start: date, end: date) -> int:
    """Whole years from ``start`` to ``end`` (a 29 February start counts on 28 February)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return max(years, 0)


def terms(text: object) -> list[str]:
    """The reader's words: a list, or one string split on commas and semicolons."""
    if text is None:
        return []
    parts = text if isinstance(text, list) else str(text).replace(";", ",").split(",")
    seen: list[str] = []
    for part in parts:
        term = squash(str(part))
        if term and term.casefold() not in (t.casefold() for t in seen):
            seen.append(term)
    return seen[:MAX_TERMS]


def full_name(row: Connection) -> str:
    """The name a list shows for ``row`` (and sorts it by)."""
    return squash(f"{row.first_name} {row.last_name}")


def person(row: Connection, as_of: date) -> dict:
    """One connection as the lists show it (JSON-able)."""
    connected = row.connected
    years = years_between(connected, as_of) if connected else None
    return {
        "name": full_name(row),
        "profile": row.url,
        "company": row.company,
        "position": row.position,
        "connected": connected.isoformat() if connected else None,
        "years": years,
        "anniversary": bool(
            connected and years and connected.month == as_of.month and connected <= as_of
        ),
    }


def _matches(row: Connection, wanted: list[tuple[str, str, str]]) -> list[str]:
    """The reader's terms that ``row`` matches: same company, or a word of the title or of
    the title's function."""
    if not wanted:
        return []
    key = company_key(row.company)
    title = fold(row.position)
    company = fold(row.company)
    function = _FUNCTION_LABELS.get(classify(row.position)[0], "") if row.position else ""
    found = []
    for term, term_key, folded in wanted:
        if (
            (term_key and term_key == key)
            or contains_phrase(title, folded)
            or contains_phrase(company, folded)
            or contains_phrase(function, folded)
        ):
            found.append(term)
    return found


def reconnect(
    rows: Iterable[Connection], as_of: date, words: list[str], *, min_years: int = 1
) -> dict:
    """People to reconnect with: matching ``words`` (all if none), known ``min_years`` or more."""
    wanted = [(t, company_key(t), fold(t)) for t in words]
    seen: dict[tuple[str, str], list[str]] = {}  # the same company and title recur
    found: list[tuple[tuple, Connection, list[str]]] = []
    anniversaries = 0
    rows = list(rows)
    # the days known long enough, each distinct day once
    days = {row.connected for row in rows} - {None}
    long_enough = {d for d in days if d <= as_of and years_between(d, as_of) >= min_years}
    for row in rows:
        connected = row.connected
        if row.hidden or connected not in long_enough:
            continue
        matched = seen.get((row.company, row.position))
        if matched is None:
            matched = seen[row.company, row.position] = _matches(row, wanted)
        if wanted and not matched:
            continue
        anniversary = connected.month == as_of.month and connected.year < as_of.year
        anniversaries += anniversary
        name = f"{row.first_name} {row.last_name}"
        found.append(((not anniversary, connected, name, row.url), row, matched))
    found.sort(key=lambda item: item[0])  # people are built for the listed ones only
    listed = []
    for _, row, matched in found[:MAX_LISTED]:
        entry = person(row, as_of)
        entry["matched"] = list(matched)
        listed.append(entry)
    return {
        "terms": words,
        "min_years": min_years,
        "count": len(found),
        "anniversaries": anniversaries,
        "people": listed,
    }


def lookup(rows: Iterable[Connection], as_of: date, company: str) -> dict:
    """Who the reader knows at ``company`` (normalised: "Google LLC" finds "Google")."""
    key = company_key(company)
    found = []
    if key:
        for row in rows:
            if not row.hidden and row.company and company_key(row.company) == key:
                found.append(person(row, as_of))
    found.sort(key=lambda p: (p["name"].casefold(), p["profile"]))
    return {"query": company, "key": key, "count": len(found), "people": found[:MAX_LISTED]}


__all__ = ["MAX_LISTED", "full_name", "lookup", "person", "reconnect", "terms", "years_between"]
