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
from .people import MAX_LISTED, person


def _keyed(rows: Iterable[Connection], by_url: bool) -> dict[str, Connection]:
    """Visible rows by slug (``by_url``) or by name; names shared by two rows are left out."""
    out: dict[str, Connection] = {}
    counts: Counter = Counter()
    for row in rows:
        if row.hidden:
            continue
        key = profile_key(row.url) if by_url else name_key(f"{row.first_name} {row.last_name}")
        if key:
            counts[key] += 1
            out[key] = row
    return {k: r for k, r in out.items() if counts[k] == 1}


def _newest(rows: Iterable[Connection]) -> date | None:
    return max((r.connected for r in rows if r.connected is not None), default=None)


def compare(earlier: list[Connection], later: list[Connection], as_of: date) -> dict:
    """The comparison part of the review (JSON-able)."""
    by_url = any(r.url for r in earlier) and any(r.url for r in later)
    before, after = _keyed(earlier, by_url), _keyed(later, by_url)
    new = [person(after[k], as_of) for k in after.keys() - before.keys()]
    gone = [person(before[k], as_of) for k in before.keys() - after.keys()]
    changed = []
    for key in after.keys() & before.keys():
        old, now = before[key], after[key]
        moved = bool(now.company) and company_key(old.company) != company_key(now.company)
        retitled = bool(now.position) and old.position.casefold() != now.position.casefold()
        if moved or retitled:
            entry = person(now, as_of)
            entry.update(
                {
                    "was_company": old.company,
                    "was_position": old.position,
                    "change": "company" if moved else "title",
                }
            )
            changed.append(entry)
    for group in (new, gone, changed):
        group.sort(key=lambda p: (p["name"].casefold(), p["profile"], p["company"]))
    since = _newest(earlier)
    return {
        "matched_by": "url" if by_url else "name",
        "earlier_total": len(earlier),
        "earlier_date": since.isoformat() if since else None,
        "growth": len(later) - len(earlier),
        "new_count": len(new),
        "gone_count": len(gone),
        "changed_count": len(changed),
        "new": new[:MAX_LISTED],
        "gone": gone[:MAX_LISTED],
        "changed": changed[:MAX_LISTED],
    }


__all__ = ["compare"]
