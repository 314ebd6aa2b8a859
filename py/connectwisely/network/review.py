"""The network review: what ``Connections.csv`` (with ``Invitations.csv``, ``messages.csv`` and
an earlier ``Connections.csv`` when given) from LinkedIn's data export say about a network —
size, growth, pace, company and role mix — with pending invitations triaged, people named, and
advice tied to the guide.

The keys DESIGN.md documents keep their meaning (``top_companies`` now counts each employer once
however it is spelt, self-employment apart). Added keys: ``as_of`` (``{date, source, label}``:
the day counted from — the reader's, the export's name, the newest date in the files, or the
clock), ``by_month[].partial``, ``self_employed``, ``concentration_meaningful``,
``company_aliases``, ``merged_companies``, ``functions``/``seniorities`` (``{id, label, count,
share}``), ``titled``, ``unclassified_share``, ``reconnect``, and when asked or given
``lookup``, ``quiet`` (from messages.csv: counts and dates only) and ``compare``.

The figures are reproduced exactly by ``tests/support/make_connections.py``.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator

from ..core.schema import Field, check_all
from ..core.team import team_from_json
from ..errors import InputError
from ..export.checked import ExportText
from ..export.connections import FILENAME, read_connections
from ..export.exchanges import Exchanges, read_exchanges
from ..export.invitations import FILENAME as INVITATIONS
from ..export.invitations import read_invitations
from ..export.messages import FILENAME as MESSAGES
from ..export.reader import Export
from .advice import advise, pace_text
from .clock import SOURCES, as_of
from .compare import compare
from .figures import figures
from .people import lookup, reconnect, terms
from .quiet import SKIPPED_FOLDERS, quiet

MAX_CHARACTERS = 25_000_000  # 30,000 connections take about 3.5 million
MAX_MESSAGES_CHARACTERS = 60_000_000  # 100,000 messages with their text take about 30 million
FILES = "Or choose the files one by one"
CHOICES = "Name people"

FIELDS = (
    ExportText(
        "connections_csv",
        "Connections.csv",
        kind="file",
        accept=".csv,text/csv",
        max_length=MAX_CHARACTERS,
        help="From the export's top folder. Every era of the file works.",
        section=FILES,
    ),
    ExportText(
        "invitations_csv",
        "Invitations.csv (optional)",
        kind="file",
        accept=".csv,text/csv",
        max_length=MAX_CHARACTERS,
        help="Adds your pending invitations, triaged by the request checker.",
        section=FILES,
    ),
    Field(
        "messages_csv",
        "messages.csv (optional)",
        kind="file",
        accept=".csv,text/csv",
        max_length=MAX_MESSAGES_CHARACTERS,
        help="Adds the conversations that went quiet. Only dates and counts are read.",
        section=FILES,
    ),
    ExportText(
        "earlier_csv",
        "An earlier Connections.csv (optional)",
        kind="file",
        accept=".csv,text/csv,.zip,application/zip",
        max_length=MAX_CHARACTERS,
        help="From an export you downloaded before, or its ZIP: shows who is new, "
        "who is gone and who changed jobs.",
        section=FILES,
    ),
    Field(
        "interests",
        "Companies, roles or words you care about",
        max_length=500,
        placeholder="Hooli, data, recruiter",
        help="Separate them with commas. Lists people to reconnect with.",
        section=CHOICES,
    ),
    Field(
        "company",
        "Who do I know at …",
        max_length=200,
        placeholder="Google",
        help="A company name, any spelling: Google LLC and Google are one.",
        section=CHOICES,
    ),
    Field(
        "min_years",
        "Known for at least (years)",
        kind="int",
        default=1,
        maximum=60,
        help="People to reconnect with are those you have known this long.",
        section=CHOICES,
    ),
    Field(
        "today",
        "Review as of (YYYY-MM-DD, optional)",
        max_length=10,
        placeholder="2026-11-25",
        help="Left empty, the export's own date is used.",
        section=CHOICES,
    ),
)


def _one_line_ending(text: object) -> object:
    """CRLF and old Macs' lone CR as LF (the schema's clean-up drops stray CRs otherwise)."""
    if isinstance(text, str) and "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _messages_text(text: object) -> str | None:
    """messages.csv's text as given, checked for type and size only: the reader keeps the few
    cells it reads and cleans those (see ``read_exchanges``)."""
    if text is None or text == "":
        return None
    field = next(f for f in FIELDS if f.name == "messages_csv")
    if not isinstance(text, str):
        raise InputError(f"{field.label} must be text.", field.name)
    if len(text) > field.max_length:
        raise InputError(
            f"{field.label} is too long: {len(text):,} characters, the most this tool reads "
            f"is {field.max_length:,}.",
            field.name,
        )
    return text.replace("\r\n", "\n") if "\r" in text else text


def _without_collection(function: Callable) -> Callable:
    """Run ``function`` with the garbage collector paused: a big export makes about a million
    objects and no cycles, and collecting them would be most of the work."""

    @functools.wraps(function)  # the bridge reads the signature through __wrapped__
    def paused(*args, **kwargs):
        collecting = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return paused


@_without_collection
def review_network(
    connections_csv: str,
    *,
    invitations_csv: str | None = None,
    today: str | None = None,
    team: dict | None = None,
    messages_csv: str | None = None,
    earlier_csv: str | None = None,
    export_name: str | None = None,
    interests: str | list | None = None,
    company: str | None = None,
    min_years: int | None = 1,
) -> dict:
    """The review of a network from the text of LinkedIn's export files (any era).

    ``today`` defaults to the export's own date (its file name ``export_name``, else the
    newest date in the files); ``team`` (a hosting team's settings) reaches the request
    checker that triages invitations. ``interests``, ``company`` and ``min_years`` pick the
    people to name; ``messages_csv`` and ``earlier_csv`` add the quiet and the changed ones.
    """
    values = check_all(
        FIELDS,
        {
            "connections_csv": _one_line_ending(connections_csv),
            "invitations_csv": _one_line_ending(invitations_csv),
            "messages_csv": None,  # checked apart, below: its text is never cleaned
            "earlier_csv": _one_line_ending(earlier_csv),
            "interests": interests
            if not isinstance(interests, list)
            else ",".join(str(i) for i in interests),
            "company": company,
            "min_years": min_years,
            "today": today or None,
        },
    )
    settings = team_from_json(team)  # checked once, not once per invitation
    if not values["connections_csv"]:
        raise InputError(
            f"{FILENAME} is empty: choose the file from LinkedIn's data export.", "connections_csv"
        )
    rows = read_connections(values["connections_csv"]).rows
    invitations = read_invitations(values["invitations_csv"]) if values["invitations_csv"] else None
    messages_text = _messages_text(messages_csv)
    messages = (
        read_exchanges(messages_text, uncounted_folders=SKIPPED_FOLDERS) if messages_text else None
    )
    earlier = (
        read_connections(values["earlier_csv"], "the earlier Connections.csv", "earlier_csv").rows
        if values["earlier_csv"]
        else None
    )
    day, source = as_of(values["today"], export_name, _dates(rows, invitations, messages))
    review = figures(rows, day)
    review["as_of"] = {"date": day.isoformat(), "source": source, "label": SOURCES[source]}
    if invitations is not None:
        from .triage import triage  # loads the request checker

        review.update(triage(invitations, rows, day, settings))
    words = terms(values["interests"])
    review["reconnect"] = reconnect(rows, day, words, min_years=values["min_years"] or 0)
    if values["company"]:
        review["lookup"] = lookup(rows, day, values["company"])
    if messages is not None:
        review["quiet"] = quiet(messages, rows, day)
    if earlier is not None:
        review["compare"] = compare(earlier, rows, day)
    review["advice"] = advise(review)
    review["summary"] = _summary(review)
    return review


def _dates(rows: list, invitations: list | None, messages: Exchanges | None) -> Iterator:
    """Every date in the files, read only if the review needs the newest (no ``today``)."""
    yield from (row.connected for row in rows)
    yield from (invitation.sent for invitation in invitations or ())
    yield messages.newest if messages is not None else None


def _summary(review: dict) -> str:
    total = review["total"]
    if not total:
        return "This Connections.csv lists no connections yet."
    parts = [
        f"{total:,} connection{'s' if total != 1 else ''}",
        f"about {pace_text(review['recent_per_week'])} a week over the 12 weeks to "
        f"{review['as_of']['date']}",
    ]
    if review.get("incoming_total") is not None:
        n = len(review["invitations"])
        parts.append(f"{n} received invitation{'s' if n != 1 else ''} triaged")
    advice = len(review["advice"])
    parts.append(f"{advice} suggestion{'s' if advice != 1 else ''}" if advice else "no warnings")
    return "; ".join(parts) + "."


def export_texts(export: Export, field: str) -> dict[str, str | None]:
    """The texts of Connections.csv, Invitations.csv and messages.csv in ``export``: the ZIP
    must hold Connections.csv; a single file is taken as Connections.csv."""
    return {
        FILENAME: export.require(FILENAME, field),
        INVITATIONS: None if export.single else export.text(INVITATIONS, field),
        MESSAGES: None if export.single else export.text(MESSAGES, field),
    }


__all__ = ["FIELDS", "export_texts", "review_network"]
