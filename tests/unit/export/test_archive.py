"""The export's container: encodings, upload records, ZIPs (and ZIP bombs)."""

from __future__ import annotations

import base64
import struct

import pytest

from connectwisely import InputError
from connectwisely.export import archive as export
from tests.support.paths import SAMPLES
from tests.support.zips import zipped


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"a,b\n1,2", "a,b\n1,2"),
        (b"\xef\xbb\xbfa,b", "a,b"),
        ("a,b\n".encode("utf-16"), "a,b\n"),
        ("Zoë".encode("cp1252"), "Zoë"),
    ],
)
def test_decode_reads_the_encodings_exports_come_in(data, text):
    """UTF-8 with or without BOM, UTF-16 with BOM, and an old spreadsheet's cp1252."""
    assert export.decode(data, "x.csv") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
        (zipped({"a.csv": b"x"}), "is a ZIP archive"),
    ],
)
def test_decode_refuses_what_is_not_csv_text(data, message):
    """Binary data and ZIPs given as a CSV get a message naming the file."""
    with pytest.raises(InputError, match=message) as caught:
        export.decode(data, "Connections.csv", "connections_csv")
    assert "Connections.csv" in caught.value.message
    assert caught.value.field == "connections_csv"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (zipped({}), "empty ZIP"),
        (b"PK\x03\x04 not really a zip", "not a ZIP file"),
        (zipped({"Connections.csv": b"0" * (export.MAX_INFLATED_BYTES + 1)}), "would unpack to"),
    ],
)
def test_zip_members_refuses_empty_broken_and_bomb_archives(data, message):
    """Empty, broken and over-inflating archives are refused before they are unpacked."""
    with pytest.raises(InputError, match=message):
        export.zip_members(data, "export.zip", "export_zip")


def patched(data: bytes, local: int, central: int, fmt: str, value: int) -> bytes:
    """A one-member ZIP with a field of both its local and its central header rewritten."""
    out = bytearray(data)
    struct.pack_into(fmt, out, local, value)
    struct.pack_into(fmt, out, out.rfind(b"PK\x01\x02") + central, value)
    return bytes(out)


def hidden_bomb() -> bytes:
    """A ZIP bomb that lies: 100 MB of zeros whose headers say the member is 1,000 bytes."""
    return patched(zipped({"Connections.csv": bytes(100 << 20)}), 22, 24, "<I", 1_000)


def damaged_stream() -> bytes:
    data = bytearray(zipped({"Connections.csv": (SAMPLES / "Connections.csv").read_bytes()}))
    start = 30 + len("Connections.csv")
    data[start : start + 40] = b"\xff" * 40
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (hidden_bomb(), "could not be unpacked: the ZIP is damaged"),
        (patched(zipped({"Connections.csv": b"a,b"}), 14, 16, "<I", 0xDEADBEEF), "damaged"),
        (damaged_stream(), "damaged"),
        (patched(zipped({"Connections.csv": b"a,b"}), 6, 8, "<H", 1), "locked with a password"),
    ],
    ids=["sizes forged", "bad checksum", "bad deflate stream", "password"],
)
def test_a_member_that_cannot_be_unpacked_gets_a_message(data, message):
    """A member whose sizes lie (a hidden ZIP bomb), whose checksum or data is damaged, or that
    is locked gives a message naming it and the ZIP, not an internal error."""
    with pytest.raises(InputError, match=message) as caught:
        export.zip_members(data, "export.zip", "export_zip")
    assert caught.value.message.startswith("Connections.csv in export.zip ")
    assert caught.value.field == "export_zip"


def test_upload_records_are_decoded():
    """A page upload {name, base64} gives its name and bytes; junk gives a message."""
    record = {"name": "Connections.csv", "size": 3, "base64": base64.b64encode(b"a,b").decode()}
    assert export.upload_bytes(record, "f") == ("Connections.csv", b"a,b")
    for junk in (None, {"name": "x"}, {"name": "x", "base64": "***"}):
        with pytest.raises(InputError):
            export.upload_bytes(junk, "f")
