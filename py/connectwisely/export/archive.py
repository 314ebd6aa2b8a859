"""Reading LinkedIn's data export: single CSV files or the whole ZIP, as uploaded in the page
(``{name, base64}``), given on the command line (bytes), or passed to the API as text.

Formats and their eras are documented in ``docs`` and in the project's tests; this module only
knows the container and the CSV dialect: encodings, preambles, headers, and a clear message
naming the file when it is not the one expected.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InputError

MAX_FILE_BYTES = 60 * 1024 * 1024  # one CSV: LinkedIn's 30,000-connection cap is ~4 MB
MAX_ZIP_MEMBERS = 2_000
MAX_INFLATED_BYTES = 200 * 1024 * 1024  # all members together, once decompressed
_PREAMBLE_LINES = 20  # a header is found within the first lines after notes
_HEAD_CHARS = 64 * 1024  # ... and within this many characters


@dataclass(frozen=True)
class Table:
    """A CSV file's rows as dicts keyed by the header's column names."""

    filename: str
    header: tuple[str, ...]
    rows: list[dict[str, str]]


def upload_bytes(upload: object, field: str) -> tuple[str, bytes]:
    """``(filename, bytes)`` of an upload record ``{name, base64}``, or of plain text."""
    if isinstance(upload, str):
        return "pasted text", upload.encode("utf-8")
    if isinstance(upload, bytes):
        return "file", upload
    if not isinstance(upload, Mapping) or not isinstance(upload.get("base64"), str):
        raise InputError("Choose a file to load.", field)
    name = str(upload.get("name") or "file")
    if len(upload["base64"]) > MAX_FILE_BYTES * 4 // 3 + 4:
        raise InputError(f"{name} is too large to be a LinkedIn export file.", field)
    try:
        return name, base64.b64decode(upload["base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InputError(f"{name} could not be read.", field) from exc


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06"


def zip_members(data: bytes, filename: str, field: str | None = None) -> dict[str, bytes]:
    """The CSV files inside an export ZIP, keyed by base name (``Jobs/…`` kept as is).

    Refuses archives with too many members or that would inflate past a sane size, before
    inflating them.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{filename} is not a ZIP file that can be opened.", field) from exc
    if not infos:
        raise InputError(f"{filename} is an empty ZIP: it holds no files.", field)
    if len(infos) > MAX_ZIP_MEMBERS:
        raise InputError(
            f"{filename} holds {len(infos):,} files; a LinkedIn export has a few dozen.", field
        )
    declared = sum(i.file_size for i in infos)
    if declared > MAX_INFLATED_BYTES:
        raise InputError(
            f"{filename} would unpack to {declared / 1e6:,.0f} MB, far more than a LinkedIn export; "
            "it was not opened.",
            field,
        )
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if not info.filename.lower().endswith(".csv"):
            continue
        chunk = _inflate(archive, info, filename, field)
        total += len(chunk)
        if len(chunk) > MAX_FILE_BYTES or total > MAX_INFLATED_BYTES:
            raise InputError(
                f"{info.filename} in {filename} unpacks to more than a sane size.", field
            )
        name = (
            info.filename.split("/", 1)[-1]
            if info.filename.count("/") == 1 and not info.filename.startswith("Jobs/")
            else info.filename
        )
        members[name] = chunk
    return members


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str, field: str | None
) -> bytes:
    """A member's bytes (at most one more than a file may have), or InputError when it is
    locked with a password or cannot be unpacked: a damaged archive, a checksum that does not
    match (as when its sizes were forged to hide a ZIP bomb), or a packing method this Python
    cannot read. LinkedIn's export is none of these."""
    if info.flag_bits & 0x1:
        raise InputError(
            f"{info.filename} in {filename} is locked with a password; LinkedIn's export is not.",
            field,
        )
    try:
        with archive.open(info) as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        # RuntimeError: also an unknown packing method, or bz2/lzma missing from this Python
        raise InputError(
            f"{info.filename} in {filename} could not be unpacked: the ZIP is damaged or was "
            "not made the way LinkedIn makes its export. Download the export again.",
            field,
        ) from exc


def find_member(members: Mapping[str, bytes], wanted: str) -> bytes | None:
    """The member called ``wanted`` (case-insensitive, at the root or one folder down)."""
    target = wanted.lower()
    for name, data in members.items():
        if name.lower() == target or name.lower().rsplit("/", 1)[-1] == target:
            return data
    return None


def decode(data: bytes, filename: str, field: str | None = None) -> str:
    """Text of an export file: UTF-8 (with or without BOM) or UTF-16 with BOM; else a message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if is_zip(data):
        raise InputError(f"{filename} is a ZIP archive, not a CSV file.", field)
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{filename} is not a text file: it looks like binary data, not a CSV export.", field
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # re-saved by an old spreadsheet
        if text.count("\ufffd") > max(3, len(text) // 1000):
            raise InputError(f"{filename} is not readable text (not UTF-8).", field) from None
        return text


def read_table(
    text: str,
    filename: str,
    required: tuple[str, ...],
    *,
    field: str | None = None,
    expected: str = "",
) -> Table:
    """Rows of a CSV whose header holds all ``required`` columns, after any notes preamble.

    The header is matched case-insensitively and may sit below a few lines of notes, as in
    ``Connections.csv``. A file without such a header gets a message naming the file, the
    header it has, and what was expected.
    """
    found = find_header(text, filename, required, field=field, expected=expected)
    header = found.names
    rows = []
    try:
        for cells in csv.reader(
            io.StringIO(text[found.offset :], newline=""), delimiter=found.delimiter
        ):
            if not cells or all(not c.strip() for c in cells):
                continue
            rows.append(
                {header[i]: cells[i].strip() if i < len(cells) else "" for i in range(len(header))}
            )
    except csv.Error as exc:
        raise InputError(
            f"{filename} has a line that cannot be read as CSV ({exc}).", field
        ) from exc
    return Table(filename, header, rows)


@dataclass(frozen=True)
class Header:
    """Where a CSV's header is: its column names (``required`` ones spelt as asked), the
    character offset where the rows start, and the delimiter (a spreadsheet may use ``;``)."""

    names: tuple[str, ...]
    offset: int
    delimiter: str


def find_header(
    text: str,
    filename: str,
    required: tuple[str, ...],
    *,
    field: str | None = None,
    expected: str = "",
) -> Header:
    """The header holding all ``required`` columns within the first lines, or InputError
    naming the file, the header it has (its first line, or the first line that looks like a
    header below a notes preamble), and what was expected. Reads only the start."""
    wanted = {c.lower() for c in required}
    head = text[:_HEAD_CHARS]
    offset = 0
    first = header_like = ""
    for line in head.splitlines(keepends=True)[:_PREAMBLE_LINES]:
        end = offset + len(line)
        if end == len(head) and len(head) < len(text) and not line.endswith(("\n", "\r")):
            break  # a line cut by the head's limit
        first = first or line.strip()
        if not header_like and "," in line and not line.lstrip().startswith('"'):
            header_like = line.strip()  # below notes, the line that looks like a header
        found = _header_cells(line, wanted)
        if found is not None:
            canonical = {c.lower(): c for c in required}
            names = tuple(canonical.get(n.lower(), n) for n in found[0])
            return Header(names, end, found[1])
        offset = end
    below_notes = bool(header_like) and header_like != first
    shown = header_like if below_notes else first
    shown = (shown[:120] + "…") if len(shown) > 120 else shown
    what = expected or "a file with the columns " + ", ".join(required)
    label = "its header is" if below_notes else "its first line is"
    got = f"{label} “{shown}”" if shown else "it is empty"
    raise InputError(f"{filename} is not {what}: {got}.", field)


def _header_cells(line: str, wanted: set[str]) -> tuple[list[str], str] | None:
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        names = [c.strip().lstrip("\ufeff") for c in cells]
        if wanted <= {n.lower() for n in names}:
            return names, delimiter
    return None
