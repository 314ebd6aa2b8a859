"""The export's container: an upload record, a ZIP's members (with limits against ZIP bombs),
and the bytes-to-text decoding LinkedIn's files and spreadsheet re-saves need. Which file is
which is told by :mod:`.tables`; :mod:`.reader` puts the two together."""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
import zlib
from collections.abc import Mapping

from ..errors import InputError

MAX_FILE_BYTES = 60 * 1024 * 1024  # one CSV: LinkedIn's 30,000-connection cap is ~4 MB
MAX_ZIP_MEMBERS = 2_000
MAX_INFLATED_BYTES = 200 * 1024 * 1024  # all members together, once decompressed


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
