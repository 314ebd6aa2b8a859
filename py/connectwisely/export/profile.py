"""LinkedIn's data export turned into the profile ``score_profile`` takes.

Reads the whole ZIP, an unpacked export folder, or the single files a reader picks
(``Profile.csv``, ``Positions.csv``, ``Education.csv``, ``Skills.csv``,
``Recommendations_Received.csv``, ``Certifications.csv``), in every era the formats note
describes. A file given in the wrong place gets a message naming it and what was expected.
What the export cannot show (photo, banner, custom URL, featured items, recent posts) is said
in ``notes``, for the result to repeat.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..core.dates import full_year, month_number, read_month
from ..errors import InputError
from .archive import decode
from .reader import Export, open_upload
from .tables import ExportFile, Table, identify, read_table

FILES = (
    ExportFile("Profile.csv", "profile_csv", ("First Name", "Headline")),
    ExportFile("Positions.csv", "positions_csv", ("Company Name", "Title", "Started On")),
    ExportFile("Education.csv", "education_csv", ("School Name",)),
    ExportFile("Skills.csv", "skills_csv", ("Name",)),
    ExportFile("Recommendations_Received.csv", "recommendations_csv", ("First Name", "Text")),
    ExportFile("Certifications.csv", "certifications_csv", ("Name", "Authority")),
)
CONNECTIONS = ExportFile("Connections.csv", "export_zip", ("Connected On",))
ZIP_FIELD = "export_zip"
UNSEEN = ("your photo", "background image", "custom URL", "Featured section", "recent posts")


@dataclass
class ExportData:
    """What the export said: the profile (API keys), the files read, and notes for the reader."""

    profile: dict = field(default_factory=dict)
    read: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_month(
    value: str, *, end: bool, now: tuple[int, int], where: str, field_name: str
) -> str | None:
    """``YYYY-MM`` from the export's ``Mar 2023``, ``March 2023`` or ``2023`` — every form
    :func:`~connectwisely.core.dates.read_month` reads, month names in six languages included
    — and the forms a spreadsheet re-save adds (``Mar-23``, ``2023-03-15``). A year alone means
    January for a start and December (or this month) for an end."""
    text = value.strip()
    if not text or text.lower() in ("present", "now"):
        return None
    month = read_month(text, end=end) or _resaved_month(text)
    if month is None:
        raise InputError(
            f"{where}: “{value[:40]}” is not a date as LinkedIn writes them (like “Mar 2023” or "
            "“2023”).",
            field_name,
        )
    year, number = min((int(month[:4]), int(month[5:])), now)
    return f"{year:04d}-{number:02d}"


def _resaved_month(text: str) -> str | None:
    """``YYYY-MM`` of the forms a spreadsheet re-save gives that ``read_month`` leaves: a
    two-digit year (``Mar-23``), a day after the month (``2023-03-15``), a longer spelling of
    an English month (``Sept.`` and the like, read by its first letters)."""
    year = month = None
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})", text):
        month = month_number(m.group(1))
        year = full_year(m.group(2))
    elif m := re.fullmatch(r"(\d{4})-(\d{1,2})-\d{1,2}", text):
        year, month = int(m.group(1)), int(m.group(2))
    if year is None or not month or not 1 <= month <= 12 or not 1900 <= year <= 2200:
        return None
    return f"{year:04d}-{month:02d}"


def _table(spec: ExportFile, filename: str, data: bytes, field_name: str) -> Table:
    text = decode(data, filename, field_name)
    looks_like = identify(text)
    if looks_like is not None and looks_like != spec.name:
        raise InputError(
            f"{filename} was given as {spec.name}, but it looks like LinkedIn's {looks_like}; "
            f"expected {spec.expected}.",
            field_name,
        )
    if spec.name.startswith("Recommendations") and "given" in filename.lower():
        raise InputError(
            f"{filename} lists the recommendations you wrote; the scorer counts the ones you "
            f"received: expected {spec.expected}.",
            field_name,
        )
    return read_table(text, filename, spec.required, field=field_name, expected=spec.expected)


def _first(row: Mapping[str, str], *names: str) -> str:
    return next((row[n] for n in names if row.get(n)), "")


def _apply_profile(table: Table, out: ExportData, now: tuple[int, int], field_name: str) -> None:
    out.read.append(table.filename)
    row = table.rows[0] if table.rows else {}
    for key, columns in (
        ("headline", ("Headline",)),
        ("about", ("Summary",)),
        ("industry", ("Industry",)),
        ("location", ("Geo Location", "Country")),
    ):
        if value := _first(row, *columns):
            out.profile[key] = value


def _apply_positions(table: Table, out: ExportData, now: tuple[int, int], field_name: str) -> None:
    jobs = []
    for number, row in enumerate(table.rows, 1):
        where = f"{table.filename}, position {number}"
        start = parse_month(
            row.get("Started On", ""), end=False, now=now, where=where, field_name=field_name
        )
        finish = parse_month(
            row.get("Finished On", ""), end=True, now=now, where=where, field_name=field_name
        )
        jobs.append(
            {
                "title": row.get("Title") or None,
                "company": row.get("Company Name") or None,
                "start": start,
                "end": finish,
                "description": row.get("Description") or None,
            }
        )
    out.profile["positions"] = [j for j in jobs if j["title"] or j["company"]]
    out.read.append(f"{table.filename} ({len(out.profile['positions'])} positions)")


def _apply_education(table: Table, out: ExportData, now: tuple[int, int], field_name: str) -> None:
    entries = []
    for row in table.rows:
        degree, _, field_of_study = row.get("Degree Name", "").partition(", ")
        field_of_study = _first(row, "Field Of Study", "Field of Study") or field_of_study
        entry = {"school": row.get("School Name") or None, "degree": degree.strip() or None}
        entry["field"] = field_of_study.strip() or None
        if any(entry.values()):
            entries.append(entry)
    out.profile["education"] = entries
    out.read.append(f"{table.filename} ({len(entries)} entries)")


def _apply_skills(table: Table, out: ExportData, now: tuple[int, int], field_name: str) -> None:
    out.profile["skills"] = [row["Name"] for row in table.rows if row.get("Name")]
    out.read.append(f"{table.filename} ({len(out.profile['skills'])} skills)")


def _apply_recommendations(
    table: Table, out: ExportData, now: tuple[int, int], field_name: str
) -> None:
    statuses = [row.get("Status", "").strip().upper() for row in table.rows if row.get("Text")]
    hidden = statuses.count("HIDDEN")
    out.profile["recommendations"] = len(statuses) - hidden
    out.read.append(f"{table.filename} ({len(statuses) - hidden} shown)")
    if hidden:
        out.notes.append(
            f"{hidden} recommendation{'s are' if hidden > 1 else ' is'} hidden on your profile, "
            "so not counted."
        )


def _apply_certifications(
    table: Table, out: ExportData, now: tuple[int, int], field_name: str
) -> None:
    out.profile["certifications"] = sum(1 for row in table.rows if row.get("Name"))
    out.read.append(f"{table.filename} ({out.profile['certifications']})")


def _apply_connections(
    table: Table, out: ExportData, now: tuple[int, int], field_name: str
) -> None:
    out.profile["connections"] = len(
        table.rows
    )  # date-only rows are hidden members, still connections
    out.read.append(f"{table.filename} ({len(table.rows):,} connections)")


_READERS = {
    "Profile.csv": _apply_profile,
    "Positions.csv": _apply_positions,
    "Education.csv": _apply_education,
    "Skills.csv": _apply_skills,
    "Recommendations_Received.csv": _apply_recommendations,
    "Certifications.csv": _apply_certifications,
    "Connections.csv": _apply_connections,
}


def _apply(
    spec: ExportFile, table: Table, out: ExportData, now: tuple[int, int], field_name: str
) -> None:
    _READERS[spec.name](table, out, now, field_name)


def _now(today: dt.date | None) -> tuple[int, int]:
    today = today or dt.date.today()
    return today.year, today.month


def from_export(
    export: Export, today: dt.date | None = None, field_name: str = ZIP_FIELD
) -> ExportData:
    """The profile in an export's files (a ZIP's members or a folder's files)."""
    source = export.source
    out = ExportData()
    absent = []
    for spec in (*FILES, CONNECTIONS):
        data = export.find(spec.name)
        if data is None:
            absent.append(spec.name)
            continue
        table = _table(spec, f"{spec.name} in {source}", data, field_name)
        short = Table(spec.name, table.header, table.rows)  # notes name the file, not the ZIP
        _apply(spec, short, out, _now(today), field_name)
    if len(absent) == len(FILES) + 1:
        raise InputError(
            f"{source} holds none of the files the scorer reads ({', '.join(s.name for s in FILES)}): "
            "is it LinkedIn's data export?",
            field_name,
        )
    shown = [name for name in absent if name != CONNECTIONS.name]
    if shown:
        out.notes.append(
            f"Not in {source}: {', '.join(shown)} (LinkedIn leaves out files for data you do not "
            "have); those parts count as empty unless you fill them in."
        )
    return out


def read_uploads(uploads: Mapping[str, object], today: dt.date | None = None) -> ExportData | None:
    """The profile in the files a reader picked in the page (``{field: upload record}``);
    ``None`` when no file was given. A ZIP may be given in any of the file fields."""
    given = {name: upload for name, upload in uploads.items() if upload}
    if not given:
        return None
    out = ExportData()
    opened = {name: open_upload(upload, name) for name, upload in given.items()}
    for name, export in opened.items():
        if not export.single:
            _merge_into(out, from_export(export, today, name))
    for spec in FILES:
        if spec.field in opened:
            export = opened[spec.field]
            if export.single:
                table = _table(spec, export.source, export.find(spec.name), spec.field)
                part = ExportData()
                _apply(spec, table, part, _now(today), spec.field)
                _merge_into(out, part)
    return out


def _merge_into(out: ExportData, part: ExportData) -> None:
    out.profile.update(part.profile)  # a file picked on its own wins over the ZIP's copy
    out.read += part.read
    out.notes += [n for n in part.notes if n not in out.notes]


_BLANK = (None, "", [])


def merged(export: ExportData, typed: Mapping[str, object]) -> dict:
    """The profile to score: the export's values, with what the reader typed winning."""
    profile = dict(export.profile)
    overridden = []
    for key, value in typed.items():
        if value in _BLANK:
            continue
        if key in export.profile and profile[key] != value:
            overridden.append(key)
        profile[key] = value
    notes = list(export.notes)
    if export.read:
        notes.insert(0, "Read from your export: " + "; ".join(export.read) + ".")
    unseen = [*UNSEEN, *(("connection count",) if "connections" not in export.profile else ())]
    notes.append(
        f"LinkedIn's export does not include {', '.join(unseen[:-1])} or {unseen[-1]}: the score "
        "uses what you gave for them yourself, and counts anything left empty or unticked as "
        "missing."
    )
    if overridden:
        shown = ", ".join(k.replace("_", " ") for k in sorted(overridden))
        notes.append(f"Where you also typed a value ({shown}), yours was used.")
    profile["export_notes"] = notes
    return profile


__all__ = ["FILES", "ExportData", "from_export", "merged", "parse_month", "read_uploads"]
