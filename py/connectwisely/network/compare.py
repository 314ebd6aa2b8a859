"""An earlier export beside the current one: who is new, who is gone, whose company or title
changed (people to congratulate), and how much the network grew in between.

People are matched by profile URL, and by name where a file has no URL column (before
mid-2023) — a namesake pair is matched only when each side has exactly one of that name.
Hidden members have no name or URL, so they count in the totals but in no list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..export.connections import Connection
from .companies import company_key
from .identity import name_key, profile_key
from .people import MAX_LISTED, full_name, person


def _keyed(rows: Iterable[Connection], by_url: bool) -> dict[str, Connection]:
    """Visible rows by slug (``by_url``) or by name; names shared by two rows are left out."""
    visible = [row for row in rows if not row.hidden]
    if by_url:
        keys = list(map(profile_key, [row.url for row in visible]))
    else:
        keys = [name_key(f"{row.first_name} {row.last_name}") for row in visible]
    out = dict(zip(keys, visible, strict=True))
    out.pop("", None)  # a row with no URL (or no name) has no key
    if len(out) == len(keys):  # every key once: the usual file
        return out
    counts = Counter(keys)
    return {k: r for k, r in out.items() if counts[k] == 1}


def _newest(rows: Iterable[Connection]) -> date | None:
    return max((r.connected for r in rows if r.connected is not None), default=None)


def _listed_order(row: Connection) -> tuple[str, str, str]:
    """How the lists are sorted: by name (case aside), then profile, then company."""
    return full_name(row).casefold(), row.url, row.company


def compare(earlier: list[Connection], later: list[Connection], as_of: date) -> dict:
    """The comparison part of the review (JSON-able). Only the listed people are built: the
    counts need none, and a big export has thousands of rows in each group."""
    by_url = any(r.url for r in earlier) and any(r.url for r in later)
    before, after = _keyed(earlier, by_url), _keyed(later, by_url)
    new = sorted((after[k] for k in after.keys() - before.keys()), key=_listed_order)
    gone = sorted((before[k] for k in before.keys() - after.keys()), key=_listed_order)
    changes = []  # (the row now, the row before, what changed)
    for key in after.keys() & before.keys():
        old, now = before[key], after[key]
        if old.company == now.company and old.position == now.position:
            continue  # most people: nothing to compare
        moved = bool(now.company) and company_key(old.company) != company_key(now.company)
        retitled = bool(now.position) and old.position.casefold() != now.position.casefold()
        if moved or retitled:
            changes.append((now, old, "company" if moved else "title"))
    changes.sort(key=lambda change: _listed_order(change[0]))
    changed = []
    for now, old, change in changes[:MAX_LISTED]:
        entry = person(now, as_of)
        entry.update({"was_company": old.company, "was_position": old.position, "change": change})
        changed.append(entry)
    since = _newest(earlier)
    return {
        "matched_by": "url" if by_url else "name",
        "earlier_total": len(earlier),
        "earlier_date": since.isoformat() if since else None,
        "growth": len(later) - len(earlier),
        "new_count": len(new),
        "gone_count": len(gone),
        "changed_count": len(changes),
        "new": [person(row, as_of) for row in new[:MAX_LISTED]],
        "gone": [person(row, as_of) for row in gone[:MAX_LISTED]],
        "changed": changed,
    }


__all__ = ["compare"]
