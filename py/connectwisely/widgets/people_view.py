"""People as the network review lists them: a table row per person with a link to the profile
(only ever a LinkedIn https URL), a button that opens the note drafter on this page with them
filled in, and a CSV of the whole list. Shared by every list of people."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from urllib.parse import urlsplit

from .triage_csv import safe_cell
from .view import el, table

SHOWN = 50  # rows per list on the page; the CSV holds every one the review returned
DRAFTER = "note-draft"


def is_profile_url(url: str) -> bool:
    """An https URL on linkedin.com (the page sets ``href`` only for these, too)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "linkedin.com" or host.endswith(".linkedin.com"))


def profile_link(name: str, url: str) -> dict | str:
    """The name, linked to the profile when the export has a LinkedIn URL."""
    if not url or not is_profile_url(url):
        return name or "—"
    return el("a", name or "Profile", data_profile=url, class_="cw-profile")


def draft_button(person: dict, purpose: str, detail: str) -> dict:
    """Opens the note drafter below with this person's name, a purpose and a detail, as a
    note to someone the reader is already connected to (``reconnect``)."""
    return el(
        "button",
        "Draft a note",
        type="button",
        class_="md-button cw-small",
        data_action="send",
        data_widget=DRAFTER,
        data_field="name",
        data_value=person["name"],
        # everyone the network review lists is a connection already: the note reconnects
        data_also=json.dumps(
            {"purpose": purpose, "detail": detail, "relationship": "reconnect"}, ensure_ascii=False
        ),
        aria_label=f"Draft a note to {person['name']}",
    )


def people_csv(people: list[dict], columns: list[tuple[str, str]]) -> str:
    """The list as CSV (``columns``: header, key); cells a spreadsheet would run are quoted."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _ in columns])
    for p in people:
        writer.writerow([safe_cell(p.get(key)) for _, key in columns])
    return out.getvalue()


def csv_button(people: list[dict], columns: list[tuple[str, str]], filename: str) -> dict:
    return el(
        "button",
        "Download this list (CSV)",
        type="button",
        class_="md-button cw-small",
        data_action="download",
        data_filename=filename,
        data_type="text/csv",
        data_content=people_csv(people, columns),
    )


def people_list(
    *,
    key: str,
    title: str,
    intro: str,
    people: list[dict],
    count: int,
    columns: list[tuple[str, str]],
    header: list[str],
    cells: Callable[[dict], list],
    draft: Callable[[dict], tuple[str, str]] | None = None,
    empty: str = "Nobody.",
) -> dict:
    """One titled list: an intro, a table of up to SHOWN people (``header``: the columns after
    the name, filled by ``cells``), its CSV (``columns``: header and key), and what was left."""
    header = ["Name", *header, *(["Note"] if draft else [])]
    rows = []
    for p in people[:SHOWN]:
        row = [profile_link(p["name"], p.get("profile", "")), *cells(p)]
        if draft:
            row.append(draft_button(p, *draft(p)))
        rows.append(row)
    parts = [el("h3", f"{title} ({count:,})"), el("p", intro)]
    if not people:
        parts.append(el("p", empty))
    else:
        parts.append(table(title, header, rows, class_="cw-people"))
        if count > len(people[:SHOWN]):
            parts.append(
                el(
                    "p",
                    f"Showing {min(SHOWN, len(people)):,} of {count:,}; the CSV has "
                    f"{len(people):,}.",
                )
            )
        parts.append(el("p", csv_button(people, columns, f"{key}.csv")))
    return el("section", *parts, class_="cw-people-list", data_list=key)


__all__ = ["csv_button", "draft_button", "is_profile_url", "people_list", "profile_link"]
