"""The network review: what ``Connections.csv`` (and ``Invitations.csv``) from LinkedIn's data
export say about a network — size, growth, pace, company and role mix — with pending
invitations triaged and advice tied to the guide.

The figures are defined in DESIGN.md and reproduced exactly by ``tests/support/make_connections.py``.
"""

from __future__ import annotations

from collections import Counter

from ..core.dates import parse_today
from ..core.schema import Field, check_all
from ..core.team import team_from_json
from ..errors import InputError
from ..export.connections import FILENAME, read_connections
from ..export.invitations import FILENAME as INVITATIONS
from ..export.invitations import read_invitations
from ..export.reader import Export
from .advice import advise

RECENT_DAYS = 84  # "recent pace" looks back 12 weeks
TOP = 10
MAX_CHARACTERS = 25_000_000  # 30,000 connections take about 3.5 million

FIELDS = (
    Field(
        "connections_csv",
        "Connections.csv",
        kind="file",
        accept=".csv,text/csv",
        max_length=MAX_CHARACTERS,
        help="From the export's top folder. Every era of the file works.",
        section="Or choose the files one by one",
    ),
    Field(
        "invitations_csv",
        "Invitations.csv (optional)",
        kind="file",
        accept=".csv,text/csv",
        max_length=MAX_CHARACTERS,
        help="Adds your pending invitations, triaged by the request checker.",
        section="Or choose the files one by one",
    ),
)


def _one_line_ending(text: object) -> object:
    """CRLF and old Macs' lone CR as LF (the schema's clean-up drops stray CRs otherwise)."""
    if isinstance(text, str) and "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _ranked(counter: Counter) -> list[list]:
    """``[name, count]`` pairs, most first, ties by name, at most TOP."""
    return [[name, n] for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]


def review_network(
    connections_csv: str,
    *,
    invitations_csv: str | None = None,
    today: str | None = None,
    team: dict | None = None,
) -> dict:
    """The review of a network from the text of LinkedIn's export files (any era).

    ``team`` (a hosting team's settings) reaches the request checker that triages invitations.
    """
    values = check_all(
        FIELDS,
        {
            "connections_csv": _one_line_ending(connections_csv),
            "invitations_csv": _one_line_ending(invitations_csv),
        },
    )
    day = parse_today(today)
    settings = team_from_json(team)  # checked once, not once per invitation
    if not values["connections_csv"]:
        raise InputError(
            f"{FILENAME} is empty: choose the file from LinkedIn's data export.", "connections_csv"
        )
    rows = read_connections(values["connections_csv"]).rows
    months: Counter = Counter()
    companies: Counter = Counter()
    positions: Counter = Counter()
    hidden = missing_company = recent = undated = 0
    since = day.toordinal() - RECENT_DAYS  # "less than 84 days before today"
    for row in rows:
        if row.connected is None:
            undated += 1
        else:
            months[row.connected.year, row.connected.month] += 1
            if row.connected.toordinal() > since:
                recent += 1
        if row.hidden:
            hidden += 1
            continue
        if row.company:
            companies[row.company] += 1
        else:
            missing_company += 1
        if row.position:
            positions[row.position] += 1
    years: Counter = Counter()
    for (year, _), n in months.items():
        years[str(year)] += n
    top_companies = _ranked(companies)
    with_company = sum(companies.values())
    dated = sorted(months)
    review = {
        "total": len(rows),
        "hidden": hidden,
        "undated": undated,
        "by_month": [{"month": f"{y:04d}-{m:02d}", "count": months[y, m]} for y, m in dated],
        "by_year": dict(sorted(years.items())),
        "first_month": f"{dated[0][0]:04d}-{dated[0][1]:02d}" if dated else None,
        "recent": recent,
        "recent_per_week": round(recent / 12, 2),
        "companies": len(companies),
        "top_companies": top_companies,
        "top_positions": _ranked(positions),
        "missing_company": missing_company,
        "concentration": round(sum(n for _, n in top_companies) / with_company, 4)
        if with_company
        else 0.0,
        "invitations": [],
        "today": day.isoformat(),
    }
    if values["invitations_csv"]:
        from .triage import triage  # loads the request checker

        review.update(triage(read_invitations(values["invitations_csv"]), rows, day, settings))
    review["advice"] = advise(review)
    review["summary"] = _summary(review)
    return review


def _summary(review: dict) -> str:
    total = review["total"]
    if not total:
        return "This Connections.csv lists no connections yet."
    parts = [
        f"{total:,} connection{'s' if total != 1 else ''}",
        f"{review['recent_per_week']:g} a week over the last 12 weeks",
    ]
    if review.get("incoming_total") is not None:
        parts.append(f"{len(review['invitations'])} received invitation(s) triaged")
    advice = len(review["advice"])
    parts.append(f"{advice} suggestion{'s' if advice != 1 else ''}" if advice else "no warnings")
    return "; ".join(parts) + "."


def export_texts(export: Export, field: str) -> dict[str, str | None]:
    """The texts of Connections.csv and Invitations.csv in ``export``: the ZIP must hold
    Connections.csv; a single file is taken as Connections.csv."""
    return {
        FILENAME: export.require(FILENAME, field),
        INVITATIONS: None if export.single else export.text(INVITATIONS, field),
    }


__all__ = ["FIELDS", "export_texts", "review_network"]
