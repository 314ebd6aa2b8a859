"""The one way into LinkedIn's data export, for the page and the CLI alike.

Whatever the reader gives — the ZIP LinkedIn sends, its unpacked folder, or one CSV file from
it, as an upload record in the page or a path in a terminal — :func:`open_upload` and
:func:`open_path` turn it into an :class:`Export`: the files it holds, by name, and how to name
each in a message ("Connections.csv in Basic_LinkedInDataExport.zip"). The tools then ask it for
the files they read; what each file's header says is :mod:`.tables`' business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .archive import MAX_FILE_BYTES, MAX_ZIP_MEMBERS, decode, is_zip, upload_bytes, zip_members


@dataclass(frozen=True)
class Export:
    """What the reader gave: the export's files by name (a ZIP's or a folder's members), or
    one file (``single``), which stands for whichever file the tool asks for."""

    source: str
    members: Mapping[str, bytes]
    single: bool = False

    def find(self, wanted: str) -> bytes | None:
        """The file called ``wanted`` (case-insensitive, at the root or one folder down); a
        single file is returned whatever it is called, for its header to be checked."""
        if self.single:
            return next(iter(self.members.values()))
        target = wanted.lower()
        for name, data in self.members.items():
            if name.lower() == target or name.lower().rsplit("/", 1)[-1] == target:
                return data
        return None

    def label(self, wanted: str) -> str:
        """How a message names ``wanted``: the file itself, or the file in the archive."""
        return self.source if self.single else f"{wanted} in {self.source}"

    def text(self, wanted: str, field: str | None = None) -> str | None:
        """The decoded text of ``wanted``, or None when the export does not hold it."""
        data = self.find(wanted)
        return None if data is None else decode(data, self.label(wanted), field)

    def require(self, wanted: str, field: str | None = None) -> str:
        """The text of ``wanted``, or InputError saying what the archive holds instead."""
        text = self.text(wanted, field)
        if text is not None:
            return text
        held = sorted(self.members)
        shown = ", ".join(held[:6]) + (f" and {len(held) - 6} more" if len(held) > 6 else "")
        raise InputError(
            f"{self.source} holds no {wanted}"
            + (f" (it holds {shown})" if held else " (it holds no CSV files)")
            + ". Choose the ZIP LinkedIn sent you, or the file itself.",
            field,
        )


def open_export(data: bytes, filename: str, field: str | None = None) -> Export:
    """The export in ``data``: a ZIP's CSV members, or ``data`` as one file."""
    if is_zip(data):
        return Export(filename, zip_members(data, filename, field))
    return Export(filename, {filename: data}, single=True)


def open_upload(upload: object, field: str) -> Export:
    """The export in a page's upload record ``{name, base64}`` (or pasted text)."""
    filename, data = upload_bytes(upload, field)
    if not data.strip():
        raise InputError(
            f"{filename} is empty: choose the file from LinkedIn's data export.", field
        )
    return open_export(data, filename, field)


def open_path(path: Path, field: str | None = None) -> Export:
    """The export at ``path``: the ZIP, one of its files, or the folder it was unpacked to."""
    try:
        if path.is_dir():
            return Export(path.name, _folder_members(path))
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.", field) from exc
    return open_export(data, path.name, field)


def _folder_members(folder: Path) -> dict[str, bytes]:
    members = {}
    for path in sorted(folder.rglob("*.csv"))[:MAX_ZIP_MEMBERS]:
        if path.is_file() and path.stat().st_size <= MAX_FILE_BYTES:
            members[path.relative_to(folder).as_posix()] = path.read_bytes()
    return members


__all__ = ["Export", "open_export", "open_path", "open_upload"]
