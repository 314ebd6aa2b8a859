"""``connectwisely network``'s lists of people, as text: reconnect, who you know at a company,
quiet relationships, and what changed since an earlier export."""

from __future__ import annotations

SHOWN = 25  # per list in the terminal; --json has them all


def _line(p: dict, extra: str = "") -> str:
    at = " at ".join(x for x in (p["position"], p["company"]) if x)
    return (
        f"  {p['name']}"
        + (f" — {at}" if at else "")
        + extra
        + (f"  {p['profile']}" if p["profile"] else "")
    )


def _list(title: str, people: list[dict], count: int, extra=lambda p: "") -> None:
    print(f"{title} ({count:,}):")
    for p in people[:SHOWN]:
        print(_line(p, extra(p)))
    if count > SHOWN:
        print(f"  …and {count - SHOWN:,} more (see --json)")


def _since(p: dict) -> str:
    years = p["years"]
    note = f"{years} year{'s' if years != 1 else ''}" + (" this month" if p["anniversary"] else "")
    return f" (connected {p['connected']}, {note})"


def print_people(result: dict) -> None:
    reconnect = result["reconnect"]
    words = ", ".join(reconnect["terms"]) or "anyone"
    _list(
        f"People to reconnect with ({words}; known {reconnect['min_years']}+ years)",
        reconnect["people"],
        reconnect["count"],
        _since,
    )
    if "lookup" in result:
        found = result["lookup"]
        _list(f"Who you know at {found['query']}", found["people"], found["count"])
    if "quiet" in result:
        quiet = result["quiet"]
        _list(
            "Conversations quiet for six months or more",
            quiet["went_quiet"],
            quiet["went_quiet_count"],
            lambda p: f" ({p['messages']} messages, last {p['last_message']})",
        )
        _list(
            "They wrote last and got no reply",
            quiet["unanswered"],
            quiet["unanswered_count"],
            lambda p: f" (last {p['last_message']})",
        )
    if "compare" in result:
        c = result["compare"]
        print(
            f"Since the earlier export ({c['earlier_date'] or 'undated'}): "
            f"{c['growth']:+,} connections, {c['new_count']:,} new, {c['gone_count']:,} gone."
        )
        _list(
            "Changed company or title: congratulate them",
            c["changed"],
            c["changed_count"],
            lambda p: (
                f" (was {' at '.join(x for x in (p['was_position'], p['was_company']) if x)})"
            ),
        )
        _list("New", c["new"], c["new_count"])
        _list("Gone", c["gone"], c["gone_count"])
