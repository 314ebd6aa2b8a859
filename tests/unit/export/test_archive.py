"""Reading export uploads: encodings, ZIPs (and ZIP bombs), headers below notes, wrong files."""

from __future__ import annotations

import base64
import struct

import pytest

from connectwisely import InputError
from connectwisely.export import archive as export
from tests.support.paths import SAMPLES
from tests.support.zips import zipped

CONNECTIONS = ("First Name", "Last Name", "Connected On")


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


def test_read_table_finds_the_header_below_the_notes():
    """Connections.csv's notes preamble is skipped; hidden rows are kept."""
    table = export.read_table(
        (SAMPLES / "Connections.csv").read_text(), "Connections.csv", CONNECTIONS
    )
    assert table.header[:2] == ("First Name", "Last Name")
    assert len(table.rows) == 16
    assert sum(1 for r in table.rows if not r["First Name"]) == 2
    assert table.rows[2]["Company"] == "Kestrel & Finch, LLP"


def test_read_table_names_the_wrong_file_and_its_header():
    """A file without the expected columns is refused, quoting its first line."""
    with pytest.raises(InputError) as caught:
        export.read_table(
            "Name\nPython\n", "Skills.csv", CONNECTIONS, expected="LinkedIn's Connections.csv"
        )
    assert (
        caught.value.message
        == "Skills.csv is not LinkedIn's Connections.csv: its first line is “Name”."
    )


def test_read_table_says_when_a_file_is_empty():
    """An empty file says it is empty."""
    with pytest.raises(InputError, match="it is empty"):
        export.read_table("", "Connections.csv", CONNECTIONS)


def test_zip_members_and_find_member():
    """Members are found by name at the root or one folder down, case-insensitively."""
    data = zipped(
        {"Basic_Export/Connections.csv": b"a", "Jobs/Saved Jobs.csv": b"b", "notes.txt": b"c"}
    )
    members = export.zip_members(data, "export.zip")
    assert export.find_member(members, "connections.csv") == b"a"
    assert export.find_member(members, "Saved Jobs.csv") == b"b"
    assert export.find_member(members, "Invitations.csv") is None


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


def test_find_header_reads_a_spreadsheets_semicolons_and_says_where_rows_start():
    """A header written with semicolons is found; the offset points at the first row."""
    text = "First Name;Last Name;Connected On\r\nAna;Lee;01 Feb 2024\r\n"
    header = export.find_header(text, "Connections.csv", CONNECTIONS)
    assert header.names == CONNECTIONS and header.delimiter == ";"
    assert text[header.offset :].startswith("Ana;")
    table = export.read_table(text, "Connections.csv", CONNECTIONS)
    assert table.rows == [{"First Name": "Ana", "Last Name": "Lee", "Connected On": "01 Feb 2024"}]


def test_find_header_quotes_the_header_below_notes_when_the_file_is_another():
    """Below a notes preamble, the message quotes the header line, not the word "Notes:"."""
    text = (SAMPLES / "Connections.csv").read_text()
    with pytest.raises(InputError) as caught:
        export.find_header(text, "Connections.csv", ("From", "To"), expected="Invitations.csv")
    assert caught.value.message.startswith(
        "Connections.csv is not Invitations.csv: its header is “First Name,Last Name,URL,"
    )
