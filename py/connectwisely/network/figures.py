"""The review's figures from ``Connections.csv`` rows: size, growth by month and year, recent
pace, the company mix (names normalised, self-employment apart) and the role mix.

Every figure is a sum over rows, so the rows' order never changes one. The month of the
review's date is marked ``partial`` unless that date is its last day: a chart or a rule that
compares months must not read an unfinished month as a full one.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from operator import itemgetter

from ..export.connections import Connection
from .companies import CompanyNames, alias_table
from .roles import FUNCTIONS, SENIORITIES, UNCLASSIFIED, classify, labels

RECENT_DAYS = 84  # "recent pace" looks back 12 weeks
TOP = 10
_CONNECTED, _COMPANY, _POSITION = itemgetter(5), itemgetter(3), itemgetter(4)  # of a Connection


def _ranked(counter: Counter, name=lambda key: key) -> list[list]:
    """``[name, count]`` pairs, most first, ties by name, at most TOP."""
    named = [(name(key), n) for key, n in counter.items()]
    return [[k, n] for k, n in sorted(named, key=lambda kv: (-kv[1], kv[0]))[:TOP]]


def _mix(counter: Counter, table: tuple, classified: int) -> list[dict]:
    """Every bucket of ``table`` with its count and share, in the table's order, then the
    unclassified."""
    names = labels(table)
    order = [ident for ident, _, _ in table] + [UNCLASSIFIED]
    return [
        {
            "id": ident,
            "label": names[ident],
            "count": counter[ident],
            "share": round(counter[ident] / classified, 4) if classified else 0.0,
        }
        for ident in order
        if counter[ident]
    ]


def is_partial(month: str, day: date) -> bool:
    """Whether ``month`` ("YYYY-MM") is the review day's month and not yet over on it."""
    return month == f"{day.year:04d}-{day.month:02d}" and (day + timedelta(days=1)).day != 1


def figures(rows: list[Connection], day: date) -> dict:
    """Every count of the review that comes from ``Connections.csv`` alone (JSON-able)."""
    # each distinct date, employer and title once: 30,000 rows hold a few thousand of each
    dates = Counter(map(_CONNECTED, rows))
    undated = dates.pop(None, 0)
    months: Counter = Counter()
    recent = 0
    since, until = day.toordinal() - RECENT_DAYS, day.toordinal()  # "less than 84 days before"
    for connected, n in dates.items():
        months[connected.year, connected.month] += n
        if since < connected.toordinal() <= until:
            recent += n
    visible = [row for row in rows if not row.hidden]
    hidden = len(rows) - len(visible)
    companies = CompanyNames()
    employers = Counter(map(_COMPANY, visible))
    missing_company = employers.pop("", 0)
    for name, n in employers.items():
        companies.add(name, n)
    positions = Counter(map(_POSITION, visible))
    positions.pop("", None)
    functions: Counter = Counter()
    seniorities: Counter = Counter()
    for title, n in positions.items():
        function, seniority = classify(title)
        functions[function] += n
        seniorities[seniority] += n
    titled = positions.total()
    years: Counter = Counter()
    for (year, _), n in months.items():
        years[str(year)] += n
    top_companies = _ranked(companies.counts, companies.display)
    with_company = sum(companies.counts.values())
    dated = sorted(months)
    by_month = []
    for y, m in dated:
        month = f"{y:04d}-{m:02d}"
        entry = {"month": month, "count": months[y, m]}
        if is_partial(month, day):
            entry["partial"] = True
        by_month.append(entry)
    return {
        "total": len(rows),
        "hidden": hidden,
        "undated": undated,
        "by_month": by_month,
        "by_year": dict(sorted(years.items())),
        "first_month": by_month[0]["month"] if by_month else None,
        "recent": recent,
        "recent_per_week": round(recent / 12, 2),
        "companies": len(companies.counts),
        "top_companies": top_companies,
        "top_positions": _ranked(positions),
        "missing_company": missing_company,
        "self_employed": companies.self_employed,
        "concentration": round(sum(n for _, n in top_companies) / with_company, 4)
        if with_company
        else 0.0,
        # with TOP employers or fewer, "the top 10 hold 100%" says nothing
        "concentration_meaningful": len(companies.counts) > TOP,
        "company_aliases": alias_table(),
        "merged_companies": companies.merged(),
        "functions": _mix(functions, FUNCTIONS, titled),
        "seniorities": _mix(seniorities, SENIORITIES, titled),
        "titled": titled,
        "unclassified_share": round(functions[UNCLASSIFIED] / titled, 4) if titled else 0.0,
        "invitations": [],
        "today": day.isoformat(),
    }


__all__ = ["RECENT_DAYS", "TOP", "figures", "is_partial"]
